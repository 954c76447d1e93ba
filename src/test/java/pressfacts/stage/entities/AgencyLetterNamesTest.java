package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A place's name and the letters of a kind of local body after it ("Corvalle PD", "Harlow County SO")
 * are the body's name, one ORGANIZATION mention (ANNOTATION.md: acronyms are mentions of the body they
 * abbreviate; the place inside an organization's name is no mention of its own), whatever the tagger
 * read on the words. Through the entity stage with the tagger's mentions given by hand as in
 * {@link EntityStageTest}. Texts are made up; each expected value was written from ANNOTATION.md before
 * running.
 */
class AgencyLetterNamesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> pairs() {
    return Stream.of(
        // nothing read on the words: the pair is the body
        Arguments.of("Detectives with Corvalle PD found the stolen car on Monday.",
            List.of(),
            "ORGANIZATION Corvalle PD [Corvalle PD]"),
        // a hyphenated place's name, and the body's possessive before its unit
        Arguments.of("Investigators from Miami-Dale PD helped. Marlow PD\u2019s gang unit made the arrest.",
            List.of(),
            "ORGANIZATION Miami-Dale PD [Miami-Dale PD]; ORGANIZATION Marlow PD [Marlow PD]"),
        // the tagger's person on the pair is the body
        Arguments.of("Austell PD said the case is closed.",
            List.of("PER=Austell PD"),
            "ORGANIZATION Austell PD [Austell PD]"),
        // the tagger's county alone, with the sheriff's office's letters after it
        Arguments.of("He was booked by Harlow County SO deputies on Friday.",
            List.of("LOC=Harlow County"),
            "ORGANIZATION Harlow County SO [Harlow County SO]"),
        // a leading 'The' is no part of the name
        Arguments.of("The Dennet FD crew put out the fire.",
            List.of(),
            "ORGANIZATION Dennet FD [Dennet FD]"),
        // a capitals headline is no name; letters after a sentence's end belong to no place
        Arguments.of("MAN HELD BY CORVALLE PD\nHe lives in Corvalle. PD officers found him.",
            List.of("LOC=Corvalle"),
            "LOCATION Corvalle [Corvalle]"));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aPlaceAndABodysLettersAreTheBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
