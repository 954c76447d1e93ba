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
 * Names right after a title that the tagger missed, whatever the language they come from ("Justice
 * Catherine Button", "Judge Ayşe Öztürk-Yılmaz", "President Zühtü ARSLAN"): a run of capitalised
 * words on one line that opens with title words and ends with two or three other words holds a name
 * in those (a run with a body before its title, "Orange County District Attorney Anonymous Tip
 * Hotline", is left to the tagger, since such a run names things as often as people) when each of those is shaped like a name (a capital and lower-case letters, with a
 * hyphen or apostrophe between parts, or a surname in capitals beside a word that is not) and none is
 * a title, honorific, org head, known place, month, function word, or a word the document also writes
 * in lower case (the words of a title-case headline: "Judge Sentences Man").
 */
final class TitledNames {
  /** A run of capitalised words joined by single spaces, not glued to a letter, digit or period before it. */
  private static final Pattern CAPITALISED_RUN = Pattern.compile(
      "(?<![\\p{L}\\p{N}.'\u2019-])\\p{Lu}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*)+");
  /** A word of a name in mixed case: "Button", "Öztürk-Yılmaz", "O'Neill" (not "Director-in-Charge"). */
  private static final Pattern MIXED_NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+|['\u2019]\\p{Lu}?\\p{Ll}+)*");
  /** A surname in capitals: "ARSLAN", "BAT-ERDENE". */
  private static final Pattern CAPITALS_NAME_WORD = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})?");
  /**
   * What follows the first name of a list: a comma or "and", then the next capitalised word; or the body of
   * that name before the list goes on ("Paralegal Specialists A of the Fraud Section, and B of ...").
   */
  private static final Pattern LIST_AFTER = Pattern.compile(",?[ \\t]+and[ \\t]+\\p{Lu}|,[ \\t]+\\p{Lu}|[ \\t]+of[ \\t]+(?:the[ \\t]+)?\\p{Lu}");
  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 3;

  private final EntityLexicons lex;
  private final Predicate<String> titleOrHonorific;
  private final Set<String> functionWords;

  TitledNames(EntityLexicons lex, Predicate<String> titleOrHonorific, Set<String> functionWords) {
    this.lex = lex;
    this.titleOrHonorific = titleOrHonorific;
    this.functionWords = functionWords;
  }

  /** The names after titles in {@code match}; {@code writtenLower} says whether the document writes a word in lower case. */
  List<CharSpan> find(String match, Predicate<String> writtenLower) {
    List<CharSpan> out = new ArrayList<>();
    Matcher run = CAPITALISED_RUN.matcher(match);
    while (run.find()) {
      String[] words = run.group().split(" ");
      int lastTitle = -1;
      while (lastTitle + 1 < words.length && titleOrHonorific.test(words[lastTitle + 1])) {
        lastTitle++;
      }
      // "Detective Investigators Ruben Soto and Paul Greer": a plural title before the first name of a list
      // ("DA Investigators Seek Public's Help" is a headline: no list after it)
      if (lastTitle + 1 < words.length && isPluralTitle(words[lastTitle + 1])
          && LIST_AFTER.matcher(match).region(run.end(), match.length()).lookingAt()) {
        lastTitle++;
      }
      int names = words.length - lastTitle - 1;
      if (lastTitle < 0 || names < MIN_NAME_WORDS || names > MAX_NAME_WORDS
          || words[lastTitle].equals(words[lastTitle].toUpperCase(Locale.ROOT))) {
        continue; // no title, too few or many words after it, or a headline in capitals
      }
      boolean mixed = false;
      boolean allNames = true;
      for (int i = lastTitle + 1; i < words.length && allNames; i++) {
        mixed |= MIXED_NAME_WORD.matcher(words[i]).matches();
        allNames = isNameWord(words[i], writtenLower);
      }
      if (allNames && mixed) {
        int start = run.start();
        for (int i = 0; i <= lastTitle; i++) {
          start += words[i].length() + 1;
        }
        out.add(new CharSpan(start, run.end()));
      }
    }
    return out;
  }

  /** A title in the plural ("Investigators", "Specialists"): a list of holders follows it. */
  private boolean isPluralTitle(String word) {
    return word.length() > 2 && word.endsWith("s") && titleOrHonorific.test(word.substring(0, word.length() - 1));
  }

  private boolean isNameWord(String word, Predicate<String> writtenLower) {
    if (!MIXED_NAME_WORD.matcher(word).matches() && !CAPITALS_NAME_WORD.matcher(word).matches()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !titleOrHonorific.test(word) && !NameSuffixes.isPostNominal(word) && !lex.isOrgHead(lower) && !lex.knownPlaces().contains(word)
        && !lex.nameStops().contains(lower) && !functionWords.contains(lower) && !writtenLower.test(lower);
  }
}
