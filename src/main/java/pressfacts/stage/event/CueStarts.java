package pressfacts.stage.event;

import java.util.TreeSet;

/**
 * The characters a match of a cue pattern can start with, read from the pattern's text when that is
 * simple to tell: each alternative must open with a lower-case letter or digit that no quantifier
 * makes optional, or with a group whose alternatives do. Any other opening (a class, an escape, an
 * optional group) gives null: unknown. The event cues run over every document's body, and a pattern
 * of thirty alternatives tried at every word start costs most of the event stage; a look-ahead on
 * these characters rejects most starts at once without changing any match.
 */
final class CueStarts {
  private CueStarts() {
  }

  /** The opening characters of {@code regex}'s matches as a character class ("[acm]"), or null when unknown. */
  static String classOf(String regex) {
    TreeSet<Character> starts = new TreeSet<>();
    if (!collect(regex, starts)) {
      return null;
    }
    StringBuilder sb = new StringBuilder("[");
    for (char c : starts) {
      sb.append(c);
    }
    return sb.append(']').toString();
  }

  private static boolean collect(String regex, TreeSet<Character> starts) {
    int from = 0;
    for (int i = 0; i <= regex.length(); i++) {
      if (i == regex.length() || regex.charAt(i) == '|') {
        if (!collectAlternative(regex.substring(from, i), starts)) {
          return false;
        }
        from = i + 1;
      } else {
        int next = skip(regex, i);
        if (next < 0) {
          return false;
        }
        i = next - 1;
      }
    }
    return true;
  }

  private static boolean collectAlternative(String alt, TreeSet<Character> starts) {
    if (alt.isEmpty()) {
      return false;
    }
    char c = alt.charAt(0);
    int after;
    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
      starts.add(c);
      after = 1;
    } else if (c == '(' && !alt.startsWith("(?") ) {
      after = skip(alt, 0);
      if (after < 0 || !collect(alt.substring(1, after - 1), starts)) {
        return false;
      }
    } else {
      return false;
    }
    return after >= alt.length() || "?*{".indexOf(alt.charAt(after)) < 0;
  }

  /**
   * The index just past the unit that starts at {@code i}: an escape, a class, a group with all it
   * holds, or one character; -1 when the pattern is unbalanced.
   */
  private static int skip(String s, int i) {
    char c = s.charAt(i);
    if (c == '\\') {
      return i + 2 <= s.length() ? i + 2 : -1;
    }
    if (c == '[') {
      int j = i + 1;
      while (j < s.length() && s.charAt(j) != ']') {
        j += s.charAt(j) == '\\' ? 2 : 1;
      }
      return j < s.length() ? j + 1 : -1;
    }
    if (c == '(') {
      int j = i + 1;
      while (j < s.length() && s.charAt(j) != ')') {
        j = skip(s, j);
        if (j < 0) {
          return -1;
        }
      }
      return j < s.length() ? j + 1 : -1;
    }
    return c == ')' ? -1 : i + 1;
  }
}
