package pressfacts.eval;

import java.util.Optional;

/**
 * How many of {@code total} compared items were equal: the accuracy of published values and
 * events, and the attribute agreement of matched citations. No item compared gives "n/a".
 */
public record Share(long hits, long total) {
  public static final Share ZERO = new Share(0, 0);

  public Share {
    if (hits < 0 || hits > total) {
      throw new IllegalArgumentException("bad share " + hits + "/" + total);
    }
  }

  public static Share of(boolean equal) {
    return new Share(equal ? 1 : 0, 1);
  }

  public Share plus(Share o) {
    return new Share(hits + o.hits, total + o.total);
  }

  public Optional<Double> value() {
    return total == 0 ? Optional.empty() : Optional.of((double) hits / total);
  }

  @Override
  public String toString() {
    return hits + "/" + total;
  }
}
