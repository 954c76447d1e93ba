package pressfacts.stage.entities;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A word of a candidate name as the org-head lexicon writes it: lower case, without a possessive's
 * "'s" and without any character that is no letter ("Bureau's" gives "bureau", "(Unit)" gives "unit").
 * Shared by the rules that ask whether a name holds a body's head word before dropping it.
 */
final class HeadWords {
  private static final Pattern NOT_OF_THE_WORD = Pattern.compile("['\u2019]s?$|[^\\p{L}]");

  private HeadWords() {
  }

  static String bare(String word) {
    return NOT_OF_THE_WORD.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
