package pressfacts.stage.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Spans;
import pressfacts.text.TextView;

/**
 * Finds calendar expressions in a text and places them on the calendar, by a grammar of its own
 * (no SUTime): a fixed list of rules over the matching form, compiled once, so one instance
 * serves every thread. {@link #match} finds candidates; {@link #find} also resolves them against
 * a reference (the publication date). Overlaps are settled by {@link #longestFirst}; adjacent
 * dates that make one range ("between 2018 and 2020") are joined by {@link #joinRanges}.
 */
public final class DateFinder {

  /** How far back in a sentence a "will" or "scheduled" makes a yearless date one still to come. */
  private static final int FUTURE_CUE_WINDOW = 120;

  private static final class Holder {
    static final DateFinder STANDARD = new DateFinder(DateLexicon.load());
  }

  /** What a rule's match means; null when the match is not a date after all (31.02.2019, "the last year"). */
  @FunctionalInterface
  private interface Reader {
    DateReading read(Matcher m, String match);
  }

  /** What a rule starts from: a digit, or a word (weekday, "today", "last"); see {@link AnchorWindows}. */
  private enum Anchor { DIGIT, WORD }

  /** A grammar rule; a {@code ranged} rule's span takes in a "from" or "between" before it. */
  private record Rule(String name, Pattern pattern, Reader reader, Anchor anchor, boolean ranged) {
    Rule(String name, Pattern pattern, Reader reader) {
      this(name, pattern, reader, Anchor.DIGIT, false);
    }
  }

  private final DateLexicon lex;
  private final DatePatterns p;
  private final YearContext yearContext;
  private final List<Rule> rules;
  /** Null when the grammar runs over the whole text (tests compare both ways). */
  private final AnchorWindows windows;

  /** Words (besides digits and weekday names) that the relative rules start from. */
  private static final Set<String> RELATIVE_ANCHORS = Set.of(
      "today", "yesterday", "tomorrow", "tonight", "last", "this", "next", "current", "previous", "coming", "ago",
      "weekend");

  /** Capitalised words of the fixed holidays ("Christmas Day", "New Year's Eve"): they anchor the holiday rule. */
  private static final Set<String> HOLIDAY_ANCHORS = Set.of("christmas", "year", "independence", "veterans");

  /**
   * Words right before a month without a day or year that make it a date ("in March", "the month
   * of May", "since June"); without one (or "early", "last") a bare "May" or "March" is too often
   * a name or a word.
   */
  /** A capitalised word right after a bare month: the month is a given name ("to April Ryan", "in May Hall"). */
  private static final Pattern NAME_AFTER = Pattern.compile("[ \\t]+\\p{Lu}\\p{Ll}");

  private static final Pattern MONTH_CUE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:in|of|since|until|till|by|during|through|throughout|from|before|after|between"
          // "for" only after a word of scheduling ("set for May", "scheduled for June"): "voted for May" is a name
          + "|(?:set|scheduled|rescheduled|planned|slated)[ \\t]+for)"
          + "[ \\t]+$");

  DateFinder(DateLexicon lex) {
    this(lex, true);
  }

  /** {@code windowed}: run the rules only around anchors (the product); false runs them everywhere. */
  DateFinder(DateLexicon lex, boolean windowed) {
    this.lex = lex;
    this.p = new DatePatterns(lex);
    this.yearContext = new YearContext(lex);
    Set<String> anchors = new HashSet<>(RELATIVE_ANCHORS);
    anchors.addAll(lex.weekdays().keySet());
    // month names start the year-less month rule, and are months only when capitalised
    Set<String> capitalised = new HashSet<>(lex.months().keySet());
    capitalised.addAll(HOLIDAY_ANCHORS);
    this.windows = windowed ? new AnchorWindows(anchors, capitalised) : null;
    OtherLanguageDates other = OtherLanguageDates.load();
    // Order is the priority between two matches of equal length.
    this.rules = List.of(
        new Rule("dotted", p.dotted, this::readDayAndTime),
        new Rule("iso", p.iso, this::readDayAndTime),
        new Rule("yearFirst", p.yearFirst, this::readDayAndTime),
        new Rule("slashed", p.slashed, this::readSlashed),
        new Rule("spanish", other.spanish, (m, s) -> other.read(m, "es")),
        new Rule("vietnamese", other.vietnamese, (m, s) -> other.read(m, "vi")),
        new Rule("dutch", other.dutch, (m, s) -> other.read(m, "nl")),
        new Rule("dayRangeMonthYear", p.dayRangeMonthYear, this::readDayRange, Anchor.DIGIT, true),
        new Rule("monthDayRangeYear", p.monthDayRangeYear, this::readDayRange, Anchor.DIGIT, true),
        new Rule("monthRangeYear", p.monthRangeYear, this::readMonthRange, Anchor.DIGIT, true),
        new Rule("yearlessMonthRange", p.yearlessMonthRange, this::readYearlessMonthRange, Anchor.WORD, true),
        new Rule("fiscalYear", p.fiscalYear, (m, s) -> new DateReading.Fixed(new DateValue.Year(num(m, "y")))),
        new Rule("yearSpan", p.yearSpan, this::readYearSpan),
        new Rule("dayMonthYear", p.dayMonthYear, this::readDayAndTime),
        new Rule("monthDayYear", p.monthDayYear, this::readDayAndTime),
        new Rule("monthYear", p.monthYear, (m, s) -> fixedMonth(num(m, "y"), month(m, "m"))),
        new Rule("yearMonth", p.yearMonth, (m, s) -> fixedMonth(num(m, "y"), month(m, "m"))),
        new Rule("partOfYear", p.partOfYear, (m, s) ->
            new DateReading.Fixed(partOfYear(part(m), num(m, "y")))),
        new Rule("relativePartOfYear", p.relativePartOfYear, (m, s) ->
            new DateReading.RelativeYearPart(part(m), offset(m.group("rel"))), Anchor.WORD, false),
        new Rule("dayMonth", p.dayMonth, this::readYearless),
        new Rule("monthDay", p.monthDay, this::readMonthDay),
        // a "today" that means "nowadays" ("today's global economy", "still active today") is no date
        new Rule("relativeDay", p.relativeDay, (m, s) -> m.group("word") != null
            && GenericToday.standard().generic(s, m.start("word"), m.end("word")) ? null : new DateReading.RelativeDay(
            m.group("word") == null ? (m.group("lastnight") != null ? -1 : 0)
                : switch (m.group("word").toLowerCase(Locale.ROOT)) {
                  case "yesterday" -> -1;
                  case "tomorrow" -> 1;
                  default -> 0;
                }), Anchor.WORD, false),
        new Rule("relativeUnit", p.relativeUnit, this::readRelativeUnit, Anchor.WORD, false),
        new Rule("ago", p.ago, DateFinder::readAgo, Anchor.WORD, false),
        new Rule("weekend", p.weekend, (m, s) -> new DateReading.Weekend(toCome(s, m.start(), m.end()) ? 1 : 0, true),
            Anchor.WORD, false),
        new Rule("yearlessMonth", p.yearlessMonth, this::readYearlessMonth, Anchor.WORD, false),
        new Rule("relativeSeason", p.relativeSeason, this::readRelativeSeason, Anchor.WORD, false),
        new Rule("shortYear", p.shortYear, this::readShortYear),
        new Rule("slashedDay", p.slashedDay, (m, s) -> fixedDayless(num(m, "a"), num(m, "b"), toCome(s, m.start(), m.end()))),
        new Rule("holiday", p.holiday, this::readHoliday, Anchor.WORD, false),
        new Rule("weekday", p.weekday, this::readWeekday, Anchor.WORD, false),
        new Rule("decade", p.decade, (m, s) -> new DateReading.Fixed(new DateValue.Decade(
            m.group("dec") != null ? num(m, "dec") / 10 : 190 + num(m, "short") / 10))),
        // "Class of '23": a year with its century elided, placed as a date of birth's two-digit year
        new Rule("apostropheYear", p.apostropheYear, (m, s) -> yearContext.isYear(s, m.start(), m.end())
            ? new DateReading.Fixed(new DateValue.Year(num(m, "yy") + (num(m, "yy") < CENTURY_PIVOT ? 2000 : 1900))) : null),
        new Rule("year", p.bareYear, (m, s) -> yearContext.isYear(s, m.start("y"), m.end("y"))
            ? new DateReading.Fixed(new DateValue.Year(num(m, "y"))) : null));
  }

  /** The finder with the standard lexicon, loaded once per process (immutable, thread-safe). */
  public static DateFinder standard() {
    return Holder.STANDARD;
  }

  DateLexicon lexicon() {
    return lex;
  }

  /**
   * The dates of {@code text} placed against {@code reference} (the publication date, or null:
   * then relative and yearless expressions keep a null value). Spans index the original text.
   */
  public List<DateMention> find(String text, DateValue reference) {
    List<DateMention> out = new ArrayList<>();
    for (DateCandidate c : match(TextView.of(text))) {
      out.add(DateMention.of(text, c.span(), c.reading().resolve(reference)));
    }
    return out;
  }

  /** Every calendar expression of {@code text}, not overlapping, in text order. */
  List<DateCandidate> match(String text) {
    return match(TextView.of(text));
  }

  /** The same, on a text view built once for the document. */
  List<DateCandidate> match(TextView view) {
    String match = view.matching();
    List<CharSpan> whole = List.of(new CharSpan(0, match.length()));
    AnchorWindows.Regions regions = windows == null ? new AnchorWindows.Regions(whole, whole) : windows.of(match);
    List<DateCandidate> all = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(match).useTransparentBounds(true).useAnchoringBounds(false);
      for (CharSpan region : rule.anchor() == Anchor.DIGIT ? regions.digits() : regions.words()) {
        m.region(region.start(), region.end());
        while (m.find()) {
          DateReading reading = rule.reader().read(m, match);
          if (reading != null) {
            int start = rule.ranged() ? m.start() - leadLength(match, m.start()) : m.start();
            all.add(new DateCandidate(new CharSpan(start, m.end()), reading, rule.name()));
          }
        }
      }
    }
    // a zone offset written after a clock time belongs to that date (ZoneOffsets)
    return ZoneOffsets.attach(attachTimes(weeksOf(shareYears(joinRanges(abbreviatedWeekdays(orderNumericDates(longestFirst(all), match),
        match), match), match), match), match), match);
  }

  /** "the week of" right before a day: the day names its week ("During the week of May 26th"). */
  private static final Pattern WEEK_OF = Pattern.compile("(?i)(?<![\\p{L}])week[ \\t]+of[ \\t]+$");

  /**
   * A day after "week of" ("During the week of May 26th, the President visited") stands for its week, the
   * Monday-to-Sunday interval that holds it, as the Conventions read "this week" and "last week"; the span starts
   * at "week" ("the" stays out, as it does before any date).
   */
  static List<DateCandidate> weeksOf(List<DateCandidate> dates, String match) {
    List<DateCandidate> out = new ArrayList<>(dates.size());
    for (DateCandidate c : dates) {
      boolean day = c.reading() instanceof DateReading.Fixed f && f.value() instanceof DateValue.Day
          || c.reading() instanceof DateReading.Yearless;
      Matcher w = WEEK_OF.matcher(match).region(Math.max(0, c.span().start() - 12), c.span().start());
      if (day && w.find()) {
        out.add(new DateCandidate(new CharSpan(w.start(), c.span().end()), new DateReading.WeekOf(c.reading()),
            c.rule() + "+week"));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A day without a year listed right before a dated day ("30 April and 1 May 2019"), or a month
   * before a month with its year ("January and February 2020"), takes the year the list gives it:
   * the latest such day or month not after the dated one, as the first end of a range does
   * ({@link #placeBefore}).
   */
  private List<DateCandidate> shareYears(List<DateCandidate> dates, String match) {
    List<DateCandidate> out = new ArrayList<>(dates);
    for (int i = out.size() - 2; i >= 0; i--) {
      DateCandidate a = out.get(i);
      DateCandidate b = out.get(i + 1);
      if (!(b.reading() instanceof DateReading.Fixed fb)
          || !p.listGap.matcher(match.substring(a.span().end(), b.span().start())).matches()) {
        continue;
      }
      DateValue placed = null;
      if (a.reading() instanceof DateReading.Yearless ya
          && (fb.value() instanceof DateValue.Day || fb.value() instanceof DateValue.Minute)) {
        placed = placeBefore(ya.month(), ya.day(), fb.value().firstDay());
      } else if (a.reading() instanceof DateReading.YearlessMonths ym && ym.from() == ym.to()
          && (ym.relation() == DateReading.Relation.NEAREST_PAST || ym.relation() == DateReading.Relation.NEAREST_FUTURE)
          && fb.value() instanceof DateValue.Month mb) {
        // "in January and February 2020"
        YearMonth end = mb.month();
        placed = new DateValue.Month(YearMonth.of(ym.from() <= end.getMonthValue() ? end.getYear() : end.getYear() - 1,
            ym.from()));
      }
      if (placed != null) {
        out.set(i, new DateCandidate(a.span(), new DateReading.Fixed(placed), a.rule() + "+listYear"));
      }
    }
    return out;
  }

  /** Characters searched before a day for an abbreviated weekday: "Thurs., " (8) and spaces. */
  private static final int WEEKDAY_ABBREVIATION_CHARS = 12;

  /**
   * An abbreviated weekday right before a date that names a day belongs to that date, as a weekday
   * written out does (Conventions, Dates): "Mon. Oct 7th, 2024", "Tue 3 Sept 2024", the "Mon, 07 Oct
   * 2024 10:00:00 GMT" of a feed's date line. A year-less day keeps it to be placed by
   * ({@link DateReading.Yearless#withWeekday}); never back past the previous date.
   */
  private List<DateCandidate> abbreviatedWeekdays(List<DateCandidate> dates, String match) {
    List<DateCandidate> out = new ArrayList<>(dates.size());
    int previousEnd = 0;
    for (DateCandidate c : dates) {
      int start = c.span().start();
      Matcher m = p.weekdayAbbreviationBefore.matcher(match)
          .region(Math.max(previousEnd, start - WEEKDAY_ABBREVIATION_CHARS), start).useTransparentBounds(true);
      if (namesADay(c.reading()) && m.find()) {
        DayOfWeek day = DayOfWeek.of(lex.weekdayAbbreviations().get(m.group("wd").toLowerCase(Locale.ROOT)));
        DateReading reading = c.reading() instanceof DateReading.Yearless y ? y.withWeekday(day) : c.reading();
        c = new DateCandidate(new CharSpan(m.start(), c.span().end()), reading, c.rule() + "+weekdayAbbreviation");
      }
      out.add(c);
      previousEnd = c.span().end();
    }
    return out;
  }

  /** The rules whose dates are written day first ("19 September 2019", "05.08.2008"), and month first. */
  private static final Set<String> DAY_FIRST_RULES = Set.of("dotted", "dayMonthYear", "dayMonth", "dayRangeMonthYear");
  private static final Set<String> MONTH_FIRST_RULES = Set.of("monthDayYear", "monthDay", "monthDayRangeYear");

  /**
   * A numeric date whose two first numbers could both be the month ("03/09/1962", "05-08-2008")
   * follows the order the document writes its other dates in: day first when more of them put the
   * day first ("7 March 2024", "14/02/1968", "05.08.2008") than the month ("March 7, 2024",
   * "10/19/2018"), else month first, as US sites write it.
   */
  private List<DateCandidate> orderNumericDates(List<DateCandidate> dates, String match) {
    int dayFirst = 0;
    int monthFirst = 0;
    for (DateCandidate c : dates) {
      if (DAY_FIRST_RULES.contains(c.rule())) {
        dayFirst++;
      } else if (MONTH_FIRST_RULES.contains(c.rule())) {
        monthFirst++;
      } else if (c.rule().equals("slashed")) {
        Matcher m = slashedAt(c, match);
        if (num(m, "a") > 12) {
          dayFirst++;
        } else if (num(m, "b") > 12) {
          monthFirst++;
        }
      }
    }
    if (dayFirst <= monthFirst) {
      return dates;
    }
    List<DateCandidate> out = new ArrayList<>(dates.size());
    for (DateCandidate c : dates) {
      DateReading dayMonth = c.rule().equals("slashed") ? readSlashed(slashedAt(c, match), true) : null;
      out.add(dayMonth == null ? c : new DateCandidate(c.span(), dayMonth, c.rule()));
    }
    return out;
  }

  /** The slashed rule's match over a candidate it made. */
  private Matcher slashedAt(DateCandidate c, String match) {
    Matcher m = p.slashed.matcher(match).region(c.span().start(), c.span().end()).useTransparentBounds(true);
    if (!m.lookingAt()) {
      throw new IllegalStateException("not a slashed date: " + c);
    }
    return m;
  }

  /** "a.m.", "PM" after a clock time; a dot after "pm" ends the sentence, not the word. */
  private static final String AM_PM = "(?:[ \\t]*(?<ap>[AaPp])(?:\\.[Mm](?![\\p{L}])\\.?|[Mm](?![\\p{L}])))?";
  /** A clock time: "17:42", "11:34:09" (seconds in the span only), "8:30 a.m.", "7 p.m." (an hour alone needs a.m./p.m.). */
  private static final String CLOCK = "(?<![0-9:.])(?<hh>[01]?[0-9]|2[0-3])(?::(?<mm>[0-5][0-9])(?::[0-5][0-9])?)?(?![0-9:])" + AM_PM;
  /** "noon", "12 noon": the clock time 12:00 written as a word ("Friday at noon", "noon on June 10"). */
  private static final String NOON = "(?<![\\p{L}0-9:.])(?<noon>(?:12[ \\t]+)?[Nn]oon)(?![\\p{L}])";
  /**
   * A clock time right after a date: ", 17:42", " 12:35", " | 17:40" ("26.11.2021 | 17:40"),
   * " / 10:42 AM", " - 10:42" (date lines of news sites),
   * ", at approximately 7 p.m.", " @ 1:30 pm", " at noon" (Conventions: the time and its linking words
   * belong to the date's span); ", around 9:49 p.m.", " about 10 a.m.": the hedge without "at", as police
   * narratives write it, only before a time with a.m./p.m. or noon ({@link #hedgedWithoutAt}).
   */
  private static final Pattern TIME_AFTER = Pattern.compile("(?:[ \\t]{0,4}[,|@][ \\t]{0,4}|[ \\t]{1,4}[-/][ \\t]{1,4}|[ \\t]{1,4})"
      + "(?:at[ \\t]+(?:(?:approximately|about|around)[ \\t]+)?|(?<hedge>approximately|about|around)[ \\t]+)?"
      + "(?:" + NOON + "|" + CLOCK + ")");
  /** "at 10.30", "at 9.15am": a clock time with a dot, as British and European sites write it, only after "at". */
  private static final Pattern TIME_AFTER_DOT = Pattern.compile("[ \\t]{1,4}at[ \\t]+(?:(?:approximately|about|around)[ \\t]+)?"
      + "(?<![0-9:.])(?<hh>[01]?[0-9]|2[0-3])\\.(?<mm>[0-5][0-9])(?![0-9]|\\.[0-9])" + AM_PM);
  /**
   * A clock time right before a date, joined by "on": "5:00 p.m. on Oct 19, 2014", "23:59 Pacific Time on Friday, July 21",
   * "at approximately 7:50 a.m., on October 30, 2020" (a comma before "on", as narratives of a crime write it).
   */
  private static final Pattern TIME_BEFORE = Pattern.compile("(?:" + NOON + "|" + CLOCK + ")"
      + "(?:[ \\t]+\\p{Lu}\\p{L}+[ \\t]+Time)?[ \\t]*,?[ \\t]+on[ \\t]+$");

  /**
   * A clock time with a.m./p.m., or noon, right before a date without "on", as AP style writes it:
   * "at 10:30 a.m. Friday", "about 10:45 a.m. March 15, 2020" (Conventions: one span, the date's
   * day at that time). A bare "17:42" before a date may be anything else.
   */
  private static final Pattern TIME_BEFORE_BARE = Pattern.compile("(?:" + NOON + "|" + CLOCK + ")[ \\t]+$");

  /**
   * Characters before a date searched for TIME_BEFORE: a clock time with seconds, a.m./p.m., a zone
   * and "on" ("11:59:59 p.m. Eastern Time on ", 30) with room to spare; never back past the previous date.
   */
  private static final int TIME_BEFORE_CHARS = 48;

  /**
   * A date that names a day, followed or preceded by a clock time, becomes one minute-precise
   * date, whatever form the date has (the dotted form reads its time itself): date lines print
   * "20 September 2019, 17:42" as often as "05.08.2008, 12:35", and releases "March 1, 2017, at
   * 8:30 a.m." or "5:00 p.m. on Oct 19, 2014". A year-less day or a weekday ("Friday at 9 a.m.")
   * keeps its time once it is placed.
   */
  static List<DateCandidate> attachTimes(List<DateCandidate> dates, String match) {
    List<DateCandidate> out = new ArrayList<>(dates.size());
    int previousEnd = 0;
    for (DateCandidate c : dates) {
      boolean fixedDay = c.reading() instanceof DateReading.Fixed f && f.value() instanceof DateValue.Day;
      // "today at 1:30 p.m.", "Friday at 9 a.m.": a relative day or a weekday takes its time as a written day does
      if (fixedDay || c.reading() instanceof DateReading.Yearless || c.reading() instanceof DateReading.RelativeDay
          || c.reading() instanceof DateReading.Weekday) {
        int start = c.span().start();
        int end = c.span().end();
        int[] time = null;
        Matcher t = TIME_AFTER.matcher(match).region(end, match.length());
        Matcher dot = TIME_AFTER_DOT.matcher(match).region(end, match.length());
        if (t.lookingAt() && !hedgedWithoutAt(t) && (time = clockOrNoon(t)) != null) {
          end = t.end();
        } else if (dot.lookingAt() && (time = clock(dot)) != null) {
          end = dot.end();
        } else {
          int from = Math.max(previousEnd, start - TIME_BEFORE_CHARS);
          Matcher b = TIME_BEFORE.matcher(match).region(from, start);
          Matcher bare = TIME_BEFORE_BARE.matcher(match).region(from, start);
          if (b.find() && (time = clockOrNoon(b)) != null) {
            start = b.start();
          } else if (bare.find() && (bare.group("noon") != null || bare.group("ap") != null)
              && (time = clockOrNoon(bare)) != null) {
            start = bare.start();
          }
        }
        if (time != null) {
          DateReading timed = c.reading() instanceof DateReading.Fixed f && f.value() instanceof DateValue.Day day
              ? new DateReading.Fixed(new DateValue.Minute(day.day().atTime(time[0], time[1])))
              : new DateReading.AtTime(c.reading(), time[0], time[1]);
          out.add(new DateCandidate(new CharSpan(start, end), timed, c.rule() + "+time"));
          previousEnd = end;
          continue;
        }
      }
      out.add(c);
      previousEnd = c.span().end();
    }
    return out;
  }

  /**
   * A hedge word without "at" before a bare clock time ("May 5, 2019, about 12:30"): a count or a score as often as a
   * time, so only a time with a.m./p.m. or noon joins the date that way.
   */
  private static boolean hedgedWithoutAt(Matcher m) {
    return m.group("hedge") != null && m.group("noon") == null && m.group("ap") == null;
  }

  /** Hour and minute of a match of {@link #NOON} or {@link #CLOCK}: noon is 12:00. */
  private static int[] clockOrNoon(Matcher m) {
    return m.group("noon") != null ? new int[] {12, 0} : clock(m);
  }

  /** Hour and minute of a CLOCK match (24-hour), or null for an hour without minutes or a.m./p.m. */
  private static int[] clock(Matcher m) {
    String ap = m.group("ap");
    if (m.group("mm") == null && ap == null) {
      return null;
    }
    int hh = Integer.parseInt(m.group("hh"));
    int mm = m.group("mm") == null ? 0 : Integer.parseInt(m.group("mm"));
    if (ap != null) {
      if (hh < 1 || hh > 12) {
        return null;
      }
      hh = hh % 12 + (Character.toLowerCase(ap.charAt(0)) == 'p' ? 12 : 0);
    }
    return new int[] {hh, mm};
  }

  /**
   * Overlap policy: the longest candidate wins; between equal lengths, the earlier rule. So
   * "19 September 2019" beats "19 September" and "2019", and "from 1 to 3 June 2021" beats
   * "3 June 2021".
   */
  static List<DateCandidate> longestFirst(List<DateCandidate> candidates) {
    // candidates come in rule order, which the stable sort keeps between equal lengths
    List<DateCandidate> kept = Spans.keepLongest(candidates, DateCandidate::span, Spans.inputOrder());
    kept.sort(Comparator.naturalOrder());
    return kept;
  }

  /**
   * Joins two neighbouring dates into one: a weekday and the day it names ("Friday, 22 January
   * 2016", the value of the day), or a range when only a connector stands between them:
   * "2018-2020", "from 2018 to 2020", "between 2018 and 2020", "from 1 June to 3 July 2021"
   * (the first end takes the year of the second). "and" joins only after "between". The span
   * includes the leading "from" or "between", as the ANNOTATION.md example does.
   */
  List<DateCandidate> joinRanges(List<DateCandidate> dates, String match) {
    List<DateCandidate> out = new ArrayList<>();
    for (DateCandidate c : dates) {
      out.add(c);
      // a join may make a date that joins the one before it: ("Friday, 22 January to 3 February 2016")
      while (out.size() >= 2) {
        DateCandidate joined = join(out.get(out.size() - 2), out.get(out.size() - 1), match);
        if (joined == null) {
          break;
        }
        out.remove(out.size() - 1);
        out.set(out.size() - 1, joined);
      }
    }
    return out;
  }

  private DateCandidate join(DateCandidate a, DateCandidate b, String match) {
    String gap = match.substring(a.span().end(), b.span().start());
    // "Friday, 22 January 2016": a weekday before the day it names is part of that date
    if (a.reading() instanceof DateReading.Weekday wa
        && p.weekdayGap.matcher(gap).matches() && namesADay(b.reading())) {
      DateReading day = b.reading() instanceof DateReading.Yearless yb ? yb.withWeekday(wa.day()) : b.reading();
      return new DateCandidate(new CharSpan(a.span().start(), b.span().end()), day, "weekday+" + b.rule());
    }
    // "2 February 2024 (Friday)": a weekday in brackets after the day it names is part of that date
    if (b.reading() instanceof DateReading.Weekday wb && namesADay(a.reading()) && p.bracketOpen.matcher(gap).matches()) {
      Matcher close = p.bracketClose.matcher(match).region(b.span().end(), match.length());
      if (close.lookingAt()) {
        DateReading day = a.reading() instanceof DateReading.Yearless ya ? ya.withWeekday(wb.day()) : a.reading();
        return new DateCandidate(new CharSpan(a.span().start(), close.end()), day, a.rule() + "+weekday");
      }
    }
    // "5 March of this year", "September last year": a day or month placed in a relative year
    if (b.reading() instanceof DateReading.RelativeUnit ru && ru.unit() == DateReading.Unit.YEAR
        && p.relativeYearGap.matcher(gap).matches()) {
      DateReading placed = a.reading() instanceof DateReading.Yearless ya
          ? new DateReading.InRelativeYear(ya.month(), ya.month(), ya.day(), ru.offset())
          : a.reading() instanceof DateReading.YearlessMonths ym && ym.from() <= ym.to()
              ? new DateReading.InRelativeYear(ym.from(), ym.to(), 0, ru.offset()) : null;
      if (placed != null) {
        return new DateCandidate(new CharSpan(a.span().start(), b.span().end()), placed,
            "inYear(" + a.rule() + ")");
      }
    }
    if (!p.rangeGap.matcher(gap).matches()) {
      return null;
    }
    String lead = leadBefore(match, a.span().start());
    Matcher connector = p.rangeGap.matcher(gap);
    boolean and = connector.matches() && connector.group("conn").equalsIgnoreCase("and");
    // A dash or "through" joins two days alone ("Sept. 30-Oct. 1", "Sept. 30 through Oct. 2"); "to"
    // without "from" may be a move from one day to another ("postponed Sept. 30 to Oct. 7")
    boolean closed = connector.group("conn").equals("-") || connector.group("conn").equalsIgnoreCase("through");
    // "from September 15 through October 15", "between Jan. 1 and March 3": two days without a year
    if (a.reading() instanceof DateReading.Yearless ya && b.reading() instanceof DateReading.Yearless yb
        && (and ? "between".equals(lead) : "from".equals(lead) || closed)) {
      int start = a.span().start() - leadLength(match, a.span().start());
      return new DateCandidate(new CharSpan(start, b.span().end()),
          new DateReading.YearlessSpan(ya, yb.month(), yb.day()), "range(" + a.rule() + "," + b.rule() + ")");
    }
    // "March 5, 2023, through March 10", "from Dec. 28, 2022, to Jan. 3": a day written with its year
    // and a year-less day after it, under the same lead and connector as two year-less days; the
    // second day is in the first one's year, or the next when it would fall before it
    if (a.reading() instanceof DateReading.Fixed fa && fa.value() instanceof DateValue.Day da
        && b.reading() instanceof DateReading.Yearless yb
        && (and ? "between".equals(lead) : "from".equals(lead) || closed)) {
      DateValue to = placeAfter(yb.month(), yb.day(), da.day());
      if (to == null) {
        return null;
      }
      int start = a.span().start() - leadLength(match, a.span().start());
      return new DateCandidate(new CharSpan(start, b.span().end()),
          new DateReading.Fixed(new DateValue.Interval(da, to)), "range(" + a.rule() + "," + b.rule() + ")");
    }
    if (!(b.reading() instanceof DateReading.Fixed fb) || fb.value() instanceof DateValue.Interval) {
      return null;
    }
    if (and && !"between".equals(lead)) {
      return null;
    }
    // "beginning in August 2004 and continuing through November 2006" is two dates; with "from" one range
    if (connector.group("conn").startsWith("and") && !and && !"from".equals(lead)) {
      return null;
    }
    DateValue from;
    if (a.reading() instanceof DateReading.Fixed fa && !(fa.value() instanceof DateValue.Interval)) {
      from = fa.value();
    } else if (a.reading() instanceof DateReading.Yearless ya && fb.value() instanceof DateValue.Day db) {
      LocalDate end = db.day();
      from = placeBefore(ya.month(), ya.day(), end);
      if (from == null) {
        return null;
      }
    } else {
      return null;
    }
    if (from.firstDay().isAfter(fb.value().firstDay())) {
      return null;
    }
    int start = a.span().start() - leadLength(match, a.span().start());
    return new DateCandidate(new CharSpan(start, b.span().end()),
        new DateReading.Fixed(new DateValue.Interval(from, fb.value())), "range(" + a.rule() + "," + b.rule() + ")");
  }

  private static boolean namesADay(DateReading r) {
    return r instanceof DateReading.Yearless
        || r instanceof DateReading.Fixed f && (f.value() instanceof DateValue.Day || f.value() instanceof DateValue.Minute);
  }

  /** month/day in the year of {@code start}, or the year after when it would fall before {@code start}. */
  private static DateValue placeAfter(int month, int day, LocalDate start) {
    return placeNear(month, day, start, 1);
  }

  /** month/day in the year of {@code end}, or the year before when it would fall after {@code end}. */
  private static DateValue placeBefore(int month, int day, LocalDate end) {
    return placeNear(month, day, end, -1);
  }

  /**
   * month/day in the year of {@code anchor}, moved one year in {@code direction} (+1 later, -1 earlier)
   * when it would fall on the other side of the anchor; null for a day no year has (February 30).
   */
  private static DateValue placeNear(int month, int day, LocalDate anchor, int direction) {
    try {
      LocalDate d = LocalDate.of(anchor.getYear(), month, day);
      boolean wrongSide = direction > 0 ? d.isBefore(anchor) : d.isAfter(anchor);
      return new DateValue.Day(wrongSide ? d.plusYears(direction) : d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  // ---- readers: from a rule's groups to a reading ----

  /** A full date ("05.08.2008", "2016-01-22", "19 September 2019"), with its time when one follows. */
  private DateReading readDayAndTime(Matcher m, String match) {
    String mo = m.group("m");
    int month = Character.isDigit(mo.charAt(0)) ? Integer.parseInt(mo) : month(m, "m");
    DateReading day = fixedDay(num(m, "y"), month, num(m, "d"));
    if (day == null || m.group("hh") == null) {
      return day;
    }
    LocalDate d = ((DateValue.Day) ((DateReading.Fixed) day).value()).day();
    int hh = num(m, "hh");
    if (m.group("ap") != null) {
      if (hh < 1 || hh > 12) {
        return day;
      }
      hh = hh % 12 + (Character.toLowerCase(m.group("ap").charAt(0)) == 'p' ? 12 : 0);
    }
    return new DateReading.Fixed(new DateValue.Minute(d.atTime(hh, num(m, "mm"))));
  }

  /**
   * "10/19/2018": month/day/year as US sites write it, or day/month/year when the first number
   * exceeds 12; "19-09-2019" too, unless a number word stands before it ("case No. 2-10-2015").
   */
  private DateReading readSlashed(Matcher m, String match) {
    if (m.group("sep").equals("-") && yearContext.afterBlocker(match, m.start())) {
      return null;
    }
    return readSlashed(m, false);
  }

  /** The same, day first when {@code dayFirst} or when the first number exceeds 12. */
  private static DateReading readSlashed(Matcher m, boolean dayFirst) {
    int a = num(m, "a");
    int b = num(m, "b");
    DateReading day = a > 12 || dayFirst ? fixedDay(num(m, "y"), b, a) : fixedDay(num(m, "y"), a, b);
    if (day == null || m.group("hh") == null) {
      return day;
    }
    LocalDate d = ((DateValue.Day) ((DateReading.Fixed) day).value()).day();
    int[] time = clock(m);
    return time == null ? day : new DateReading.Fixed(new DateValue.Minute(d.atTime(time[0], time[1])));
  }

  /**
   * "1-3 June 2021", "from 1 to 3 June", "October 19-21, 2023"; not "May 2 to 20 years", where the
   * second number counts a unit ({@link DatePatterns#quantityAfter}).
   */
  private DateReading readDayRange(Matcher m, String match) {
    if (!connectorFits(m.group("conn"), leadBefore(match, m.start()))) {
      return null;
    }
    if (p.quantityAfter.matcher(match).region(m.end("d2"), match.length()).lookingAt()) {
      return null;
    }
    int month = month(m, "m");
    int d1 = num(m, "d1");
    int d2 = num(m, "d2");
    if (d1 >= d2) {
      return null;
    }
    if (m.group("y") == null) {
      return new DateReading.YearlessRange(month, d1, d2, toCome(match, m.start(), m.end()));
    }
    DateReading from = fixedDay(num(m, "y"), month, d1);
    DateReading to = fixedDay(num(m, "y"), month, d2);
    if (from == null || to == null) {
      return null;
    }
    return new DateReading.Fixed(new DateValue.Interval(((DateReading.Fixed) from).value(),
        ((DateReading.Fixed) to).value()));
  }

  /** "January-March 2020", "from January to March 2020". */
  private DateReading readMonthRange(Matcher m, String match) {
    int m1 = month(m, "m1");
    int m2 = month(m, "m2");
    if (!connectorFits(m.group("conn"), leadBefore(match, m.start())) || m1 >= m2) {
      return null;
    }
    int y = num(m, "y");
    return new DateReading.Fixed(new DateValue.Interval(new DateValue.Month(YearMonth.of(y, m1)),
        new DateValue.Month(YearMonth.of(y, m2))));
  }

  /**
   * "January to March", "between June and August": months without a year, placed as one month
   * would be ({@link #relation}); an end before the start ("November to February") is left alone.
   */
  private DateReading readYearlessMonthRange(Matcher m, String match) {
    int m1 = month(m, "m1");
    int m2 = month(m, "m2");
    if (!connectorFits(m.group("conn"), leadBefore(match, m.start())) || m1 >= m2
        || NAME_AFTER.matcher(match).region(m.end(), match.length()).lookingAt()) {
      return null; // "from May to June Carter": a name
    }
    return new DateReading.YearlessMonths(m1, m2, relation("", match, m.start(), m.end()));
  }

  /** "2023/2024", "2023/24", "2022-23": the interval of two years, the second after the first. */
  private DateReading readYearSpan(Matcher m, String match) {
    int y1 = num(m, "y1");
    int y2 = m.group("y2") != null ? num(m, "y2") : y1 / 100 * 100 + num(m, "yy");
    boolean next = m.group("y2") != null ? y2 > y1 : y2 == y1 + 1;
    if (!next || yearContext.afterBlocker(match, m.start())) {
      return null;
    }
    return new DateReading.Fixed(new DateValue.Interval(new DateValue.Year(y1), new DateValue.Year(y2)));
  }

  /** "and" needs "between"; "to", "until", "till", "through" and "-" stand alone or after "from". */
  private static boolean connectorFits(String conn, String lead) {
    if (conn.equals("and")) {
      return "between".equals(lead);
    }
    return lead == null || lead.equals("from") || conn.equals("-");
  }

  /**
   * Characters searched for a range lead: the longest, "between" (7), a hedge after it ("in or
   * around", 12), and the spaces between.
   */
  private static final int RANGE_LEAD_CHARS = 28;

  /** "from" or "between" (lower case) right before {@code start}, or null. */
  private String leadBefore(String match, int start) {
    Matcher lead = p.rangeLead.matcher(match).region(Math.max(0, start - RANGE_LEAD_CHARS), start)
        .useTransparentBounds(true);
    return lead.find() ? lead.group("lead").toLowerCase(Locale.ROOT) : null;
  }

  /** The length of the "from " or "between " right before {@code start}, or 0. */
  private int leadLength(String match, int start) {
    Matcher lead = p.rangeLead.matcher(match).region(Math.max(0, start - RANGE_LEAD_CHARS), start)
        .useTransparentBounds(true);
    return lead.find() ? lead.end() - lead.start() : 0;
  }

  /** A day number (with "of") right before a month: "28 May", "15th of March". */
  private static final Pattern DAY_BEFORE = Pattern.compile(
      "(?<![\\p{L}0-9.:/])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?:[ \\t]+of)?[ \\t]+$");

  /**
   * "March, 15" or "June 8"; but in "On 28 May, 30 people ..." the month has its day before it,
   * and the number after the comma is no day.
   */
  private DateReading readMonthDay(Matcher m, String match) {
    if (match.substring(m.end("m"), m.start("d")).contains(",")
        && DAY_BEFORE.matcher(match).region(Math.max(0, m.start() - 12), m.start()).useTransparentBounds(true).find()) {
      return null;
    }
    return readYearless(m, match);
  }

  private DateReading readYearless(Matcher m, String match) {
    int month = month(m, "m");
    int day = num(m, "d");
    if (day > YearMonth.of(2000, month).lengthOfMonth()) { // 2000 is a leap year: 29 February stays
      return null;
    }
    return new DateReading.Yearless(month, day, toCome(match, m.start(), m.end()));
  }

  private DateReading readRelativeUnit(Matcher m, String match) {
    String rel = relWord(m);
    // "the last year", "over the next month" are durations; "the current year" is a date
    if (!rel.equals("current") && precededByThe(match, m.start())) {
      return null;
    }
    if (rel.equals("current") && !precededByThe(match, m.start())) {
      return null;
    }
    DateReading.Unit unit = DateReading.Unit.valueOf(m.group("unit").toUpperCase(Locale.ROOT));
    if (rel.equals("this past")) {
      // "this past weekend" is the latest weekend begun, "this past week" last week; "this past
      // year" or "month" is as often the twelve months just gone (a duration): left alone
      return switch (unit) {
        case WEEKEND -> new DateReading.Weekend(0, true);
        case WEEK -> new DateReading.RelativeUnit(unit, -1);
        default -> null;
      };
    }
    if (unit == DateReading.Unit.WEEKEND) {
      return rel.equals("current") ? null : new DateReading.Weekend(offset(rel), false);
    }
    return new DateReading.RelativeUnit(unit, offset(rel));
  }

  /** "31 years ago", "a month ago": the number of units back from the reference. */
  private static DateReading readAgo(Matcher m, String match) {
    String n = m.group("n").toLowerCase(Locale.ROOT);
    int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : numberWord(n);
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    return new DateReading.Ago(DateReading.Unit.valueOf(
        (unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit).toUpperCase(Locale.ROOT)), count);
  }

  private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen");
  private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety");

  /** The value of a number word of {@link DatePatterns#NUMBER_WORDS}: "a" is one, "thirty-one" 31. */
  static int numberWord(String word) {
    if (word.equals("a") || word.equals("an")) {
      return 1;
    }
    String[] parts = word.split("-");
    int tens = TENS.indexOf(parts[0]);
    if (tens >= 2) {
      return tens * 10 + (parts.length > 1 ? UNITS.indexOf(parts[1]) : 0);
    }
    return UNITS.indexOf(word);
  }

  /**
   * "in March", "early December", "late last July": a month without a day or year. A bare month
   * needs a cue before it ({@link #MONTH_CUE}) or "early"/"last" with it; "the month of May" in
   * a sidebar item is May of that item's year (D12).
   */
  private DateReading readYearlessMonth(Matcher m, String match) {
    String rel = m.group("rel") == null ? "" : relWord(m);
    if (m.group("hedge") == null && rel.isEmpty()
        && (!cuedMonth(match, m.start(), m.end(), MONTH_LIST_DEPTH)
            || NAME_AFTER.matcher(match).region(m.end(), match.length()).lookingAt())) {
      return null;
    }
    int month = month(m, "m");
    return new DateReading.YearlessMonths(month, month, relation(rel, match, m.start(), m.end()));
  }

  /** How many months back a list ("in January, February, March and April") is followed to its cue. */
  private static final int MONTH_LIST_DEPTH = 4;

  /**
   * True when a cue stands right before the bare month at {@code start} ("in March"), or the month
   * is listed after a bare month that has one ("in June and September", "in January, February and
   * March"); a month joined by a comma alone must be followed by more of the list.
   */
  private boolean cuedMonth(String match, int start, int end, int depth) {
    if (MONTH_CUE.matcher(match).region(Math.max(0, start - 20), start).useTransparentBounds(true).find()) {
      return true;
    }
    if (depth == 0) {
      return false;
    }
    Matcher list = p.monthListBefore.matcher(match).region(Math.max(0, start - 30), start).useTransparentBounds(true);
    if (!list.find()) {
      return false;
    }
    if (list.group("join").equals(",") && !p.monthListAfter.matcher(match).region(end, match.length()).lookingAt()) {
      return false;
    }
    return cuedMonth(match, list.start("prev"), list.end("prev"), depth - 1);
  }

  /** "last summer", "this spring", "next fall": the months of that season. */
  private DateReading readRelativeSeason(Matcher m, String match) {
    DateLexicon.YearPart part = lex.yearParts().get(m.group("season"));
    if (part == null || part.wholeYear()) {
      return null;
    }
    return new DateReading.YearlessMonths(part.from(), part.to(), relation(relWord(m), match, m.start(), m.end()));
  }

  private DateReading.Relation relation(String rel, String match, int start, int end) {
    return switch (rel) {
      case "last", "previous", "this past" -> DateReading.Relation.LAST;
      case "this" -> DateReading.Relation.THIS;
      case "next" -> DateReading.Relation.NEXT;
      default -> toCome(match, start, end) ? DateReading.Relation.NEAREST_FUTURE : DateReading.Relation.NEAREST_PAST;
    };
  }

  /**
   * A fixed holiday with its year written before or after it ("New Year's Eve 2022", "2018 New
   * Year's Day"); without a year ("closed on Christmas Day") it is a day without a year, placed by
   * the nearest-year rule like "25 December".
   */
  private DateReading readHoliday(Matcher m, String match) {
    String y = m.group("y1") != null ? m.group("y1") : m.group("y2");
    if (m.group("y1") != null && m.group("y2") != null) {
      return null;
    }
    String h = m.group("h").replaceAll("[ \\t]+", " ");
    int month;
    int day;
    if (h.startsWith("New Year") && h.endsWith("Eve")) {
      month = 12;
      day = 31;
    } else if (h.startsWith("New Year")) {
      month = 1;
      day = 1;
    } else if (h.startsWith("Christmas")) {
      month = 12;
      day = h.endsWith("Eve") ? 24 : 25;
    } else if (h.startsWith("Independence")) {
      month = 7;
      day = 4;
    } else {
      month = 11;
      day = 11;
    }
    return y == null ? new DateReading.Yearless(month, day, toCome(match, m.start(), m.end()))
        : fixedDay(Integer.parseInt(y), month, day);
  }

  /** Two-digit years below this are 20xx, the others 19xx ("DOB: 8-30-70", "Update 08-28-25"). */
  private static final int CENTURY_PIVOT = 40;

  /** What stands before a date of birth: "DOB:", "(dob ", "born ". */
  private static final Pattern BIRTH_CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:dob|d\\.o\\.b\\.|born)[ \\t]*:?[ \\t]*$");
  /** "on" right before a numeric date ("filed on 10/1/23"): a day, not a count or a case number. */
  private static final Pattern ON_BEFORE = Pattern.compile("(?<![\\p{L}])[Oo]n[ \\t]$");
  /** Zero-padded month and day ("08-28-25"), as a site stamps its videos; "2-27-00" may be a phone number. */
  private static final Pattern PADDED = Pattern.compile("[01][0-9][-/][0-3][0-9][-/][0-9]{2}");

  /**
   * "DOB: 8-30-70", "(dob 1/17/94)", "Update 08-28-25": month, day and a two-digit year, after a
   * date-of-birth cue, after "on", or written zero-padded; other such triples are too often numbers of another kind.
   */
  private DateReading readShortYear(Matcher m, String match) {
    boolean birth = BIRTH_CUE.matcher(match).region(Math.max(0, m.start() - 8), m.start()).find();
    boolean on = ON_BEFORE.matcher(match).region(Math.max(0, m.start() - 4), m.start()).find();
    if (!birth && !on && !PADDED.matcher(match).region(m.start(), m.end()).matches()) {
      return null;
    }
    int yy = num(m, "yy");
    return fixedDay(yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy, num(m, "a"), num(m, "b"));
  }

  /** Characters searched before a weekday for a habit's word ("every ", "Monday through "). */
  private static final int HABIT_CHARS = 20;

  private DateReading readWeekday(Matcher m, String match) {
    if (m.group("rel") == null && (p.habitAfter.matcher(match).region(m.end(), match.length()).lookingAt()
        || p.habitBefore.matcher(match).region(Math.max(0, m.start() - HABIT_CHARS), m.start()).find())) {
      return null; // a habit or opening hours ("every Friday", "Monday through Friday"): no one day
    }
    DayOfWeek day = DayOfWeek.of(lex.weekdays().get(m.group("wd").toLowerCase(Locale.ROOT)));
    String rel = m.group("rel") == null ? "" : relWord(m);
    DateReading.Direction direction = switch (rel) {
      case "last", "previous", "this past" -> DateReading.Direction.STRICT_PAST;
      case "next" -> DateReading.Direction.STRICT_FUTURE;
      case "coming", "this" -> DateReading.Direction.NEAREST_FUTURE;
      default -> toCome(match, m.start(), m.end()) ? DateReading.Direction.NEAREST_FUTURE
          : DateReading.Direction.NEAREST_PAST;
    };
    return new DateReading.Weekday(day, direction);
  }

  /**
   * True when the date between {@code start} and {@code end} is spoken of as still to come: a
   * future cue stands before it in its sentence ({@link #toCome(String, int)}), or the date opens
   * its sentence and the verb of its clause after it is in the future ({@link #toComeAfter}).
   */
  private boolean toCome(String match, int start, int end) {
    return toCome(match, start) || toComeAfter(match, start, end);
  }

  /** A quotation mark that opens a quoted sentence ("said, “Saturday is going to be ..."). */
  private static final Pattern OPENING_QUOTE = Pattern.compile("[\u201C\"\u2018]");
  /** A past participle or past tense in the clause ("ruled", "pleaded"): the clause is not in the future. */
  private static final Pattern PAST_WORD = Pattern.compile("\\p{L}{3,}ed");

  /**
   * "Saturday is going to be a great day", "Also on Saturday, the office will host ...",
   * "Beginning January 1, a new law goes into effect": a date that opens its sentence (after at
   * most the lead words of future-cue-after-leads.txt, as "On", "Beginning") and whose clause
   * goes on in the future (future-cues-after.txt) before any word of future-cue-after-stops.txt
   * or past tense ("On Friday, prosecutors said he will ...", "On Monday, A, who will ...").
   */
  private boolean toComeAfter(String match, int start, int end) {
    int from = sentenceStart(match, start);
    String before = match.substring(from, start);
    Matcher quote = OPENING_QUOTE.matcher(before);
    int afterQuote = 0;
    while (quote.find()) {
      afterQuote = quote.end();
    }
    for (String w : before.substring(afterQuote).split("[\\s,]+")) {
      if (!w.isEmpty() && !lex.futureCueAfterLeads().contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    int to = sentenceEnd(match, end);
    Matcher cue = p.futureCueAfter.matcher(match).region(end, to);
    if (!cue.find()) {
      return false;
    }
    String between = match.substring(end, cue.start());
    for (String w : between.split("[^\\p{L}]+")) {
      if (lex.futureCueAfterStops().contains(w.toLowerCase(Locale.ROOT)) || PAST_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Where the sentence around {@code start} begins, looked for {@link #FUTURE_CUE_WINDOW} characters back. */
  private static int sentenceStart(String match, int start) {
    int from = Math.max(0, start - FUTURE_CUE_WINDOW);
    for (int i = start - 1; i >= from; i--) {
      if (endsSentence(match, i)) {
        return i + 1;
      }
    }
    return from;
  }

  /** Where the sentence around {@code end} ends, looked for {@link #FUTURE_CUE_WINDOW} characters on. */
  private static int sentenceEnd(String match, int end) {
    int to = Math.min(match.length(), end + FUTURE_CUE_WINDOW);
    for (int i = end; i < to; i++) {
      if (endsSentence(match, i)) {
        return i;
      }
    }
    return to;
  }

  /**
   * True when the character at {@code i} ends a sentence: a line break or a '.', '!' or '?' before
   * white space, unless what follows continues it: a wrapped line ("attend a\nvirtual clinic"), a
   * day after an abbreviated month ("Sept. 3 and ..."), a clock time's "a.m.".
   */
  private static boolean endsSentence(String match, int i) {
    char c = match.charAt(i);
    return (c == '\n' && !continuesSentence(match, i + 1)) || ((c == '.' || c == '!' || c == '?') && i + 1 < match.length()
        && Character.isWhitespace(match.charAt(i + 1)) && !continuesSentence(match, i + 1) && !clockSuffix(match, i));
  }

  /**
   * True when a future cue ("will", "scheduled") stands earlier in the same sentence. The sentence
   * start is looked for only {@link #FUTURE_CUE_WINDOW} characters back, at a line break or a
   * '.', '!' or '?' before white space; the date grammar runs before and without the token layer
   * (DateFinder serves texts alone, as in the dates bench), so it keeps this local rule.
   */
  private boolean toCome(String match, int start) {
    return p.futureCue.matcher(match).region(sentenceStart(match, start), start).find();
  }

  /**
   * True when the '.' at {@code dot} closes "a.m." or "p.m.": a clock time's, not a sentence's
   * ("is scheduled for 8:30 a.m. April 22" is one sentence).
   */
  private static boolean clockSuffix(String match, int dot) {
    if (dot < 3 || match.charAt(dot - 1) != 'm' && match.charAt(dot - 1) != 'M' || match.charAt(dot - 2) != '.') {
      return false;
    }
    char ap = Character.toLowerCase(match.charAt(dot - 3));
    return (ap == 'a' || ap == 'p') && (dot < 4 || !Character.isLetter(match.charAt(dot - 4)));
  }

  /** True when the text after {@code from} (past spaces) goes on with a lower-case word or a digit: the same sentence. */
  private static boolean continuesSentence(String match, int from) {
    int i = from;
    while (i < match.length() && (match.charAt(i) == ' ' || match.charAt(i) == '\t')) {
      i++;
    }
    return i < match.length() && (Character.isLowerCase(match.charAt(i)) || Character.isDigit(match.charAt(i)));
  }

  private static boolean precededByThe(String match, int start) {
    String before = match.substring(Math.max(0, start - 5), start).toLowerCase(Locale.ROOT);
    return before.matches("(?s).*(?<![\\p{L}])the[ \\t]+");
  }

  // ---- small helpers ----

  /** The relative word of a match, lower case, one space inside ("this past"). */
  private static String relWord(Matcher m) {
    return m.group("rel").toLowerCase(Locale.ROOT).replaceAll("[ \\t]+", " ");
  }

  private static int offset(String rel) {
    return switch (rel.toLowerCase(Locale.ROOT)) {
      case "last", "previous", "past" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  private DateLexicon.YearPart part(Matcher m) {
    return lex.yearParts().get(m.group("part").toLowerCase(Locale.ROOT).replaceAll("[ \\t]+", " "));
  }

  /**
   * A part of {@code year}: the year itself, or the interval of its months ("2014-01/2014-06"); a
   * part across New Year (winter, December to February) starts in the year before ("winter 2021"
   * is 2020-12/2021-02).
   */
  static DateValue partOfYear(DateLexicon.YearPart part, int year) {
    if (part.wholeYear()) {
      return new DateValue.Year(year);
    }
    return new DateValue.Interval(new DateValue.Month(YearMonth.of(part.from() > part.to() ? year - 1 : year, part.from())),
        new DateValue.Month(YearMonth.of(year, part.to())));
  }

  private int month(Matcher m, String group) {
    String name = m.group(group).toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return lex.months().get(name);
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static DateReading fixedDay(int y, int m, int d) {
    try {
      return new DateReading.Fixed(new DateValue.Day(LocalDate.of(y, m, d)));
    } catch (DateTimeException e) {
      return null; // 31 September is not a date
    }
  }

  /** A month and day without a year ("on 9/30"), when the month has that day. */
  private static DateReading fixedDayless(int month, int day, boolean toCome) {
    return day > YearMonth.of(2000, month).lengthOfMonth() ? null : new DateReading.Yearless(month, day, toCome);
  }

  private static DateReading fixedMonth(int y, int m) {
    return new DateReading.Fixed(new DateValue.Month(YearMonth.of(y, m)));
  }
}
