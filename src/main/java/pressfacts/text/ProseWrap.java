package pressfacts.text;

/**
 * Whether a single line break only wraps running prose (text laid out at a fixed width, a PDF's
 * lines): the line before it is long and stops inside a sentence (on a letter, a digit or a comma),
 * and a line of text follows. The one notion of a wrap: organization names and citation names
 * both run on across such a break. A
 * name may run on across such a break ("Corinth Police\nDepartment"); a short line (a label, a
 * heading, an address line) or a line that ends a sentence is a real break.
 */
public final class ProseWrap {
  /** A wrapped line of prose is at least this long; labels, headings and list items are shorter. */
  public static final int SHORTEST_WRAPPED_LINE = 70;

  private ProseWrap() {
  }

  /**
   * True when the only line break between {@code from} and {@code to} (offsets of {@code text}, the
   * end of one word and the start of the next) is one that wraps prose.
   */
  public static boolean wrapsBetween(String text, int from, int to) {
    int nl = -1;
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (c == '\n' || c == '\r') {
        if (nl >= 0 && !(c == '\n' && p == nl + 1 && text.charAt(nl) == '\r')) {
          return false; // two line breaks: a paragraph ends here
        }
        if (nl < 0) {
          nl = p;
        }
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    if (nl < 0) {
      return false;
    }
    int lineStart = Math.max(text.lastIndexOf('\n', nl - 1), text.lastIndexOf('\r', nl - 1)) + 1;
    String line = text.substring(lineStart, nl).strip();
    if (line.length() < SHORTEST_WRAPPED_LINE) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return Character.isLetterOrDigit(last) || last == ','; // a stop, a colon, a quote or a bracket ends it
  }

  /** A wrapped line of a hard-wrapped paragraph stops at most this many characters short of its block's longest line. */
  public static final int WIDTH_SLACK = 15;

  /**
   * True when the break between {@code from} and {@code to} wraps prose ({@link #wrapsBetween}) and
   * the line before it fills its block: it is within {@link #WIDTH_SLACK} characters of the longest
   * line of the lines around it (up to a blank line). A paragraph hard-wrapped at a fixed width has
   * lines of nearly one length; a long line that stands among longer ones (a list item, a line a page
   * ended by hand) is no wrap. Names read with this stricter notion, since a name run on across a
   * real break swallows the next line's words.
   */
  public static boolean wrapsParagraph(String text, int from, int to) {
    if (!wrapsBetween(text, from, to)) {
      return false;
    }
    int nl = from;
    while (text.charAt(nl) != '\n' && text.charAt(nl) != '\r') {
      nl++;
    }
    int lineStart = Math.max(text.lastIndexOf('\n', nl - 1), text.lastIndexOf('\r', nl - 1)) + 1;
    int width = text.substring(lineStart, nl).strip().length();
    return width + WIDTH_SLACK >= longestLineOfBlock(text, lineStart);
  }

  /** The length of the longest line (stripped) of the block of non-blank lines that holds the line starting at {@code lineStart}. */
  private static int longestLineOfBlock(String text, int lineStart) {
    String[] lines = text.split("\\r\\n|\\r|\\n", -1);
    int offset = 0;
    int index = 0;
    while (index < lines.length - 1 && offset < lineStart) {
      offset += lines[index].length();
      offset += text.startsWith("\r\n", offset) ? 2 : 1;
      index++;
    }
    int first = index;
    while (first > 0 && !lines[first - 1].isBlank()) {
      first--;
    }
    int last = index;
    while (last < lines.length - 1 && !lines[last + 1].isBlank()) {
      last++;
    }
    int longest = 0;
    for (int i = first; i <= last; i++) {
      longest = Math.max(longest, lines[i].strip().length());
    }
    return longest;
  }
}
