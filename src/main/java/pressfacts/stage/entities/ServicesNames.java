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
import pressfacts.text.Prose;

/**
 * A company's or a public body's name that ends in "Services" ("Harbor Freight Logistics Services", "County
 * Behavioral Health Services", "QRx Services"): ANNOTATION.md makes companies and named institutions
 * ORGANIZATION. The organization finder reads a bare plural head as a kind of body ({@code pluralHead}:
 * "Constitutional Courts"), and "Services" is no head of its own, so such names were left out. A menu item
 * or a headline ("Victim Services", "Providing Services") names no body there (real/dev gold labels none),
 * so the name is read only in running prose ({@link Prose}), and only when it names one body: two or more
 * capitalised words before "Services", or one word written as a company writes its name (a capital after
 * the first letter and a small letter: "QRx", "FedEx"). The name ends at "Services" (another capitalised
 * word or "of" after it makes a longer name, which the finder reads: "Health and Human Services Agency");
 * opening function words and titles are no part of it; a possessive or a function word inside it, or a
 * sentence's first word the text writes in lower case elsewhere ("Providing Legal Services to ... providing"),
 * ends the reading. Only where
 * no candidate of any kind stands. Immutable.
 */
final class ServicesNames {
  /** One capitalised word of a name ("Harbor", "QRx", "A&B"). */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&'\u2019-]*";
  /** The space between the words of one name: never a line break. */
  private static final String GAP = "[ \\t]+";
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}&'\u2019.-])((?:" + WORD + GAP + "){1,5})Services"
      + "(?![\\p{L}\\p{N}&-])(?!" + GAP + "(?:\\p{Lu}|of(?![\\p{L}])))");
  /** A word written as a company writes its name: a capital after the first letter and a small letter. */
  private static final Pattern COMPANY_WORD = Pattern.compile("\\p{Lu}+\\p{Ll}+\\p{Lu}[\\p{L}]*|\\p{Lu}{2,}\\p{Ll}+");
  private static final Pattern POSSESSIVE = Pattern.compile(".*['\u2019]s?$");

  private final Set<String> functionWords;
  private final Predicate<String> isTitleOrHonorific;

  /** {@code functionWords}: lower-case words that join or open a phrase; {@code isTitleOrHonorific}: a title word. */
  ServicesNames(Set<String> functionWords, Predicate<String> isTitleOrHonorific) {
    this.functionWords = functionWords;
    this.isTitleOrHonorific = isTitleOrHonorific;
  }

  /** The names of {@code match} that end in "Services", in text order, none overlapping a candidate of {@code taken}. */
  List<CharSpan> find(String match, List<CharSpan> taken) {
    Coverage candidates = Coverage.of(taken);
    List<CharSpan> out = new ArrayList<>();
    Matcher m = NAME.matcher(match);
    while (m.find()) {
      CharSpan span = nameSpan(match, m.start(1), m.end(1), m.end());
      if (span != null && !candidates.overlaps(span) && Prose.isProse(lineOf(match, span.start()))) {
        out.add(span);
      }
    }
    return out;
  }

  /** The name from its first name word to {@code end}, or null when the words before "Services" name no one body. */
  private CharSpan nameSpan(String match, int start, int wordsEnd, int end) {
    List<int[]> words = new ArrayList<>();
    int at = start;
    while (at < wordsEnd) {
      int wordEnd = at;
      while (wordEnd < wordsEnd && !Character.isWhitespace(match.charAt(wordEnd))) {
        wordEnd++;
      }
      words.add(new int[] {at, wordEnd});
      at = wordEnd;
      while (at < wordsEnd && Character.isWhitespace(match.charAt(at))) {
        at++;
      }
    }
    int first = 0;
    while (first < words.size() && opensPhrase(match, words.get(first))) {
      first++;
    }
    if (first < words.size() && sentenceCased(match, words.get(first))) {
      return null; // "Providing Legal Services to ...": a verb's phrase capitalised by its place, no name
    }
    List<String> name = new ArrayList<>();
    for (int i = first; i < words.size(); i++) {
      String w = match.substring(words.get(i)[0], words.get(i)[1]);
      if (functionWords.contains(w.toLowerCase(Locale.ROOT)) || isTitleOrHonorific.test(w.replace(".", ""))
          || POSSESSIVE.matcher(w).matches()) {
        return null;
      }
      name.add(w);
    }
    boolean oneBody = name.size() >= 2 || name.size() == 1 && COMPANY_WORD.matcher(name.get(0)).matches();
    return oneBody ? new CharSpan(words.get(first)[0], end) : null;
  }

  /** A word that opens the phrase rather than the name: a function word ("At", "The") or a title ("Director"). */
  private boolean opensPhrase(String match, int[] word) {
    String w = match.substring(word[0], word[1]);
    return functionWords.contains(w.toLowerCase(Locale.ROOT)) || isTitleOrHonorific.test(w.replace(".", ""));
  }

  /** A sentence's first word that the text writes in lower case elsewhere ("Providing ... providing"). */
  private static boolean sentenceCased(String match, int[] word) {
    String w = match.substring(word[0], word[1]);
    String lower = w.toLowerCase(Locale.ROOT);
    return SentenceOpenings.opensSentence(match, word[0]) && !lower.equals(w) && HeadlineNames.attested(match, lower);
  }

  private static String lineOf(String match, int at) {
    int start = match.lastIndexOf('\n', at - 1) + 1;
    int end = match.indexOf('\n', at);
    return match.substring(start, end < 0 ? match.length() : end);
  }
}
