package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.text.LexiconFile;

/**
 * A gang or crew named by the lower-case noun that says what it is, the way a body's name ends in its
 * head: before it ("members of the Gates Fam street gang", "the \u201cTacoma Cabrera\u201d gang", "a Bloods
 * gang member") or after it and a naming verb ("a crew named Young Stackers", "a prison gang known as the
 * Mexican Mafia"). A named group acting as one is an ORGANIZATION (ANNOTATION.md: named institutions;
 * the gold labels gangs so), but gangs have no head word in their names, so the finder never read them
 * and the tagger took many for persons or places. The nouns and the words that may stand between the
 * name and the noun are data (lexicon/entities/gang-nouns.txt, gang-modifiers.txt).
 *
 * <p>The name is one to four capitalised words on one line. Left out: a leading "The" and a sentence's
 * first word that the text writes in lower case elsewhere ("Rival gang members"), and a name of one word
 * at a sentence's start, which its place alone may capitalise ("Road crew found him"); a name with a title,
 * a function word or a possessive ("Billy's gang", whose owner is a person); a people's word
 * ("Hispanic gang") or a place ("a Houston gang member", "Moreno Valley gang members"), unless the name
 * stands in quotation marks, which make it a name whatever its words ("the \u201cTacoma Cabrera\u201d gang").
 */
final class GangNames {
  /** One capitalised word of a name ("Bloods", "MS-13", "Fam"). */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&'\u2019-]*";
  /** The space between the words of one name: never a line break. */
  private static final String GAP = "[ \\t]+";
  private static final String NAME = WORD + "(?:" + GAP + WORD + "){0,3}";
  private static final String OPEN = "[\"\u201c]";
  private static final String CLOSE = "[\"\u201d]";
  /** A word that ends in a possessive: the name of the gang's owner, a person. */
  private static final Pattern POSSESSIVE = Pattern.compile(".*['\u2019]s?$");

  private final Pattern before;
  private final Pattern after;
  private final Set<String> functionWords;
  private final Predicate<String> isTitleOrHonorific;
  private final Predicate<String> isPeople;
  private final Predicate<String> isKnownPlace;

  /**
   * {@code functionWords}: lower-case words that join or open a phrase; {@code isTitleOrHonorific}: is this
   * word a title or an honorific; {@code isPeople}: is this name a people's word ("Hispanic");
   * {@code isKnownPlace}: is this name a known place or a state.
   */
  GangNames(Set<String> functionWords, Predicate<String> isTitleOrHonorific, Predicate<String> isPeople,
            Predicate<String> isKnownPlace) {
    String nouns = alternatives("gang-nouns.txt");
    String modifiers = alternatives("gang-modifiers.txt");
    // the name, optionally quoted, the modifiers, the noun; then no letter or hyphen ("gang-related")
    this.before = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + OPEN + "(" + NAME + ")" + CLOSE + "|(" + NAME + "))"
        + GAP + "(?:(?:" + modifiers + ")" + GAP + "){0,2}(?:" + nouns + ")(?![\\p{L}\\p{N}-])");
    // the noun, a naming verb, an optional "the", the name (quoted or not) not run on into a further word
    this.after = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + nouns + "),?" + GAP + "(?:named|called|known" + GAP + "as)"
        + GAP + "(?:the" + GAP + ")?(?:" + OPEN + "(" + NAME + ")" + CLOSE + "|(" + NAME + "))(?![\\p{L}\\p{N}&'\u2019-])");
    this.functionWords = functionWords;
    this.isTitleOrHonorific = isTitleOrHonorific;
    this.isPeople = isPeople;
    this.isKnownPlace = isKnownPlace;
  }

  private static String alternatives(String file) {
    return LexiconFile.lines(EntityLexicons.LEXICON_DIR + file).stream().map(String::trim)
        .filter(w -> !w.isEmpty()).map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /** The gangs' names in {@code match}, in text order; an unquoted one never over a place candidate. */
  List<CharSpan> find(String match, List<CharSpan> places) {
    Coverage placed = Coverage.of(places);
    List<CharSpan> out = new ArrayList<>();
    for (Pattern p : List.of(before, after)) {
      Matcher m = p.matcher(match);
      while (m.find()) {
        boolean quoted = m.group(1) != null;
        int start = quoted ? m.start(1) : m.start(2);
        int end = quoted ? m.end(1) : m.end(2);
        CharSpan span = nameSpan(match, start, end, quoted);
        if (span != null && (quoted || !placed.overlaps(span)) && !out.contains(span)) {
          out.add(span);
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The name between {@code start} and {@code end} without its opening words that name nothing, or null. */
  private CharSpan nameSpan(String match, int start, int end, boolean quoted) {
    String[] words = match.substring(start, end).split(GAP);
    int first = 0;
    int at = start;
    // "The Bloods", and "Rival gang members" at a sentence's start
    while (first < words.length && (words[first].equals("The")
        || (at == start && SentenceOpenings.opensSentence(match, at) && HeadlineNames.attested(match, words[first].toLowerCase(Locale.ROOT))))) {
      at = match.indexOf(words[first], at) + words[first].length();
      while (at < end && (match.charAt(at) == ' ' || match.charAt(at) == '\t')) {
        at++;
      }
      first++;
    }
    if (first == words.length) {
      return null;
    }
    for (int i = first; i < words.length; i++) {
      String w = words[i];
      if (functionWords.contains(w.toLowerCase(Locale.ROOT)) || isTitleOrHonorific.test(w.replace(".", ""))
          || POSSESSIVE.matcher(w).matches()) {
        return null;
      }
    }
    String name = match.substring(at, end);
    if (!quoted && name.indexOf(' ') < 0 && SentenceOpenings.opensSentence(match, at)) {
      return null; // "Road crews found him": one capitalised word may be capitalised only by its place
    }
    if (!quoted && (isPeople.test(name) || ResidencePlaces.PEOPLE_ENDING.matcher(name).matches() && name.indexOf(' ') < 0
        || isKnownPlace.test(name))) {
      return null;
    }
    return new CharSpan(at, end);
  }
}
