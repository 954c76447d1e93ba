package pressfacts.stage.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Header;
import pressfacts.lexicon.Lexicons;
import pressfacts.text.TextView;

/**
 * The dates of one document: find the candidates, pick the date line, choose the reference
 * date, then place every candidate against it. A pure function of its inputs.
 *
 * <p>The reference for relative and yearless dates is the supplied publication date when the
 * source gives one, else the date line's value. A date line coarser than a day ("2009 Jun") is
 * narrowed by a full date in the title that falls inside it, so "Monday" can still be placed.
 * In the sidebars after a release (teaser items with their own dates), a relative or year-less
 * date resolves against the date of its item, the last full date before it in the sidebar.
 * A year-less day of the release that the release also writes with its year takes that year
 * (see {@code sameDayWritten}).
 * A date line without a year ("Baku. 22 January.") takes the year of the supplied date, or
 * else the year the text makes certain (the same day with its year, its weekday, a month or
 * part of a year that holds it); otherwise it has no value (Conventions, Dates).
 */
public final class DocumentDates {
  private final DateFinder finder;
  private final PublishedLine publishedLine;
  private final Map<String, Integer> weekdays;

  DocumentDates(DateFinder finder, DateLexicon lex) {
    this.finder = finder;
    this.publishedLine = new PublishedLine(lex);
    this.weekdays = lex.weekdays();
  }

  private static final class Holder {
    static final DocumentDates STANDARD = new DocumentDates(DateFinder.standard(), DateFinder.standard().lexicon());
  }

  /** An instance on the shared vocabulary {@code common} (immutable, thread-safe); build once per pipeline. */
  public static DocumentDates of(Lexicons common) {
    DateLexicon lex = DateLexicon.load(common);
    return new DocumentDates(new DateFinder(lex), lex);
  }

  /** The standard instance, loaded once per process (immutable, thread-safe). */
  public static DocumentDates standard() {
    return Holder.STANDARD;
  }

  /** All dates of {@code text} and its date line; {@code supplied} is the source's published value or null. */
  public DateLayer read(String text, Header header, DateValue supplied) {
    return read(TextView.of(text), header, supplied);
  }

  /** The same, on a text view built once for the document. */
  public DateLayer read(TextView view, Header header, DateValue supplied) {
    String text = view.original();
    String match = view.matching();
    List<DateCandidate> candidates = finder.match(view);
    DateCandidate line = publishedLine.find(match, view.lines(), header, candidates);
    DateValue lineValue = line == null ? null : line.reading().resolve(
        supplied != null ? supplied : certainYear(line, match, candidates));
    DateValue reference = supplied != null ? supplied : narrowByTitle(lineValue, header, candidates);
    DateCandidate own = supplied != null || line == null || lineValue == null ? null
        : publishedLine.releaseLine(match, view.lines(), header, candidates, line);
    DateValue ownDay = own == null ? null : ((DateReading.Fixed) own.reading()).value();
    if (ownDay != null && !ownDay.firstDay().isBefore(lineValue.firstDay())) {
      ownDay = null; // the same day, or a later one (an update): the date line stays the reference
    }

    List<DateMention> dates = new ArrayList<>();
    DateMention published = null;
    DateValue itemDate = null; // the date of the sidebar item being read
    for (DateCandidate c : candidates) {
      if (ownDay != null && c == own) {
        // the release's own date line, earlier than the page's: the story below it is told on its day
        reference = ownDay;
      }
      boolean inSidebar = header.inSidebar(c.span().start());
      DateValue written = c == line || inSidebar || reference == null ? null : sameDayWritten(c, candidates, header, reference);
      DateValue value = c == line ? lineValue
          : written != null ? written
          : c.reading().resolve(inSidebar && itemDate != null ? itemDate : reference);
      if (inSidebar && c.reading() instanceof DateReading.Fixed f
          && f.value().firstDay().equals(f.value().lastDay())) {
        itemDate = new DateValue.Day(f.value().firstDay());
      }
      DateMention m = DateMention.of(text, c.span(), value);
      dates.add(m);
      if (c == line && value != null) {
        published = m;
      }
    }
    return new DateLayer(dates, published);
  }

  /**
   * The year that the text makes certain for a date line without one (Conventions, Dates): the
   * same day written elsewhere with its year, a weekday written with it ("Tuesday, June 9"), or
   * a month or part of a year that holds it ("the first half of 2016"); else null, and then the
   * date line, and every year-less or relative date that needs it, has no value. A line with its
   * year needs none (null is returned).
   */
  private DateValue certainYear(DateCandidate line, String match, List<DateCandidate> candidates) {
    int month;
    int day;
    if (line.reading() instanceof DateReading.Yearless y) {
      month = y.month();
      day = y.day();
    } else if (line.reading() instanceof DateReading.AtTime t && t.day() instanceof DateReading.Yearless y) {
      month = y.month();
      day = y.day();
    } else {
      return null;
    }
    for (DateCandidate c : candidates) {
      if (c != line && c.reading() instanceof DateReading.Fixed f) {
        LocalDate first = f.value().firstDay();
        LocalDate last = f.value().lastDay();
        if (first.getYear() != last.getYear() || first.plusYears(1).isBefore(last.plusDays(1))) {
          continue;
        }
        if (first.getYear() == last.getYear() && !(f.value() instanceof DateValue.Year)) {
          try {
            LocalDate d = LocalDate.of(first.getYear(), month, day);
            boolean sameDay = first.equals(last) && first.equals(d);
            boolean inside = !first.equals(last) && !d.isBefore(first) && !d.isAfter(last);
            if (sameDay || inside) {
              return new DateValue.Year(first.getYear());
            }
          } catch (java.time.DateTimeException e) {
            // 29 February in a common year: not this one
          }
        }
      }
    }
    DayOfWeek weekday = weekdayOf(line.span().of(match));
    Integer latest = latestWrittenYear(candidates);
    if (weekday != null && latest != null) {
      for (int year = latest; year > latest - 7; year--) {
        try {
          if (LocalDate.of(year, month, day).getDayOfWeek() == weekday) {
            return new DateValue.Year(year);
          }
        } catch (java.time.DateTimeException e) {
          // no such day this year
        }
      }
    }
    return null;
  }

  /**
   * A day without a year in the release ("the evening of June 6") whose day the release also
   * writes with its year ("on June 6, 2016, at about 9:20 p.m."): the text makes that year certain,
   * as the Conventions say of a date line, where the nearest-year rule would guess. Only the
   * release's own dates count (a sidebar item's "June 6, 2026" is another story's), and only when
   * they give one year; else null, and the nearest-year rule places the day. Its time is kept.
   * A day the rule places within {@link #RECENT_DAYS} of the reference is left to it: that is the
   * news of the week ("arrested on May 31", four days before the date line), even when an older
   * May 31 is told in the story.
   */
  private static DateValue sameDayWritten(DateCandidate c, List<DateCandidate> candidates, Header header,
      DateValue reference) {
    DateReading.Yearless day = c.reading() instanceof DateReading.Yearless y ? y
        : c.reading() instanceof DateReading.AtTime t && t.day() instanceof DateReading.Yearless y ? y : null;
    if (day == null) {
      return null;
    }
    DateValue nearest = day.resolve(reference);
    if (nearest == null || (!nearest.firstDay().isBefore(reference.firstDay().minusDays(RECENT_DAYS))
        && !nearest.firstDay().isAfter(reference.lastDay().plusDays(RECENT_DAYS)))) {
      return null;
    }
    Integer year = null;
    for (DateCandidate other : candidates) {
      if (other == c || header.inSidebar(other.span().start())
          || !(other.reading() instanceof DateReading.Fixed f)
          || !(f.value() instanceof DateValue.Day || f.value() instanceof DateValue.Minute)) {
        continue;
      }
      LocalDate d = f.value().firstDay();
      if (d.getMonthValue() == day.month() && d.getDayOfMonth() == day.day()) {
        if (year != null && year != d.getYear()) {
          return null; // two years for one day: the text does not settle it
        }
        year = d.getYear();
      }
    }
    if (year == null) {
      return null;
    }
    DateValue.Day placed = new DateValue.Day(LocalDate.of(year, day.month(), day.day()));
    return c.reading() instanceof DateReading.AtTime t
        ? new DateValue.Minute(placed.day().atTime(t.hour(), t.minute())) : placed;
  }

  /** How near the reference a day placed by the nearest-year rule stays placed so (a month). */
  private static final int RECENT_DAYS = 31;

  /** The weekday a date line opens with ("Tuesday, June 9"), or null. */
  private DayOfWeek weekdayOf(String lineText) {
    java.util.regex.Matcher m = LEADING_WORD.matcher(lineText);
    if (!m.lookingAt()) {
      return null;
    }
    Integer n = weekdays.get(m.group(1).toLowerCase(Locale.ROOT));
    return n == null ? null : DayOfWeek.of(n);
  }

  private static final java.util.regex.Pattern LEADING_WORD = java.util.regex.Pattern.compile("(\\p{L}+)");

  /** The latest year among the dates written out in full, or null. */
  private static Integer latestWrittenYear(List<DateCandidate> candidates) {
    int latest = 0;
    for (DateCandidate c : candidates) {
      if (c.reading() instanceof DateReading.Fixed f) {
        latest = Math.max(latest, f.value().lastDay().getYear());
      }
    }
    return latest == 0 ? null : latest;
  }

  /** {@code value} itself when it names a day, else a full date of the title line inside it, else {@code value}. */
  private static DateValue narrowByTitle(DateValue value, Header header, List<DateCandidate> candidates) {
    if (value == null || value.firstDay().equals(value.lastDay()) || header.title() == null) {
      return value;
    }
    CharSpan title = header.title();
    for (DateCandidate c : candidates) {
      if (title.contains(c.span()) && c.reading() instanceof DateReading.Fixed f
          && f.value().firstDay().equals(f.value().lastDay())
          && !f.value().firstDay().isBefore(value.firstDay()) && !f.value().lastDay().isAfter(value.lastDay())) {
        return new DateValue.Day(f.value().firstDay());
      }
    }
    return value;
  }
}
