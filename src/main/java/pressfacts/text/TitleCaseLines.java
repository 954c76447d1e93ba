package pressfacts.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line is written in title case, as headlines are: the entity stage reads a headline's
 * capitalised run with care ("Man Sentenced For ..."), and the role stage does not take a headline's
 * field words for a post's; both ask this one question.
 */
public final class TitleCaseLines {
  /** A word of a line; an apostrophe, full stop or hyphen inside it does not split it. */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019.\\-]*");
  /** A title-case line has at least this many words besides function words and words in capitals. */
  private static final int MIN_WORDS = 4;

  private TitleCaseLines() {
  }

  /**
   * Is the line [start, end) of {@code text} in title case: four words or more besides function
   * words, every one capitalised? A word in capitals ("CONSTITUTIONAL COURT" in an all-capitals
   * line) neither counts nor breaks it.
   */
  public static boolean isTitleCase(String text, int start, int end, Set<String> functionWords) {
    Matcher m = WORD.matcher(text).region(start, end);
    int words = 0;
    while (m.find()) {
      String w = m.group();
      if (functionWords.contains(w.toLowerCase(Locale.ROOT)) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      words++;
    }
    return words >= MIN_WORDS;
  }
}
