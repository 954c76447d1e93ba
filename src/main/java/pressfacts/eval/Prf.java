package pressfacts.eval;

import java.util.Locale;
import java.util.Optional;

/** Precision, recall and F1 derived from {@link Counts#prf()}; each in [0, 1]. */
public record Prf(double precision, double recall, double f1) {

  /** Three decimals, or "n/a" for the empty case. */
  public static String format(Optional<Double> value) {
    return value.map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse("n/a");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", precision, recall, f1);
  }
}
