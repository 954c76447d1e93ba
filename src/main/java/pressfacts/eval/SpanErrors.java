package pressfacts.eval;

import java.util.List;
import java.util.function.Function;

/**
 * The error lines of a span alignment, the same for mentions, dates and citations: a gold span with no
 * strict match is a false negative and a predicted one with no strict match a false positive, each line
 * naming its lenient (overlapping) partner where there is one, so an off-by-a-word span reads as such.
 */
final class SpanErrors {
  private SpanErrors() {
  }

  /**
   * Adds to {@code t}, for document {@code doc}, the FN lines of {@code gold} then the FP lines of
   * {@code pred}, in list order; {@code kind} names an item's error kind ("date", "PERSON mention"),
   * {@code show} writes an item (its span and text).
   */
  static <T> void report(String doc, SpanMatcher.Alignment a, List<T> gold, List<T> pred,
      Function<T, String> kind, Function<T, String> show, Tally t) {
    for (int i = 0; i < gold.size(); i++) {
      if (a.strict().goldToPred()[i] < 0) {
        int q = a.lenient().goldToPred()[i];
        t.error(doc, kind.apply(gold.get(i)), ErrorItem.FN, show.apply(gold.get(i))
            + (q < 0 ? "" : " (predicted " + show.apply(pred.get(q)) + ")"));
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      if (a.strict().predToGold()[i] < 0) {
        int q = a.lenient().predToGold()[i];
        t.error(doc, kind.apply(pred.get(i)), ErrorItem.FP, show.apply(pred.get(i))
            + (q < 0 ? "" : " (gold " + show.apply(gold.get(q)) + ")"));
      }
    }
  }
}
