package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Sentence;
import pressfacts.doc.Token;
import pressfacts.doc.TokenLayer;
import pressfacts.text.LexiconFile;

/**
 * "the Dean of the Faculty of Law of the University of Ruritania Marta Olsen", "Acting Assistant
 * Attorney General for the Civil Rights Division Loretta King": after a title's "of"/"for" and the
 * body's name, two capitalised words right after the word that closes the name (its head, a place,
 * an acronym) and before the phrase ends are the title's holder, a person (issue 16: a person's name
 * is a stop word of an organization's name; ANNOTATION.md: the PERSON span is the name alone). The
 * tagger often runs such a name into the body when it has no surname ending to go by; read as a
 * person here, the organization finder then ends the body before it.
 */
final class HoldersAfterBodies {
  /** Words that link the parts of a body's name between the title and the holder. */
  private static final Set<String> NAME_LINKS = Set.of("of", "for", "the");
  /** The title's link to the body: "Dean of the ...", "Attorney General for the ...". */
  private static final Set<String> TITLE_LINKS = Set.of("of", "for");

  /** The roles' title list: its titles' last words ("dean", "general" of "attorney general") are title words here too. */
  static final String ROLE_TITLES = "/pressfacts/lexicon/roles/titles.tsv";

  private final EntityLexicons lex;
  /** Last words of titles, lower case: the entity lexicon's title words and the roles' titles. */
  private final Set<String> titleWords;

  HoldersAfterBodies(EntityLexicons lex) {
    this.lex = lex;
    Set<String> words = new HashSet<>(lex.titleWords());
    for (String[] row : LexiconFile.rows(ROLE_TITLES, 1, 2)) {
      String title = row[0].trim().toLowerCase(Locale.ROOT);
      words.add(title.substring(title.lastIndexOf(' ') + 1));
    }
    this.titleWords = Set.copyOf(words);
  }

  /** Spans of the holders' names the person finder did not find, in text order. */
  List<CharSpan> find(TokenLayer layer, List<Mention> tagged, List<CharSpan> persons) {
    Coverage found = Coverage.of(persons);
    Coverage places = Coverage.of(tagged.stream().filter(m -> m.type() == EntityType.LOCATION).map(Mention::span).toList());
    List<CharSpan> out = new ArrayList<>();
    for (Sentence s : layer.sentences()) {
      List<Token> toks = layer.tokensOf(s);
      for (int first = 1; first + 1 < toks.size(); first++) {
        int firstEnd = hyphenatedEnd(toks, first);
        int last = firstEnd + 1;
        if (last >= toks.size()) {
          break;
        }
        int lastEnd = hyphenatedEnd(toks, last);
        boolean phraseEnds = lastEnd + 1 == toks.size() || !startsUpper(toks.get(lastEnd + 1));
        CharSpan name = new CharSpan(toks.get(first).span().start(), toks.get(lastEnd).span().end());
        if (phraseEnds && isNameWord(toks, first, firstEnd) && isNameWord(toks, last, lastEnd)
            && closesName(toks.get(first - 1), places) && afterTitle(toks, first - 1)
            && !found.overlaps(name) && !places.overlaps(name)) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /**
   * The last token of the word that starts at {@code i}: a hyphenated name ("Strada-Rozenberga") is
   * tokenized as its parts and the hyphen, written without spaces.
   */
  private static int hyphenatedEnd(List<Token> toks, int i) {
    int end = i;
    while (end + 2 < toks.size() && toks.get(end + 1).match().equals("-")
        && toks.get(end).span().end() == toks.get(end + 1).span().start()
        && toks.get(end + 1).span().end() == toks.get(end + 2).span().start()) {
      end += 2;
    }
    return end;
  }

  /** Tokens [from, to] make one word of a person's name: each part capitalised, not in capitals, letters only, no word of a name's frame. */
  private boolean isNameWord(List<Token> toks, int from, int to) {
    for (int i = from; i <= to; i += 2) {
      if (!isNamePart(toks.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean isNamePart(Token t) {
    String w = t.match();
    String lower = w.toLowerCase(Locale.ROOT);
    return startsUpper(t) && !w.equals(w.toUpperCase(Locale.ROOT)) && w.matches("\\p{L}+(?:-\\p{L}+)*")
        && !lex.isOrgHead(lower) && !isTitleWord(lower) && !lex.knownPlaces().contains(w)
        && !lex.common().functionWords().contains(lower) && !lex.honorificGender().containsKey(w)
        && !lex.nameStops().contains(lower);
  }

  /** A word that ends a body's name: its head, a place, an acronym ("... of the EU"). */
  private boolean closesName(Token t, Coverage places) {
    String w = t.match();
    boolean acronym = w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    return acronym || lex.isOrgHead(w.toLowerCase(Locale.ROOT)) || lex.knownPlaces().contains(w) || places.overlaps(t.span());
  }

  /** Does a title's "of"/"for" open the name that ends at {@code close}? */
  private boolean afterTitle(List<Token> toks, int close) {
    int j = close;
    while (j > 0 && (startsUpper(toks.get(j - 1)) || NAME_LINKS.contains(toks.get(j - 1).match().toLowerCase(Locale.ROOT)))) {
      j--;
    }
    for (int k = Math.max(0, j - 1); k < close; k++) {
      if (isTitleWord(toks.get(k).match().toLowerCase(Locale.ROOT))
          && TITLE_LINKS.contains(toks.get(k + 1).match().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean isTitleWord(String lower) {
    return titleWords.contains(lower) || (lower.endsWith("s") && titleWords.contains(lower.substring(0, lower.length() - 1)));
  }

  private static boolean startsUpper(Token t) {
    return !t.match().isEmpty() && Character.isUpperCase(t.match().charAt(0));
  }
}
