package pressfacts.stage.warnings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Token;

class LanguageCheckTest {
  private static final LanguageCheck CHECK = LanguageCheck.load();

  /** {@code function} tokens "the" and {@code other} tokens "Baku" (not a function word), then {@code marks} commas. */
  static List<Token> tokens(int function, int other, int marks) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < function + other + marks; i++) {
      String word = i < function ? "the" : i < function + other ? "Baku" : ",";
      out.add(new Token(new CharSpan(i * 10, i * 10 + word.length()), word, i));
    }
    return out;
  }

  @Test
  void tooFewWordsAreNotJudged() {
    // 29 words and 20 punctuation tokens: below MIN_WORDS = 30, punctuation does not count
    assertEquals(-1.0, CHECK.functionWordShare(tokens(0, 29, 20)));
    assertTrue(CHECK.isEnglish(tokens(0, 29, 20)));
  }

  @Test
  void theShareIsFunctionWordsOverWords() {
    // 3 of 30 words: 0.1, at or above MIN_SHARE = 0.08
    assertEquals(0.1, CHECK.functionWordShare(tokens(3, 27, 5)), 1e-9);
    assertTrue(CHECK.isEnglish(tokens(3, 27, 5)));
    // 2 of 30: 0.0667, below it
    assertEquals(2.0 / 30, CHECK.functionWordShare(tokens(2, 28, 0)), 1e-9);
    assertFalse(CHECK.isEnglish(tokens(2, 28, 0)));
    assertFalse(CHECK.isEnglish(tokens(0, 30, 0)));
  }

  @Test
  void functionWordsAreMatchedWithoutCase() {
    List<Token> ts = new ArrayList<>(tokens(0, 27, 0));
    for (String w : List.of("The", "OF", "and")) {
      ts.add(new Token(new CharSpan(1000 + ts.size(), 1000 + ts.size() + w.length()), w, ts.size()));
    }
    assertEquals(0.1, CHECK.functionWordShare(ts), 1e-9);
  }
}
