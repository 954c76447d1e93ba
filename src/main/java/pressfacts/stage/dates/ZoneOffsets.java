package pressfacts.stage.dates;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateValue;

/**
 * The zone offset a text writes after a date's clock time (issue 17: a published value keeps a
 * zone offset when one is written): "14:05 (UTC+04:00)", "14:05 GMT+4", "14:05 +04:00",
 * "04:00 GMT". The offset joins the date's span and its value ({@code 2024-01-22T14:05+04:00};
 * a zero offset is ISO's {@code Z}). A zone name without an offset ("Eastern Time", "EST") is
 * not read: its offset depends on the season.
 */
final class ZoneOffsets {
  private ZoneOffsets() {}

  /**
   * After the time: a signed offset in hours, or hours and minutes ("+4", "+04:00", "-0530"), after
   * "UTC"/"GMT" ("GMT+4", "UTC-05:00"), in brackets ("(UTC+04:00)", "(+04:00)") or bare; or
   * "UTC"/"GMT" alone (offset zero). {@link #offsetOf} checks what the groups alone cannot say.
   */
  private static final Pattern ZONE = Pattern.compile("[ \\t]{0,2}(?:"
      + "(?<open>\\()?(?:(?<name>UTC|GMT)[ \\t]?)?(?<sign>[+-])(?<h>[01]?[0-9])(?<colon>:)?(?<m>[0-5][0-9])?(?![0-9:])(?<close>\\))?"
      + "|\\((?<zero1>UTC|GMT)\\)|(?<zero2>UTC|GMT)(?![\\p{L}0-9+-])|(?<zulu>Z)(?![\\p{L}0-9])"
      + ")");
  /**
   * An ISO 8601 stamp's date and "T" ("2024-01-22T14:05:00-05:00"): its offset, written right after
   * the time with no space, may be negative or ISO's "Z", as no time range or prose is written so.
   */
  private static final Pattern ISO_STAMP = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]");
  /** Real offsets lie between -12:00 and +14:00. */
  private static final int MAX_HOURS = 14;

  /**
   * {@code dates} (in text order) with the offset written after each minute-precise one joined to
   * it; a date whose offset would run into the next date is left as it is.
   */
  static List<DateCandidate> attach(List<DateCandidate> dates, String match) {
    List<DateCandidate> out = new ArrayList<>(dates.size());
    for (int i = 0; i < dates.size(); i++) {
      DateCandidate c = dates.get(i);
      int limit = i + 1 < dates.size() ? dates.get(i + 1).span().start() : match.length();
      out.add(withOffset(c, match, limit));
    }
    return out;
  }

  private static DateCandidate withOffset(DateCandidate c, String match, int limit) {
    boolean fixedMinute = c.reading() instanceof DateReading.Fixed f && f.value() instanceof DateValue.Minute mi
        && mi.offset() == null;
    boolean atTime = c.reading() instanceof DateReading.AtTime t && t.offset() == null;
    if (!fixedMinute && !atTime || c.span().end() >= limit) {
      return c;
    }
    Matcher m = ZONE.matcher(match).region(c.span().end(), limit);
    if (!m.lookingAt()) {
      return c;
    }
    String joined = m.group("zulu") != null ? "zulu" : "sign";
    boolean stamp = ISO_STAMP.matcher(match).region(c.span().start(), c.span().end()).lookingAt()
        && m.group(joined) != null && m.start(joined) == c.span().end();
    ZoneOffset offset = offsetOf(m, stamp);
    if (offset == null) {
      return c;
    }
    // a closing bracket with no opening one closes the text around the date, not the offset
    int end = m.group("close") != null && m.group("open") == null ? m.start("close") : m.end();
    DateReading reading = c.reading() instanceof DateReading.Fixed f
        ? new DateReading.Fixed(((DateValue.Minute) f.value()).withOffset(offset))
        : withOffset((DateReading.AtTime) c.reading(), offset);
    return new DateCandidate(new CharSpan(c.span().start(), end), reading, c.rule() + "+zone");
  }

  private static DateReading.AtTime withOffset(DateReading.AtTime t, ZoneOffset offset) {
    return new DateReading.AtTime(t.day(), t.hour(), t.minute(), offset);
  }

  /**
   * The offset a {@link #ZONE} match writes, or null when it is none: an opened bracket not closed;
   * a bare offset (no "UTC"/"GMT", no bracket) other than a plus sign with two-digit hours and minutes
   * ("+04:00"), because "10:00-12:00" is a range of times and "at 10:00 + 2" no zone, unless it stands
   * right after an ISO stamp's time ({@code stamp}); ISO's "Z" only there; more than 14 hours.
   */
  private static ZoneOffset offsetOf(Matcher m, boolean stamp) {
    if (m.group("zulu") != null) {
      return stamp ? ZoneOffset.UTC : null;
    }
    if (m.group("zero1") != null || m.group("zero2") != null) {
      return ZoneOffset.UTC;
    }
    boolean open = m.group("open") != null;
    if (open && m.group("close") == null) {
      return null;
    }
    boolean bare = !open && m.group("name") == null;
    // an ISO stamp's offset right after its time: either sign, "+04:00" or "-0500"
    boolean stampOffset = bare && stamp && m.group("h").length() == 2 && m.group("m") != null;
    if (bare && !stampOffset && !(m.group("sign").equals("+") && m.group("h").length() == 2 && m.group("colon") != null
        && m.group("m") != null)) {
      return null;
    }
    if (m.group("colon") != null && m.group("m") == null) {
      return null;
    }
    int hours = Integer.parseInt(m.group("h"));
    int minutes = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
    if (hours > MAX_HOURS) {
      return null;
    }
    int sign = m.group("sign").equals("+") ? 1 : -1;
    try {
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
