package pressfacts.stage.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.DateValue;
import pressfacts.text.LexiconFile;

/**
 * Full dates written in another language on English pages: the Spanish and Vietnamese versions
 * of a county's sidebar items ("21 de Mayo de 2026", "ngay 21 thang 5 nam 2026" with its
 * diacritics; D13: the span includes "ngay") and the Dutch line of an EU release's wrapper
 * ("woensdag 6 maart 2019", the weekday in the span as in English). Only dates with their year:
 * a year-less date in another language is left alone. Names are in
 * {@code lexicon/dates/other-language-names.tsv}. Immutable and thread-safe.
 */
final class OtherLanguageDates {
  private static final String H = "[ \\t]";
  private static final String DAY = "(?<![\\p{L}0-9.:/])(?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9\\p{L}])";
  private static final String YEAR = "(?<y>1[89][0-9]{2}|20[0-9]{2})(?![0-9\\p{L}])";

  private final Map<String, Integer> months = new HashMap<>();
  /** 21 de Mayo de 2026 | 15 de enero del 2009 */
  final Pattern spanish;
  /** ngay 21 thang 5 nam 2026 (with Vietnamese diacritics) */
  final Pattern vietnamese;
  /** woensdag 6 maart 2019 | 6 maart 2019 */
  final Pattern dutch;

  OtherLanguageDates(List<String> lexiconLines) {
    List<String> es = new ArrayList<>();
    List<String> nl = new ArrayList<>();
    List<String> nlDays = new ArrayList<>();
    for (String line : lexiconLines) {
      String[] c = line.split("\t");
      if (c.length != 4) {
        throw new IllegalStateException("other-language-names.tsv: expected 4 columns in '" + line + "'");
      }
      if (c[2].equals("month")) {
        months.put(c[1] + ":" + c[0], Integer.parseInt(c[3]));
        (c[1].equals("es") ? es : nl).add(Pattern.quote(c[0]));
      } else {
        nlDays.add(Pattern.quote(c[0]));
      }
    }
    spanish = Pattern.compile(DAY + H + "+de" + H + "+(?<m>" + String.join("|", es) + ")" + H + "+del?" + H + "+" + YEAR,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    vietnamese = Pattern.compile("(?<![\\p{L}])ng\u00e0y" + H + "+" + DAY + H + "+th\u00e1ng" + H
        + "+(?<m>1[0-2]|0?[1-9])" + H + "+n\u0103m" + H + "+" + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    dutch = Pattern.compile("(?:(?<![\\p{L}])(?:" + String.join("|", nlDays) + ")" + H + "+)?" + DAY + H + "+(?<m>"
        + String.join("|", nl) + ")" + H + "+" + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static OtherLanguageDates load() {
    return new OtherLanguageDates(LexiconFile.lines("/pressfacts/lexicon/dates/other-language-names.tsv"));
  }

  /** The day a match of one of the patterns names; {@code language} is "es", "nl" or "vi" (numeric month). */
  DateReading read(Matcher m, String language) {
    String mo = m.group("m").toLowerCase(Locale.ROOT);
    Integer month = language.equals("vi") ? Integer.valueOf(mo) : months.get(language + ":" + mo);
    if (month == null) {
      return null;
    }
    try {
      return new DateReading.Fixed(new DateValue.Day(LocalDate.of(Integer.parseInt(m.group("y")), month,
          Integer.parseInt(m.group("d")))));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
