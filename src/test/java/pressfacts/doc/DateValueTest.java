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
        // a minute with the zone offset written with it; zero is ISO's "Z"
        Arguments.of("2024-01-22T14:05+04:00", DateValue.Minute.class),
        Arguments.of("2024-01-22T09:05-05:00", DateValue.Minute.class),
        Arguments.of("2003-06-10T04:00Z", DateValue.Minute.class),
        Arguments.of("2024-01-22T14:05+04:00/2024-01-22T16:00+04:00", DateValue.Interval.class),
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
    // an offset needs a time, and is one a zone can have
    assertThrows(IllegalArgumentException.class, () -> DateValue.parse("2019-01-01+04:00"));
    assertThrows(IllegalArgumentException.class, () -> DateValue.parse("2019-01-01T10:00+19:00"));
  }

  @Test
  void boundsCoverThePrecision() {
    assertEquals("2005-06-30", DateValue.parse("2005-06").lastDay().toString());
    // a decade: "the 1950s" is 195
    assertEquals("1950-01-01", DateValue.parse("195").firstDay().toString());
    assertEquals("1959-12-31", DateValue.parse("195").lastDay().toString());
    assertEquals("2014-01-01", DateValue.parse("2014-01/2014-06").firstDay().toString());
    // a time with its offset covers the local day written
    assertEquals("2024-01-22", DateValue.parse("2024-01-22T23:30-05:00").lastDay().toString());
  }
}
