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

  /** How many lines each way the block's width is read from: a paragraph's width shows in its neighbours. */
  private static final int BLOCK_REACH = 40;

  /**
   * The length of the longest line (stripped) of the block of non-blank lines that holds the line starting at
   * {@code lineStart}, read at most {@link #BLOCK_REACH} lines each way, so that a huge text without blank lines
   * costs a bounded walk per break rather than a pass over the whole text.
   */
  private static int longestLineOfBlock(String text, int lineStart) {
    int longest = 0;
    int start = lineStart;
    for (int i = 0; i <= BLOCK_REACH && start >= 0; i++) { // this line and the ones before it
      int end = lineEnd(text, start);
      String line = text.substring(start, end);
      if (i > 0 && line.isBlank()) {
        break;
      }
      longest = Math.max(longest, line.strip().length());
      start = start == 0 ? -1 : lineStartBefore(text, start);
    }
    int next = nextLineStart(text, lineEnd(text, lineStart));
    for (int i = 0; i < BLOCK_REACH && next >= 0; i++) { // the ones after it
      int end = lineEnd(text, next);
      String line = text.substring(next, end);
      if (line.isBlank()) {
        break;
      }
      longest = Math.max(longest, line.strip().length());
      next = nextLineStart(text, end);
    }
    return longest;
  }

  /** Where the line that starts at {@code start} ends (its line break, or the text's end). */
  private static int lineEnd(String text, int start) {
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return end;
  }

  /** Where the line after the break at {@code end} starts ("\r\n" is one break); -1 at the text's end. */
  private static int nextLineStart(String text, int end) {
    if (end >= text.length()) {
      return -1;
    }
    return text.startsWith("\r\n", end) ? end + 2 : end + 1;
  }

  /** Where the line before the one starting at {@code start} (> 0) starts. */
  private static int lineStartBefore(String text, int start) {
    int end = start - 1; // the break before this line
    if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
      end--;
    }
    int from = end - 1;
    while (from >= 0 && text.charAt(from) != '\n' && text.charAt(from) != '\r') {
      from--;
    }
    return from + 1;
  }
}
