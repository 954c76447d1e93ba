package pressfacts.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two names or titles count as the same: case, spacing, punctuation and a leading
 * article ignored ("the Ministry of Justice" = "ministry of justice", "State’s Attorney" = "State's
 * Attorney"). Only letters and digits remain. The scorer compares by it, so a stage that merges by it
 * never lists twice what the scorer would count as one.
 */
public final class MatchKey {
  /** An English article at the very start, followed by white space. */
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);
  /** Everything that is not a letter or a digit: spacing and punctuation. */
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private MatchKey() {
  }

  /** The key of {@code s}; null for null. */
  public static String of(String s) {
    if (s == null) {
      return null;
    }
    String m = Normalization.forMatching(s).strip();
    m = LEADING_ARTICLE.matcher(m).replaceFirst("");
    return NOT_LETTER_OR_DIGIT.matcher(m).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Punctuation and case ignored, but no article dropped: the comparison of citation titles. */
  public static String title(String s) {
    if (s == null) {
      return null;
    }
    return NOT_LETTER_OR_DIGIT.matcher(Normalization.forMatching(s)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
