package pressfacts.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SpansTest {
  private static final Comparator<CharSpan> LEFTMOST = Comparator.naturalOrder();

  private static CharSpan s(int start, int end) {
    return new CharSpan(start, end);
  }

  private static List<CharSpan> keep(Comparator<CharSpan> tieBreak, CharSpan... spans) {
    return Spans.keepLongest(List.of(spans), Function.identity(), tieBreak);
  }

  /** Rows: input spans, expected kept spans in the order taken (longest first). */
  @Test
  void table() {
    assertEquals(List.of(), keep(LEFTMOST));
    // nesting: the outer span wins, whichever comes first
    assertEquals(List.of(s(0, 10)), keep(LEFTMOST, s(2, 5), s(0, 10)));
    // partial overlap: the longer wins although it starts later
    assertEquals(List.of(s(3, 10)), keep(LEFTMOST, s(0, 5), s(3, 10)));
    // equal lengths: the tie-break decides
    assertEquals(List.of(s(0, 5)), keep(LEFTMOST, s(3, 8), s(0, 5)));
    assertEquals(List.of(s(3, 8)), keep(LEFTMOST.reversed(), s(0, 5), s(3, 8)));
    // a chain of equal overlaps: the first and third survive, the middle one touches both
    assertEquals(List.of(s(0, 4), s(6, 10)), keep(LEFTMOST, s(6, 10), s(3, 7), s(0, 4)));
    // touching spans do not overlap (half-open)
    assertEquals(List.of(s(0, 3), s(3, 6)), keep(LEFTMOST, s(3, 6), s(0, 3)));
    // an empty span is never kept, not even alone
    assertEquals(List.of(), keep(LEFTMOST, s(2, 2)));
    assertEquals(List.of(s(0, 4)), keep(LEFTMOST, s(0, 4), s(9, 9)));
  }

  @Test
  void inputOrderBreaksTiesByPosition() {
    record Item(String name, CharSpan span) {
    }
    List<Item> items = List.of(new Item("second rule", s(4, 8)), new Item("first rule", s(2, 6)));
    List<Item> kept = Spans.keepLongest(items, Item::span, Spans.inputOrder());
    assertEquals(List.of("second rule"), kept.stream().map(Item::name).toList());
  }

  @Test
  void spansAlreadyTakenBlockAndGrow() {
    Coverage taken = Coverage.of(List.of(s(0, 4)));
    List<CharSpan> kept = Spans.keepLongest(List.of(s(2, 6), s(6, 9)), Function.identity(), LEFTMOST, taken);
    assertEquals(List.of(s(6, 9)), kept);
    assertTrue(taken.overlaps(s(8, 12)));
    assertFalse(taken.overlaps(s(4, 6)));
  }

  @Test
  void doesNotChangeItsInput() {
    List<CharSpan> in = new ArrayList<>(List.of(s(2, 5), s(0, 10)));
    keep(LEFTMOST, in.toArray(new CharSpan[0]));
    Spans.keepLongest(in, Function.identity(), LEFTMOST);
    assertEquals(List.of(s(2, 5), s(0, 10)), in);
  }

  /** The first item starting at or after an offset: before all, between, on a start, after all, empty. */
  @Test
  void firstStartingAt() {
    List<CharSpan> sorted = List.of(s(0, 3), s(4, 8), s(4, 6), s(10, 12));
    assertEquals(0, Spans.firstStartingAt(sorted, Function.identity(), 0));
    assertEquals(1, Spans.firstStartingAt(sorted, Function.identity(), 2));
    assertEquals(1, Spans.firstStartingAt(sorted, Function.identity(), 4));
    assertEquals(3, Spans.firstStartingAt(sorted, Function.identity(), 5));
    assertEquals(4, Spans.firstStartingAt(sorted, Function.identity(), 11));
    assertEquals(0, Spans.firstStartingAt(List.<CharSpan>of(), Function.identity(), 7));
  }
}
