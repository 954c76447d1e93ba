package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A city's capitalised form before a place, with no place preposition before it, is the city's
 * government, one ORGANIZATION "City of X" (ANNOTATION.md: named institutions); after "in" it is the
 * place's form, in lower case the name alone. Through the entity stage with the tagger's mentions given
 * by hand as in {@link EntityStageTest}. Texts are made up; each expected value was written from
 * ANNOTATION.md before running.
 */
class CityGovernmentsTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // the government acting, at a sentence's start or after a comma
        Arguments.of("The City of Fairview paid for the new lights.", List.of("LOC=Fairview"),
            "ORGANIZATION City of Fairview [City of Fairview]"),
        Arguments.of("Last year, the City of Glen Arbor received 900 calls.", List.of("LOC=Glen Arbor"),
            "ORGANIZATION City of Glen Arbor [City of Glen Arbor]"),
        // the owner before a possessive, even after "at"
        Arguments.of("The class is held at the City of Fairview's training center.", List.of("LOC=Fairview"),
            "ORGANIZATION City of Fairview [City of Fairview]"),
        // a place preposition or "of" makes the city a place; the form stays the place's after "in"
        Arguments.of("The crash was in the City of Fairview, police said.", List.of("LOC=Fairview"),
            "LOCATION City of Fairview [City of Fairview]"),
        Arguments.of("Residents of the City of Fairview were told.", List.of("LOC=Fairview"),
            "LOCATION Fairview [Fairview]"),
        // a capitalised word no mention holds may go on with a body's name: left as read
        Arguments.of("He thanked City of Fairview Water Chief Ann Lee.", List.of("LOC=Fairview", "PER=Ann Lee"),
            "LOCATION Fairview [Fairview]; PERSON Ann Lee [Ann Lee]"),
        // the county's form is left as read (gold keeps such a county a place)
        Arguments.of("The land is held by the County of Fairview for parks.", List.of("LOC=Fairview"),
            "LOCATION Fairview [Fairview]"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aCitysFormWithoutAPlacePrepositionIsItsGovernment(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
