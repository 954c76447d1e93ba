package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * "in partnership with the City of Fairview", "The City of Fairview received grants", "the City of
 * Fairview's training center": a city's capitalised form with "of" before a place the finders read, where
 * no place preposition makes it a place, is the city's government acting or owning, one ORGANIZATION
 * mention "City of Fairview" (ANNOTATION.md: named institutions; real/dev gold types such a "City of X"
 * ORGANIZATION and the bare name inside it no LOCATION). The finders read only the name, a LOCATION of its
 * own. After a place preposition ("in the City of Indio") the form belongs to the place
 * ({@link LocationFinder}'s withMunicipalForm); a lower-case "city of X" is the place alone. Only "City":
 * gold keeps "the County of Orange held as a park" a place. The name must end there: a mark, a line's end,
 * a lower-case word, a possessive, or another mention's start ("City of Fairview Community Courts");
 * a capitalised word no mention holds ("City of Fairview Police Chief") may go on with the body's name,
 * and the text is left as read. Immutable.
 */
final class CityGovernments {
  /**
   * "City of " right before the place, with the word before it on the line. Matched in a region that ends
   * at the place and starts 40 characters before it: the region's end is the pattern's end; its start,
   * farther back than the form and its word, anchors nothing but a real line's or text's start.
   */
  private static final Pattern FORM_BEFORE = Pattern.compile("(?:^|(\\p{L}+)\\h+)(?:(?:the|The)\\h+)?City\\h+of\\h+$",
      Pattern.MULTILINE);
  /** Words before the form that make the city a place ("in the City of X", "north of the City of X"). */
  private final Set<String> placeWords;

  /** {@code placePrepositions}: lexicon/entities/place-prepositions.txt. */
  CityGovernments(List<String> placePrepositions) {
    Set<String> words = new java.util.HashSet<>(placePrepositions);
    // a place's relation to another ("residents of", "from", "near", "to", "into", "at") reads it as a place
    words.addAll(List.of("of", "from", "near", "to", "into", "at", "inside", "around", "across", "throughout"));
    this.placeWords = Set.copyOf(words);
  }

  /** The mentions with each such place widened to "City of X" and retyped ORGANIZATION; the same list when none is. */
  List<Mention> apply(String text, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.LOCATION) {
        continue;
      }
      int formStart = formStart(text, m.span().start());
      if (formStart < 0 || (i > 0 && mentions.get(i - 1).span().end() > formStart)) {
        continue;
      }
      boolean possessive = isPossessiveAt(text, m.span().end());
      if (!possessive && (placeBefore(text, formStart, m.span().start()) || !nameEndsAt(text, m.span().end(),
          i + 1 < mentions.size() ? mentions.get(i + 1).span().start() : -1))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.set(i, Mention.of(text, new CharSpan(formStart, m.span().end()), EntityType.ORGANIZATION));
    }
    return out == null ? mentions : out;
  }

  /** Where "City" starts when "City of " stands right before {@code start} on its line, else -1. */
  private static int formStart(String text, int start) {
    int from = Math.max(0, start - 40);
    Matcher f = FORM_BEFORE.matcher(text).region(from, start);
    if (!f.find()) {
      return -1;
    }
    return text.lastIndexOf("City", start);
  }

  /** Is the word before the form (past an optional "the") one that makes the city a place? */
  private boolean placeBefore(String text, int formStart, int placeStart) {
    Matcher f = FORM_BEFORE.matcher(text).region(Math.max(0, placeStart - 40), placeStart);
    return f.find() && f.group(1) != null && placeWords.contains(f.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  /** "X's" or "X’s" right after the name. */
  private static boolean isPossessiveAt(String text, int end) {
    return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && text.charAt(end + 1) == 's' && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
  }

  /**
   * Does the name end at {@code end}: a mark or a line's end, a lower-case word after one space, or the
   * next mention's start ({@code nextStart}) after one space?
   */
  private static boolean nameEndsAt(String text, int end, int nextStart) {
    if (end >= text.length() || text.charAt(end) != ' ') {
      return true;
    }
    if (end + 1 >= text.length() || !Character.isUpperCase(text.charAt(end + 1))) {
      return true;
    }
    return nextStart == end + 1;
  }
}
