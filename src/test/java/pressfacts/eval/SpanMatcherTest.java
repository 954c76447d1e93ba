package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;

class SpanMatcherTest {

  /** "0-10 A, 10-20 A" to typed spans. */
  static List<SpanMatcher.Typed> spans(String s) {
    List<SpanMatcher.Typed> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    for (String part : s.split(", ")) {
      String[] f = part.split("[- ]");
      out.add(new SpanMatcher.Typed(new CharSpan(Integer.parseInt(f[0]), Integer.parseInt(f[1])), f[2]));
    }
    return out;
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        // same span and type: paired both ways
        Arguments.of("0-5 A", "0-5 A", "strict", "[0]"),
        // same span, other type: no pair
        Arguments.of("0-5 A", "0-5 B", "strict", "[-1]"),
        // a duplicated prediction: only the first is paired; the second stays a false positive
        Arguments.of("0-5 A", "0-5 A, 0-5 A", "strict", "[0]"),
        // overlap is enough for lenient
        Arguments.of("0-10 A", "5-12 A", "lenient", "[0]"),
        // touching spans do not overlap
        Arguments.of("0-10 A", "10-12 A", "lenient", "[-1]"),
        // one prediction over two gold spans: it goes to the larger overlap (6 over 5)
        Arguments.of("0-10 A, 10-20 A", "5-16 A", "lenient", "[-1, 0]"),
        // equal overlaps (5 and 5): the earlier gold span wins
        Arguments.of("0-10 A, 10-20 A", "5-15 A", "lenient", "[0, -1]"),
        // two predictions over one gold: the larger overlap (8 over 4) is the pair, the other a false positive
        Arguments.of("0-10 A", "0-4 A, 2-10 A", "lenient", "[1]"),
        // each gold matched at most once: both predictions overlap both golds, greedy by overlap gives 2 pairs
        Arguments.of("0-10 A, 8-20 A", "0-9 A, 9-20 A", "lenient", "[0, 1]"));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void pairsOneToOne(String gold, String pred, String criterion, String goldToPred) {
    SpanMatcher.Alignment a = SpanMatcher.align(spans(gold), spans(pred));
    SpanMatcher.Pairing p = criterion.equals("strict") ? a.strict() : a.lenient();
    assertEquals(goldToPred, Arrays.toString(p.goldToPred()));
  }
}
