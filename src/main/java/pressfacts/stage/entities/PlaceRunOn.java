package pressfacts.stage.entities;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import pressfacts.text.LexiconFile;

/**
 * A tagged place that runs on over a title-case common noun: "on Brownsville Street Corner", "by a
 * Harris County Jury", "Dallas County Criminal District Attorney". The tagger reads a headline's or a
 * title's capitalised words into the place before them; the place is the part the document names as a
 * place (a known place, or another tagged place's text), and the one or two capitalised words after it
 * are no part of its name when the document writes them in lower case too (common nouns), unless the last of them can end a place's name (a street, site or place word:
 * "Sunset Park Street", "Fort Greene Park", "Orange County Motel"), a body's (an org head) or is itself
 * a known place. Immutable.
 */
final class PlaceRunOn {
  /** At most this many words after the place are read as run-on words; longer runs are left as tagged. */
  private static final int MAX_RUN_ON = 2;
  /** A title-case word of letters: a headline's capitalised common noun ("Jury", "Corner"), not an acronym. */
  private static final Pattern TITLE_CASE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
  private final Set<String> nameEnds;
  private final Predicate<String> isOrgHead;

  /**
   * The ends of places' names: lexicon/entities/place-name-ends.txt, the last words of street-heads.txt
   * and site-heads.txt, and place-class-words.txt. {@code isOrgHead}: is this lower-case word an org head?
   */
  PlaceRunOn(Predicate<String> isOrgHead) {
    Set<String> ends = new HashSet<>();
    for (String file : new String[] {"place-name-ends.txt", "street-heads.txt", "site-heads.txt", "place-class-words.txt"}) {
      for (String line : LexiconFile.lines(EntityLexicons.LEXICON_DIR + file)) {
        String w = line.trim().toLowerCase(Locale.ROOT);
        ends.add(w.substring(w.lastIndexOf(' ') + 1));
      }
    }
    this.nameEnds = Set.copyOf(ends);
    this.isOrgHead = isOrgHead;
  }

  /**
   * The length of the place at the start of {@code name} (a tagged place's text) when the rest is one or
   * two run-on words; {@code name.length()} otherwise. {@code isPlace} tells a name the document reads as a
   * place; {@code lowerWords} are the words the document writes in lower case: a run-on word must be one
   * of them (a common noun, "jury" in the story), so a place's own foreign word ("Brunei Darussalam") is
   * never one. Words must be parted by single spaces: a line break or other mark leaves the tagger's reading.
   */
  int placeLength(String name, Predicate<String> isPlace, Set<String> lowerWords) {
    String[] words = name.split(" ", -1);
    for (int k = 1; k <= MAX_RUN_ON && k < words.length; k++) {
      String place = String.join(" ", Arrays.copyOfRange(words, 0, words.length - k));
      if (!isPlace.test(place)) {
        continue;
      }
      for (int j = words.length - k; j < words.length; j++) {
        if (!TITLE_CASE_WORD.matcher(words[j]).matches() || isPlace.test(words[j])
            || !lowerWords.contains(words[j].toLowerCase(Locale.ROOT))) {
          return name.length();
        }
      }
      String last = words[words.length - 1].toLowerCase(Locale.ROOT);
      if (nameEnds.contains(last) || isOrgHead.test(last)) {
        return name.length();
      }
      return place.length();
    }
    return name.length();
  }
}
