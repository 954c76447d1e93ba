package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A place's name and a body's acronym after it ("Lakeside HIDTA", "Plano ISD") name the body's branch
 * there: one ORGANIZATION mention, not a place (ANNOTATION.md: acronyms are mentions of the body they
 * abbreviate; the place inside an organization's name is no mention of its own), (the acronym alone joining
 * that branch is in {@link MentionGrouperTest}). Through the entity stage with the tagger's mentions given by hand as in
 * {@link EntityStageTest}. Texts are made up; each expected value was written from ANNOTATION.md before
 * running.
 */
class PlaceAcronymBodiesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> pairs() {
    return Stream.of(
        // the tagger's place with an unknown acronym last is the body
        Arguments.of("Students at Fairmont ISD were safe, the officer said.",
            List.of("LOC=Fairmont ISD"),
            "ORGANIZATION Fairmont ISD [Fairmont ISD]"),
        // a state's postal code or a region's letters after a place keep it a place
        Arguments.of("He moved to Fairmont TX and later to Hong Kong SAR in May.",
            List.of("LOC=Fairmont TX", "LOC=Hong Kong SAR"),
            "LOCATION Fairmont TX [Fairmont TX]; LOCATION Hong Kong SAR [Hong Kong SAR]"),
        // a capitals headline is no name with an acronym
        Arguments.of("MAN SENTENCED IN LAKESIDE HIDTA CASE\nThe case closed.",
            List.of("LOC=LAKESIDE HIDTA"),
            "LOCATION LAKESIDE HIDTA [LAKESIDE HIDTA]"));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aPlaceAndABodysAcronymAreTheBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
