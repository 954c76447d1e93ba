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
 * "head of the OSCE Baku Office Koray Targay", "Dean of the Faculty of Law of the University of
 * Ruritania Anna Berzina-Kalna": a title, "of" and a body's name, then the holder's name with no comma
 * (ANNOTATION.md gives the first as a role's example: the body and the person are two mentions). When
 * the tagger does not know the name, the organization's name runs on into it. Two capitalised words at
 * the end of such a candidate, after a word that closes a body's name (a head, a place, an acronym),
 * and before no further capitalised word, are the holder: the body ends before them and they become a
 * person's candidate.
 */
final class HoldersAfterBodies {
  /** A word of a person's name: a capital, then lower case, maybe a hyphenated second part ("Strada-Rozenberga"). */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?");
  /**
   * The title and its "of" before the body, with the body's first capitalised words between ("head of
   * the OSCE |Baku Office"): the title word is group 1.
   */
  private static final Pattern TITLE_OF_BEFORE = Pattern.compile(
      "(?:^|[\\s(])(\\p{L}+)[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:\\p{Lu}[\\p{L}.'-]*[ \\t]+(?:(?:of|for)[ \\t]+(?:the[ \\t]+)?)?){0,4}$");
  /** What may follow the holder's name: the end, punctuation, or a lower-case word. */
  private static final Pattern NAME_ENDS = Pattern.compile("^(?:\\s*$|\\s*[.,;:)\\]]|[ \\t]+\\p{Ll})");

  private final Set<String> titles;
  private final Predicate<String> isHead;
  private final Predicate<String> isTitleWord;
  private final Predicate<String> isPlace;
  private final Set<String> functionWords;

  /**
   * {@code isHead}: a lower-case body's head; {@code isTitleWord}: a word of a person's title or an
   * honorific; {@code isPlace}: a known place's or a state's name; {@code roleTitles}: the lower-case
   * titles of lexicon/roles/titles.tsv, of which the one-word ones serve here.
   */
  HoldersAfterBodies(Predicate<String> isHead, Predicate<String> isTitleWord, Predicate<String> isPlace,
      Set<String> functionWords, Set<String> roleTitles) {
    this.titles = roleTitles.stream().filter(t -> !t.contains(" ")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.isHead = isHead;
    this.isTitleWord = isTitleWord;
    this.isPlace = isPlace;
    this.functionWords = functionWords;
  }

  /** The organizations' and persons' candidates, each split holder moved from one to the other. */
  record Split(List<CharSpan> orgs, List<CharSpan> persons) {
  }

  Split apply(String match, List<CharSpan> orgs, List<CharSpan> persons) {
    List<CharSpan> outOrgs = null;
    List<CharSpan> outPersons = null;
    for (int i = 0; i < orgs.size(); i++) {
      CharSpan o = orgs.get(i);
      int cut = holderStart(match, o);
      if (cut < 0 || persons.stream().anyMatch(p -> p.start() < o.end() && o.start() < p.end())) {
        continue;
      }
      if (outOrgs == null) {
        outOrgs = new ArrayList<>(orgs);
        outPersons = new ArrayList<>(persons);
      }
      int bodyEnd = cut;
      while (bodyEnd > o.start() && Character.isWhitespace(match.charAt(bodyEnd - 1))) {
        bodyEnd--;
      }
      outOrgs.set(i, new CharSpan(o.start(), bodyEnd));
      outPersons.add(new CharSpan(cut, o.end()));
    }
    if (outOrgs == null) {
      return new Split(orgs, persons);
    }
    outPersons.sort(null);
    return new Split(outOrgs, outPersons);
  }

  /** Where the holder's name starts in the candidate {@code o}, or -1 when it holds none. */
  private int holderStart(String match, CharSpan o) {
    String name = match.substring(o.start(), o.end());
    if (name.indexOf('\n') >= 0) {
      return -1;
    }
    String[] w = name.split(" ");
    int n = w.length;
    if (n < 3 || !isNameWord(w[n - 1]) || !isNameWord(w[n - 2])) {
      return -1;
    }
    String closing = w[n - 3];
    boolean closesBody = isHead.test(closing.toLowerCase(Locale.ROOT)) || isPlace.test(closing)
        || closing.length() >= 2 && closing.chars().allMatch(Character::isUpperCase);
    if (!closesBody || !NAME_ENDS.matcher(match.substring(o.end(), Math.min(match.length(), o.end() + 3))).find()) {
      return -1;
    }
    int lineStart = match.lastIndexOf('\n', o.start() - 1) + 1;
    Matcher m = TITLE_OF_BEFORE.matcher(match.substring(Math.max(lineStart, o.start() - 200), o.start()));
    if (!m.find() || !titles.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return o.start() + name.lastIndexOf(w[n - 2] + " " + w[n - 1]);
  }

  private boolean isNameWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return NAME_WORD.matcher(word).matches() && !isHead.test(lower) && !isTitleWord.test(word) && !isPlace.test(word)
        && !functionWords.contains(lower);
  }
}
