package pressfacts.stage.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import pressfacts.doc.DateValue;

/**
 * What a matched calendar expression means before it is placed on the calendar. A
 * {@link Fixed} reading needs nothing more; the others need the reference date (the
 * publication date) and give null when it is missing or too coarse, because a relative
 * expression is a date only when the publication date resolves it (ANNOTATION.md, Dates).
 */
sealed interface DateReading {

  /** The value against {@code reference} (null allowed), or null when it cannot be placed. */
  DateValue resolve(DateValue reference);

  /** Needs no reference: "19 September 2019", "June 2005", "2003", "first half of 2014". */
  record Fixed(DateValue value) implements DateReading {
    public DateValue resolve(DateValue reference) {
      return value;
    }
  }

  /**
   * A day without a year ("3 December", "March, 15"): the year that puts it nearest to and not
   * after the reference, or, when the text speaks of it as still to come, nearest and not before.
   */
  record Yearless(int month, int day, boolean toCome, DayOfWeek weekday) implements DateReading {
    Yearless(int month, int day, boolean toCome) {
      this(month, day, toCome, null);
    }

    /**
     * With the weekday written with it ("Friday, March 25"): when the year the rule picks gives
     * another weekday and the nearest year on the other side of the reference gives this one,
     * the weekday wins (a schedule written without a future cue, a past day with one).
     */
    Yearless withWeekday(DayOfWeek written) {
      return new Yearless(month, day, toCome, written);
    }

    public DateValue resolve(DateValue reference) {
      LocalDate d = place(month, day, reference, toCome);
      if (d != null && weekday != null && d.getDayOfWeek() != weekday) {
        LocalDate other = place(month, day, reference, !toCome);
        if (other != null && other.getDayOfWeek() == weekday) {
          d = other;
        }
      }
      return d == null ? null : new DateValue.Day(d);
    }
  }

  /**
   * A day with its clock time ("March 1, 2017, at 8:30 a.m."): the day placed, then the time set, with the
   * zone offset written after the time ("14:05 (UTC+04:00)"), or null when none is.
   */
  record AtTime(DateReading day, int hour, int minute, ZoneOffset offset) implements DateReading {
    AtTime(DateReading day, int hour, int minute) {
      this(day, hour, minute, null);
    }

    public DateValue resolve(DateValue reference) {
      DateValue v = day.resolve(reference);
      return v instanceof DateValue.Day d ? new DateValue.Minute(d.day().atTime(hour, minute), offset) : v;
    }
  }

  /** "week of May 26th": the Monday-to-Sunday week that holds the day read (placed as it would be alone). */
  record WeekOf(DateReading day) implements DateReading {
    public DateValue resolve(DateValue reference) {
      DateValue v = day.resolve(reference);
      if (!(v instanceof DateValue.Day d)) {
        return v;
      }
      LocalDate monday = d.day().minusDays(d.day().getDayOfWeek().getValue() - 1L);
      return new DateValue.Interval(new DateValue.Day(monday), new DateValue.Day(monday.plusDays(6)));
    }
  }

  /** "from 1 to 3 June" without a year: both ends take the year the first end takes. */
  record YearlessRange(int month, int fromDay, int toDay, boolean toCome) implements DateReading {
    public DateValue resolve(DateValue reference) {
      LocalDate from = place(month, fromDay, reference, toCome);
      if (from == null) {
        return null;
      }
      try {
        return new DateValue.Interval(new DateValue.Day(from),
            new DateValue.Day(LocalDate.of(from.getYear(), month, toDay)));
      } catch (DateTimeException e) {
        return null;
      }
    }
  }

  /** "Friday", "last Friday", "next Friday": the nearest such day not after (or not before) the reference day. */
  record Weekday(DayOfWeek day, Direction direction) implements DateReading {
    public DateValue resolve(DateValue reference) {
      LocalDate ref = exactDay(reference);
      if (ref == null) {
        return null;
      }
      LocalDate d = switch (direction) {
        case NEAREST_PAST -> ref.with(TemporalAdjusters.previousOrSame(day));
        case STRICT_PAST -> ref.with(TemporalAdjusters.previous(day));
        case NEAREST_FUTURE -> ref.with(TemporalAdjusters.nextOrSame(day));
        case STRICT_FUTURE -> ref.with(TemporalAdjusters.next(day));
      };
      return new DateValue.Day(d);
    }
  }

  enum Direction { NEAREST_PAST, STRICT_PAST, NEAREST_FUTURE, STRICT_FUTURE }

  /** "today" (0), "yesterday" (-1), "tomorrow" (+1): needs a reference of day precision. */
  record RelativeDay(int offset) implements DateReading {
    public DateValue resolve(DateValue reference) {
      LocalDate ref = exactDay(reference);
      return ref == null ? null : new DateValue.Day(ref.plusDays(offset));
    }
  }

  /** "this/last/next year|month|week"; a week is written as the interval Monday/Sunday. */
  record RelativeUnit(Unit unit, int offset) implements DateReading {
    public DateValue resolve(DateValue reference) {
      if (reference == null) {
        return null;
      }
      LocalDate first = reference.firstDay();
      LocalDate last = reference.lastDay();
      switch (unit) {
        case YEAR:
          return first.getYear() == last.getYear() ? new DateValue.Year(first.getYear() + offset) : null;
        case MONTH:
          return YearMonth.from(first).equals(YearMonth.from(last))
              ? new DateValue.Month(YearMonth.from(first).plusMonths(offset)) : null;
        default:
          LocalDate ref = exactDay(reference);
          if (ref == null) {
            return null;
          }
          LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
          return new DateValue.Interval(new DateValue.Day(monday), new DateValue.Day(monday.plusDays(6)));
      }
    }
  }

  /** WEEKEND is read by {@link Weekend}, never by {@link RelativeUnit}. */
  enum Unit { YEAR, MONTH, WEEK, WEEKEND, DAY }

  /**
   * "this weekend", "last weekend", "next weekend": the Saturday and Sunday of the reference's
   * Monday-to-Sunday week moved by {@code offset} weeks (Conventions: "the weekend" is
   * Saturday/Sunday). "over the weekend" ({@code nearest}) is the latest one that has begun by the
   * reference day, or with offset 1 (spoken of as still to come) the first one not yet over.
   */
  record Weekend(int offset, boolean nearest) implements DateReading {
    public DateValue resolve(DateValue reference) {
      LocalDate ref = exactDay(reference);
      if (ref == null) {
        return null;
      }
      LocalDate saturday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
      if (nearest) {
        if (offset <= 0 && saturday.isAfter(ref)) {
          saturday = saturday.minusWeeks(1);
        }
      } else {
        saturday = saturday.plusWeeks(offset);
      }
      return new DateValue.Interval(new DateValue.Day(saturday), new DateValue.Day(saturday.plusDays(1)));
    }
  }

  /**
   * "31 years ago", "two months ago", "three days ago": the reference moved back by {@code n}
   * units, at the unit's precision (a week is its Monday-to-Sunday interval, as "last week").
   */
  record Ago(Unit unit, int n) implements DateReading {
    public DateValue resolve(DateValue reference) {
      // "n units ago" is "the unit n back": the same reading as "last year" or "yesterday", n times over
      return unit == Unit.DAY ? new RelativeDay(-n).resolve(reference) : new RelativeUnit(unit, -n).resolve(reference);
    }
  }

  /**
   * "5 March of this year", "in March of last year", "September last year": a day (or, with
   * {@code day} 0, the months {@code from}..{@code to}) in the year that "this/last/next year" names.
   */
  record InRelativeYear(int from, int to, int day, int offset) implements DateReading {
    public DateValue resolve(DateValue reference) {
      if (!(new RelativeUnit(Unit.YEAR, offset).resolve(reference) instanceof DateValue.Year y)) {
        return null;
      }
      if (day > 0) {
        try {
          return new DateValue.Day(LocalDate.of(y.year(), from, day));
        } catch (DateTimeException e) {
          return null; // 29 February of a common year
        }
      }
      DateValue.Month first = new DateValue.Month(YearMonth.of(y.year(), from));
      return from == to ? first : new DateValue.Interval(first, new DateValue.Month(YearMonth.of(y.year(), to)));
    }
  }

  /** How a month or season without a year relates to the reference. */
  enum Relation {
    /** No cue: the nearest one not after the reference ("in March"). */
    NEAREST_PAST,
    /** Spoken of as still to come: the nearest one not before the reference. */
    NEAREST_FUTURE,
    /** "last July", "last summer": the latest one that ended before the reference's month. */
    LAST,
    /** "this July", "this summer": the one of the reference's year. */
    THIS,
    /** "next July": the first one that starts after the reference's month. */
    NEXT
  }

  /**
   * Months {@code from}..{@code to} of one year without the year written: a month ("in March",
   * "early December", "late last July": from == to) or a season ("last summer", 6..8); the value
   * is the month, or the interval of months, of the year the {@link Relation} picks.
   */
  record YearlessMonths(int from, int to, Relation relation) implements DateReading {
    public DateValue resolve(DateValue reference) {
      if (reference == null) {
        return null;
      }
      YearMonth refFirst = YearMonth.from(reference.firstDay());
      YearMonth refLast = YearMonth.from(reference.lastDay());
      if (refFirst.getYear() != refLast.getYear()) {
        return null;
      }
      int year = refLast.getYear();
      if (from > to) {
        return acrossNewYear(year, refFirst.getMonthValue(), refLast.getMonthValue());
      }
      int year0 = switch (relation) {
        case NEAREST_PAST -> from <= refLast.getMonthValue() ? year : year - 1;
        case NEAREST_FUTURE -> to >= refFirst.getMonthValue() ? year : year + 1;
        case LAST -> to < refFirst.getMonthValue() ? year : year - 1;
        case THIS -> year;
        case NEXT -> from > refLast.getMonthValue() ? year : year + 1;
      };
      if (from == to) {
        return new DateValue.Month(YearMonth.of(year0, from));
      }
      return new DateValue.Interval(new DateValue.Month(YearMonth.of(year0, from)),
          new DateValue.Month(YearMonth.of(year0, to)));
    }

    /**
     * Months across New Year ("last winter": December to February), placed by the year {@code end}
     * they end in: the same relations, with the first month in the year before.
     */
    private DateValue acrossNewYear(int year, int refFirstMonth, int refLastMonth) {
      int end = switch (relation) {
        case NEAREST_PAST -> refLastMonth >= from ? year + 1 : year;
        case NEAREST_FUTURE, THIS -> refFirstMonth <= to ? year : year + 1;
        case LAST -> refFirstMonth > to ? year : year - 1;
        case NEXT -> refLastMonth >= from ? year + 2 : year + 1;
      };
      return new DateValue.Interval(new DateValue.Month(YearMonth.of(end - 1, from)),
          new DateValue.Month(YearMonth.of(end, to)));
    }
  }

  /**
   * "from September 15 through October 15": two days without a year; the first is placed by the
   * nearest-year rule, the second is the first such day not before it.
   */
  record YearlessSpan(Yearless from, int toMonth, int toDay) implements DateReading {
    public DateValue resolve(DateValue reference) {
      DateValue start = from.resolve(reference);
      if (!(start instanceof DateValue.Day d)) {
        return null;
      }
      for (int year = d.day().getYear(); year <= d.day().getYear() + 1; year++) {
        try {
          LocalDate end = LocalDate.of(year, toMonth, toDay);
          if (!end.isBefore(d.day())) {
            return new DateValue.Interval(start, new DateValue.Day(end));
          }
        } catch (DateTimeException e) {
          // 29 February in a common year: try the next
        }
      }
      return null;
    }
  }

  /** "end of last year", "first half of this year": a part of a year given relative to the reference. */
  record RelativeYearPart(DateLexicon.YearPart part, int offset) implements DateReading {
    public DateValue resolve(DateValue reference) {
      DateValue year = new RelativeUnit(Unit.YEAR, offset).resolve(reference);
      return year == null ? null : DateFinder.partOfYear(part, ((DateValue.Year) year).year());
    }
  }

  /** The reference when it names one day, else null. */
  private static LocalDate exactDay(DateValue reference) {
    if (reference == null || !reference.firstDay().equals(reference.lastDay())) {
      return null;
    }
    return reference.firstDay();
  }

  /**
   * The year for month/day by the nearest-year rule: not after the reference's last day, or, for
   * a date still to come, not before its first day. Tries up to eight years so that 29 February
   * finds a leap year.
   */
  private static LocalDate place(int month, int day, DateValue reference, boolean toCome) {
    if (reference == null) {
      return null;
    }
    LocalDate bound = toCome ? reference.firstDay() : reference.lastDay();
    int step = toCome ? 1 : -1;
    for (int k = 0, year = bound.getYear(); k < 8; k++, year += step) {
      try {
        LocalDate d = LocalDate.of(year, month, day);
        if (toCome ? !d.isBefore(bound) : !d.isAfter(bound)) {
          return d;
        }
      } catch (DateTimeException e) {
        // 29 February in a common year, or 31 in a short month: try the next candidate year
      }
    }
    return null;
  }
}
