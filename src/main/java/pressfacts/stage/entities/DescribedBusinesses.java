package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * A capitalised name that an apposition right after it calls a business ("Harbor One, a national bank,
 * made calls", "Pell Farm, a fruit and vegetable store located at ...", "Tide Academy, an Irvine-based
 * swim school and program"): the text says what the name is, a company, shop, school or non-profit, an
 * ORGANIZATION (ANNOTATION.md: companies, universities, named institutions). Such names have no head
 * word or legal form, so the finder never read them, and the tagger often left them out; every other
 * place where the document writes the same name is the same body. The kinds are data
 * (lexicon/entities/business-kinds.txt).
 *
 * <p>The name is one to four capitalised words on one line with a small letter among them (no age, no
 * bare acronym), no title, function word or possessive among them, a leading "The" left out; then a comma, "a" or "an", up to four words that describe
 * (lower case, or a compound with "-based"), the kind, and a mark or a word that goes on with the
 * apposition ("located", "that", "and"), so "a bank teller" (a person's job) is no kind. The name
 * must be no candidate already (a person "Jo Poe, a bank employee", a place "Irvine, a city"), nor one
 * word opening a sentence ("Meanwhile, a store ..."), and a repeated name is read only where no candidate
 * stands. Immutable.
 */
final class DescribedBusinesses {
  /** One capitalised word of a name ("Harbor", "7-Eleven", "A&B"). */
  private static final String WORD = "(?:\\p{Lu}|\\p{N})[\\p{L}\\p{N}&'\u2019-]*";
  private static final String GAP = "[ \\t]+";
  /** A describing word between the article and the kind: lower case, or a "-based" compound. */
  private static final String DESCRIBING = "(?:\\p{Ll}[\\p{Ll}-]*|[\\p{L} -]*?-based)";
  /** What may follow the kind: a mark, or a word that goes on with the apposition. */
  private static final String AFTER = "(?=[,.;:)]|" + GAP + "(?:located|based|headquartered|owned|operated|run|that|which|"
      + "where|whose|and|in|on|at|with|from|of|for)(?![\\p{L}\\p{N}]))";
  private static final Pattern POSSESSIVE = Pattern.compile(".*['\u2019]s?$");

  private final Pattern described;
  private final Set<String> functionWords;
  private final Predicate<String> isTitleOrHonorific;

  /** {@code functionWords}: lower-case words that join or open a phrase; {@code isTitleOrHonorific}: a title word. */
  DescribedBusinesses(Set<String> functionWords, Predicate<String> isTitleOrHonorific) {
    this(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "business-kinds.txt"), functionWords, isTitleOrHonorific);
  }

  DescribedBusinesses(List<String> kinds, Set<String> functionWords, Predicate<String> isTitleOrHonorific) {
    String alt = kinds.stream().map(String::trim).filter(k -> !k.isEmpty()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
    this.described = Pattern.compile("(?<![\\p{L}\\p{N}&'\u2019.-])(" + WORD + "(?:" + GAP + WORD + "){0,3}),"
        + GAP + "an?" + GAP + "(?:" + DESCRIBING + GAP + "){0,4}(?:" + alt + ")" + AFTER);
    this.functionWords = functionWords;
    this.isTitleOrHonorific = isTitleOrHonorific;
  }

  /**
   * The described names of {@code match} and the other places where the same names stand, in text order,
   * none overlapping a candidate of {@code taken}.
   */
  List<CharSpan> find(String match, List<CharSpan> taken) {
    Coverage candidates = Coverage.of(taken);
    Set<String> names = new LinkedHashSet<>();
    Matcher m = described.matcher(match);
    while (m.find()) {
      CharSpan span = nameSpan(match, m.start(1), m.end(1));
      if (span != null && !candidates.overlaps(span)) {
        names.add(match.substring(span.start(), span.end()));
      }
    }
    List<CharSpan> out = new ArrayList<>();
    for (String name : names) {
      int at = match.indexOf(name);
      while (at >= 0) {
        CharSpan span = new CharSpan(at, at + name.length());
        if (wholeWords(match, span) && !candidates.overlaps(span) && !out.contains(span)) {
          out.add(span);
        }
        at = match.indexOf(name, at + 1);
      }
    }
    out.sort(null);
    return out;
  }

  /** The name between {@code start} and {@code end} without a leading "The", or null when a word names no business. */
  private CharSpan nameSpan(String match, int start, int end) {
    int at = start;
    String name = match.substring(start, end);
    if (name.startsWith("The ")) {
      at = start + 4;
      while (at < end && (match.charAt(at) == ' ' || match.charAt(at) == '\t')) {
        at++;
      }
    }
    if (at >= end) {
      return null;
    }
    for (String w : match.substring(at, end).split(GAP)) {
      if (functionWords.contains(w.toLowerCase(Locale.ROOT)) || isTitleOrHonorific.test(w.replace(".", ""))
          || POSSESSIVE.matcher(w).matches()) {
        return null;
      }
    }
    if (match.substring(at, end).chars().noneMatch(Character::isLowerCase)) {
      return null; // "A B, 62, a bag vendor": an age, or letters whose body the text does not spell out
    }
    if (match.substring(at, end).indexOf(' ') < 0 && SentenceOpenings.opensSentence(match, at)) {
      return null; // "Meanwhile, a store clerk": one word may be capitalised only by its place
    }
    return new CharSpan(at, end);
  }

  /** Does {@code span} stand as whole words (no letter, digit or joining mark right outside it)? */
  private static boolean wholeWords(String match, CharSpan span) {
    boolean before = span.start() == 0 || !isNameChar(match.charAt(span.start() - 1));
    boolean after = span.end() == match.length() || !isNameChar(match.charAt(span.end()))
        || match.startsWith("'s", span.end()) || match.startsWith("\u2019s", span.end());
    return before && after;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '&' || c == '-';
  }
}
