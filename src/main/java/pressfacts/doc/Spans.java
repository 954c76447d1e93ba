package pressfacts.doc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The one overlap policy the finders share (among overlapping spans, the longest wins), and the one
 * binary search over things kept in text order.
 */
public final class Spans {
  private Spans() {
  }

  /**
   * The items of {@code items} whose spans survive "longest wins": items are taken longest first,
   * equal lengths in {@code tieBreak} order (a stable sort, so an all-equal tie-break keeps input
   * order), and an item is kept unless its span overlaps one kept before it. Empty spans are never
   * kept. Returns the kept items in the order they were taken; O(n log n) for the sort, then one
   * pass with a {@link Coverage} (the quadratic scan of kept lists it replaces made long texts slow).
   */
  public static <T> List<T> keepLongest(Collection<T> items, Function<? super T, CharSpan> spanOf,
                                        Comparator<? super T> tieBreak) {
    return keepLongest(items, spanOf, tieBreak, new Coverage());
  }

  /**
   * The same against spans already {@code taken} (a stronger kind's, for example), which count as
   * kept; every span kept here is added to {@code taken}.
   */
  public static <T> List<T> keepLongest(Collection<T> items, Function<? super T, CharSpan> spanOf,
                                        Comparator<? super T> tieBreak, Coverage taken) {
    List<T> byPriority = new ArrayList<>(items);
    Comparator<T> longestFirst = Comparator.comparingInt(t -> -spanOf.apply(t).length());
    byPriority.sort(longestFirst.thenComparing(tieBreak));
    List<T> kept = new ArrayList<>();
    for (T item : byPriority) {
      CharSpan s = spanOf.apply(item);
      if (s.length() > 0 && !taken.overlaps(s)) {
        taken.add(s);
        kept.add(item);
      }
    }
    return kept;
  }

  /** Tie-break that keeps the input order (the sort is stable). */
  public static <T> Comparator<T> inputOrder() {
    return (a, b) -> 0;
  }

  /**
   * The index of the first item of {@code sorted} (ascending by span start) whose span starts at or
   * after {@code offset}; {@code sorted.size()} when none does. What lies inside a span starts there.
   */
  public static <T> int firstStartingAt(List<T> sorted, Function<? super T, CharSpan> spanOf, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spanOf.apply(sorted.get(mid)).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
