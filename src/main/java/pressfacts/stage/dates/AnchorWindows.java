package pressfacts.stage.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pressfacts.doc.CharSpan;

/**
 * The stretches of a text where a date may stand, so that the grammar's rules run on a small
 * part of it. Every rule needs an anchor: a digit (all calendar forms), or a word (a weekday
 * name, or a relative word such as "today", "last", "this"). One hand-written pass finds the
 * anchors; each gets a margin on both sides, wide enough for the longest lead before a digit
 * ("from September to December 2020", "second quarter of 2019") and the longest tail after it;
 * overlapping windows merge. Rules then match inside the windows of their anchor kind, with
 * transparent bounds, so their look-arounds still see the text outside.
 */
final class AnchorWindows {
  /** Characters a window reaches before its first anchor and after its last one. */
  static final int MARGIN = 48;

  /** Windows around digits, and windows around anchor words. */
  record Regions(List<CharSpan> digits, List<CharSpan> words) {
  }

  private final Set<String> anchorWords;
  /** Anchor words that count only when written with a capital (month names: not the modal "may"). */
  private final Set<String> capitalisedWords;
  private final int longestWord;
  /** First letters (lower case) of the anchor words: other words are skipped without a lookup. */
  private final boolean[] initials = new boolean[128];

  /** {@code anchorWords}: lower-case ASCII words that anchor a rule without a digit. */
  AnchorWindows(Set<String> anchorWords) {
    this(anchorWords, Set.of());
  }

  /** {@code capitalisedWords}: lower-case ASCII words that anchor only when the text capitalises them. */
  AnchorWindows(Set<String> anchorWords, Set<String> capitalisedWords) {
    this.anchorWords = Set.copyOf(anchorWords);
    this.capitalisedWords = Set.copyOf(capitalisedWords);
    this.longestWord = java.util.stream.Stream.concat(anchorWords.stream(), capitalisedWords.stream())
        .mapToInt(String::length).max().orElse(0);
    for (String w : anchorWords) {
      initials[w.charAt(0) & 127] = true;
    }
    for (String w : capitalisedWords) {
      initials[w.charAt(0) & 127] = true;
    }
  }

  Regions of(String match) {
    Merger digits = new Merger(match.length());
    Merger words = new Merger(match.length());
    int n = match.length();
    int i = 0;
    while (i < n) {
      char c = match.charAt(i);
      if (c >= '0' && c <= '9') {
        int e = i + 1;
        while (e < n && match.charAt(e) >= '0' && match.charAt(e) <= '9') {
          e++;
        }
        digits.add(i, e);
        i = e;
      } else if (Character.isLetter(c)) {
        int e = i + 1;
        while (e < n && Character.isLetter(match.charAt(e))) {
          e++;
        }
        char first = Character.toLowerCase(c);
        if (first < 128 && initials[first] && e - i <= longestWord) {
          String word = match.substring(i, e).toLowerCase(Locale.ROOT);
          if (anchorWords.contains(word) || (Character.isUpperCase(c) && capitalisedWords.contains(word))) {
            words.add(i, e);
          }
        }
        i = e;
      } else {
        i++;
      }
    }
    return new Regions(digits.done(), words.done());
  }

  /** Collects anchor windows in text order, merging those that overlap. */
  private static final class Merger {
    private final int length;
    private final List<CharSpan> windows = new ArrayList<>();
    private int start = -1;
    private int end = -1;

    Merger(int length) {
      this.length = length;
    }

    void add(int anchorStart, int anchorEnd) {
      int s = Math.max(0, anchorStart - MARGIN);
      int e = Math.min(length, anchorEnd + MARGIN);
      if (start >= 0 && s <= end) {
        end = Math.max(end, e);
        return;
      }
      if (start >= 0) {
        windows.add(new CharSpan(start, end));
      }
      start = s;
      end = e;
    }

    List<CharSpan> done() {
      if (start >= 0) {
        windows.add(new CharSpan(start, end));
      }
      return windows;
    }
  }
}
