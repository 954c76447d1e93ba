package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A county, its officer's title, the possessive and a lower-case "office" are the office's name written
 * whole, one ORGANIZATION mention (real/dev gold labels "York County DA's office" so; a capital "Office"
 * was one already). Through the entity stage with the tagger's mentions given by hand as in
 * {@link EntityStageTest}. Texts are made up; each expected value was written from ANNOTATION.md and the
 * dev gold's shape before running.
 */
class WrittenCountyOfficesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> offices() {
    return Stream.of(
        // the tagger's body stopped inside the title: the office written whole
        Arguments.of("The case was filed by the Lakeland County State's Attorney's office on Monday.",
            List.of("ORG=Lakeland County State"),
            "ORGANIZATION Lakeland County State's Attorney's office [Lakeland County State's Attorney's office]"),
        // the tagger's body stopped before the possessive (curly apostrophe)
        Arguments.of("He thanked the Millbrook County DA\u2019s office for its work.",
            List.of("ORG=Millbrook County DA"),
            "ORGANIZATION Millbrook County DA\u2019s office [Millbrook County DA\u2019s office]"),
        // only the county was read: the office written whole, with a sentence's opener left out
        Arguments.of("The Riverbend County District Attorney's office filed charges.",
            List.of("LOC=Riverbend County"),
            "ORGANIZATION Riverbend County District Attorney's office [Riverbend County District Attorney's office]"),
        // a list of counties' offices is no one name
        Arguments.of("Alder and Riverbend County District Attorney's offices joined the case.",
            List.of("LOC=Riverbend County"),
            "LOCATION Riverbend County [Riverbend County]"),
        // a lower-case title is no name
        Arguments.of("He called the Riverbend County prosecutor's office on Monday.",
            List.of("LOC=Riverbend County"),
            "LOCATION Riverbend County [Riverbend County]"));
  }

  @ParameterizedTest
  @MethodSource("offices")
  void aCountyOfficeWrittenWholeIsOneBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
