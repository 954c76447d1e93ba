package pressfacts.doc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar value at the precision the text gives, written as ISO 8601 ({@link #iso()}):
 * {@code 195} (a decade), {@code 2003}, {@code 2005-06}, {@code 2019-09-19}, {@code 2008-08-05T12:35}, a minute with
 * the zone offset the text or the source writes ({@code 2024-01-22T14:05+04:00}, {@code 2003-06-10T04:00Z}), or an
 * interval {@code a/b} of two of those. {@link #firstDay()} and {@link #lastDay()} bound what it covers,
 * which is what comparisons (published before event) need.
 */
public sealed interface DateValue permits DateValue.Decade, DateValue.Year, DateValue.Month, DateValue.Day,
    DateValue.Minute, DateValue.Interval {

  String iso();

  LocalDate firstDay();

  LocalDate lastDay();

  /** A decade, ISO 8601's reduced precision: "the 1950s" is {@code 195} (the guidelines' Conventions). */
  record Decade(int decade) implements DateValue {
    public String iso() { return String.format("%03d", decade); }
    public LocalDate firstDay() { return LocalDate.of(decade * 10, 1, 1); }
    public LocalDate lastDay() { return LocalDate.of(decade * 10 + 9, 12, 31); }
  }

  record Year(int year) implements DateValue {
    public String iso() { return String.format("%04d", year); }
    public LocalDate firstDay() { return LocalDate.of(year, 1, 1); }
    public LocalDate lastDay() { return LocalDate.of(year, 12, 31); }
  }

  record Month(YearMonth month) implements DateValue {
    public String iso() { return month.toString(); }
    public LocalDate firstDay() { return month.atDay(1); }
    public LocalDate lastDay() { return month.atEndOfMonth(); }
  }

  record Day(LocalDate day) implements DateValue {
    public String iso() { return day.toString(); }
    public LocalDate firstDay() { return day; }
    public LocalDate lastDay() { return day; }
  }

  /**
   * A clock time on a day, as written: {@code time} is the local time the text gives, {@code offset} the zone
   * offset written with it ("(UTC+04:00)", "GMT+4"), or null when none is written (most texts): then the value is
   * a local time, and its ISO form carries no offset. The days it covers are the local day.
   */
  record Minute(LocalDateTime time, ZoneOffset offset) implements DateValue {
    public Minute {
      time = time.withSecond(0).withNano(0);
    }
    /** A local time, no offset written. */
    public Minute(LocalDateTime time) {
      this(time, null);
    }
    /** The same minute with the offset written after it. */
    public Minute withOffset(ZoneOffset written) {
      return new Minute(time, written);
    }
    public String iso() {
      String local = time.toLocalDate() + "T" + String.format("%02d:%02d", time.getHour(), time.getMinute());
      return offset == null ? local : local + offset.getId();
    }
    public LocalDate firstDay() { return time.toLocalDate(); }
    public LocalDate lastDay() { return time.toLocalDate(); }
  }

  record Interval(DateValue from, DateValue to) implements DateValue {
    public Interval {
      if (from instanceof Interval || to instanceof Interval) {
        throw new IllegalArgumentException("nested interval");
      }
    }
    public String iso() { return from.iso() + "/" + to.iso(); }
    public LocalDate firstDay() { return from.firstDay(); }
    public LocalDate lastDay() { return to.lastDay(); }
  }

  Pattern SINGLE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

  /** Reads what {@link #iso()} writes; throws {@link IllegalArgumentException} on anything else. */
  static DateValue parse(String iso) {
    int slash = iso.indexOf('/');
    if (slash >= 0) {
      return new Interval(parse(iso.substring(0, slash)), parse(iso.substring(slash + 1)));
    }
    if (iso.length() == 3 && iso.chars().allMatch(Character::isDigit)) {
      return new Decade(Integer.parseInt(iso));
    }
    Matcher m = SINGLE.matcher(iso);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO date value: '" + iso + "'");
    }
    int y = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return new Year(y);
    }
    int mo = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      return new Month(YearMonth.of(y, mo));
    }
    LocalDate d = LocalDate.of(y, mo, Integer.parseInt(m.group(3)));
    if (m.group(4) == null) {
      return new Day(d);
    }
    LocalDateTime t = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    try {
      return new Minute(t, m.group(6) == null ? null : ZoneOffset.of(m.group(6)));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a zone offset: '" + iso + "'", e);
    }
  }
}
