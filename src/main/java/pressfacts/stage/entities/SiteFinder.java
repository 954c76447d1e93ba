package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  /** Capitalised words that never start a site's name: they start the sentence around it. */
  private static final Set<String> NOT_NAME = Set.of("the", "a", "an", "of", "for", "on", "in", "at", "to", "and",
      "near", "from", "by", "with", "into", "outside", "inside", "behind");

  private final List<List<String>> siteHeads;
  /** The site heads by their last word, longest first as in {@link #siteHeads}: a token is tried only against heads it can end. */
  private final java.util.Map<String, List<List<String>>> siteHeadsByLast = new java.util.HashMap<>();
  private final Set<String> streetHeads;
  private final Set<String> numberedRoads;
  /** Keys of known organizations' forms: a known body is no site ("Family Justice Center"). */
  private final Set<String> knownOrganizations;
  /** A person's title or honorific, as the person finder tells it: see {@link #isTitledName}. */
  private final Predicate<String> isTitleWord;

  SiteFinder(Set<String> knownOrganizations, Predicate<String> isTitleWord) {
    this(knownOrganizations, isTitleWord, LexiconFile.lines(EntityLexicons.LEXICON_DIR + "site-heads.txt"),
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "street-heads.txt"),
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "numbered-road-heads.txt"));
  }

  SiteFinder(Set<String> knownOrganizations, Predicate<String> isTitleWord, List<String> siteHeads, List<String> streetHeads,
      List<String> numberedRoads) {
    this.knownOrganizations = knownOrganizations;
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
    for (Sentence s : layer.sentences()) {
      List<Token> toks = layer.tokensOf(s);
      String[] low = new String[toks.size()]; // each token lower-cased once, not once per head tried
      for (int i = 0; i < low.length; i++) {
        low[i] = lower(toks.get(i));
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

  /** Does the capitalised name continue after token {@code i - 1}? Then the head is inside a longer name ("Park Police"). */
  private static boolean nameGoesOn(List<Token> toks, int next) {
    return next < toks.size() && Character.isUpperCase(toks.get(next).match().charAt(0))
        && Character.isLetter(toks.get(next).match().charAt(0));
  }

  /** The first token of the run of name words that ends right before token {@code head}. */
  private static int nameStart(List<Token> toks, String[] low, int head, int from) {
    int a = head;
    while (a > from && head - a < MAX_NAME_WORDS && NAME_WORD.matcher(toks.get(a - 1).match()).matches()
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
