package pressfacts.stage.dates;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a bare four-digit number in 1900-2099 is a year, from its neighbours. It is
 * not when it is part of a number ("case No. 1-2/2019", "2019.5", "+994 12 2019 45"), an amount
 * ("$2000", "2000 manats") or an article, case or law number ("Article 2001", "No. 1998"), as
 * listed in the blocker lexicons, nor when it is part of a name ("Justice 2020", "a 2021 Porsche",
 * lexicon/dates/year-names.tsv). A year in an instrument's short title ("Human Rights Act 1998")
 * IS a year: ANNOTATION.md lets a date stand inside a citation, and that year places the act on
 * the calendar.
 */
final class YearContext {
  /** Characters that glue a number to the one before it: currency, separators, number signs. */
  private static final String GLUE_BEFORE = "$€£¥₼#№§+/.,-";
  /** Signs that make the number after them a number even across a space ("§ 1956", "No 1998" is a word). */
  private static final String SIGN_BEFORE = "$€£¥₼#№§";
  /** Characters that glue a number to what follows: fractions, percent, separators. */
  private static final String GLUE_AFTER = "%/-";

  private final Set<String> blockersBefore;
  private final Set<String> blockersAfter;
  private final Set<String> namesBefore;
  private final Set<String> namesAfter;

  YearContext(DateLexicon lex) {
    this.blockersBefore = lex.yearBlockersBefore();
    this.blockersAfter = lex.yearBlockersAfter();
    this.namesBefore = lex.yearNamesBefore();
    this.namesAfter = lex.yearNamesAfter();
  }

  /** True when {@code match[start, end)} (four digits) stands as a year. */
  boolean isYear(String match, int start, int end) {
    if (start > 0) {
      char before = match.charAt(start - 1);
      // "2018-2020": a year may follow a dash when a year stands before the dash; "mid-2019",
      // "post-2003": or a word; after a digit or a bracket the dash joins a number ("1-2019")
      boolean rangeDash = before == '-' && start >= 5 && isYearDigits(match, start - 5);
      // "mid-2019", "post-2003"; not a single letter before the dash, as a case number has it ("F-2019-1234")
      boolean wordDash = before == '-' && start >= 3 && Character.isLetter(match.charAt(start - 2))
          && Character.isLetter(match.charAt(start - 3));
      if (GLUE_BEFORE.indexOf(before) >= 0 && !rangeDash && !wordDash) {
        return false;
      }
      int sign = start - 1;
      while (sign > 0 && (match.charAt(sign) == ' ' || match.charAt(sign) == '\t')) {
        sign--;
      }
      if (SIGN_BEFORE.indexOf(match.charAt(sign)) >= 0) {
        return false;
      }
    }
    if (end < match.length()) {
      char after = match.charAt(end);
      boolean rangeDash = after == '-' && isYearDigits(match, end + 1);
      if (GLUE_AFTER.indexOf(after) >= 0 && !rangeDash) {
        return false;
      }
      if ((after == '.' || after == ',') && end + 1 < match.length() && Character.isDigit(match.charAt(end + 1))) {
        return false;
      }
    }
    String previous = previousWord(match, start);
    String next = nextWord(match, end);
    if (blockersBefore.contains(previous) || blockersAfter.contains(next)) {
      return false;
    }
    // part of a name: a programme's ("Justice 2020"), a vehicle's model year ("a 2021 Porsche");
    // "in 2019 Toyota recalled ..." is a time
    if (!TIME_PREPOSITIONS.contains(previous) && (namesBefore.contains(previous) || namesAfter.contains(next))) {
      return false;
    }
    // groups of digits on both sides look like a phone number or a long figure
    return !(isNumber(previous) || isNumber(next) || imageSize(match, start, end)
        || (!TIME_PREPOSITIONS.contains(previous) && streetNumber(match, end)));
  }

  /**
   * True when the number stands alone on its line as one of the two sizes a scraped page prints
   * under an image (".../photo.jpg", "1536", "2048"): the line before is the image's address, or a
   * number that could be no year with the image's address before it.
   */
  private static boolean imageSize(String s, int start, int end) {
    if (!(start == 0 || s.charAt(start - 1) == '\n') || !(end == s.length() || s.charAt(end) == '\n' || s.charAt(end) == '\r')
        || start == 0) {
      return false;
    }
    int prevStart = s.lastIndexOf('\n', start - 2) + 1;
    String previous = s.substring(prevStart, start - 1).strip();
    if (IMAGE_FILE.matcher(previous).find()) {
      return true;
    }
    if (prevStart == 0 || !isBareNonYearNumber(previous)) {
      return false;
    }
    int beforeStart = s.lastIndexOf('\n', prevStart - 2) + 1;
    return IMAGE_FILE.matcher(s.substring(beforeStart, prevStart - 1).strip()).find();
  }

  /** A line that ends with an image's file name. */
  private static final java.util.regex.Pattern IMAGE_FILE = java.util.regex.Pattern.compile(
      "(?i)\\.(?:jpe?g|png|gif|webp|svg)$");

  /** A line that is only a number of 2-5 digits that could not be a year ("1536", "720"). */
  private static boolean isBareNonYearNumber(String line) {
    if (line.length() < 2 || line.length() > 5 || !line.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return !(line.length() == 4 && isYearDigits(line, 0));
  }

  /**
   * A street number: "2020 W. Wheatland Rd.", "1900 N Main Street" (a compass letter or word after
   * it, then a capitalised name), "1990 Elm St.", "2001 Martin Luther King Blvd." (a capitalised
   * name of up to three words, then the kind of street). Not "Court", "Highway", "Way": "In 2019
   * Superior Court Judge ...", "2019 California Highway Patrol" are years.
   */
  private static final java.util.regex.Pattern STREET_AFTER = java.util.regex.Pattern.compile(
      "[ \\t]+(?:(?:[NSEW]\\.?|North|South|East|West)[ \\t]+\\p{Lu}"
          + "|(?:\\p{Lu}[\\p{L}'.-]*[ \\t]+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Drive|Ln|Lane"
          + "|Pkwy|Parkway)(?![\\p{L}]))");

  /** Words after which a number is a time, never a street number ("In 2019 Main Street shops ..."). */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "since", "during", "by", "until", "till",
      "from", "before", "after", "of", "through");

  private static boolean streetNumber(String s, int end) {
    return STREET_AFTER.matcher(s).region(end, s.length()).lookingAt();
  }

  /** True when a word that makes a number no year ("No.", "case", "article") stands right before {@code start}. */
  boolean afterBlocker(String match, int start) {
    return blockersBefore.contains(previousWord(match, start));
  }

  /**
   * Four digits at {@code from} that could be a year (1800-2099), standing alone: the other end of
   * a range "2018-2020"; "2019-1234" (a case number) is none.
   */
  private static boolean isYearDigits(String s, int from) {
    if (from < 0 || from + 4 > s.length()) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    String head = s.substring(from, from + 2);
    if (!head.equals("18") && !head.equals("19") && !head.equals("20")) {
      return false;
    }
    return from + 4 == s.length() || !Character.isLetterOrDigit(s.charAt(from + 4));
  }

  private static boolean isNumber(String word) {
    return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
  }

  /** The word (letters, digits and dots) right before {@code pos}, across spaces only, lower case. */
  private static String previousWord(String s, int pos) {
    int e = pos;
    while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) {
      e--;
    }
    if (e == pos) {
      return "";
    }
    int b = e;
    while (b > 0 && (Character.isLetterOrDigit(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
      b--;
    }
    return s.substring(b, e).toLowerCase(Locale.ROOT);
  }

  /** The word (letters and digits) right after {@code pos}, across spaces only, lower case. */
  private static String nextWord(String s, int pos) {
    int b = pos;
    while (b < s.length() && (s.charAt(b) == ' ' || s.charAt(b) == '\t')) {
      b++;
    }
    if (b == pos) {
      return "";
    }
    int e = b;
    while (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) {
      e++;
    }
    return s.substring(b, e).toLowerCase(Locale.ROOT);
  }
}
