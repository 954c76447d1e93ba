package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
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
 * the end of such a candidate (three with a middle name or initial: "Rita M. Glavin"), after a word that
 * closes a body's name (a head, a place, an acronym), and before no further capitalised word, are the
 * holder: the body ends before them and they become a person's candidate. The title may be of several
 * words and take its body with "for", as US federal releases write it ("Acting Assistant Attorney
 * General for the Civil Rights Division Jane Roe").
 */
final class HoldersAfterBodies {
  /** A word of a person's name: a capital, then lower case, maybe a hyphenated second part ("Strada-Rozenberga"). */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?");
  /**
   * The title and its "of" or "for" before the body, with the body's first capitalised words between
   * ("head of the OSCE |Baku Office", "Assistant Attorney General for the |Civil Rights Division"): the
   * title's last word is group 2, up to three words before it group 1 (a title of several words).
   */
  private static final Pattern TITLE_OF_BEFORE = Pattern.compile(
      "(?:^|[\\s(])((?:\\p{L}+[ \\t]+){0,3}?)(\\p{L}+)[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?"
          + "(?:\\p{Lu}[\\p{L}.'-]*[ \\t]+(?:(?:of|for)[ \\t]+(?:the[ \\t]+)?)?){0,4}$");
  /** A middle initial of a holder's name ("Rita M. Glavin"). */
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  /** What may follow the holder's name: the end, punctuation, or a lower-case word. */
  private static final Pattern NAME_ENDS = Pattern.compile("^(?:\\s*$|\\s*[.,;:)\\]]|[ \\t]+\\p{Ll})");

  private final Set<String> titles;
  private final Set<String> allTitles;
  private final Predicate<String> isHead;
  private final Predicate<String> isTitleWord;
  private final Predicate<String> isPlace;
  private final Set<String> functionWords;
  private final Set<String> compassWords;

  /**
   * {@code isHead}: a lower-case body's head; {@code isTitleWord}: a word of a person's title or an
   * honorific; {@code isPlace}: a known place's or a state's name; {@code roleTitles}: the lower-case
   * titles of lexicon/roles/titles.tsv; {@code compassWords}: a region's parts ("South"), which end bodies'
   * names, not holders' (lexicon/entities/compass-words.txt).
   */
  HoldersAfterBodies(Predicate<String> isHead, Predicate<String> isTitleWord, Predicate<String> isPlace,
      Set<String> functionWords, Set<String> roleTitles, Set<String> compassWords) {
    this.allTitles = roleTitles;
    this.titles = roleTitles.stream().filter(t -> !t.contains(" ")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.isHead = isHead;
    this.isTitleWord = isTitleWord;
    this.isPlace = isPlace;
    this.functionWords = functionWords;
    this.compassWords = compassWords;
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
    // A middle name or initial makes the holder's name three words ("Grace Chung Becker", "Rita M. Glavin")
    // when the word before it closes the body.
    int nameWords = n >= 4 && (isNameWord(w[n - 3]) || INITIAL.matcher(w[n - 3]).matches()) && closesBody(w[n - 4]) ? 3 : 2;
    if (!closesBody(w[n - nameWords - 1])
        || !NAME_ENDS.matcher(match.substring(o.end(), Math.min(match.length(), o.end() + 3))).find()) {
      return -1;
    }
    int lineStart = match.lastIndexOf('\n', o.start() - 1) + 1;
    Matcher m = TITLE_OF_BEFORE.matcher(match.substring(Math.max(lineStart, o.start() - 200), o.start()));
    if (!m.find() || !endsWithTitle(m.group(1), m.group(2))) {
      return -1;
    }
    String holder = String.join(" ", Arrays.copyOfRange(w, n - nameWords, n));
    return o.start() + name.lastIndexOf(holder);
  }

  /** A body's head, a place or an acronym: a word that ends a body's name. */
  private boolean closesBody(String word) {
    return isHead.test(word.toLowerCase(Locale.ROOT)) || isPlace.test(word)
        || word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
  }

  /**
   * Whether the words before "of"/"for" end in a title: a one-word title ("head", "Dean") or one of
   * several words ending at {@code last} ("Acting Assistant Attorney General", "Special Agent in Charge").
   */
  private boolean endsWithTitle(String before, String last) {
    if (titles.contains(last.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String[] words = (before + last).trim().toLowerCase(Locale.ROOT).split("[ \t]+");
    for (int i = 0; i < words.length - 1; i++) {
      if (allTitles.contains(String.join(" ", Arrays.copyOfRange(words, i, words.length)))) {
        return true;
      }
    }
    return false;
  }

  private boolean isNameWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return NAME_WORD.matcher(word).matches() && !isHead.test(lower) && !isTitleWord.test(word) && !isPlace.test(word)
        && !functionWords.contains(lower) && !compassWords.contains(word);
  }
}
