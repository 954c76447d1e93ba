package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * "detectives with Miami-Dade PD", "Corvalle PD officers", "Harlow County SO deputies", "Austin PD said":
 * a place's name and the letters of a kind of local body after it (lexicon/entities/agency-letter-words.txt)
 * are that body's name, one ORGANIZATION mention (ANNOTATION.md: acronyms are mentions of the body they
 * abbreviate; the place inside an organization's name is no mention of its own). The finders read such
 * a pair only when the tagger happened to type it whole; otherwise it gave nothing, the place alone as a
 * LOCATION, or a PERSON ("Austin PD"). PlaceAcronymBodies retypes a LOCATION that already holds the
 * letters; this step reads the pair from the text. The name is one to three capitalised words with small
 * letters in them (no capitals headline), joined by single spaces on one line, right before the letters;
 * a leading function word or title is no part of it ("The", "Officer"), and a fourth capitalised word
 * before it leaves the run alone (the words may be a longer name's). Mentions on the words are replaced
 * only when they are persons or places lying wholly inside the pair; a body's mention or a citation over
 * any part leaves it as read. Immutable.
 */
final class AgencyLetterNames {
  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.\\-]*");
  private final Pattern letters;
  private final Set<String> functionWords;
  private final Predicate<String> isTitle;

  /** {@code isTitle}: is this word a title or an honorific ("Officer", "Mr."). */
  AgencyLetterNames(List<String> agencyLetters, Set<String> functionWords, Predicate<String> isTitle) {
    StringBuilder alt = new StringBuilder();
    for (String l : agencyLetters) {
      if (!l.isBlank()) {
        alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(l.trim()));
      }
    }
    // the letters after one space, not inside a longer word or a hyphenated compound ("PD-issued")
    this.letters = Pattern.compile(" (?:" + alt + ")(?![\\p{L}\\p{N}\\-])");
    this.functionWords = functionWords;
    this.isTitle = isTitle;
  }

  /** The mentions with each place-and-letters pair as one ORGANIZATION; the same list when none is. */
  List<Mention> apply(String text, List<Mention> mentions, List<CharSpan> cited) {
    List<Mention> out = mentions;
    Coverage citations = Coverage.of(cited);
    Matcher m = letters.matcher(text);
    while (m.find()) {
      int start = nameStart(text, m.start());
      if (start < 0) {
        continue;
      }
      CharSpan pair = new CharSpan(start, m.end());
      if (citations.overlaps(pair)) {
        continue;
      }
      boolean free = true;
      for (Mention x : out) {
        if (x.span().overlaps(pair) && (x.type() == EntityType.ORGANIZATION || !pair.contains(x.span()))) {
          free = false; // a body already read there, or a name that goes on past the pair
          break;
        }
      }
      if (!free) {
        continue;
      }
      List<Mention> next = new ArrayList<>();
      for (Mention x : out) {
        if (!x.span().overlaps(pair)) {
          next.add(x);
        }
      }
      next.add(Mention.of(text, pair, EntityType.ORGANIZATION));
      next.sort(null);
      out = next;
    }
    return out;
  }

  /**
   * Where the place's name before the letters at {@code space} starts, or -1: one to three capitalised
   * words with a small letter each, single spaces between, a leading function word or title left out.
   */
  private int nameStart(String text, int space) {
    List<int[]> words = new ArrayList<>(); // nearest first
    int end = space;
    while (words.size() < 4) {
      int s = end;
      while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
        s--;
      }
      String w = text.substring(s, end);
      if (!WORD.matcher(w).matches()) {
        break;
      }
      words.add(new int[] {s, end});
      if (s == 0 || text.charAt(s - 1) != ' ') {
        break;
      }
      end = s - 1;
    }
    if (words.size() == 4) {
      return -1; // a longer run of capitals: the words may be part of another name
    }
    int k = words.size() - 1;
    while (k >= 0) {
      String w = text.substring(words.get(k)[0], words.get(k)[1]);
      if (functionWords.contains(w.toLowerCase(Locale.ROOT)) || isTitle.test(w)) {
        k--; // "The Dallas PD", "Officer Tulsa PD": not the place's
      } else {
        break;
      }
    }
    if (k < 0) {
      return -1;
    }
    for (int j = 0; j <= k; j++) {
      String w = text.substring(words.get(j)[0], words.get(j)[1]);
      if (w.chars().noneMatch(Character::isLowerCase) || w.endsWith(".") && w.length() > 3 || w.endsWith(",")) {
        return -1; // a capitals headline, or a sentence's end ("in Dallas. PD officers") inside the run
      }
    }
    return words.get(k)[0];
  }
}
