package pressfacts.stage.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The date grammar as regular expressions over the matching form of a text (NBSP is a space,
 * every dash is '-'), built once from named fragments and the {@link DateLexicon}. Month and
 * weekday names match Capitalised or in UPPER CASE, never in lower case ("may", "march").
 * Each rule's fields name the groups that {@link DateFinder} reads.
 */
final class DatePatterns {

  /** Horizontal white space: a date never runs across a line break. */
  private static final String H = "[ \\t]";

  /** A day of the month, 1-31, with an optional ordinal suffix, not glued to a digit or letter. */
  private static String day(String group) {
    return "(?<" + group + ">3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9\\p{L}])";
  }

  /** A day that starts an expression: not the tail of a number, a decimal or a time ("1.5", "12:30"). */
  private static String dayStart(String group) {
    return "(?<![\\p{L}0-9.:/])" + day(group);
  }

  /**
   * A year written in full, 1800-2099, not followed by more digits, letters, or ".5" / "/7"; the
   * letter "y." that post-Soviet sites write after a year ("22 January 2024y.") may follow, outside
   * the span.
   */
  /** A day number glued to its month's full name and followed by a comma: "July18, 2024" (a look-ahead only). */
  private static final String GLUED_DAY = "(?=(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?,)";

  private static String year(String group) {
    return "(?<" + group + ">1[89][0-9]{2}|20[0-9]{2})" + YEAR_END;
  }

  /** What may follow a year: no digit, no letter but the "y." mark of a year, no ".5" or "/7". */
  private static final String YEAR_END = "(?![0-9]|(?!y\\.)\\p{L}|[./][0-9])";

  /**
   * A time of day that a date line may carry after its date ("8.09.2008 12:35",
   * "05.08.2008, 12:35", "15 November 2018, 14:20"); the value then has minute precision.
   */
  private static final String TIME = "(?:,?" + H + "{1,4}(?<hh>[01]?[0-9]|2[0-3]):(?<mm>[0-5][0-9])"
      + "(?::[0-5][0-9])?(?![0-9])(?:" + H + "*(?<ap>[AaPp])\\.?[Mm]\\b\\.?)?)?";

  /**
   * The time of an ISO 8601 stamp ("2024-01-22T14:05:00+04:00", "2024-01-22T14:05:00.000Z"), as
   * web pages print their metadata, or a time after white space as {@link #TIME}; the seconds and
   * their fraction stay in the span only (Conventions: a metadata line keeps the precision written,
   * and values stop at the minute as for "2026-02-23 10:47:45"). The offset is read by ZoneOffsets.
   */
  private static final String ISO_TIME = "(?:(?:T|,?" + H + "{1,4})(?<hh>[01]?[0-9]|2[0-3]):(?<mm>[0-5][0-9])"
      + "(?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?![0-9])(?:" + H + "*(?<ap>[AaPp])\\.?[Mm]\\b\\.?)?)?";


  /**
   * Between a month and its year: a comma, white space, or "of" ("June 2005", "May, 18 2011",
   * "1st of March of 2023").
   */
  private static final String MONTH_YEAR_SEP = "(?:" + H + "*," + H + "*|" + H + "+of" + H + "+|" + H + "+)";

  /** A part of a day after "today" or a weekday ("Tuesday afternoon"): the same day. */
  private static final String TIME_OF_DAY = "(?:morning|afternoon|evening|night)";

  /** A number of units written as a word ("a", "two", "thirty-one"), for "N years ago". */
  static final String NUMBER_WORDS = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an|a)";

  /** Between a day and its month: nothing, "of" ("19th of September") or "day of" ("19th day of September"). */
  private static final String DAY_OF = "(?:" + H + "+day" + H + "+of|" + H + "+of)?";

  /** Range connectors between two days, months or dates ("1-3", "1 to 3", "between 1 and 3"). */
  private static final String CONNECTOR = "(?<conn>-|to|until|till|through|and)";

  /**
   * A hedge on an end of a range, as federal releases write them ("from in or about January 2019
   * through in or about March 2021", "between about 2019 and 2021"): inside the range's span.
   */
  private static final String RANGE_HEDGE = "(?:in" + H + "+or" + H + "+(?:about|around)|on" + H + "+or" + H
      + "+about|at" + H + "+least|about|approximately|around)";

  // The word that may open a range ("from", "between") is not part of these patterns: a leading
  // optional group would be tried at every position of the text. DateFinder looks back for it
  // with rangeLead and widens the span ("from 1 to 3 June 2021").

  final String monthNames;
  final String weekdayNames;
  final String yearPartNames;

  // One pattern per rule; see DateFinder for what each yields.
  final Pattern dotted;
  final Pattern yearFirst;
  final Pattern slashed;
  final Pattern iso;
  final Pattern dayRangeMonthYear;
  final Pattern monthDayRangeYear;
  final Pattern monthRangeYear;
  final Pattern yearlessMonthRange;
  final Pattern fiscalYear;
  final Pattern yearSpan;
  final Pattern dayMonthYear;
  final Pattern monthDayYear;
  final Pattern monthYear;
  final Pattern yearMonth;
  final Pattern partOfYear;
  final Pattern relativePartOfYear;
  final Pattern dayMonth;
  final Pattern monthDay;
  final Pattern relativeDay;
  final Pattern relativeUnit;
  final Pattern weekend;
  final Pattern ago;
  final Pattern yearlessMonth;
  final Pattern relativeSeason;
  final Pattern shortYear;
  final Pattern slashedDay;
  final Pattern holiday;
  final Pattern weekday;
  final Pattern bareYear;
  final Pattern decade;
  final Pattern apostropheYear;
  final Pattern listGap;
  final Pattern futureCue;
  final Pattern futureCueAfter;
  final Pattern monthListBefore;
  final Pattern monthListAfter;
  final Pattern rangeGap;
  final Pattern rangeLead;
  final Pattern weekdayGap;
  final Pattern weekdayAbbreviationBefore;
  final Pattern bracketOpen;
  final Pattern bracketClose;
  final Pattern relativeYearGap;
  final Pattern habitBefore;
  final Pattern habitAfter;
  final Pattern quantityAfter;

  DatePatterns(DateLexicon lex) {
    List<String> full = new ArrayList<>();
    List<String> abbr = new ArrayList<>();
    lex.months().keySet().forEach(n -> (lex.monthAbbreviations().contains(n) ? abbr : full).add(n));
    // Full names and abbreviations ("Sept.") alternate longest first, so "June" wins over "Jun".
    // Each alternation is guarded by a look-ahead on its initials: most positions of a text fail
    // that one character test, instead of trying every name (a fivefold speed-up of these rules).
    // ... a full name may run into its day when a comma and the year follow ("July18, 2024", a typing slip:
    // monthDayYear alone takes it, every other rule still wants a space after the month)
    monthNames = initials(lex.months().keySet(), false) + "(?:(?:" + capitalisedOrUpper(full) + ")(?:\\b|" + GLUED_DAY
        + ")|(?:"
        + capitalisedOrUpper(abbr) + ")\\b\\.?)";
    weekdayNames = initials(lex.weekdays().keySet(), false) + "(?:"
        + capitalisedOrUpper(new ArrayList<>(lex.weekdays().keySet())) + ")\\b";
    yearPartNames = initials(lex.yearParts().keySet(), true) + "(?:"
        + capitalisedOrLower(new ArrayList<>(lex.yearParts().keySet())) + ")";

    String m = "(?<![\\p{L}])(?<m>" + monthNames + ")";
    String m1 = "(?<![\\p{L}])(?<m1>" + monthNames + ")";
    String m2 = "(?<m2>" + monthNames + ")";

    // 05.08.2008 | 8.09.2008 12:35 | 05.08.2008, 12:35 | 14. 5. 2021 (day.month.year on these sites,
    // a space after both dots as Central European sites write it; time optional)
    dotted = Pattern.compile("(?<![\\p{L}0-9.])(?<d>3[01]|[12][0-9]|0?[1-9])\\.(?<ds>" + H + "?)(?<m>1[0-2]|0?[1-9])"
        + "\\.\\k<ds>" + year("y") + TIME);
    // 2019.09.19 | 2019. 9. 19. | 2019/09/19: year, month, day, the year-first order some sites write
    yearFirst = Pattern.compile("(?<![\\p{L}0-9.,/-])(?<y>1[89][0-9]{2}|20[0-9]{2})(?<sep>[./]" + H + "?)"
        + "(?<m>1[0-2]|0?[1-9])\\k<sep>(?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9\\p{L}]|[./-][0-9])" + TIME);
    // 10/19/2018 | 19-09-2019 (US sites: month/day/year; day/month when the first number cannot be a
    // month, or when the document writes its other dates day first: DateFinder#orderNumericDates)
    slashed = Pattern.compile("(?<![\\p{L}0-9./-])(?<a>3[01]|[12][0-9]|0?[1-9])(?<sep>[/-])(?<b>3[01]|[12][0-9]|0?[1-9])"
        + "\\k<sep>" + year("y") + "(?![/-])" + TIME);
    // 2016-01-22 | 2016-01-22 14:05 | 2016-01-22T14:05:00+04:00 (time optional; a "T" joins an ISO stamp's time)
    iso = Pattern.compile("(?<![\\p{L}0-9.-])(?<y>1[89][0-9]{2}|20[0-9]{2})-(?<m>0[1-9]|1[0-2])-"
        + "(?<d>0[1-9]|[12][0-9]|3[01])(?:(?=T[0-9])|(?![\\p{L}0-9-]))" + ISO_TIME);
    // 1-3 June 2021 | (from) 1 to 3 June 2021 | (between) 1 and 3 June (year optional)
    // ... | (from) Monday 22 to Friday 26 January 2024: a weekday before each day belongs to the range
    String weekdayBefore = "(?:(?<![\\p{L}])(?:" + weekdayNames + "),?" + H + "+)?";
    dayRangeMonthYear = Pattern.compile(weekdayBefore + dayStart("d1") + H + "*" + CONNECTOR + H + "*" + weekdayBefore + day("d2")
        + "(?:" + H + "+of)?" + H + "+" + m + "(?:" + MONTH_YEAR_SEP + year("y") + ")?");
    // October 19-21, 2023 (year optional)
    monthDayRangeYear = Pattern.compile(m + H + "+" + day("d1") + H + "*" + CONNECTOR + H + "*"
        + day("d2") + "(?:" + MONTH_YEAR_SEP + year("y") + ")?");
    // January-March 2020 | (from) January to March 2020
    monthRangeYear = Pattern.compile(m1 + H + "*" + CONNECTOR + H + "*" + m2 + MONTH_YEAR_SEP + year("y"));
    // 19th of September 2019 | 19 September 2019 | 19 September, 2019 (time optional)
    // ... | the 19th day of September, 2019 (the legal form) | 1st of March of 2023
    dayMonthYear = Pattern.compile(dayStart("d") + DAY_OF + H + "+" + m + MONTH_YEAR_SEP + year("y") + TIME);
    // September 19, 2019 | May, 18 2011 | October 23 , 2014 | January 3rd of 2019 (time optional)
    // ... | August\n29, 2025 | Feb. 10\n, 2014: one line break inside, as a wrapped PDF line has it, but
    // between day and year only with the comma written ("July 11\n2024 Annual Report" is two things)
    monthDayYear = Pattern.compile(m + "(?:" + H + "*,)?(?:" + H + "+|" + H + "*\\n" + H + "*|(?<=\\p{L})" + GLUED_DAY + ")" + day("d")
        + "(?:" + H + "*," + H + "*|" + H + "+of" + H + "+|" + H + "+|" + H + "*\\n" + H + "*," + H + "*|" + H + "*," + H + "*\\n" + H + "*)"
        + year("y") + TIME);
    // June 2005 | June, 2005 | June of 2005
    monthYear = Pattern.compile(m + "(?:" + H + "*," + H + "*|" + H + "+of" + H + "+|" + H + "+)" + year("y"));
    // 2009 Jun (a site's date line), not when a day follows ("2019 May 5" is not this form)
    yearMonth = Pattern.compile("(?<![\\p{L}0-9.,/-])" + year("y") + H + "+" + m + "(?!" + H + "*,?" + H + "*[0-9])");
    // first half of 2014 | summer of 2014 | end of 2019
    // ... | mid-2019 (a hyphen after the part, as "mid-June" has it)
    partOfYear = Pattern.compile("(?<![\\p{L}])(?<part>" + yearPartNames + ")(?:" + H + "+(?:of" + H + "+)?|-)" + year("y"));
    // end of last year | first half of this year | end of the current year
    relativePartOfYear = Pattern.compile("(?<![\\p{L}])(?<part>" + yearPartNames + ")" + H + "+of" + H
        + "+(?:the" + H + "+)?(?<rel>last|this|next|current|previous|past)" + H + "+year(?![\\p{L}])");
    // (from) January to March | between June and August: months without a year (after "from",
    // "between" or a dash; "and" only after "between", as for days)
    yearlessMonthRange = Pattern.compile(m1 + H + "*" + CONNECTOR + H + "*" + m2
        + "(?!" + H + "*[,.]?" + H + "*(?:[0-9]|of" + H + "+[0-9])|-[0-9])");
    // 22 January | 15th of March (no year: placed by the nearest-year rule)
    dayMonth = Pattern.compile(dayStart("d") + DAY_OF + H + "+" + m);
    // March, 15 | June 8 (no year), not a time "March 15:30"
    monthDay = Pattern.compile(m + "(?:" + H + "*,)?" + H + "+" + day("d") + "(?!" + H + "*:[0-9]|[.,][0-9])");
    // today | yesterday | tomorrow | tonight | yesterday afternoon | this morning | last night
    relativeDay = Pattern.compile("(?<![\\p{L}])(?:(?<word>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|TODAY|YESTERDAY|TOMORROW|TONIGHT)(?:" + H
        + "+" + TIME_OF_DAY + ")?|(?<this>[Tt]his)" + H + "+(?:morning|afternoon|evening)|(?<lastnight>[Ll]ast)" + H
        + "+night)(?![\\p{L}])");
    // last year | this week | next month | the current year (the finder drops "the last year": a
    // duration); "earlier this month" gives "this month", as real/dev's gold does (three documents
    // to one); a line break may stand between the two words of a wrapped PDF line ("this\nyear")
    relativeUnit = Pattern.compile("(?<![\\p{L}])"
        + "(?<rel>[Ll]ast|[Tt]his(?:" + H + "+past)?|[Nn]ext|[Cc]urrent|[Pp]revious)(?:" + H + "+|" + H + "*\\n" + H
        + "*)(?<unit>year|month|weekend|week)(?![\\p{L}])");
    // over the weekend | during the weekend: the span is "weekend" (Conventions: Saturday/Sunday)
    weekend = Pattern.compile("(?<=(?:[Oo]ver|[Dd]uring)" + H + "{1,3}the" + H + "{1,3})weekend(?![\\p{L}])");
    // 31 years ago | two months ago | a week ago | 3 days ago: a relative date (Conventions, D18);
    // a hedge before the count ("nearly", "more than") stays outside the span
    ago = Pattern.compile("(?<![\\p{L}0-9])(?<n>[0-9]{1,3}|" + NUMBER_WORDS + ")[ \\t-]+(?<unit>years?|months?|weeks?|days?)"
        + H + "+ago(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    // in March | early December | late last July | mid-June: a month without a day or a year
    // after it (the finder wants a cue before a bare month: "in", "of", "since" ...)
    // ... | this past March: the last March, as "this past summer" is the last summer
    yearlessMonth = Pattern.compile("(?<![\\p{L}])(?:(?<hedge>[Ee]arly|[Ll]ate|[Mm]id)(?:" + H + "+|-))?"
        + "(?:(?<rel>[Ll]ast|[Tt]his(?:" + H + "+past)?|[Nn]ext|[Pp]revious)" + H + "+)?(?<m>" + monthNames + ")"
        + "(?!" + H + "*[,.]?" + H + "*(?:[0-9]|of" + H + "+[0-9])|-[0-9])");
    // in June and September | in January, February and March: a bare month listed after a month
    // that has its cue takes that cue (DateFinder#readYearlessMonth); joined by a comma alone only
    // when the list goes on after it ("in June, May said" is a name)
    monthListBefore = Pattern.compile("(?<![\\p{L}])(?<prev>" + monthNames + ")" + H + "*(?<join>,|,?" + H
        + "*(?:and|or))" + H + "+$");
    monthListAfter = Pattern.compile(H + "*(?:,|,?" + H + "*(?:and|or)" + H + "+(?:" + monthNames + "))");
    // last summer | this spring | early next fall | last winter
    relativeSeason = Pattern.compile("(?<![\\p{L}])(?:(?<hedge>[Ee]arly|[Ll]ate)" + H + "+)?"
        + "(?<rel>[Ll]ast|[Tt]his(?:" + H + "+past)?|[Nn]ext|[Pp]revious)" + H + "+(?<season>spring|summer|autumn|fall|winter)(?![\\p{L}])");
    // 8-30-70 | 08-28-25 | 1/17/94: month, day and a two-digit year (dates of birth, video titles)
    shortYear = Pattern.compile("(?<![\\p{L}0-9./-])(?<a>1[0-2]|0?[1-9])(?<sep>[-/])(?<b>3[01]|[12][0-9]|0?[1-9])"
        + "\\k<sep>(?<yy>[0-9]{2})(?![0-9\\p{L}]|[./-][0-9])");
    // (on) 9/30: month/day without a year, US pages; only right after "on", as "2 1/3 years", "1/2 of"
    // and scores are no dates
    slashedDay = Pattern.compile("(?<=(?<![\\p{L}])[Oo]n" + H + ")(?<a>1[0-2]|0?[1-9])/(?<b>3[01]|[12][0-9]|0?[1-9])"
        + "(?![0-9\\p{L}]|[./-][0-9]|" + H + "+of(?![\\p{L}]))");
    // New Year's Eve 2022 | 2018 New Year's Day | Christmas Day 2019: a fixed holiday with its year
    holiday = Pattern.compile("(?<![\\p{L}0-9])(?:" + year("y1") + H + "+)?(?<h>New" + H + "+Year'?s" + H
        + "+(?:Day|Eve)|Christmas" + H + "+(?:Day|Eve)|Independence" + H + "+Day|Veterans'?" + H + "+Day)"
        + "(?:,?" + H + "+" + year("y2") + ")?");
    // Friday | last Friday | next Friday | Tuesday afternoon ("on Friday" gives the span "Friday")
    weekday = Pattern.compile("(?<![\\p{L}])(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his(?:" + H + "+past)?|[Pp]revious|[Cc]oming)" + H + "+)?"
        + "(?<wd>" + weekdayNames + ")(?:" + H + "+" + TIME_OF_DAY + "(?![\\p{L}]))?");
    // 2003: a plausible year, 1900-2099; its neighbours are checked by YearContext. An older year
    // only in an Act's name ("Offences Against the Person Act 1861", "Indian Evidence Act, 1872",
    // "Sherman Act of 1890"), where the number can be nothing else
    bareYear = Pattern.compile("(?<![\\p{L}0-9])(?<y>19[0-9]{2}|20[0-9]{2}"
        + "|(?<=\\bAct,?[ \\t]{1,3}(?:of[ \\t]{1,3})?)1[6-8][0-9]{2})(?![0-9]|(?!y\\.)\\p{L})");
    // FY2008 | FY 2024 | fiscal year 2023 | Fiscal Year 2023: a fiscal year is placed by its year
    fiscalYear = Pattern.compile("(?<![\\p{L}0-9])(?:FY|[Ff]iscal" + H + "+[Yy]ear|FISCAL" + H + "+YEAR)(?:" + H
        + "*-" + H + "*|" + H + "*)" + year("y"));
    // 2023/2024 | 2023/24 | 2022-23: a school or fiscal year over two years; the short form only
    // when it names the next year ("2022-23"), as case numbers do not
    yearSpan = Pattern.compile("(?<![\\p{L}0-9./-])(?<y1>19[0-9]{2}|20[0-9]{2})(?:/(?<y2>19[0-9]{2}|20[0-9]{2})|[/-]"
        + "(?<yy>[0-9]{2}))(?![0-9\\p{L}]|[./-][0-9])");

    // the 1950s | early 1990s | mid-1980s: a decade (Conventions: "the 1950s" is "195"); "the" stays outside
    // ... | the '90s: a short decade is of the 1900s, from '30s to '90s ("the '20s" and "'00s" could be either century)
    decade = Pattern.compile("(?<![\\p{L}0-9])(?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:" + H + "+|-))?"
        + "(?:(?<dec>1[89][0-9]0|20[0-9]0)['\u2019]?s|['\u2019](?<short>[3-9]0)s)(?![\\p{L}0-9])");
    // '23 | \u201923: a year written with its century elided (the text is matched with straight
    // apostrophes); not a short decade ("'90s"), a foot mark ("5'11") or a longer number
    apostropheYear = Pattern.compile("(?<![\\p{L}0-9'])'(?<yy>[0-9]{2})(?![0-9\\p{L}'%]|[.,:/]?[0-9])");
    // Between two dates of one list: "30 April and 1 May 2019", "3, 5 and 7 June 2019".
    listGap = Pattern.compile(H + "*(?:,|,?" + H + "*and)" + H + "*");

    List<String> cues = new ArrayList<>(lex.futureCues());
    cues.replaceAll(DatePatterns::phrase);
    futureCue = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", cues) + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE);
    // the same, after a date that opens its sentence ("Saturday is going to be ..."): DateFinder#toComeAfter
    List<String> after = new ArrayList<>(lex.futureCuesAfter());
    after.replaceAll(DatePatterns::phrase);
    futureCueAfter = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", after) + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE);
    // What may stand between two dates that make one range, and what may open it.
    // ... | "and continuing until", as federal releases write a conspiracy's period ("from in or about
    // February 2003 and continuing until at least Feb. 14, 2006"): a range only after "from" (DateFinder#join)
    rangeGap = Pattern.compile(H + "*,?" + H + "*(?<conn>-|to|until|till|through|and|TO|UNTIL|THROUGH|AND"
        + "|and" + H + "+continuing" + H + "+(?:until|through|to))" + H + "*"
        + "(?:" + RANGE_HEDGE + H + "+)?");
    // After the second number of a day range ("May 2 to 20"): a unit of duration or quantity makes
    // that number a count, not a day ("sentenced on May 2 to 20 years", "May 5 - 10 percent", "to 25-to-life")
    List<String> units = new ArrayList<>(List.of("years?", "months?", "weeks?", "days?", "hours?", "minutes?",
        "seconds?", "decades?", "counts?", "times", "per" + H + "+cent", "to[ \\t-]+life"));
    lex.yearBlockersAfter().forEach(w -> units.add(Pattern.quote(w)));
    quantityAfter = Pattern.compile("[ \\t-]*(?:%|(?:" + String.join("|", units) + ")(?![\\p{L}]))",
        Pattern.CASE_INSENSITIVE);
    // Between a weekday and its date: "Friday, 22 January 2016", "Monday 8 June".
    weekdayGap = Pattern.compile(H + "*,?" + H + "*");
    // An abbreviated weekday right before a day ("Mon. Oct 7th, 2024", "Tue, 3 Sept 2024"), looked
    // for at the end of the text before the day; never a date alone ("Wed", "Sun" are words too)
    weekdayAbbreviationBefore = Pattern.compile("(?<![\\p{L}0-9.])(?<wd>"
        + capitalisedOrUpper(new ArrayList<>(lex.weekdayAbbreviations().keySet())) + ")(?:\\.,?|,)?" + H + "+$");
    // Between a date and its weekday in brackets: "2 February 2024 (Friday)".
    bracketOpen = Pattern.compile(H + "*\\(" + H + "*");
    bracketClose = Pattern.compile(H + "*\\)");
    // Between a day or month and the relative year that places it: "5 March of this year",
    // "March of the current year", "September last year".
    relativeYearGap = Pattern.compile(H + "+(?:of" + H + "+(?:the" + H + "+)?)?");
    // A weekday that names a habit or opening hours, not a day: "every Friday", "the second Friday
    // of every month", "open Monday through Friday"
    habitBefore = Pattern.compile("(?<![\\p{L}])(?:(?:[Ee]very|[Ee]ach|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)" + H
        + "+|(?:" + weekdayNames + ")" + H + "*(?:-|to|thru|through)" + H + "*)$");
    habitAfter = Pattern.compile(H + "*(?:-|to|thru|through)" + H + "*(?:" + weekdayNames + ")|" + H + "+of" + H
        + "+(?:every|each|the" + H + "+month)(?![\\p{L}])");
    rangeLead = Pattern.compile("(?<![\\p{L}])(?<lead>[Ff]rom|[Bb]etween|FROM|BETWEEN)" + H + "+(?:" + RANGE_HEDGE + H + "+)?$");
  }

  /** A look-ahead for the first letters of {@code names}: upper case, and lower case too when asked. */
  private static String initials(Iterable<String> names, boolean lowerToo) {
    TreeSet<Character> chars = new TreeSet<>();
    for (String n : names) {
      chars.add(Character.toUpperCase(n.charAt(0)));
      if (lowerToo) {
        chars.add(n.charAt(0));
      }
    }
    StringBuilder cls = new StringBuilder("(?=[");
    chars.forEach(c -> cls.append(Pattern.quote(String.valueOf(c))));
    return cls.append("])").toString();
  }

  private static String capitalisedOrUpper(List<String> lowerNames) {
    List<String> forms = new ArrayList<>();
    for (String n : byLengthDescending(lowerNames)) {
      forms.add(Pattern.quote(Character.toUpperCase(n.charAt(0)) + n.substring(1)));
      forms.add(Pattern.quote(n.toUpperCase(Locale.ROOT)));
    }
    return String.join("|", forms);
  }

  /** Phrases as written in the lexicon, or with a capital first letter ("End of 2019"). */
  private static String capitalisedOrLower(List<String> lowerNames) {
    List<String> forms = new ArrayList<>();
    for (String n : byLengthDescending(lowerNames)) {
      char first = n.charAt(0);
      forms.add("[" + first + Character.toUpperCase(first) + "]" + phrase(n.substring(1)));
    }
    return String.join("|", forms);
  }

  /** A literal phrase whose spaces match any horizontal white space. */
  static String phrase(String words) {
    List<String> parts = new ArrayList<>();
    for (String w : words.split(" ", -1)) {
      parts.add(w.isEmpty() ? "" : Pattern.quote(w));
    }
    return String.join(H + "+", parts);
  }

  private static List<String> byLengthDescending(List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return sorted;
  }
}
