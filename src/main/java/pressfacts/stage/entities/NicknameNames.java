package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;

/**
 * Names with a nickname written inside them: 'John S. "Jay" Darden', "Enrique 'Kiki' Camarena",
 * "John S. (Jay) Darden". The tagger cuts such a name at the quote ('John S. "Jay' and "Darden", or
 * "Kiki' Camarena" without the given name); the name is one span from the given name to the surname,
 * the nickname inside (ANNOTATION.md, PERSON: the span is the name, all of it; one person, one entity).
 * Works on the matching form of the text (quotes folded to ASCII, same offsets).
 */
final class NicknameNames {
  /** A capitalised nickname in double or single quotes or brackets, with a space on each side. */
  private static final Pattern NICKNAME = Pattern.compile(
      "[ \\t](?:\"\\p{Lu}[\\p{L}.-]*\"|'\\p{Lu}[\\p{L}.-]*'|\\(\\p{Lu}[\\p{L}.-]*\\))[ \\t]");
  /** The surname after the nickname: a capitalised word ("Darden", "O'Neil", "Smith-Jones"). */
  private static final Pattern SURNAME = Pattern.compile("\\p{Lu}[\\p{L}'-]*\\p{L}");
  /** A word of the name before the nickname: a capitalised word or an initial ("John", "S."), no sentence's end. */
  private static final Pattern GIVEN = Pattern.compile("\\p{Lu}\\.?|\\p{Lu}[\\p{L}'-]*\\p{L}");
  /** At most this many words before the nickname: given name, middle name, initial. */
  private static final int MAX_GIVEN_WORDS = 3;

  private NicknameNames() {
  }

  /**
   * The person spans with each name around a nickname made one span, when some person span already
   * overlaps it (the tagger saw a person there); the spans it covers give way to it. {@code isTitle}
   * tells a title or honorific word, which ends the given names ("Agent Enrique 'Kiki' Camarena").
   */
  static List<CharSpan> joined(String match, List<CharSpan> people, Predicate<String> isTitle) {
    List<CharSpan> out = people;
    Matcher n = NICKNAME.matcher(match);
    while (n.find()) {
      CharSpan whole = around(match, n.start(), n.end(), isTitle);
      if (whole == null || out.stream().noneMatch(p -> p.overlaps(whole))) {
        continue;
      }
      // a person span that runs past the name on either side is some other reading: leave it alone
      if (out.stream().anyMatch(p -> p.overlaps(whole) && !whole.contains(p))) {
        continue;
      }
      List<CharSpan> next = new ArrayList<>(out.size());
      for (CharSpan p : out) {
        if (!p.overlaps(whole)) {
          next.add(p);
        }
      }
      next.add(whole);
      out = next;
    }
    return out;
  }

  /** The name from its first given word to the surname around the nickname at [from, to), or null. */
  private static CharSpan around(String match, int from, int to, Predicate<String> isTitle) {
    Matcher s = SURNAME.matcher(match).region(to, match.length());
    if (!s.lookingAt() || isTitle.test(s.group())) {
      return null;
    }
    int end = s.end();
    if (end < match.length() && Character.isLetterOrDigit(match.charAt(end))) {
      return null;
    }
    int start = from;
    for (int words = 0; words < MAX_GIVEN_WORDS; words++) {
      int wordStart = start;
      while (wordStart > 0 && !Character.isWhitespace(match.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = match.substring(wordStart, start);
      if (!GIVEN.matcher(word).matches() || isTitle.test(word.replace(".", ""))) {
        break;
      }
      start = wordStart;
      if (start == 0 || (match.charAt(start - 1) != ' ' && match.charAt(start - 1) != '\t')) {
        break; // a name stays on its line
      }
      start--; // past the space, to the end of the word before
    }
    if (start == from) {
      return null; // no given name: a quoted word after a title is no name's nickname
    }
    if (match.charAt(start) == ' ' || match.charAt(start) == '\t') {
      start++;
    }
    return new CharSpan(start, end);
  }
}
