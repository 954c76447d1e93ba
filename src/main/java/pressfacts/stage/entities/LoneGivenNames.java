package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * A given name written alone after the document has named the person in full ("4-year-old Jane Roe
 * ... justice for Jane.", "Faith Doe, 11, ... Faith's mother"): every mention of a person is a mention
 * (ANNOTATION.md), and the tagger misses some of these where it found others. Narrower than a lone
 * surname, since many given names are also words or places: the given name (first word of a full name
 * of two words or more, a capital and two or more letters) must open the full name of one person only,
 * end no full name, be no title or honorific, never be written in lower case in the text ("faith",
 * "grace") and name no known place ("Austin"); the occurrence comes after the first full name, stands
 * as a word of its own (as a lone surname does; not "Jane.Roe@" of an address) and overlaps no mention
 * or citation: nothing is retyped.
 */
final class LoneGivenNames {
  private final LoneSurnames alone;
  private final Predicate<String> titleOrHonorific;
  private final Predicate<String> isPlace;

  LoneGivenNames(LoneSurnames alone, Predicate<String> titleOrHonorific, Predicate<String> isPlace) {
    this.alone = alone;
    this.titleOrHonorific = titleOrHonorific;
    this.isPlace = isPlace;
  }

  /** The settled mentions (sorted) with the lone given names added, sorted. */
  List<Mention> apply(String text, List<Mention> settled, List<CharSpan> cited) {
    Map<String, Set<String>> fullNames = new HashMap<>(); // given name -> the full names it opens
    Map<String, Integer> firstFull = new HashMap<>();
    Set<String> lastWords = new HashSet<>();
    for (Mention m : settled) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      String[] words = nameWords(m.text());
      if (words.length < 2) {
        continue;
      }
      lastWords.add(words[words.length - 1]);
      if (isGivenName(words[0])) {
        fullNames.computeIfAbsent(words[0], k -> new HashSet<>()).add(String.join(" ", words));
        firstFull.merge(words[0], m.span().start(), Math::min);
      }
    }
    if (fullNames.isEmpty()) {
      return settled;
    }
    Set<String> lowerWords = LoneSurnames.lowerCaseWords(text);
    List<CharSpan> blocking = new ArrayList<>(cited);
    Set<Integer> bodyEnds = new HashSet<>();
    for (Mention m : settled) {
      blocking.add(m.span());
      if (m.type() == EntityType.ORGANIZATION) {
        bodyEnds.add(m.span().end());
      }
    }
    Coverage taken = Coverage.of(blocking);
    List<Mention> added = new ArrayList<>();
    for (String given : fullNames.keySet().stream().sorted().toList()) {
      if (fullNames.get(given).size() > 1 || lastWords.contains(given) || titleOrHonorific.test(given)
          || lowerWords.contains(given.toLowerCase(Locale.ROOT)) || isPlace.test(given)) {
        continue;
      }
      for (int i = text.indexOf(given, firstFull.get(given) + 1); i >= 0; i = text.indexOf(given, i + 1)) {
        CharSpan s = new CharSpan(i, i + given.length());
        if (taken.overlaps(s) || joinedByPeriod(text, s.end()) || (afterArticle(text, i) && !possessive(text, s.end()))
            || !alone.standsAlone(text, s, lowerWords, bodyEnds)) {
          continue;
        }
        added.add(Mention.of(text, s, EntityType.PERSON));
        taken.add(s);
      }
    }
    if (added.isEmpty()) {
      return settled;
    }
    List<Mention> out = new ArrayList<>(settled);
    out.addAll(added);
    out.sort(null);
    return out;
  }

  /** The words of a name, commas dropped, without a generational suffix at its end. */
  private static String[] nameWords(String name) {
    String[] words = name.trim().replace(",", "").split("\\s+");
    int n = words.length;
    while (n > 1 && NameSuffixes.isSuffix(words[n - 1])) {
      n--;
    }
    return n == words.length ? words : Arrays.copyOf(words, n);
  }

  /** A capital and two or more lower-case letters: no initial, no acronym, no hyphen or apostrophe. */
  private static boolean isGivenName(String w) {
    if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the Moroccan embassy", "a Moroccan army colonel": a given name alone takes no article, so a word after
   * "the", "a" or "an" is an adjective or a noun (there the tagger had run a people's adjective into a name,
   * "Moroccan Ali Benali", and the lone word repeated that mistake). A possessive after the word keeps it a
   * name ("prior to the Jane's death" is a slip of the writer, not an adjective).
   */
  private static boolean afterArticle(String text, int start) {
    int k = start;
    while (k > 0 && text.charAt(k - 1) == ' ') {
      k--;
    }
    if (k == start) {
      return false;
    }
    int w = k;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) {
      return false;
    }
    String word = text.substring(w, k).toLowerCase(Locale.ROOT);
    return word.equals("the") || word.equals("a") || word.equals("an");
  }

  /** "'s" or "’s" right after the word: "the Jane's death", a slip the article does not make an adjective. */
  private static boolean possessive(String text, int end) {
    return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && text.charAt(end + 1) == 's';
  }

  /** "Jane.Roe@": a period followed right away by a letter joins the word to the next (an address). */
  private static boolean joinedByPeriod(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == '.' && Character.isLetter(text.charAt(end + 1));
  }
}
