package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * "the Kane County State's Attorney's office", "the York County DA's office": a county, the title of the
 * officer who heads its office (lexicon/entities/county-office-titles.txt), the title's possessive and a
 * lower-case "office" are the office's name written whole, one ORGANIZATION mention, as real/dev gold
 * labels "York County DA's office" and as "Kane County State's Attorney's Office" with a capital already
 * is (3b3629d). The finders read only capitalised words, so the lower-case head was lost and what was
 * left named a wrong body ("Kane County State", "York County DA") or only the county. Only where some
 * mention already stands on the county's words, none reaches outside the name, and "office" is singular
 * and ends the phrase ("the X, Y and Z County District Attorney's offices" is a list, no name). Immutable.
 */
final class WrittenCountyOffices {
  private final Pattern phrase;

  WrittenCountyOffices(List<String> titles) {
    String alternation = titles.stream().map(String::trim).filter(t -> !t.isEmpty())
        .sorted((x, y) -> y.length() - x.length())
        .map(t -> Pattern.quote(t).replace("'", "\\E['\u2019]\\Q").replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    // one to three capitalised words of the county's name, "County", the title, its possessive, "office"
    this.phrase = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}.\\-]*\\s+){1,3}County\\s+(?:" + alternation
        + ")['\u2019]s\\s+office(?![\\p{L}\\p{N}\\-])");
  }

  /** The mentions with each county office written whole as one ORGANIZATION; the same list when none is. */
  List<Mention> apply(String text, List<Mention> mentions) {
    Matcher m = phrase.matcher(text);
    List<Mention> out = mentions;
    while (m.find()) {
      int from = startOfName(text, m.start(), m.end());
      int county = text.indexOf("County", m.start());
      if (from < 0) {
        continue;
      }
      // the name starts where the first mention on it does (a word the finders left out before it is no
      // name word); no mention may reach outside it
      int nameStart = Integer.MAX_VALUE;
      boolean crossing = false;
      for (Mention x : out) {
        if (x.span().start() < m.end() && x.span().end() > from) {
          nameStart = Math.min(nameStart, x.span().start());
          crossing |= x.span().start() < from || x.span().end() > m.end();
        }
      }
      if (crossing || nameStart >= county) {
        continue;
      }
      CharSpan name = new CharSpan(nameStart, m.end());
      List<Mention> next = new ArrayList<>(out.stream().filter(x -> !x.span().overlaps(name)).toList());
      next.add(Mention.of(text, name, EntityType.ORGANIZATION));
      next.sort(Comparator.comparingInt(x -> x.span().start())); // no kept mention shares the name's start
      out = next;
    }
    return out;
  }

  /**
   * Where the county's name starts inside the matched run: the words before "County" that a sentence's
   * function word opens ("The", "In") or a title's abbreviation ends are not the county's; -1 when no
   * name word is left.
   */
  private static int startOfName(String text, int start, int end) {
    int county = text.indexOf("County", start);
    int s = start;
    while (s < county) {
      int wordEnd = s;
      while (wordEnd < county && !Character.isWhitespace(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String word = text.substring(s, wordEnd);
      if (!FUNCTION_OPENERS.contains(word)) {
        return s;
      }
      while (wordEnd < county && Character.isWhitespace(text.charAt(wordEnd))) {
        wordEnd++;
      }
      s = wordEnd;
    }
    return -1;
  }

  /** Capitalised words that open a sentence or a headline, never a county's name. */
  private static final java.util.Set<String> FUNCTION_OPENERS = java.util.Set.of("The", "A", "In", "At", "By", "For",
      "From", "To", "With", "And", "Of", "On", "Our", "His", "Her", "Their", "Former", "Then", "Both", "As");
}
