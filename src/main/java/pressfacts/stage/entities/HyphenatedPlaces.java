package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.text.LexiconFile;

/**
 * A place joined by a hyphen to a word that makes it an adjective ("an Ohio-based company", "U.S.-sanctioned
 * nations", "a Copperfield-area apartment"; the words: lexicon/entities/place-suffixes.txt). The place is
 * the name before the hyphen: the tokenizer keeps "Ohio-based" one token, so neither the tagger nor the
 * known-places lexicon sees the name in it. Immutable.
 */
final class HyphenatedPlaces {
  /** The suffix that makes a place of any capitalised name before it. */
  private static final String CERTAIN = "area";
  /** A name, a hyphen and a suffix word, up to the end of the text given. */
  private static final Pattern SUFFIXED = Pattern.compile("(\\p{Lu}[\\p{L}.'\u2019]*)-(\\p{L}+)$");
  /** After a tagged place: one more capitalised word, a hyphen and a suffix ("Mexico| City-based"). */
  private static final Pattern WORD_BEFORE_SUFFIX = Pattern.compile(" (\\p{Lu}\\p{L}+)-(\\p{L}+)(?![\\p{L}\\p{N}])");

  private final Set<String> suffixes;
  /** Is a name, as written, a known place (lexicon or state name)? */
  private final Predicate<String> isPlaceName;

  HyphenatedPlaces(Predicate<String> isPlaceName) {
    this(isPlaceName, LexiconFile.lines(EntityLexicons.LEXICON_DIR + "place-suffixes.txt"));
  }

  HyphenatedPlaces(Predicate<String> isPlaceName, List<String> suffixes) {
    this.isPlaceName = isPlaceName;
    this.suffixes = Set.copyOf(suffixes.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
  }

  /**
   * Where the name ends in a text that ends in a suffix ("Ohio-based" gives 4, "Orange County-based" 13),
   * or -1 when it ends in none. {@code known}: the name is known as a place, so any suffix counts;
   * otherwise only the certain one does.
   */
  int nameEnd(String words, boolean known) {
    Matcher m = SUFFIXED.matcher(words);
    if (!m.find() || !isSuffix(m.group(2), known)) {
      return -1;
    }
    return m.end(1);
  }

  /** Is the name part of {@code words} before its suffix (the whole text, "Orange County") a known place? */
  boolean isKnownBeforeSuffix(String words) {
    int end = nameEnd(words, true);
    return end > 0 && isPlaceName.test(words.substring(0, end));
  }

  /** The tagged places without a suffix the tagger read into them ("Copperfield-Area" gives "Copperfield"). */
  List<Mention> withoutSuffixes(String match, List<Mention> tagged) {
    List<Mention> out = null;
    for (int i = 0; i < tagged.size(); i++) {
      Mention m = tagged.get(i);
      int end = m.type() == EntityType.LOCATION ? nameEnd(m.text(), true) : -1;
      if (end > 0) {
        if (out == null) {
          out = new ArrayList<>(tagged);
        }
        out.set(i, Mention.of(match, new CharSpan(m.span().start(), m.span().start() + end), EntityType.LOCATION));
      }
    }
    return out == null ? tagged : out;
  }

  /**
   * The end of a tagged place, taking the one capitalised word that stands between it and a suffix: the
   * tagger found "Mexico" of "Mexico City-based", and the suffix belongs to the whole name before it.
   */
  int endWithWordBeforeSuffix(String match, int end) {
    Matcher m = WORD_BEFORE_SUFFIX.matcher(match).region(end, match.length());
    if (m.lookingAt() && isSuffix(m.group(2), true)) {
      return m.end(1);
    }
    return end;
  }

  private boolean isSuffix(String word, boolean known) {
    String w = word.toLowerCase(Locale.ROOT);
    return known ? suffixes.contains(w) : w.equals(CERTAIN);
  }
}
