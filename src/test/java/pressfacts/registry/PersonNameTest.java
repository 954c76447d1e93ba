package pressfacts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.stage.entities.EntityLexicons;

/** How two written names fit, one phenomenon per row. */
class PersonNameTest {
  private static final EntityLexicons LEX = EntityLexicons.load();
  private static final GivenNames VARIANTS = GivenNames.load(LEX);

  static Stream<Arguments> fits() {
    return Stream.of(
        // the same name, spelt the same
        Arguments.of("Ramiz Rzayev", "Ramiz Rzayev", "FULL"),
        // transliteration of the surname: one key, as inside one document
        Arguments.of("Tanzila Narbaeva", "Tanzila Narbayeva", "FULL"),
        Arguments.of("Anar Baghirov", "Anar Bagirov", "FULL"),
        // case and diacritics
        Arguments.of("Zühtü ARSLAN", "Zuhtu Arslan", "FULL"),
        // a middle initial on one side only
        Arguments.of("Laura J. Neubauer", "Laura Neubauer", "FULL"),
        // a nickname in quotes or brackets is not a name
        Arguments.of("John S. \"Jay\" Darden", "John S. (Jay) Darden", "FULL"),
        // an initial against a full first name: needs context
        Arguments.of("R.Rzayev", "Ramiz Rzayev", "INITIAL"),
        Arguments.of("T. Narbayeva", "Tanzila Narbaeva", "INITIAL"),
        // the initial after the surname
        Arguments.of("Hoshimzoda D.", "Davlat Hoshimzoda", "INITIAL"),
        // a variant of the first name: needs context
        Arguments.of("Mike Hestrin", "Michael Hestrin", "INITIAL"),
        // a suffix on one side only: needs context
        Arguments.of("Amos Rojas Jr.", "Amos Rojas", "INITIAL"),
        // the surname alone: needs context
        Arguments.of("Takahashi", "Atsuki Takahashi", "SURNAME_ONLY"),
        // different first names, initials, middle names, suffixes, surnames
        Arguments.of("Eric Gonzalez", "Ed Gonzalez", "NONE"),
        Arguments.of("R. Rzayev", "Kamran Rzayev", "NONE"),
        Arguments.of("Carol B. Amon", "Carol T. Amon", "NONE"),
        Arguments.of("Robert Moore Sr.", "Robert Moore Jr.", "NONE"),
        Arguments.of("Farhad Karimov", "Farhad Kerimova", "NONE"),
        // an anonymised party never joins
        Arguments.of("B.C.", "B.C.", "NONE"));
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @MethodSource("fits")
  void fit(String a, String b, String expected) {
    PersonName x = PersonName.parse(a, LEX);
    PersonName y = PersonName.parse(b, LEX);
    assertEquals(expected, x.fit(y, VARIANTS).name(), a + " against " + b);
    assertEquals(expected, y.fit(x, VARIANTS).name(), b + " against " + a + " (symmetric)");
  }

  static Stream<Arguments> titles() {
    return Stream.of(
        Arguments.of("DA", "District Attorney", true),
        Arguments.of("Acting U.S. Attorney", "United States Attorney", true),
        Arguments.of("judge", "U.S. District Judge", true),
        Arguments.of("Chairman", "President", false),
        Arguments.of("Deputy District Attorney", "District Attorney", true),
        Arguments.of("Trial Attorney", "Chief", false));
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @MethodSource("titles")
  void titleCompatibility(String a, String b, boolean expected) {
    assertEquals(expected, Titles.compatible(Titles.key(a), Titles.key(b)));
  }
}
