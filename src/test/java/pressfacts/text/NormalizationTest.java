package pressfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizationTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // NBSP and narrow NBSP inside a name become spaces
      "Aziz\u00a0Seyidov|Aziz Seyidov",
      "19th\u202fof|19th of",
      // curly quotes and apostrophes become straight ones
      "\u201cOn Courts\u201d|\"On Courts\"",
      "Azerbaijan\u2019s|Azerbaijan's",
      // en dash in a range becomes a hyphen
      "19\u201321|19-21"})
  void mapsOneCharacterToOne(String in, String out) {
    assertEquals(out, Normalization.forMatching(in));
  }

  @Test
  void keepsLengthOnRandomText() {
    Random r = new Random(42);
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 100; j++) {
        sb.append((char) r.nextInt(0x3100));
      }
      assertEquals(sb.length(), Normalization.forMatching(sb.toString()).length());
    }
  }

  @Test
  void returnsTheSameStringWhenNothingChanges() {
    String s = "plain ASCII text";
    assertSame(s, Normalization.forMatching(s));
  }
}
