package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;

/**
 * A full name set off by a person's age ("identified the defendant as Kemar Ollins, 20, of Bath Beach",
 * "la condena de Nora Vessel, de 56 años,"): US releases name defendants and victims this way, and the
 * tagger misses a name whose words it has not learned. Two to four capitalised words (a middle initial
 * may stand between) that no other mention holds, right before a comma and an age of one or two digits
 * that a comma, "years", "year-old" or a closing bracket ends, are a PERSON mention. The run must not go
 * on from a capitalised word before it (a headline's or a title's words: where the name starts is then
 * unknown), and none of its words may be a function word, a month, a title or honorific, a noun for
 * people ("Man", lexicon/entities/resident-nouns.txt; "Defendant", person-cue-words.txt), a body's head
 * or a known place ("Santa Ana Man, 25, Charged" and "On June 12, the" are no names). Immutable.
 */
final class AgedNames {
  /** A capitalised word of a name: "Ollins", "O'Dell", "McKay", "Diaz-Lopez", "Méndez". */
  private static final String WORD = "\\p{Lu}(?:['\u2019]\\p{Lu})?\\p{Ll}+(?:-?\\p{Lu}\\p{Ll}+)*";
  /** Two to four name words, a middle initial allowed inside, then the age apposition. */
  private static final Pattern AGED = Pattern.compile(
      "(?<![\\p{L}\\p{N}.'\u2019-])(" + WORD + "(?: (?:" + WORD + "|\\p{Lu}\\.)){0,2} " + WORD + ")"
          + ", (?:de \\d{1,2} años|\\d{1,2})(?=, ?\\D| years?\\b|-year-old\\b|\\))");
  /** The word right before a run: a capitalised one means the run may go on to the left. */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)[ \\t]+$");

  private final Predicate<String> isExcludedWord;
  private final Predicate<String> isKnownPlace;

  /**
   * {@code isExcludedWord}: a word (as written) that cannot be part of a name here (function word, month,
   * title or honorific, noun for people, org head); {@code isKnownPlace}: a name known as a place.
   */
  AgedNames(Predicate<String> isExcludedWord, Predicate<String> isKnownPlace) {
    this.isExcludedWord = isExcludedWord;
    this.isKnownPlace = isKnownPlace;
  }

  /** The spans of the names set off by an age that none of {@code taken} overlaps, in text order. */
  List<CharSpan> find(String text, List<CharSpan> taken) {
    List<CharSpan> out = new ArrayList<>();
    Matcher m = AGED.matcher(text);
    while (m.find()) {
      int s = m.start(1);
      int e = m.end(1);
      if (overlapsAny(s, e, taken) || continuesLeft(text, s) || !nameWords(m.group(1))) {
        continue;
      }
      out.add(new CharSpan(s, e));
    }
    return out;
  }

  private boolean nameWords(String run) {
    if (isKnownPlace.test(run)) {
      return false;
    }
    for (String w : run.split(" ")) {
      if (!w.endsWith(".") && (isExcludedWord.test(w) || isKnownPlace.test(w))) {
        return false;
      }
    }
    return true;
  }

  /** Does a capitalised word (or one ending in a capital letter, an acronym) stand right before, on the same line? */
  private static boolean continuesLeft(String text, int start) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    Matcher b = WORD_BEFORE.matcher(text.substring(Math.max(lineStart, start - 40), start));
    if (!b.find()) {
      return false;
    }
    String w = b.group(1);
    char first = w.charAt(0);
    char last = w.charAt(w.length() - 1);
    return Character.isUpperCase(first) && Character.isLetter(last) || Character.isUpperCase(last);
  }

  private static boolean overlapsAny(int s, int e, List<CharSpan> spans) {
    CharSpan run = new CharSpan(s, e);
    return spans.stream().anyMatch(run::overlaps);
  }

  /** Lower case, without a final period. */
  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
  }

  /** A set test on {@link #key}. */
  static Predicate<String> inSet(Set<String> lowerCaseWords) {
    return w -> lowerCaseWords.contains(key(w));
  }
}
