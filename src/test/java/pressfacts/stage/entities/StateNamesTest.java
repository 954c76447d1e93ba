package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which whole mention texts name a state (lexicon/entities/world-states.tsv). */
class StateNamesTest {
  private static StateNames states;

  @BeforeAll
  static void load() {
    states = StateNames.load();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // short names, formal names, abbreviations
      "UAE|true", "United Arab Emirates|true", "South Korea|true", "Republic of Korea|true", "Soviet Union|true",
      "USSR|true", "Georgia|true", "Jordan|true", "Turkey|true",
      // "of" and "the" are optional; so is a leading "the"; spaces fold
      "Islamic Republic Iran|true", "the Republic of Korea|true", "Democratic Republic Congo|true", "United  Arab Emirates|true",
      // a text in capitals matches the capital form
      "SOUTH KOREA|true", "ISLAMIC REPUBLIC OF IRAN|true",
      // case counts otherwise: food, not a state; mixed case is no capital form
      "turkey|false", "South KOREA|false",
      // part of a state's name, a body or a person named after one, blocs
      "Korea Electric|false", "US Attorney|false", "Michael Jordan|false", "Republic|false", "EU|false", "CIS|false",
      "ASEAN|false"})
  void namesAState(String text, boolean expected) {
    assertEquals(expected, states.isStateName(text));
  }
}
