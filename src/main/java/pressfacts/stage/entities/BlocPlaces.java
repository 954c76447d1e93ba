package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * A union or bloc of states (lexicon/entities/bloc-names.txt) written after a place preposition
 * (lexicon/entities/place-prepositions.txt) and an optional "the" is the place its states cover: a
 * LOCATION mention ("judicial system in the European Union", "the first bar association in the CIS and
 * Eastern Europe region"), as the gold of real releases types it; ANNOTATION.md: regions and other places
 * are LOCATION. Where the bloc acts or owns ("co-funded by the European Union", "the Member States of the
 * European Union") it stays an ORGANIZATION, and so does one that modifies the word after it ("in EU
 * law", "in ASEAN Member States", "in the EU's courts"): only an end of sentence, a punctuation mark or
 * a function word may follow it. Only a mention whose whole text is the bloc's form is retyped.
 * Immutable.
 */
final class BlocPlaces {
  /** Conjunction joining a second place ("in the EU or the CIS"), besides the shared function words. */
  private static final String OR = "or";
  private final Set<String> blocs;
  private final Set<String> prepositions;
  private final Set<String> functionWords;

  /** {@code functionWords}: the shared lower-case function words of the entity stage. */
  BlocPlaces(List<String> blocs, List<String> prepositions, Set<String> functionWords) {
    this.blocs = Set.copyOf(blocs);
    this.prepositions = Set.copyOf(prepositions);
    this.functionWords = functionWords;
  }

  /** The mentions with the blocs read as places retyped LOCATION; the same list when none is. */
  List<Mention> apply(String text, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() == EntityType.ORGANIZATION && blocs.contains(m.text()) && afterPreposition(text, m.span().start())
          && nothingModified(text, m.span().end())) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.set(i, Mention.of(text, m.span(), EntityType.LOCATION));
      }
    }
    return out == null ? mentions : out;
  }

  /** Does a place preposition, then an optional "the", stand right before {@code start}? */
  private boolean afterPreposition(String text, int start) {
    int wordEnd = start;
    String word = previousWord(text, wordEnd);
    if (word.equals("the")) {
      wordEnd -= word.length() + 1;
      word = previousWord(text, wordEnd);
    }
    return prepositions.contains(word);
  }

  /** The lower-case word ending one space before {@code end}, or "" when none does. */
  private static String previousWord(String text, int end) {
    if (end < 2 || text.charAt(end - 1) != ' ') {
      return "";
    }
    int start = end - 1;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
      return ""; // part of a longer token ("non-in the")
    }
    return text.substring(start, end - 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Does the bloc end its phrase at {@code end}: the text ends, a punctuation mark other than an
   * apostrophe or hyphen follows (a possessive or a compound makes it a modifier), or a space and a
   * function word ("in the CIS and Eastern Europe region")?
   */
  private boolean nothingModified(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    if (c == '\'' || c == '\u2019' || c == '-' || Character.isLetterOrDigit(c)) {
      return false;
    }
    if (c != ' ') {
      return true;
    }
    int wordEnd = end + 1;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordEnd == end + 1) {
      return true; // a space, then no word: a mark or a digit
    }
    String word = text.substring(end + 1, wordEnd);
    return word.equals(OR) || functionWords.contains(word);
  }
}
