package pressfacts.stage.citations;

import pressfacts.text.ProseWrap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching form of a document cut into words and single punctuation marks, with their
 * offsets (which are offsets of the original text too: see {@code Normalization}). The citation
 * grammar walks these in both directions.
 */
final class Words {

  /** One word or mark: its offsets and its matching-form text. */
  record W(int start, int end, String text) {
    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0)) || text.equals("§");
    }

    boolean capitalized() {
      return Character.isUpperCase(text.charAt(0));
    }

    boolean allCaps() {
      if (text.length() < 2) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
          return false;
        }
      }
      return Character.isUpperCase(text.charAt(0));
    }

    /**
     * All capitals, or a capital first and another capital inside ("CrPC"): the shape of an
     * acronym that keeps a small letter of its name. Only a listed acronym is read as one.
     */
    boolean acronymShaped() {
      if (allCaps()) {
        return true;
      }
      if (text.length() < 3 || !Character.isUpperCase(text.charAt(0))) {
        return false;
      }
      int capitals = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
          return false;
        }
        capitals += Character.isUpperCase(c) ? 1 : 0;
      }
      return capitals >= 2;
    }
  }

  /**
   * A word is letters and digits, joined by inner hyphens or dots ("144-1", "U.S.C",
   * "Administrative-Economic"); an apostrophe is a mark of its own, so "Convention's" gives
   * "Convention", "'", "s". A section sign groups with a following one ("§§").
   */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*|§§?|\\S");

  /** The matching form, which the grammar reads. */
  final String text;
  /** The original text, of the same length: reported attributes "as written" are cut from it. */
  private final String original;
  final List<W> list;

  /** Words of a text that is its own matching form (word lists, tests). */
  Words(String matchingText) {
    this(matchingText, matchingText);
  }

  /**
   * Words of {@code matchingText}, the matching form of {@code original} ({@code Normalization}
   * keeps every offset), so that {@link #written} can give back what the document wrote.
   */
  Words(String original, String matchingText) {
    if (original.length() != matchingText.length()) {
      throw new IllegalArgumentException("the matching form must keep the original's offsets");
    }
    this.text = matchingText;
    this.original = original;
    List<W> out = new ArrayList<>();
    Matcher m = WORD.matcher(matchingText);
    while (m.find()) {
      out.add(new W(m.start(), m.end(), m.group()));
    }
    this.list = List.copyOf(out);
  }

  int size() {
    return list.size();
  }

  /**
   * The original text from {@code start} to {@code end}. A provision's id is reported as written
   * (ANNOTATION.md), so "Articles 324-327.1" written with an en dash keeps the en dash in its id,
   * while the grammar matched the hyphen of the matching form.
   */
  String written(int start, int end) {
    return original.substring(start, end);
  }

  /** The original text of words {@code first} to {@code last}. */
  String writtenWords(int first, int last) {
    return original.substring(list.get(first).start(), list.get(last).end());
  }

  W get(int i) {
    return list.get(i);
  }

  /** The text of word {@code i}, or "" outside the list (saves bound checks in the grammar). */
  String at(int i) {
    return i >= 0 && i < list.size() ? list.get(i).text() : "";
  }

  boolean is(int i, String s) {
    return at(i).equals(s);
  }

  /**
   * True when only spaces or tabs stand between word {@code i} and word {@code i + 1}, or one line
   * break that only wraps a line of prose (see {@link ProseWrap}): "amends the Texas Medical\nRecords
   * Act" is one name, a menu or a heading on its own line is not.
   */
  boolean sameLine(int i) {
    if (i < 0 || i + 1 >= list.size()) {
      return false;
    }
    int from = list.get(i).end();
    int to = list.get(i + 1).start();
    for (int p = from; p < to; p++) {
      if (text.charAt(p) == '\n' || text.charAt(p) == '\r') {
        return ProseWrap.wrapsBetween(text, from, to);
      }
    }
    return true;
  }

  /** True when word {@code i + 1} follows word {@code i} with nothing between them. */
  boolean touching(int i) {
    return i >= 0 && i + 1 < list.size() && list.get(i).end() == list.get(i + 1).start();
  }

  /** An opening quote: a quote mark with a space or line start before it and none after it. */
  boolean openingQuote(int i) {
    String s = at(i);
    if (!s.equals("\"") && !s.equals("'")) {
      return false;
    }
    int p = list.get(i).start();
    boolean spaceBefore = p == 0 || Character.isWhitespace(text.charAt(p - 1)) || text.charAt(p - 1) == '(';
    boolean wordAfter = i + 1 < list.size() && touching(i);
    return spaceBefore && wordAfter;
  }

  /** The index of the quote closing the one opened at {@code open}, on the same line, or -1. */
  int closingQuote(int open, int maxWords) {
    String q = at(open);
    for (int j = open + 1; j < list.size() && j <= open + maxWords; j++) {
      if (!sameLine(j - 1)) {
        return -1;
      }
      if (at(j).equals(q) && !openingQuote(j)) {
        // an apostrophe inside a word ("Azerbaijan's") is not a closing single quote
        boolean apostrophe = q.equals("'") && touching(j) && get(j + 1).isWord();
        if (!apostrophe) {
          return j;
        }
      }
    }
    return -1;
  }

  /** The index of the quote opening the one closed at {@code close}, on the same line, or -1. */
  int openingQuoteOf(int close, int maxWords) {
    String q = at(close);
    for (int j = close - 1; j >= 0 && j >= close - maxWords; j--) {
      if (!sameLine(j)) {
        return -1;
      }
      if (at(j).equals(q) && openingQuote(j)) {
        return closingQuote(j, maxWords) == close ? j : -1;
      }
    }
    return -1;
  }
}
