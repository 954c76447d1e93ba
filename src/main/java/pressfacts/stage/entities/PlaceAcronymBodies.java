package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * "the Lakeside HIDTA", "students at Plano ISD", "Westwood YMCA staff": a place's name followed by a
 * body's acronym names the body's branch or district there, one ORGANIZATION mention as "Eastport FBI"
 * and "Garland PD" already are (ANNOTATION.md: acronyms are mentions of the body they abbreviate; the
 * place inside an organization's name is no mention of its own). The tagger types such a pair a LOCATION
 * when it does not know the acronym. So a LOCATION of two or more words whose last word is a word of two
 * to six capitals, with a small letter in the words before it (no capitals headline), becomes an
 * ORGANIZATION, unless that word belongs to places (lexicon/entities/place-letter-words.txt: "Austin TX",
 * "Washington DC", "Hong Kong SAR") or is a title's or a post-nominal's letters ("ADA", "KC"), which the
 * finders keep out of names. Immutable.
 */
final class PlaceAcronymBodies {
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final Set<String> placeLetters;
  private final Set<String> postNominals;

  /** {@code placeLetters}: capitals that end a place; {@code postNominals}: a rank's or degree's letters. */
  PlaceAcronymBodies(List<String> placeLetters, List<String> postNominals) {
    this.placeLetters = Set.copyOf(placeLetters);
    this.postNominals = Set.copyOf(postNominals.stream().map(f -> f.replace(".", "").trim()).toList());
  }

  /** The mentions with each place-and-acronym LOCATION retyped ORGANIZATION; the same list when none is. */
  List<Mention> apply(String text, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() == EntityType.LOCATION && namesBody(m.text())) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.set(i, Mention.of(text, m.span(), EntityType.ORGANIZATION));
      }
    }
    return out == null ? mentions : out;
  }

  private boolean namesBody(String name) {
    String[] words = SPACES.split(name.strip());
    if (words.length < 2) {
      return false;
    }
    String last = words[words.length - 1];
    if (!ACRONYM.matcher(last).matches() || placeLetters.contains(last) || postNominals.contains(last)
        || TitleAbbreviations.contains(last)) {
      return false;
    }
    for (int w = 0; w < words.length - 1; w++) {
      if (!words[w].chars().anyMatch(Character::isLowerCase) || words[w].endsWith(",")) {
        return false; // a capitals headline ("LAKESIDE HIDTA"), or a place and its state after a comma
      }
    }
    return true;
  }
}
