package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CountsTest {

  static Stream<Arguments> prfRows() {
    return Stream.of(
        // nothing on either side: the one empty case, n/a
        Arguments.of(0, 0, 0, "n/a n/a n/a"),
        // gold but no prediction: every gold item missed
        Arguments.of(0, 0, 3, "0.000 0.000 0.000"),
        // predictions but no gold: every prediction wrong
        Arguments.of(0, 2, 0, "0.000 0.000 0.000"),
        // all right
        Arguments.of(4, 0, 0, "1.000 1.000 1.000"),
        // P = 2/3, R = 2/4, F1 = 2*(2/3)(1/2)/(2/3+1/2) = 4/7
        Arguments.of(2, 1, 2, "0.667 0.500 0.571"),
        // P = 1/4, R = 1/1, F1 = 2*(1/4)/(5/4) = 2/5
        Arguments.of(1, 3, 0, "0.250 1.000 0.400"));
  }

  @ParameterizedTest
  @MethodSource("prfRows")
  void derivesPrecisionRecallF1(long tp, long fp, long fn, String expected) {
    Optional<Prf> prf = new Counts(tp, fp, fn).prf();
    assertEquals(expected, Prf.format(prf.map(Prf::precision)) + " " + Prf.format(prf.map(Prf::recall))
        + " " + Prf.format(prf.map(Prf::f1)));
  }

  @Test
  void addsCountsAndSharesFieldByField() {
    assertEquals(new Counts(3, 1, 5), new Counts(1, 1, 2).plus(new Counts(2, 0, 3)));
    assertEquals(new Share(3, 5), new Share(1, 2).plus(new Share(2, 3)));
    // matched 2 of 3 gold and 4 predicted items
    assertEquals(new Counts(2, 2, 1), Counts.of(2, 3, 4));
  }

  @Test
  void shareOfNothingIsNotAvailable() {
    assertEquals("n/a", Prf.format(Share.ZERO.value()));
    assertEquals("0.500", Prf.format(new Share(1, 2).value()));
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Counts.of(3, 2, 5));
    assertThrows(IllegalArgumentException.class, () -> new Share(3, 2));
  }
}
