package pressfacts.text;

import java.util.ArrayList;
import java.util.List;
import pressfacts.doc.CharSpan;

/** Splits a text into lines (\n, \r\n or a lone \r), each trimmed of surrounding white space. */
public final class Lines {
  private Lines() {
  }

  /** The trimmed span of every line, empty lines included (as empty spans at the line start). */
  public static List<CharSpan> of(String matchText) {
    List<CharSpan> lines = new ArrayList<>();
    int start = 0;
    int n = matchText.length();
    for (int i = 0; i <= n; i++) {
      boolean eol = i == n || matchText.charAt(i) == '\n' || matchText.charAt(i) == '\r';
      if (!eol) {
        continue;
      }
      lines.add(trim(matchText, start, i));
      if (i < n && matchText.charAt(i) == '\r' && i + 1 < n && matchText.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
    }
    return lines;
  }

  private static CharSpan trim(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return new CharSpan(start, end);
  }
}
