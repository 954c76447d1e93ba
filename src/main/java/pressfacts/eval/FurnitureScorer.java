package pressfacts.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import pressfacts.doc.CharSpan;

/**
 * Line-level precision and recall of a furniture detector against hand-labelled pages, with
 * furniture as the positive class: a true positive is a furniture line called furniture, a false
 * positive a line of the release proper called furniture (a title, date line or body line lost), a
 * false negative furniture left in the release. Counts per family sum to the total.
 */
public final class FurnitureScorer {
  private FurnitureScorer() {
  }

  /** One line the detector got wrong: which page and line, and what the hand label says. */
  public record Miss(String id, FurnitureGold.Line line) {
  }

  /** Counts over all pages and per family (pool file), and the lines missed. */
  public record Result(Counts all, Map<String, Counts> byFamily, Map<String, Integer> pagesByFamily, List<Miss> misses) {
  }

  /** Scores {@code detector} (text to the spans of its furniture lines) on {@code pages}. */
  public static Result score(List<FurnitureGold> pages, Function<String, List<CharSpan>> detector) {
    Counts all = Counts.ZERO;
    Map<String, Counts> byFamily = new LinkedHashMap<>();
    Map<String, Integer> pagesByFamily = new LinkedHashMap<>();
    List<Miss> misses = new ArrayList<>();
    for (FurnitureGold page : pages) {
      List<CharSpan> predicted = detector.apply(page.text());
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (FurnitureGold.Line line : page.lines()) {
        // overlap, not equality: a detector may trim a line's edges differently from the labeller's tool
        boolean called = predicted.stream().anyMatch(p -> p.overlaps(line.span()));
        if (called && line.furniture()) {
          tp++;
        } else if (called) {
          fp++;
        } else if (line.furniture()) {
          fn++;
        }
        if (called != line.furniture()) {
          misses.add(new Miss(page.id(), line));
        }
      }
      Counts c = new Counts(tp, fp, fn);
      all = all.plus(c);
      byFamily.merge(page.family(), c, Counts::plus);
      pagesByFamily.merge(page.family(), 1, Integer::sum);
    }
    return new Result(all, byFamily, pagesByFamily, misses);
  }
}
