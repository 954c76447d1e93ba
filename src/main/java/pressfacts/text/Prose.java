package pressfacts.text;

/**
 * Whether a line is running prose rather than a label, a menu item or a headline. The header
 * stage (where the release ends and the sidebars begin) and the event stage (which line is the
 * lead) ask the same question, so they share this one answer.
 */
public final class Prose {
  /** A prose line has at least this many words... */
  private static final int MIN_WORDS = 8;
  /** ...of which at least this many start in lower case (a headline in Title Case has fewer). */
  private static final int MIN_LOWER_WORDS = 3;

  private Prose() {
  }

  /**
   * True for a line of running prose; an apostrophe or hyphen inside a word does not split it. A
   * line without a space is one token, never prose, however many words its letters make (a web
   * address such as "https://example.com/wp-content/uploads/logo-summer.webp").
   */
  public static boolean isProse(String line) {
    if (line.indexOf(' ') < 0 && line.indexOf('\t') < 0) {
      return false;
    }
    int words = 0;
    int lower = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean letter = Character.isLetter(c);
      if (letter && !inWord) {
        words++;
        if (Character.isLowerCase(c)) {
          lower++;
        }
      }
      inWord = letter || (inWord && (c == '\'' || c == '-' || c == '\u2019'));
    }
    return words >= MIN_WORDS && lower >= MIN_LOWER_WORDS;
  }
}
