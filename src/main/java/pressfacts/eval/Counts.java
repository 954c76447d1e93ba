package pressfacts.eval;

import java.util.Optional;

/**
 * True positives, false positives and false negatives of one metric. Scores are kept as counts and
 * added with {@link #plus}, so per-document and per-type tables sum exactly; precision, recall and
 * F1 are derived only when printed ({@link #prf}).
 */
public record Counts(long tp, long fp, long fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  /** Counts of a matching: {@code matched} pairs out of {@code gold} gold and {@code predicted} predicted items. */
  public static Counts of(long matched, long gold, long predicted) {
    return new Counts(matched, predicted - matched, gold - matched);
  }

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public long gold() {
    return tp + fn;
  }

  public long predicted() {
    return tp + fp;
  }

  /**
   * The one place the empty case is defined: with no gold and no predicted item there is nothing to
   * score, and the result is empty ("n/a"), never 0, -1 or NaN. Otherwise a ratio whose denominator
   * is zero is 0 (nothing predicted: every gold item is missed; nothing in gold: every prediction is
   * wrong), so F1 is 0 as well.
   */
  public Optional<Prf> prf() {
    if (tp + fp + fn == 0) {
      return Optional.empty();
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = tp == 0 ? 0 : 2 * p * r / (p + r);
    return Optional.of(new Prf(p, r, f));
  }

  @Override
  public String toString() {
    return "tp=" + tp + " fp=" + fp + " fn=" + fn;
  }
}
