package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16's entity classes, through the whole entity stage with tagger mentions given by hand (as in
 * {@link EntityStageTest}): buildings, sites and addresses are places; a known body is no site; one
 * string gets one type per document; abbreviated titles and a left-out given name; possessive, comma and
 * title boundaries of organizations. Expected values written from the Conventions, not from output.
 */
class SitesAndAgreementTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load(); // its stage runs the cases
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // a building and a street address are places, and the name before "Courts Building" is no person
        Arguments.of("Hearings are at the Frank Crowley Courts Building, 133 N. Riverfront Blvd., in the city.",
            List.of("PER=Frank Crowley"),
            "LOCATION Frank Crowley Courts Building [Frank Crowley Courts Building];"
                + " LOCATION 133 N. Riverfront Blvd. [133 N. Riverfront Blvd.]"),
        // a place, a title and its holder read as one place by the tagger: the county is the place, the title
        // no one's, the name after it a person (a surname that is a site word, "Park", does not make a site)
        Arguments.of("Ruritania County District Attorney Dana Park said the plea was fair.",
            List.of("LOC=Ruritania County District Attorney Dana Park"),
            "LOCATION Ruritania County [Ruritania County]; PERSON Dana Park [Dana Park]"),
        Arguments.of("FAIRVIEW - Deputy District Attorney Lou Marsh prosecuted the case.",
            List.of("LOC=FAIRVIEW - Deputy District Attorney Lou Marsh"),
            "LOCATION FAIRVIEW [FAIRVIEW]; PERSON Lou Marsh [Lou Marsh]"),
        // a multi-word site head is a name alone
        Arguments.of("The hearing was held in the Hall of Justice yesterday.", List.of(),
            "LOCATION Hall of Justice [Hall of Justice]"),
        // a street named with a person's name and "Jr.": the splitter ends a sentence after "Jr" ".",
        // the street is still one place and no person
        Arguments.of("The shooting happened at 2400 Martin Luther King Jr. Drive, police said.",
            List.of("PER=Martin Luther King Jr."),
            "LOCATION 2400 Martin Luther King Jr. Drive [2400 Martin Luther King Jr. Drive]"),
        Arguments.of("Crews closed Martin Luther King, Jr. Blvd. for hours.", List.of("PER=Martin Luther King, Jr."),
            "LOCATION Martin Luther King, Jr. Blvd. [Martin Luther King, Jr. Blvd.]"),
        // a sentence that opens with a head and a lower-case content word after a "Jr." person stays apart
        Arguments.of("The victim was Tom Rowe Jr. Road crews found him.", List.of("PER=Tom Rowe Jr."),
            "PERSON Tom Rowe Jr. [Tom Rowe Jr.]"),
        // a house number, a compass initial and a name on a line of their own: an address without its head
        Arguments.of("Incident 2\n200 N. Elmore\nA man was hurt.", List.of("PER=N. Elmore"),
            "LOCATION 200 N. Elmore [200 N. Elmore]"),
        // inside a sentence the same shape is left to the tagger
        Arguments.of("Room 200 N. Elmore spoke.", List.of("PER=N. Elmore"), "PERSON N. Elmore [N. Elmore]"),
        // a hospital's medical center and an airport are sites: places, not the tagger's or the head's body
        Arguments.of("He was taken to Lutheran Medical Center, where he died.", List.of("ORG=Lutheran Medical Center"),
            "LOCATION Lutheran Medical Center [Lutheran Medical Center]"),
        Arguments.of("He was dropped off at Brookdale Hospital Medical Center in Ruritania.", List.of("LOC=Ruritania"),
            "LOCATION Brookdale Hospital Medical Center [Brookdale Hospital Medical Center]; LOCATION Ruritania [Ruritania]"),
        // the tagger's body run on over the airport's place gives the airport and the place
        Arguments.of("He flew back to MacArthur Airport on Long Island.", List.of("ORG=MacArthur Airport on Long Island"),
            "LOCATION MacArthur Airport [MacArthur Airport]; LOCATION Long Island [Long Island]"),
        // a prison and a detention facility are sites (Conventions: buildings and sites are LOCATION), not the
        // tagger's body
        Arguments.of("He served his term at Marlow State Prison in Ruritania.", List.of("ORG=Marlow State Prison", "LOC=Ruritania"),
            "LOCATION Marlow State Prison [Marlow State Prison]; LOCATION Ruritania [Ruritania]"),
        Arguments.of("He was booked into the Norte Detention Facility on Tuesday.", List.of("ORG=Norte Detention Facility"),
            "LOCATION Norte Detention Facility [Norte Detention Facility]"),
        // a plaza, a pier and a village are sites, not the person or body the tagger read there
        Arguments.of("The crew operates out of Orrin Drew Tate Plaza in Ruritania.", List.of("PER=Orrin Drew Tate Plaza", "LOC=Ruritania"),
            "LOCATION Orrin Drew Tate Plaza [Orrin Drew Tate Plaza]; LOCATION Ruritania [Ruritania]"),
        Arguments.of("He met the girl at the Marlow Pier on Friday.", List.of("ORG=Marlow Pier"),
            "LOCATION Marlow Pier [Marlow Pier]"),
        Arguments.of("Gangs based in the Tilden Houses and Orrin Tate Village fought.", List.of("PER=Orrin Tate Village"),
            "LOCATION Tilden Houses [Tilden Houses]; LOCATION Orrin Tate Village [Orrin Tate Village]"),
        // a title and a given name before the head: the head is a surname
        Arguments.of("Detective Maria Plaza testified.", List.of("PER=Maria Plaza"),
            "PERSON Maria Plaza [Maria Plaza]"),
        // a one-word head alone names no site
        Arguments.of("He was sent to Prison for life.", List.of(), ""),
        // nor does it after words that only say whose it is
        Arguments.of("Clerk Sentenced to State Prison for Theft", List.of(), ""),
        // a house number and a numbered road
        Arguments.of("The office moved to 82995 Highway 111 last year.", List.of(),
            "LOCATION 82995 Highway 111 [82995 Highway 111]"),
        // a known body named like a courthouse stays a body
        Arguments.of("The Family Justice Center helps victims.", List.of(),
            "ORGANIZATION Family Justice Center [Family Justice Center]"),
        // two readings of one string, two to one: all take the majority's type
        Arguments.of("Marlow is quiet. People in Marlow sleep. MARLOW said no.", List.of("LOC=Marlow", "PER=MARLOW"),
            "LOCATION Marlow [Marlow|Marlow|MARLOW]"),
        // one to one: the text gives neither more weight, both stay
        Arguments.of("Marlow is quiet. MARLOW said no.", List.of("LOC=Marlow", "PER=MARLOW"),
            "LOCATION Marlow [Marlow]; PERSON MARLOW [MARLOW]"),
        // one word read once as a person and once as a place, never as a body, that opens a company's name
        // of the same text is the company's short form
        Arguments.of("Wexley Foods Inc. pleaded guilty. WEXLEY operated plants. Workers at the Wexley plants were hurt.",
            List.of("ORG=Wexley Foods Inc.", "PER=WEXLEY", "LOC=Wexley"),
            "ORGANIZATION Wexley Foods Inc. [Wexley Foods Inc.|WEXLEY|Wexley]"),
        // a body's name without a legal form may be named after a person or a place: it decides nothing
        Arguments.of("Wexley Logistics settled. WEXLEY operated plants. Workers at the Wexley plants were hurt.",
            List.of("ORG=Wexley Logistics", "PER=WEXLEY", "LOC=Wexley"),
            "ORGANIZATION Wexley Logistics [Wexley Logistics]; PERSON WEXLEY [WEXLEY]; LOCATION Wexley [Wexley]"),
        // a person named in full with the word gives it a reading of its own: no short form (the surname joins her)
        Arguments.of("Wexley Foods Inc. hired Ann Wexley. WEXLEY spoke. Workers at the Wexley plants were hurt.",
            List.of("ORG=Wexley Foods Inc.", "PER=Ann Wexley", "PER=WEXLEY", "LOC=Wexley"),
            "ORGANIZATION Wexley Foods Inc. [Wexley Foods Inc.]; PERSON Ann Wexley [Ann Wexley|WEXLEY|Wexley]"),
        // "DA" is a title, and the given name the tagger left out after it joins the name
        Arguments.of("DA Summer Stephan spoke.", List.of("PER=Stephan"), "PERSON Summer Stephan [Summer Stephan]"),
        // an acronym's possessive splits two bodies
        Arguments.of("Agents of the FBI's Washington Field Office came.", List.of(),
            "ORGANIZATION FBI [FBI]; ORGANIZATION Washington Field Office [Washington Field Office]"),
        // a body, a comma and its unit are one mention
        Arguments.of("It was investigated by the Civil Rights Division, Criminal Section.", List.of(),
            "ORGANIZATION Civil Rights Division, Criminal Section [Civil Rights Division, Criminal Section]"),
        // a title and its "of" before a body are no part of its name
        Arguments.of("Justices of the Constitutional Court of Ruritania met.", List.of("LOC=Ruritania"),
            "ORGANIZATION Constitutional Court of Ruritania [Constitutional Court of Ruritania]"),
        // an event's name is no body
        Arguments.of("The Board of Supervisors Agenda is online.", List.of("ORG=Board of Supervisors Agenda"), ""));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void entities(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
