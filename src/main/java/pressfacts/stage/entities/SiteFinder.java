package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Sentence;
import pressfacts.doc.Token;
import pressfacts.doc.TokenLayer;
import pressfacts.text.LexiconFile;

/**
 * Buildings, sites and street addresses, which the Conventions make LOCATION: a run of capitalised
 * words that ends in a site head ("Frank Crowley Courts Building", "Talbert Nature Preserve", "Hall of
 * Justice"), a street with its house number ("350 Jay Street", "133 N. Riverfront Blvd.") and a
 * numbered road ("82995 Highway 111"). The heads are data (lexicon/entities/site-heads.txt,
 * street-heads.txt, numbered-road-heads.txt). Without this, the tagger reads the name before a head as
 * a person ("Frank Crowley", "W. Broadway") and the org finder reads "Justice Center" as a body.
 */
final class SiteFinder {
  /** The longest run of name words before a head: longer runs are headlines, not names. */
  private static final int MAX_NAME_WORDS = 6;
  /** A name word: capitalised ("Crowley", "O'Neill"), an initial or direction ("M.", "N."), an ordinal ("87th"). */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*\\.?|\\d+(?:st|nd|rd|th)");
  /** A house number. */
  private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
  /** A compass point's initial before a street's name ("400 S. Ervay"). */
  private static final Set<String> COMPASS_INITIAL = Set.of("N.", "S.", "E.", "W.");
  /** A street's name after a compass initial: one capitalised word of letters. */
  private static final Pattern STREET_NAME = Pattern.compile("\\p{Lu}\\p{L}+");
  /** Generational suffixes as the splitter leaves them before a sentence's period (generational-suffixes.txt). */
  private static final Set<String> SUFFIXES = Set.of("Jr", "Sr");
  /** Capitalised words that never start a site's name: they start the sentence around it. */
  private static final Set<String> NOT_NAME = Set.of("the", "a", "an", "of", "for", "on", "in", "at", "to", "and",
      "near", "from", "by", "with", "into", "outside", "inside", "behind");

  private final List<List<String>> siteHeads;
  /** The site heads by their last word, longest first as in {@link #siteHeads}: a token is tried only against heads it can end. */
  private final Map<String, List<List<String>>> siteHeadsByLast = new HashMap<>();
  private final Set<String> streetHeads;
  private final Set<String> numberedRoads;
  /** Words that say only whose a site is ("State", "County"): lexicon/entities/site-generic-words.txt. */
  private final Set<String> genericWords = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "site-generic-words.txt"));
  /** Keys of known organizations' forms: a known body is no site ("Family Justice Center"). */
  private final Set<String> knownOrganizations;
  /** A person's title or honorific, as the person finder tells it: see {@link #isTitledName}. */
  private final Predicate<String> isTitleWord;
  /** Lower-case words that join a name's parts ("for", "in", "and"): see {@link #splitAfterSuffix}. */
  private final Set<String> functionWords;

  SiteFinder(Set<String> knownOrganizations, Predicate<String> isTitleWord, Set<String> functionWords) {
    this(knownOrganizations, isTitleWord, functionWords, LexiconFile.lines(EntityLexicons.LEXICON_DIR + "site-heads.txt"),
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "street-heads.txt"),
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "numbered-road-heads.txt"));
  }

  SiteFinder(Set<String> knownOrganizations, Predicate<String> isTitleWord, Set<String> functionWords,
      List<String> siteHeads, List<String> streetHeads, List<String> numberedRoads) {
    this.knownOrganizations = knownOrganizations;
    this.functionWords = functionWords;
    this.isTitleWord = isTitleWord;
    List<List<String>> heads = new ArrayList<>();
    for (String h : siteHeads) {
      heads.add(List.of(h.toLowerCase(Locale.ROOT).split("\\s+")));
    }
    // longest first, so "hall of justice" is tried before a one-word head it might end with
    heads.sort((x, y) -> Integer.compare(y.size(), x.size()));
    this.siteHeads = List.copyOf(heads);
    for (List<String> h : this.siteHeads) {
      siteHeadsByLast.computeIfAbsent(h.get(h.size() - 1), k -> new ArrayList<>()).add(h);
    }
    this.streetHeads = Set.copyOf(streetHeads.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    this.numberedRoads = Set.copyOf(numberedRoads.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
  }

  /** Site and address spans of one document, disjoint and in text order. */
  List<CharSpan> find(String text, TokenLayer layer) {
    List<CharSpan> out = new ArrayList<>();
    List<Sentence> sentences = layer.sentences();
    for (int k = 0; k < sentences.size(); k++) {
      int first = sentences.get(k).firstToken();
      while (k + 1 < sentences.size() && splitAfterSuffix(text, layer, sentences.get(k), sentences.get(k + 1))) {
        k++;
      }
      List<Token> toks = layer.tokens().subList(first, sentences.get(k).endToken());
      String[] low = new String[toks.size()]; // each token lower-cased once, not once per head tried
      for (int i = 0; i < low.length; i++) {
        low[i] = lower(toks.get(i));
      }
      CharSpan line = addressLine(text, toks);
      if (line != null) {
        out.add(line);
        continue;
      }
      int taken = 0; // spans of one sentence never overlap: the next one starts after the last
      for (int i = 0; i < toks.size(); i++) {
        CharSpan span = siteEndingAt(toks, low, i, taken);
        if (span != null && knownOrganizations.contains(MentionGrouper.key(span.of(text)))) {
          span = null;
        }
        if (span != null) {
          out.add(span);
          taken = endIndex(toks, span) + 1;
          i = taken - 1;
        }
      }
    }
    return out;
  }

  /**
   * "1200 Martin Luther King Jr. Drive": the sentence splitter ends a sentence after a generational
   * suffix's period ("Jr" "."), so a street named after a person is cut before its head and the
   * person's name was left alone. The two pieces are read as one when the second opens with a
   * capitalised street head (street-heads.txt) written right after the suffix and one space, the head
   * ends no longer name and no lower-case word other than a function word follows it; a site head
   * ("Park") may open a true sentence and does not join.
   */
  private boolean splitAfterSuffix(String text, TokenLayer layer, Sentence before, Sentence after) {
    int n = before.endToken();
    if (n - before.firstToken() < 3 || after.endToken() - after.firstToken() < 1) {
      return false;
    }
    Token dot = layer.tokens().get(n - 1);
    Token suffix = layer.tokens().get(n - 2);
    Token head = layer.tokens().get(after.firstToken());
    if (!dot.match().equals(".") || dot.span().start() != suffix.span().end() || !isSuffix(suffix.match())
        || head.span().start() != dot.span().end() + 1 || text.charAt(dot.span().end()) != ' '
        || !isCapitalised(head)) {
      return false;
    }
    String w = lower(head);
    String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    if (!streetHeads.contains(bare) || bare.equals("broadway") || nameGoesOn(layer.tokens(), after.firstToken() + 1)) {
      return false;
    }
    // "Road crews arrived", "Drive safely": a new sentence goes on with a lower-case content word;
    // a street named with a suffix goes on with punctuation or a function word ("Drive for hours")
    if (after.endToken() - after.firstToken() < 2) {
      return true;
    }
    String next = layer.tokens().get(after.firstToken() + 1).match();
    return !Character.isLowerCase(next.charAt(0)) || functionWords.contains(next);
  }

  /** A generational suffix written without its period, as the splitter leaves it before a sentence end. */
  private static boolean isSuffix(String w) {
    return SUFFIXES.contains(w);
  }

  /**
   * "400 S. Ervay" on a line of its own: a house number, a compass initial and one capitalised word
   * is a street address written without its head (ANNOTATION.md: "330 W. Broadway" is a LOCATION),
   * as an incident list or a contact block writes it; the tagger read the initial and the name as a
   * person. Only a whole line of exactly these three tokens, so a number before a person's initial
   * inside a sentence is never read.
   */
  private static CharSpan addressLine(String text, List<Token> toks) {
    if (toks.size() != 3 || !NUMBER.matcher(toks.get(0).match()).matches()
        || !COMPASS_INITIAL.contains(toks.get(1).match()) || !STREET_NAME.matcher(toks.get(2).match()).matches()) {
      return null;
    }
    int start = toks.get(0).span().start();
    int end = toks.get(2).span().end();
    boolean wholeLine = (start == 0 || text.charAt(start - 1) == '\n') && (end == text.length() || text.charAt(end) == '\n');
    return wholeLine ? new CharSpan(start, end) : null;
  }

  /** A site whose head ends at token {@code i} (a numbered road: whose number is token {@code i}), or null. */
  private CharSpan siteEndingAt(List<Token> toks, String[] low, int i, int from) {
    String w = low[i];
    if (NUMBER.matcher(toks.get(i).match()).matches() && i > from && numberedRoads.contains(low[i - 1])
        && isCapitalised(toks.get(i - 1))) {
      int a = i - 1;
      if (a > from && NUMBER.matcher(toks.get(a - 1).match()).matches()) {
        a--;
      }
      return new CharSpan(toks.get(a).span().start(), toks.get(i).span().end());
    }
    if (!isCapitalised(toks.get(i)) || nameGoesOn(toks, i + 1)) {
      return null;
    }
    String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    if (streetHeads.contains(bare)) {
      int end = i;
      if (!w.endsWith(".") && i + 1 < toks.size() && toks.get(i + 1).match().equals(".")
          && toks.get(i + 1).span().start() == toks.get(i).span().end() && bare.length() <= 4) {
        end = i + 1; // "Blvd" "." written together: the abbreviation keeps its period
      }
      int a = nameStart(toks, low, i, from);
      if (a == i && !bare.equals("broadway")) {
        return null; // a bare "Street" names nothing
      }
      if (isTitledName(toks, i, from)) {
        return null;
      }
      if (a > from && NUMBER.matcher(toks.get(a - 1).match()).matches()) {
        a--;
      }
      return new CharSpan(toks.get(a).span().start(), toks.get(end).span().end());
    }
    for (List<String> head : siteHeadsByLast.getOrDefault(w, List.of())) {
      int first = i - head.size() + 1;
      if (first < from || !endsWith(toks, low, i, head)) {
        continue;
      }
      int a = nameStart(toks, low, first, from);
      if (a == first && head.size() == 1) {
        return null; // a bare "Park" or "Prison" names no site
      }
      if (head.size() == 1 && onlyGenericWords(low, a, first)) {
        return null; // "State Prison", "County Jail": whose site, not which
      }
      if (head.size() == 1 && isTitledName(toks, first, from)) {
        return null;
      }
      return new CharSpan(toks.get(a).span().start(), toks.get(i).span().end());
    }
    return null;
  }

  /**
   * "Deputy District Attorney Nina Park", "Special Agent Will Street": after a title word and one
   * capitalised word (the given name), a one-word head is the surname, not a site, and the title is
   * no part of a place's name (ANNOTATION.md: titles are outside the PERSON span).
   */
  private boolean isTitledName(List<Token> toks, int head, int from) {
    return head - 2 >= from && isTitleWord.test(toks.get(head - 2).match())
        && !isTitleWord.test(toks.get(head - 1).match())
        && isCapitalised(toks.get(head - 1)) && Character.isLetter(toks.get(head - 1).match().charAt(0));
  }

  /** Are the name words [a, end) all words that say only whose a site is (site-generic-words.txt)? */
  private boolean onlyGenericWords(String[] low, int a, int end) {
    for (int k = a; k < end; k++) {
      if (!genericWords.contains(low[k])) {
        return false;
      }
    }
    return true;
  }

  /** Does the capitalised name continue after token {@code i - 1}? Then the head is inside a longer name ("Park Police"). */
  private static boolean nameGoesOn(List<Token> toks, int next) {
    return next < toks.size() && Character.isUpperCase(toks.get(next).match().charAt(0))
        && Character.isLetter(toks.get(next).match().charAt(0));
  }

  /** The first token of the run of name words that ends right before token {@code head}. */
  private static int nameStart(List<Token> toks, String[] low, int head, int from) {
    int a = head;
    int skipped = 0; // the suffix, its period and a comma are no name words
    if (a - 2 > from && toks.get(a - 1).match().equals(".") && isSuffix(toks.get(a - 2).match())
        && toks.get(a - 1).span().start() == toks.get(a - 2).span().end()) {
      a -= 2; // "King Jr" "." before the head: the suffix split off its period (see splitAfterSuffix)
      skipped = 2;
      if (a - 1 > from && toks.get(a - 1).match().equals(",")) {
        a--; // "Martin Luther King, Jr. Drive"
        skipped++;
      }
      if (a <= from || !NAME_WORD.matcher(toks.get(a - 1).match()).matches() || NOT_NAME.contains(low[a - 1])) {
        return head; // a suffix after no name names nothing
      }
    }
    while (a > from && head - a - skipped < MAX_NAME_WORDS && NAME_WORD.matcher(toks.get(a - 1).match()).matches()
        && !NOT_NAME.contains(low[a - 1])) {
      a--;
    }
    return a;
  }

  private static boolean endsWith(List<Token> toks, String[] low, int last, List<String> head) {
    int first = last - head.size() + 1;
    for (int k = 0; k < head.size(); k++) {
      if (!low[first + k].equals(head.get(k))) {
        return false;
      }
    }
    return isCapitalised(toks.get(first));
  }

  private static int endIndex(List<Token> toks, CharSpan span) {
    int i = 0;
    while (i < toks.size() && toks.get(i).span().end() < span.end()) {
      i++;
    }
    return i;
  }

  private static boolean isCapitalised(Token t) {
    return Character.isUpperCase(t.match().charAt(0));
  }

  private static String lower(Token t) {
    return t.match().toLowerCase(Locale.ROOT);
  }
}
