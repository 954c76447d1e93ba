package pressfacts.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import pressfacts.doc.CharSpan;

/**
 * Aligns gold and predicted spans one to one, strictly (same start, end and type) and leniently
 * (overlapping spans of the same type). Each gold span is matched at most once and so is each
 * prediction, so a duplicated prediction is a false positive. Lenient pairs are chosen greedily by
 * overlap: the pair with the longest overlap first, ties broken by gold index, then prediction
 * index, so the result depends on nothing but the input order.
 */
public final class SpanMatcher {
  private SpanMatcher() {
  }

  /** A span with the type it is compared under (an entity type, or one constant for dates and citations). */
  public record Typed(CharSpan span, String type) {
  }

  /**
   * Which prediction each gold item is paired with ({@code -1}: none), and the reverse, for one
   * criterion.
   */
  public record Pairing(int[] goldToPred, int[] predToGold) {
    public long matched() {
      return Arrays.stream(goldToPred).filter(i -> i >= 0).count();
    }

    public Counts counts() {
      return Counts.of(matched(), goldToPred.length, predToGold.length);
    }
  }

  /** Both pairings of one comparison. */
  public record Alignment(Pairing strict, Pairing lenient) {
  }

  public static Alignment align(List<Typed> gold, List<Typed> pred) {
    return new Alignment(strict(gold, pred), lenient(gold, pred));
  }

  static Pairing strict(List<Typed> gold, List<Typed> pred) {
    Pairing p = empty(gold.size(), pred.size());
    for (int g = 0; g < gold.size(); g++) {
      for (int q = 0; q < pred.size(); q++) {
        if (p.predToGold[q] < 0 && gold.get(g).equals(pred.get(q))) {
          link(p, g, q);
          break;
        }
      }
    }
    return p;
  }

  static Pairing lenient(List<Typed> gold, List<Typed> pred) {
    record Candidate(int gold, int pred, int overlap) {
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int q = 0; q < pred.size(); q++) {
        Typed a = gold.get(g);
        Typed b = pred.get(q);
        if (a.type().equals(b.type()) && a.span().overlaps(b.span())) {
          candidates.add(new Candidate(g, q, overlap(a.span(), b.span())));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
        .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::pred));
    Pairing p = empty(gold.size(), pred.size());
    for (Candidate c : candidates) {
      if (p.goldToPred[c.gold] < 0 && p.predToGold[c.pred] < 0) {
        link(p, c.gold, c.pred);
      }
    }
    return p;
  }

  private static int overlap(CharSpan a, CharSpan b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private static Pairing empty(int gold, int pred) {
    int[] g = new int[gold];
    int[] p = new int[pred];
    Arrays.fill(g, -1);
    Arrays.fill(p, -1);
    return new Pairing(g, p);
  }

  private static void link(Pairing p, int g, int q) {
    p.goldToPred[g] = q;
    p.predToGold[q] = g;
  }
}
