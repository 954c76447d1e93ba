package pressfacts.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateValueTest {

  static Stream<Arguments> isoRoundTrips() {
    return Stream.of(
        // one row per precision the contract allows, and an interval
        Arguments.of("195", DateValue.Decade.class),
        Arguments.of("2003", DateValue.Year.class),
        Arguments.of("2005-06", DateValue.Month.class),
        Arguments.of("2019-09-19", DateValue.Day.class),
        Arguments.of("2008-08-05T12:35", DateValue.Minute.class),
        Arguments.of("2021-06-01/2021-06-03", DateValue.Interval.class),
        Arguments.of("2014-01/2014-06", DateValue.Interval.class));
  }

  @ParameterizedTest
  @MethodSource("isoRoundTrips")
  void parsesAndWritesIso(String iso, Class<?> type) {
    DateValue v = DateValue.parse(iso);
    assertEquals(type, v.getClass());
    assertEquals(iso, v.iso());
  }

  @Test
  void rejectsWhatIsNotIso() {
    assertThrows(IllegalArgumentException.class, () -> DateValue.parse("05.08.2008"));
    assertThrows(RuntimeException.class, () -> DateValue.parse("2019-13-01"));
  }

  @Test
  void boundsCoverThePrecision() {
    assertEquals("2005-06-30", DateValue.parse("2005-06").lastDay().toString());
    // a decade: "the 1950s" is 195
    assertEquals("1950-01-01", DateValue.parse("195").firstDay().toString());
    assertEquals("1959-12-31", DateValue.parse("195").lastDay().toString());
    assertEquals("2014-01-01", DateValue.parse("2014-01/2014-06").firstDay().toString());
  }
}
