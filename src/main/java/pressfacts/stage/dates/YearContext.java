package pressfacts.stage.dates;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a bare four-digit number in 1900-2099 is a year, from its neighbours. It is
 * not when it is part of a number ("case No. 1-2/2019", "2019.5", "+994 12 2019 45"), an amount
 * ("$2000", "2000 manats") or an article, case or law number ("Article 2001", "No. 1998"), as
 * listed in the blocker lexicons. A year in an instrument's short title ("Human Rights Act 1998")
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

  YearContext(DateLexicon lex) {
    this.blockersBefore = lex.yearBlockersBefore();
    this.blockersAfter = lex.yearBlockersAfter();
  }

  /** True when {@code match[start, end)} (four digits) stands as a year. */
  boolean isYear(String match, int start, int end) {
    if (start > 0) {
      char before = match.charAt(start - 1);
      // "2018-2020": a year may follow a dash when a year stands before the dash; "mid-2019",
      // "post-2003": or a word; after a digit or a bracket the dash joins a number ("1-2019")
      boolean rangeDash = before == '-' && start >= 5 && isFourDigits(match, start - 5);
      boolean wordDash = before == '-' && start >= 2 && Character.isLetter(match.charAt(start - 2));
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
      boolean rangeDash = after == '-' && isFourDigits(match, end + 1);
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
    // groups of digits on both sides look like a phone number or a long figure
    return !(isNumber(previous) || isNumber(next));
  }

  /** True when a word that makes a number no year ("No.", "case", "article") stands right before {@code start}. */
  boolean afterBlocker(String match, int start) {
    return blockersBefore.contains(previousWord(match, start));
  }

  private static boolean isFourDigits(String s, int from) {
    if (from < 0 || from + 4 > s.length()) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
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
