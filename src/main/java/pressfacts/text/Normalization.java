package pressfacts.text;

/**
 * The matching form of a text: every character is replaced by at most one other character, never
 * removed or added, so an offset in the matching form is the same offset in the original. Stages
 * match on the normalized form and report spans of the original (Lucene's CharFilter idea, with
 * the identity as offset map).
 */
public final class Normalization {

  private Normalization() {
  }

  /** Same length as {@code text}: NBSP and other spaces to ' ', curly quotes to straight, dashes to '-'. */
  public static String forMatching(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char n = map(c);
      if (n != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = n;
      }
    }
    return out == null ? text : new String(out);
  }

  static char map(char c) {
    switch (c) {
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000', '\uFEFF':
        return ' ';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
        return '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
        return '-';
      default:
        return c;
    }
  }
}
