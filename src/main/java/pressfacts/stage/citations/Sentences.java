package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain sentence split of the matching text, enough to keep date binding inside one sentence:
 * a sentence ends at a line break, or at '.', '!' or '?' before a space, unless the word before
 * the dot is an abbreviation (abbreviations.txt) or a single initial ("A. Huseynov").
 *
 * <p>Why not the sentences of the token layer: CoreNLP's splitter has its own abbreviation list,
 * not the citation vocabulary's (abbreviations.txt), so the two splits differ and dates would bind
 * differently. Kept as a documented difference of the citation stage.
 */
final class Sentences {
  private final int[] ends;

  Sentences(String text, CitationLexicon lex) {
    List<Integer> out = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.add(i);
      } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
        if (c == '.' && abbreviationBefore(text, i, lex)) {
          continue;
        }
        out.add(i + 1);
      }
    }
    out.add(n);
    ends = out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean abbreviationBefore(String text, int dot, CitationLexicon lex) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
      s--;
    }
    String word = text.substring(s, dot);
    return lex.abbreviations.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
  }

  /** Index of the sentence holding {@code offset}. */
  int at(int offset) {
    int lo = 0, hi = ends.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  boolean same(int a, int b) {
    return at(a) == at(b);
  }
}
