package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * A place written into a hyphenated modifier: "an Ohio-based company", "a Copperfield-area apartment
 * complex", "an Orange County, Calif.-based firm", "Huffman-area Murder". The name before "-based" or
 * "-area" is a LOCATION mention (ANNOTATION.md: cities, regions and other places); the tokenizer keeps the
 * compound whole, so neither the tagger nor the known-places lexicon sees the name in it.
 *
 * <p>Which words are the name: of the capitalised words (at most three) right before the hyphen, the
 * longest last ones that name a known place or one the document types LOCATION ("Two Rival
 * Brownsville-Based Gangs"); otherwise those after the last function word or possessive ("for
 * Huffman-area", "Ibrahim's Mexico City-based"), and only when the modifier is written in lower case (in a
 * title-case line "Faith-Based", "Community-Based" are common words capitalised by style): before "-area",
 * which only places take, when a one-word name does not open its sentence ("Community-area"); before
 * "-based", which tools take too ("Internet-based"), only a state's abbreviation after a comma.
 * A person or body of exactly that span without a body's word becomes the place; a mention that runs
 * over it (a company's name "Ohio-based Acme" read whole) and a citation keep their reading; a place read
 * with its modifier ("El Segundo-based") loses the modifier. Immutable.
 */
final class CompoundPlaces {
  /** A capitalised word ("Copperfield", "O'Fallon"), an abbreviation with its period ("Calif.", "St."), or initials ("D.C."). */
  private static final String WORD = "(?:(?:\\p{Lu}\\.){2,3}|\\p{Lu}[\\p{L}'\u2019]*\\.?)";
  /** Up to three such words before "-based" or "-area", nothing word-like before them. */
  private static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}\\p{N}.'\u2019-])(" + WORD + "(?: " + WORD + "){0,2})-"
      + "(based|area|Based|Area|BASED|AREA)(?![\\p{L}\\p{N}])");
  /** Words that never open or stand inside a place's name here: articles, prepositions, pronouns. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "at", "for", "of", "to", "from", "near",
      "on", "by", "with", "and", "or", "this", "that", "its", "his", "her", "their", "our", "your", "my");
  /**
   * A word ending as an adjective of nationality ("Canadian", "Chinese", "Irish", "European"): a people, no
   * place. Narrower than a residence's test: "-an" and "-i" end many places ("Michigan-based", "Miami-area").
   */
  private static final Pattern PEOPLE_ENDING = Pattern.compile(".*(?:ian|ean|ese|ish)");
  /** Characters after which a word opens a sentence or a line, so is capitalised by position, not as a name. */
  private static final String SENTENCE_ENDS = ".!?:\"\u201c\n";

  /** A state's abbreviation with its period ("Calif.", "Va.", "W.Va."), as an address writes it after a town and a comma. */
  private static final Pattern STATE_ABBREVIATION = Pattern.compile("\\p{Lu}\\p{L}{0,4}\\.(?:\\p{Lu}\\p{L}?\\.)?");

  private final Set<String> knownPlaces;
  private final Predicate<String> isOrgHead;
  private final Set<String> nonNameWords;

  /**
   * {@code knownPlaces}: the known-places lexicon as written; {@code isOrgHead}: is this lower-case word an
   * org head or a company's form; {@code nonNameWords}: lower-case clause words that never stand in a name.
   */
  CompoundPlaces(Set<String> knownPlaces, Predicate<String> isOrgHead, Set<String> nonNameWords) {
    this.knownPlaces = knownPlaces;
    this.isOrgHead = isOrgHead;
    this.nonNameWords = nonNameWords;
  }

  /** The mentions with the places of hyphenated modifiers read in (see the class comment), in span order. */
  List<Mention> apply(String text, List<CharSpan> cited, List<Mention> mentions) {
    if (text.indexOf("-based") < 0 && text.indexOf("-area") < 0 && text.indexOf("-Based") < 0 && text.indexOf("-Area") < 0
        && text.indexOf("-BASED") < 0 && text.indexOf("-AREA") < 0) {
      return mentions; // no such modifier: spare the pattern's try at every position
    }
    Set<String> documentPlaces = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.LOCATION) {
        documentPlaces.add(m.text());
      }
    }
    List<CharSpan> found = new ArrayList<>();
    List<CharSpan> capitalised = new ArrayList<>(); // "Copperfield-Area": judged once the lower-case ones are known
    Map<Integer, Integer> nameEndAt = new HashMap<>(); // a modifier's end -> its name's end
    Matcher c = COMPOUND.matcher(text);
    while (c.find()) {
      nameEndAt.put(c.end(), c.end(1));
      CharSpan known = knownSuffix(text, c.start(1), c.end(1), documentPlaces);
      CharSpan name = nameOf(text, c.start(1), c.end(1));
      if (known != null) {
        found.add(known);
      } else if (name == null) {
        continue;
      } else if (Character.isUpperCase(c.group(2).charAt(0))) {
        capitalised.add(name);
      } else if (looksLikePlace(text, name, c.group(2))) {
        found.add(name);
        documentPlaces.add(name.of(text));
      }
    }
    for (CharSpan name : capitalised) {
      if (documentPlaces.contains(name.of(text))) {
        found.add(name);
      }
    }
    if (found.isEmpty() && mentions.stream().noneMatch(m -> runsIntoModifier(m, nameEndAt))) {
      return mentions;
    }
    Coverage blocked = Coverage.of(cited);
    Set<CharSpan> places = new HashSet<>(found);
    List<Mention> out = new ArrayList<>(mentions.size() + places.size());
    Coverage taken = Coverage.of(List.of());
    for (Mention m : mentions) {
      if (runsIntoModifier(m, nameEndAt)) {
        m = Mention.of(text, new CharSpan(m.span().start(), nameEndAt.get(m.span().end())), EntityType.LOCATION);
      }
      boolean retyped = m.type() != EntityType.LOCATION && places.contains(m.span()) && !hasBodyWord(m.text());
      out.add(retyped ? Mention.of(text, m.span(), EntityType.LOCATION) : m);
      taken.add(m.span());
    }
    for (CharSpan s : found) {
      if (!taken.overlaps(s) && !blocked.overlaps(s)) {
        out.add(Mention.of(text, s, EntityType.LOCATION));
        taken.add(s);
      }
    }
    out.sort(null);
    return out;
  }

  /** A place read with its modifier ("El Segundo-based"): the modifier is no part of its name. */
  private static boolean runsIntoModifier(Mention m, Map<Integer, Integer> nameEndAt) {
    Integer nameEnd = nameEndAt.get(m.span().end());
    return m.type() == EntityType.LOCATION && nameEnd != null && nameEnd > m.span().start();
  }

  /** The longest last words of [start, end) that name a known place or one the document types LOCATION; null when none. */
  private CharSpan knownSuffix(String text, int start, int end, Set<String> documentPlaces) {
    int i = start;
    while (i < end) {
      String words = text.substring(i, end);
      if (knownPlaces.contains(words) || documentPlaces.contains(words)) {
        return new CharSpan(i, end);
      }
      int space = words.indexOf(' ');
      if (space < 0) {
        return null;
      }
      i += space + 1;
    }
    return null;
  }

  /** The name among the words [start, end): those after the last function word or possessive; null when none is left. */
  private CharSpan nameOf(String text, int start, int end) {
    int from = start;
    int i = start;
    while (i < end) {
      int wordEnd = text.indexOf(' ', i);
      if (wordEnd < 0 || wordEnd > end) {
        wordEnd = end;
      }
      String w = text.substring(i, wordEnd);
      String lower = w.toLowerCase(Locale.ROOT);
      if (FUNCTION_WORDS.contains(lower) || nonNameWords.contains(lower) || lower.endsWith("'s") || lower.endsWith("\u2019s")) {
        from = wordEnd + 1;
      }
      i = wordEnd + 1;
    }
    return from < end ? new CharSpan(from, end) : null;
  }

  /**
   * Does a name the lexicon does not know read as a place? Before "-area" (which only places take), when
   * it is no single letter, people's adjective or body's word, and a one-word name does not open its
   * sentence; before "-based" (which tools and methods take too, "Internet-based") only a state's
   * abbreviation after a comma ("Orange County, Calif.-based").
   */
  private boolean looksLikePlace(String text, CharSpan name, String modifier) {
    String words = name.of(text);
    if (modifier.equals("based")) {
      return STATE_ABBREVIATION.matcher(words).matches() && name.start() >= 2 && text.startsWith(", ", name.start() - 2);
    }
    if (words.replace(".", "").length() < 2) {
      return false;
    }
    String last = words.substring(words.lastIndexOf(' ') + 1);
    if (PEOPLE_ENDING.matcher(last).matches() || hasBodyWord(words)) {
      return false;
    }
    return words.indexOf(' ') > 0 || !opensSentence(text, name.start());
  }

  /** Does the word at {@code start} open the text, a line or a sentence? */
  private static boolean opensSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
      i--;
    }
    return i < 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
  }

  private boolean hasBodyWord(String words) {
    for (String w : words.split("\\s+")) {
      if (isOrgHead.test(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
        return true;
      }
    }
    return false;
  }
}
