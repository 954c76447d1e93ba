package pressfacts.stage.dates;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.text.LexiconFile;

/**
 * A "today" that means "nowadays" names no day: "today's global economy", "in today's world", "today's
 * victim becomes tomorrow's suspect", "the program is still active today", "even today". ANNOTATION.md's
 * dates are calendar expressions that can be placed on a calendar; such a word is not one, while "announced
 * today", "was sentenced today" and "today's sentence" are the release's day. Words as data
 * (lexicon/dates/generic-today.tsv).
 */
final class GenericToday {
  private static final class Holder {
    static final GenericToday STANDARD = load();
  }

  /** How many words after the possessive a listed head noun may stand ("today's fast-paced global economy"). */
  private static final int NOUN_WINDOW = 3;

  /** How many words before "today" a "still" may stand in its clause ("still in use in many counties today"). */
  private static final int BEFORE_WINDOW = 5;

  /** The possessive right after the word ("today's", "today'"; the matching form writes every apostrophe as '). */
  private static final Pattern POSSESSIVE = Pattern.compile("'s?(?![\\p{L}])");

  /** A relative day's possessive, as the other half of a contrast ("today's victim becomes tomorrow's suspect"). */
  private static final Pattern CONTRAST = Pattern.compile("(?i)(?<![\\p{L}])(?:today|tomorrow|yesterday)'s(?![\\p{L}])");

  /** What ends a clause: the word after "still ... today" must stand at one. */
  private static final Pattern CLAUSE_END = Pattern.compile("[ \\t]*(?:[.,;:!?\"')\\]]|\\n|$)");

  /** What may stand between the possessive and its head noun: words and spaces, no punctuation. */
  private static final Pattern NOUN_GAP = Pattern.compile("[ \\t\\p{L}-]*");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");

  private final Set<String> nouns;
  private final Set<String> before;

  private GenericToday(Set<String> nouns, Set<String> before) {
    this.nouns = Set.copyOf(nouns);
    this.before = Set.copyOf(before);
  }

  static GenericToday standard() {
    return Holder.STANDARD;
  }

  private static GenericToday load() {
    Set<String> nouns = new HashSet<>();
    Set<String> before = new HashSet<>();
    for (String[] row : LexiconFile.rows(DateLexicon.DIR + "generic-today.tsv", 2)) {
      switch (row[0]) {
        case "noun" -> nouns.add(row[1]);
        case "before" -> before.add(row[1]);
        default -> throw new IllegalStateException("generic-today.tsv: kind must be noun or before: " + row[0]);
      }
    }
    return new GenericToday(nouns, before);
  }

  /** Whether the relative day word at [start, end) of {@code s} (the matching form) means "nowadays". */
  boolean generic(String s, int start, int end) {
    Matcher pos = POSSESSIVE.matcher(s).region(end, s.length());
    if (pos.lookingAt()) {
      return headNoun(s, pos.end()) || contrast(s, start, end);
    }
    return s.substring(start, end).toLowerCase(Locale.ROOT).startsWith("today") && stillToday(s, start, end);
  }

  /** A listed head noun within {@link #NOUN_WINDOW} words of the same line after the possessive. */
  private boolean headNoun(String s, int from) {
    int eol = s.indexOf('\n', from);
    Matcher w = WORD.matcher(s).region(from, eol < 0 ? s.length() : eol);
    for (int i = 0; i < NOUN_WINDOW && w.find(); i++) {
      if (!NOUN_GAP.matcher(s).region(from, w.start()).matches()) {
        return false; // punctuation ends the noun phrase
      }
      if (nouns.contains(w.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Another relative day's possessive in the same sentence: the pair contrasts two ages, neither a day. */
  private static boolean contrast(String s, int start, int end) {
    int from = sentenceStart(s, start);
    int to = sentenceEnd(s, end);
    Matcher m = CONTRAST.matcher(s).region(from, to);
    while (m.find()) {
      if (m.start() != start) {
        return true;
      }
    }
    return false;
  }

  /** "still active today", "even today": a listed word a few words before, in the clause, and "today" ends it. */
  private boolean stillToday(String s, int start, int end) {
    if (!CLAUSE_END.matcher(s).region(end, s.length()).lookingAt()) {
      return false;
    }
    int from = start;
    while (from > 0 && ".,;:!?\"()\n".indexOf(s.charAt(from - 1)) < 0) {
      from--;
    }
    String[] words = s.substring(from, start).strip().split("[ \\t]+");
    for (int i = Math.max(0, words.length - BEFORE_WINDOW); i < words.length; i++) {
      if (before.contains(words[i].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceStart(String s, int at) {
    int i = at;
    while (i > 0 && ".!?\n".indexOf(s.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  private static int sentenceEnd(String s, int at) {
    int i = at;
    while (i < s.length() && ".!?\n".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
