package pressfacts.stage.warnings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pressfacts.doc.Token;
import pressfacts.text.LexiconFile;

/**
 * Is a text English? English prose, even terse press-release English, has a quarter or more of
 * its words among a few dozen function words; other languages (Azerbaijani, Russian, Georgian)
 * have almost none. Short texts are given the benefit of the doubt.
 */
public final class LanguageCheck {
  static final String RESOURCE = "/pressfacts/lexicon/warnings/english-function-words.txt";
  /** Below this share of function words among word tokens, the text is not English. */
  static final double MIN_SHARE = 0.08;
  /** Texts with fewer word tokens are not judged. */
  static final int MIN_WORDS = 30;

  private final Set<String> functionWords;

  private LanguageCheck(Set<String> functionWords) {
    this.functionWords = Set.copyOf(functionWords);
  }

  public static LanguageCheck load() {
    return new LanguageCheck(new HashSet<>(LexiconFile.lines(RESOURCE)));
  }

  /** The share of function words, or -1 when the text is too short to judge. */
  public double functionWordShare(List<Token> tokens) {
    int words = 0;
    int function = 0;
    for (Token t : tokens) {
      String m = t.match();
      if (m.isEmpty() || !Character.isLetter(m.charAt(0))) {
        continue;
      }
      words++;
      if (functionWords.contains(m.toLowerCase(Locale.ROOT))) {
        function++;
      }
    }
    return words < MIN_WORDS ? -1 : (double) function / words;
  }

  public boolean isEnglish(List<Token> tokens) {
    double share = functionWordShare(tokens);
    return share < 0 || share >= MIN_SHARE;
  }
}
