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
}
