package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Spans;
import pressfacts.doc.Token;
import pressfacts.text.TitleCaseLines;

/**
 * Organization names in a title-case line: a headline, a breadcrumb, a list of other releases' titles
 * ("Defendant Who Shot Police Officer Sentenced", "Meeting with Delegation from Salerno Bar Association
 * Held at Legal Aid Center"). There every word is capitalised by style, so capitals do not say where a
 * name starts or ends, and a run of them may hold verbs and other words ("Fatal Crash During Police
 * Chase"). Such a candidate keeps the parts of it that the rest of the document writes the same way
 * (ANNOTATION.md: the name as the document gives it): the longest pieces, word for word, that stand
 * in its other lines and hold an org head ("Salerno Bar Association", "Legal Aid Center") or are a
 * known body or an acronym, between words that are no part of a name (function words, words the body
 * writes in lower case: "New", "Held"). A candidate with no such piece whose every word the body writes
 * in lower case ("Defendant Who Shot Police" of "... Police Officer Sentenced") names no body; other
 * candidates with no such piece, a name that is the whole line (a contact block's or a menu's label)
 * and a name after a label's colon are left alone. Immutable.
 */
final class HeadlineNames {
  private final Set<String> functionWords;
  private final Predicate<Token> isHead;
  private final Predicate<String> isKnownBody;

  /**
   * @param functionWords words a title-case line may leave in lower case ("of", "at"), lower case
   * @param isHead        whether a token is an org head ("Association", "Center")
   * @param isKnownBody   whether a text is a form of a known organization ("INTERPOL")
   */
  HeadlineNames(Set<String> functionWords, Predicate<Token> isHead, Predicate<String> isKnownBody) {
    this.functionWords = Set.copyOf(functionWords);
    this.isHead = isHead;
    this.isKnownBody = isKnownBody;
  }

  /** The candidates {@code orgs} (over {@code toks}, in text order), those in title-case lines cut to what the document's other lines attest. */
  List<CharSpan> apply(String match, List<Token> toks, List<CharSpan> orgs) {
    String body = null; // the text with its title-case lines blanked, made only when a candidate needs it
    List<CharSpan> out = new ArrayList<>(orgs.size());
    for (CharSpan org : orgs) {
      int lineStart = match.lastIndexOf('\n', org.start() - 1) + 1;
      int lineEnd = match.indexOf('\n', org.start());
      if (lineEnd < 0) {
        lineEnd = match.length();
      }
      if (lineEnd < org.end() || !TitleCaseLines.isTitleCase(match, lineStart, lineEnd, functionWords)
          || match.substring(lineStart, lineEnd).strip().equals(org.of(match))) {
        out.add(org);
        continue;
      }
      if (body == null) {
        body = blankTitleLines(match);
      }
      if (attested(body, org.of(match))) {
        out.add(org);
        continue;
      }
      List<Token> words = tokensIn(toks, org);
      List<CharSpan> pieces = attestedPieces(match, body, words);
      if (!pieces.isEmpty()) {
        out.addAll(pieces);
      } else if (match.lastIndexOf(':', org.start()) >= lineStart) {
        out.add(org); // after a label's colon ("Prosecutor: ..., Homicide Unit"): the capitals are all there is
      } else if (!allWrittenLowerCase(body, words)) {
        // written only here ("Kroger" in a list of other releases' titles): the capitals are all there
        // is, up to where the headline goes on past the name
        CharSpan named = beforeHeadlineGoesOn(match, body, org, words);
        if (named != null) {
          out.add(named);
        }
      } // else every word of it is a common word the body writes in lower case ("Defendant Who Shot Police")
    }
    return out;
  }

  /**
   * The candidate up to where the headline goes on past a name: before "for" or "to" and a capitalised
   * word that is neither a function word nor an org head, as a headline joins a cause or an aim to the
   * name ("Settlement Reached with Acme for Illegal Dumping of Waste", "District Attorney's Office to
   * Double Size of Gang Unit"). What is before the cut stays when it names a body (a known body, an
   * acronym, two words with an org head) or is one capitalised word that is no head and that the body
   * never writes in lower case ("Acme"); nothing of the candidate stays otherwise ("Prison for Murder
   * Outside ...": the body writes "prison"). "for" after an org head or before "the" goes on inside a
   * name ("Institute for Justice Reform", "U.S. Attorney's Office for the District of ..."), and "to"
   * before a head ("Transferred to Harbor Safety Unit") is left to the pieces; the whole candidate when
   * nothing cuts it. Headline verbs are no cut here: "Issues" is a name's noun too ("European Issues
   * Service").
   */
  private CharSpan beforeHeadlineGoesOn(String match, String body, CharSpan org, List<Token> words) {
    for (int k = 1; k + 1 < words.size(); k++) {
      String w = words.get(k).match();
      String lower = w.toLowerCase(Locale.ROOT);
      boolean link = (lower.equals("to") || lower.equals("for") && !isHead.test(words.get(k - 1)))
          && isNameWord(words.get(k + 1)) && !isHead.test(words.get(k + 1));
      if (!link) {
        continue;
      }
      String before = words.get(0).match();
      CharSpan prefix = new CharSpan(words.get(0).span().start(), words.get(k - 1).span().end());
      boolean one = k == 1 && Character.isUpperCase(before.charAt(0)) && !isHead.test(words.get(0))
          && !functionWords.contains(before.toLowerCase(Locale.ROOT)) && !attested(body, before.toLowerCase(Locale.ROOT));
      return isNameWord(words.get(k - 1)) && (one || namesBody(words, 0, k, prefix.of(match))) ? prefix : null;
    }
    return org;
  }

  /** The longest pieces of a candidate's tokens, left to right and disjoint, that name a body and stand in the body text. */
  private List<CharSpan> attestedPieces(String match, String body, List<Token> words) {
    List<CharSpan> out = new ArrayList<>();
    boolean[] used = new boolean[words.size()];
    for (int len = words.size() - 1; len >= 1; len--) {
      for (int i = 0; i + len <= words.size(); i++) {
        if (anyUsed(used, i, i + len)) {
          continue;
        }
        CharSpan piece = new CharSpan(words.get(i).span().start(), words.get(i + len - 1).span().end());
        String text = piece.of(match);
        if (isNameWord(words.get(i)) && isNameWord(words.get(i + len - 1)) && namesBody(words, i, i + len, text)
            && attested(body, text) && endsName(body, words, i - 1, -1) && endsName(body, words, i + len, 1)) {
          out.add(piece);
          Arrays.fill(used, i, i + len, true);
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** Does the body write every word of the candidate, function words aside, in lower case ("defendant", "who", "police")? */
  private boolean allWrittenLowerCase(String body, List<Token> words) {
    boolean any = false;
    for (Token t : words) {
      String w = t.match();
      String lower = w.toLowerCase(Locale.ROOT);
      if (functionWords.contains(lower) || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (lower.equals(w) || !attested(body, lower)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** A word that may open or close a name: a capitalised word that is no function word. */
  private boolean isNameWord(Token t) {
    String w = t.match();
    return Character.isUpperCase(w.charAt(0)) && !functionWords.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * Does the name end next to a piece, going from index {@code from} in direction {@code step}? Yes at
   * the candidate's edge; else the nearest word past any function words must be no part of a name: a
   * capitalised word that is no org head and that the body writes in lower case, and capitalised only at a
   * sentence's start ("New" of "New Workplace Justice Unit", "Held" of "Held at Legal Aid Center").
   * "Arlington" before an attested "Police Department", "Service of the" before an attested "Ministry of
   * Justice", "Criminal" before "District Attorney's Office" are parts of the name.
   */
  private boolean endsName(String body, List<Token> words, int from, int step) {
    int k = from;
    while (k >= 0 && k < words.size() && functionWords.contains(words.get(k).match().toLowerCase(Locale.ROOT))) {
      k += step;
    }
    if (k < 0 || k >= words.size()) {
      return k == from; // at the edge itself; function words alone at the edge join nothing
    }
    Token t = words.get(k);
    String w = t.match();
    String lower = w.toLowerCase(Locale.ROOT);
    return !lower.equals(w) && !isHead.test(t) && attested(body, lower) && !capitalisedInSentence(body, w);
  }

  /**
   * Does the body write this capitalised word inside a sentence, not only at its start ("Criminal" of
   * "Dallas County Criminal District Attorney John Creuzot", "Vehicular" of "the Vehicular Crimes Unit")?
   * Then it is a name's word, even if the body also writes it in lower case.
   */
  private static boolean capitalisedInSentence(String body, String word) {
    for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
      int end = at + word.length();
      if (at > 0 && Character.isLetterOrDigit(body.charAt(at - 1))
          || end < body.length() && Character.isLetterOrDigit(body.charAt(end))) {
        continue; // part of a longer word
      }
      int k = at - 1;
      while (k >= 0 && body.charAt(k) == ' ') {
        k--;
      }
      if (k >= 0 && ".!?\n:\"“".indexOf(body.charAt(k)) < 0) {
        return true;
      }
    }
    return false;
  }

  /** A piece names a body: a known body or an acronym, or two words at least with an org head among them. */
  private boolean namesBody(List<Token> words, int from, int to, String text) {
    if (isKnownBody.test(text) || to - from == 1 && OrganizationFinder.UPPER_WORD.matcher(text).matches()) {
      return true;
    }
    if (to - from < 2 || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (isHead.test(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyUsed(boolean[] used, int from, int to) {
    for (int k = from; k < to; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  /** Does {@code text} stand in {@code body} as whole words? (Also asked by {@link SchoolNames} of a sentence's first word.) */
  static boolean attested(String body, String text) {
    for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
      int end = at + text.length();
      if ((at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1)))
          && (end == body.length() || !Character.isLetterOrDigit(body.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The text with every title-case line replaced by spaces (offsets kept). */
  private String blankTitleLines(String match) {
    StringBuilder sb = new StringBuilder(match);
    int start = 0;
    while (start <= match.length()) {
      int end = match.indexOf('\n', start);
      if (end < 0) {
        end = match.length();
      }
      if (TitleCaseLines.isTitleCase(match, start, end, functionWords)) {
        for (int k = start; k < end; k++) {
          sb.setCharAt(k, ' ');
        }
      }
      start = end + 1;
    }
    return sb.toString();
  }

  /** The tokens inside {@code span}. */
  private static List<Token> tokensIn(List<Token> toks, CharSpan span) {
    List<Token> out = new ArrayList<>();
    int first = Spans.firstStartingAt(toks, Token::span, span.start());
    for (int i = first; i < toks.size() && toks.get(i).span().end() <= span.end(); i++) {
      out.add(toks.get(i));
    }
    return out;
  }
}
