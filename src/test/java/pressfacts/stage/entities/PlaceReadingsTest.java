package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Type confusions around places, through the whole entity stage with tagger mentions given by hand (as in
 * {@link EntityStageTest}): a place's name spelled in the text wins over a person or body read into part
 * of it ({@link PlaceStrings}), and a body's name read over a place and a title is the place
 * ({@link PlaceBeforeTitle}). Made-up texts; the names of the known-places lexicon are its own entries.
 * Expected values written from the Conventions, not from output.
 */
class PlaceReadingsTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load(); // its stage runs the cases
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // a noun for a kind of place, capitalised alone, names none; with a name it stays the place's
        Arguments.of("The program is the first of its kind in the County. Fairview County backs it.",
            List.of("LOC=County", "LOC=Fairview County"), "LOCATION Fairview County [Fairview County]"),
        Arguments.of("Man Sentenced to 20 Years in Prison\nThe man was held in Fairview.",
            List.of("LOC=Prison", "LOC=Fairview"), "LOCATION Fairview [Fairview]"),
        // a local government's capitalised form after a place preposition belongs to the place's span, in
        // capitals too; in lower case the name alone
        Arguments.of("The class meets at the library in the City of Fairview on Monday.", List.of("LOC=Fairview"),
            "LOCATION City of Fairview [City of Fairview]"),
        Arguments.of("He lived within the Township of Glen Arbor, records show.", List.of("LOC=Glen Arbor"),
            "LOCATION Township of Glen Arbor [Township of Glen Arbor]"),
        Arguments.of("FIRE IN THE CITY OF FAIRVIEW\nNo one was hurt.", List.of("LOC=FAIRVIEW"),
            "LOCATION CITY OF FAIRVIEW [CITY OF FAIRVIEW]"),
        // the place with its form and its bare name elsewhere are one place, whose name is the fuller form
        Arguments.of("A man from Fairview was held. The crash was in the City of Fairview, police said.",
            List.of("LOC=Fairview", "LOC=Fairview"), "LOCATION City of Fairview [Fairview|City of Fairview]"),
        // without a preposition the government acting is a body (CityGovernmentsTest)
        Arguments.of("It runs in partnership with the City of Fairview.", List.of("LOC=Fairview"),
            "ORGANIZATION City of Fairview [City of Fairview]"),
        Arguments.of("The body was found in the city of Fairview.", List.of("LOC=Fairview"),
            "LOCATION Fairview [Fairview]"),
        // "State" after a known place the tagger took alone belongs to its name before a lower-case word, a
        // mark, or an acronym and a lower-case word; before a capitalised word it opens a body's or a title's name
        Arguments.of("His profile went to the Vermont State DNA databank last year.", List.of("LOC=Vermont"),
            "LOCATION Vermont State [Vermont State]"),
        Arguments.of("The plant was built by Vermont State for the public.", List.of("LOC=Vermont"),
            "LOCATION Vermont State [Vermont State]"),
        Arguments.of("He was held by Vermont State Troopers overnight.", List.of("LOC=Vermont"),
            "LOCATION Vermont [Vermont]"),
        Arguments.of("He lives in Fairview State park.", List.of("LOC=Fairview"), "LOCATION Fairview [Fairview]"),
        // a compass word before a place the tagger took alone: the region is the place, in capitals too
        Arguments.of("He moved to Southern Ruritania last year.", List.of("LOC=Ruritania"),
            "LOCATION Southern Ruritania [Southern Ruritania]"),
        Arguments.of("CRIME IN NORTHERN  RURITANIA\nThe rate fell.", List.of("LOC=RURITANIA"),
            "LOCATION NORTHERN  RURITANIA [NORTHERN  RURITANIA]"),
        // the compass word inside a body's name stays the body's; a word ending in one is no compass word
        Arguments.of("She studied at Western Ruritania University in Midwest Fairview.",
            List.of("ORG=Western Ruritania University", "LOC=Fairview"),
            "ORGANIZATION Western Ruritania University [Western Ruritania University]; LOCATION Fairview [Fairview]"),
        // a known place in a headline: the given name the tagger found in it is the place's
        Arguments.of("YORBA LINDA TEACHER ARRESTED\nThe teacher was arrested on Monday.", List.of("PER=LINDA"),
            "LOCATION YORBA LINDA [YORBA LINDA]"),
        // a body's head word opening a known place, a lower-case word after it: the place
        Arguments.of("He was flown to a hospital in Mission Viejo where he died.", List.of("ORG=Mission"),
            "LOCATION Mission Viejo [Mission Viejo]"),
        // a capitalised word after the place: the body's reading may be a longer name, and stays
        Arguments.of("He was flown to Mission Viejo Lodge today.", List.of("ORG=Mission"),
            "ORGANIZATION Mission [Mission]"),
        // a known place the tagger typed a body, same span, no head: the place
        Arguments.of("The driver took her to Cabazon, California, that night.", List.of("ORG=Cabazon", "LOC=California"),
            "LOCATION Cabazon [Cabazon]; LOCATION California [California]"),
        // the document's own place of two words, written again across a line break where the tagger saw a person
        Arguments.of("FULHAM COUNTY SUED\nThe suit also names Fulham\nCounty jailers.",
            List.of("LOC=FULHAM COUNTY", "PER=Fulham"),
            "LOCATION FULHAM COUNTY [FULHAM COUNTY|Fulham\nCounty]"),
        // a city before a title with no "Police" ("Deputy Public Defender"): left as the tagger read it
        Arguments.of("He served as a Fairview Deputy Public Defender before that.",
            List.of("ORG=Fairview Deputy Public Defender", "LOC=Fairview"),
            "ORGANIZATION Fairview Deputy Public Defender [Fairview Deputy Public Defender]"),
        // a city, "Police" and a title after the name: the city, and no body
        Arguments.of("A Fairview Police Officer was arraigned today.", List.of("ORG=Fairview Police", "LOC=Fairview"),
            "LOCATION Fairview [Fairview]"),
        // a state before a title's field and the title ("Labor Commissioner"): no "Police", left as read
        Arguments.of("Ruritania is large. Ruritania Labor Commissioner Ann Vole spoke.",
            List.of("LOC=Ruritania", "ORG=Ruritania Labor", "PER=Ann Vole"),
            "LOCATION Ruritania [Ruritania]; ORGANIZATION Ruritania Labor [Ruritania Labor]; PERSON Ann Vole [Ann Vole]"),
        // a body's head after the city: a body, whatever follows
        Arguments.of("The Fairview Police Department Officer spoke.", List.of("ORG=Fairview Police Department", "LOC=Fairview"),
            "ORGANIZATION Fairview Police Department [Fairview Police Department]"),
        // a residence after a person's name and age: a body the tagger saw there, with no body's word, is the place
        Arguments.of("Tom Reed, 24, of Pine Depot, Ore., was charged.", List.of("PER=Tom Reed", "ORG=Pine Depot"),
            "PERSON Tom Reed [Tom Reed]; LOCATION Pine Depot [Pine Depot]"),
        // a body's head in it: the place only when a state's abbreviation follows
        Arguments.of("Tom Reed, 24, of Mission Knolls, Calif., was charged.", List.of("PER=Tom Reed", "ORG=Mission Knolls"),
            "PERSON Tom Reed [Tom Reed]; LOCATION Mission Knolls [Mission Knolls]"),
        Arguments.of("Tom Reed, 24, of Mission Knolls, was charged.", List.of("PER=Tom Reed", "ORG=Mission Knolls"),
            "PERSON Tom Reed [Tom Reed]; ORGANIZATION Mission Knolls [Mission Knolls]"),
        // a company's form: his employer, no place
        Arguments.of("Tom Reed, 24, of Pine Corp., was charged.", List.of("PER=Tom Reed", "ORG=Pine Corp."),
            "PERSON Tom Reed [Tom Reed]; ORGANIZATION Pine Corp. [Pine Corp.]"),
        // a place in a hyphenated modifier: "-area" takes a name the lexicon does not know, in a headline too
        Arguments.of("Man Held in Pinecrest-Area Shooting\nHe shot a man at a Pinecrest-area apartment complex.", List.of(),
            "LOCATION Pinecrest [Pinecrest|Pinecrest]"),
        // "-based" takes a tool's name too: a name the lexicon does not know is none, nor a sentence's first word
        Arguments.of("Internet-based fraud grew. The Internet-based scheme ran for years.", List.of(), ""),
        Arguments.of("Community-area meetings were held. He ran a Lakeview-based firm.", List.of(), ""),
        // a state's abbreviation after a town and a comma; a place read with its modifier loses the modifier
        Arguments.of("An executive of a Fairview, Calif.-based firm and a Glen Oaks-based bank pleaded guilty.",
            List.of("LOC=Fairview", "LOC=Glen Oaks-based"),
            "LOCATION Fairview [Fairview]; LOCATION Calif. [Calif.]; LOCATION Glen Oaks [Glen Oaks]"),
        // a residence's name in a title-case headline: the body's "a Dunmore man" makes it the place
        Arguments.of("Dunmore Man Sentenced\nA Dunmore man was sentenced today.", List.of(),
            "LOCATION Dunmore [Dunmore|Dunmore]"),
        // without the body's reading the headline alone tells nothing
        Arguments.of("Dunmore Man Sentenced\nThe man was sentenced today.", List.of(), ""),
        // an age, a noun for people and "from" before a town: where the person comes from, whatever the tagger read
        Arguments.of("A 62-year-old man from Humble was sentenced today.", List.of(),
            "LOCATION Humble [Humble]"),
        Arguments.of("Police said a 19-year-old woman from Pine Depot, Ga., was hurt.", List.of("PER=Pine Depot"),
            "LOCATION Pine Depot [Pine Depot]"),
        // a body's name is no town: left as read
        Arguments.of("A 40-year-old man from Pine Depot Bank was hurt.", List.of("ORG=Pine Depot Bank"),
            "ORGANIZATION Pine Depot Bank [Pine Depot Bank]"),
        // "a resident of" and a town: the place, as after a person's name and age
        Arguments.of("Tom Reed, 41, a resident of Pine Depot, Ga., pleaded guilty.", List.of("PER=Tom Reed"),
            "PERSON Tom Reed [Tom Reed]; LOCATION Pine Depot [Pine Depot]"),
        // the country inside a US service's name is no place of its own
        Arguments.of("Deputies of the U.S. Marshals arrested him.", List.of("ORG=U.S. Marshals", "LOC=U.S."),
            "ORGANIZATION U.S. Marshals [U.S. Marshals]"),
        // a state's abbreviation ending the sentence keeps its period: it is the abbreviation's
        Arguments.of("Tom Reed lives in Pine Hill, Ore. He was charged.", List.of("PER=Tom Reed", "LOC=Pine Hill", "LOC=Ore"),
            "PERSON Tom Reed [Tom Reed]; LOCATION Pine Hill [Pine Hill]; LOCATION Ore. [Ore.]"),
        // one the tagger read as a person after a place and a comma: the state
        Arguments.of("Agents came from Pine Hill, Tex. The case closed.", List.of("LOC=Pine Hill", "PER=Tex"),
            "LOCATION Pine Hill [Pine Hill]; LOCATION Tex. [Tex.]"),
        // the same letters as a person's name elsewhere, no place before: left as read
        Arguments.of("Tex Ritter spoke.", List.of("PER=Tex Ritter"), "PERSON Tex Ritter [Tex Ritter]"),
        // a postal code's period is the sentence's
        Arguments.of("He lives in Pine Hill, OR. He was charged.", List.of("LOC=Pine Hill", "LOC=OR"),
            "LOCATION Pine Hill [Pine Hill]; LOCATION OR [OR]"),
        // "Washington, D.C." is the city's one name; without the period when the text has none
        Arguments.of("They met in Washington, D.C. The talks ended.", List.of("LOC=Washington", "LOC=D.C"),
            "LOCATION Washington, D.C. [Washington, D.C.]"),
        Arguments.of("Agents in Washington, D.C, filed it.", List.of("LOC=Washington", "LOC=D.C"),
            "LOCATION Washington, D.C [Washington, D.C]"),
        // a body named with it stays whole
        Arguments.of("The Washington, D.C. Housing Authority sued.", List.of("ORG=Washington, D.C. Housing Authority"),
            "ORGANIZATION Washington, D.C. Housing Authority [Washington, D.C. Housing Authority]"),
        // a known place after a lower-case word of another language the tagger ran a place over: the known place
        Arguments.of("Sự cố tại công ty Acme Widgets, Inc. ở Mission Viejo hôm nay.",
            List.of("ORG=Acme Widgets", "LOC=Inc. ở Mission Viejo"),
            "ORGANIZATION Acme Widgets, Inc. [Acme Widgets, Inc.]; LOCATION Mission Viejo [Mission Viejo]"),
        Arguments.of("Sự cố tại công ty Acme Widget Systems, Inc. ở Garden Grove",
            List.of("ORG=Acme Widget Systems", "LOC=Inc. ở Garden Grove"),
            "ORGANIZATION Acme Widget Systems, Inc. [Acme Widget Systems, Inc.]; LOCATION Garden Grove [Garden Grove]"),
        Arguments.of("Reunión en la Plaza Mayor, en Mission Viejo.", List.of("LOC=Plaza Mayor, en Mission Viejo"),
            "LOCATION Mission Viejo [Mission Viejo]"),
        // a place the document names, run on over a headline's or a title's capitalised common noun: the place
        Arguments.of("Man Shot on Fairview Street Corner\nThe shooting happened on a street corner in Fairview.",
            List.of("LOC=Fairview Street Corner", "LOC=Fairview"), "LOCATION Fairview [Fairview|Fairview]"),
        Arguments.of("He was convicted by a Fulham County Jury today. Fulham County paid the jury.",
            List.of("LOC=Fulham County Jury", "LOC=Fulham County"), "LOCATION Fulham County [Fulham County|Fulham County]"),
        Arguments.of("The suit was brought by Fulham County Criminal District Attorney Ann Vole and Fulham County in a criminal court.",
            List.of("LOC=Fulham County Criminal", "PER=Ann Vole", "LOC=Fulham County"),
            "LOCATION Fulham County [Fulham County|Fulham County]; PERSON Ann Vole [Ann Vole]"),
        // ... but a last word that ends places' or bodies' names, or a place of its own, keeps the longer reading
        Arguments.of("He lives on Fairview Park Street. Fairview Park is near.",
            List.of("LOC=Fairview Park Street", "LOC=Fairview Park"),
            "LOCATION Fairview Park Street [Fairview Park Street]; LOCATION Fairview Park [Fairview Park]"),
        Arguments.of("They met at the Fairview Volleyball Club. Fairview is near.",
            List.of("LOC=Fairview Volleyball Club", "LOC=Fairview"),
            "LOCATION Fairview Volleyball Club [Fairview Volleyball Club]; LOCATION Fairview [Fairview]"),
        // ... and so does a word the document never writes in lower case (a place's own word)
        Arguments.of("Talks with Ruritania Salamat opened. Ruritania is far.", List.of("LOC=Ruritania Salamat", "LOC=Ruritania"),
            "LOCATION Ruritania Salamat [Ruritania Salamat]; LOCATION Ruritania [Ruritania]"),
        // ... and so does a run-on word after a name the document does not read as a place
        Arguments.of("Man Held in Death of Pinecrest Teen\nHe killed the teen.", List.of("LOC=Pinecrest Teen"),
            "LOCATION Pinecrest Teen [Pinecrest Teen]"),
        // "U.S." before a title's qualifiers and the title word: part of the title (Conventions), no place
        Arguments.of("U.S. Bankruptcy Judge Ann Vole ruled.", List.of("LOC=U.S.", "PER=Ann Vole"),
            "PERSON Ann Vole [Ann Vole]"),
        Arguments.of("U.S. Pretrial Services Officer Ann Vole spoke.", List.of("LOC=U.S.", "PER=Ann Vole"),
            "PERSON Ann Vole [Ann Vole]"),
        // ... and before a capitalised name that is no title, the country
        Arguments.of("The U.S. Bankruptcy Code applies.", List.of("LOC=U.S."), "LOCATION U.S. [U.S.]"),
        // a company's name, a place in parentheses and a legal form: one company, its short form too; the
        // place inside it is no mention of its own
        Arguments.of("FAIRVIEW — Kestrel (Ruritania) LLC pleaded guilty today. Kestrel (Ruritania) ran a plant.",
            List.of("LOC=FAIRVIEW", "ORG=Kestrel", "LOC=Ruritania", "ORG=Kestrel", "LOC=Ruritania"),
            "LOCATION FAIRVIEW [FAIRVIEW]; ORGANIZATION Kestrel (Ruritania) LLC [Kestrel (Ruritania) LLC|Kestrel (Ruritania)]"),
        Arguments.of("The Orbis Widgets (Ruritania) Corp. agreed to pay.", List.of("ORG=Orbis Widgets", "LOC=Ruritania"),
            "ORGANIZATION Orbis Widgets (Ruritania) Corp. [Orbis Widgets (Ruritania) Corp.]"),
        // ... without a form the parentheses gloss the company, and the place stays one
        Arguments.of("Contracts went to Kestrel (Ruritania), Orbis Power and others.",
            List.of("ORG=Kestrel", "LOC=Ruritania", "ORG=Orbis Power"),
            "ORGANIZATION Kestrel [Kestrel]; LOCATION Ruritania [Ruritania]; ORGANIZATION Orbis Power [Orbis Power]"),
        // a place opening a name that the acronym in parentheses after it spells out, the place's initial
        // first: one body, no place; its acronym and the acronym's repeats are that body (a hyphenated word
        // may give one initial)
        Arguments.of("Fairview Youth Pathways Initiative (FYPI) helps. FYPI meets weekly.", List.of("LOC=Fairview"),
            "ORGANIZATION Fairview Youth Pathways Initiative [Fairview Youth Pathways Initiative|FYPI|FYPI]"),
        Arguments.of("Investigators from the Fairview Cargo-Theft Response Detail (FCRD) arrived.",
            List.of("LOC=Fairview"), "ORGANIZATION Fairview Cargo-Theft Response Detail [Fairview Cargo-Theft Response Detail|FCRD]"),
        // ... not when the acronym leaves the place out, nor a law's name
        Arguments.of("Fairview Harbor Drug Task Area (HDTA) funds it.", List.of("LOC=Fairview"),
            "LOCATION Fairview [Fairview]"),
        Arguments.of("The Fairview Clean Water Act (FCWA) applies.", List.of("LOC=Fairview"),
            "LOCATION Fairview [Fairview]"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void entities(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
