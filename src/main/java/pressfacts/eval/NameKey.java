package pressfacts.eval;

import java.util.Locale;
import java.util.regex.Pattern;
import pressfacts.text.Normalization;

/**
 * The form in which entity names, mention texts and role titles are compared: case, spacing,
 * punctuation and a leading article ignored ("the Ministry of Justice" = "ministry of justice",
 * "R.Rzayev" = "R. Rzayev"). Only letters and digits remain.
 */
final class NameKey {
  /** An English article at the very start, followed by white space. */
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);
  /** Everything that is not a letter or a digit: spacing and punctuation. */
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKey() {
  }

  static String of(String s) {
    if (s == null) {
      return null;
    }
    String m = Normalization.forMatching(s).strip();
    m = LEADING_ARTICLE.matcher(m).replaceFirst("");
    return NOT_LETTER_OR_DIGIT.matcher(m).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Punctuation and case ignored, but no article dropped: the comparison of citation titles. */
  static String title(String s) {
    if (s == null) {
      return null;
    }
    return NOT_LETTER_OR_DIGIT.matcher(Normalization.forMatching(s)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
