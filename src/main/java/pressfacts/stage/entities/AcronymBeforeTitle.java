package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;

/**
 * A body named by its acronym alone right before a person's title ("SDPD Officer James Romero",
 * "Drug Trafficking Area (HIDTA) Director Lance Sumpter"): in "ACRONYM TITLE PERSON" the acronym says
 * where the person holds the post, so it names an organization even when no lexicon knows it and the
 * tagger missed it, provided the text spells it out ({@link #namedAsBody}). Only a word of three or more
 * capitals counts (two-letter forms are titles or states as often: "DA", "US"), only before a title word
 * in title case that a PERSON candidate follows, and only where no other candidate stands; a word of a
 * capitals run (a headline, a dateline "SANTA ANA Deputy ...") is none, nor a title abbreviation ("ADA"),
 * a post-nominal or a known place.
 */
final class AcronymBeforeTitle {
  /** Line space: blanks, or one line break (a title and its name wrapped in a PDF's text). */
  private static final String GAP = "(?:[ \\t]+|[ \\t]*\\R[ \\t]*)";
  /** The acronym (group 2), maybe in parentheses (groups 1 and 3), and the gap after it. */
  private static final Pattern ACRONYM = Pattern.compile(
      "(?<![\\p{L}\\p{N}.'\u2019&/-])(\\(?)(\\p{Lu}{3,}(?:-\\p{Lu}{2,})?)(\\)?)(?![\\p{L}\\p{N}.'\u2019&/-])" + GAP);
  /** One word of a title in title case ("Global", "Officer", "Vice-Chair") and the gap after it. */
  private static final Pattern TITLE_CASE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*" + GAP);
  /** How many title-case words may stand between the acronym and the person: "Deputy Unit Chief". */
  private static final int MAX_TITLE_WORDS = 3;
  /** The longest acronym that the entity grouping joins to the name it abbreviates. */
  private static final int MAX_INITIALS = 6;
  /** A word of capitals (with a period or hyphen) ending right before the acronym: the acronym is in a capitals run. */
  private static final Pattern CAPITALS_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}.'\u2019-]+[ \\t]+\\(?$");

  /** Two capitalised words ending right before an opening parenthesis: the name an acronym in it abbreviates. */
  private static final Pattern NAME_BEFORE_BRACKET = Pattern.compile("\\p{Lu}[\\p{L}-]*\\s+\\p{Lu}[\\p{L}-]*\\s*\\($");

  private final EntityLexicons lex;

  AcronymBeforeTitle(EntityLexicons lex) {
    this.lex = lex;
  }

  /**
   * The acronyms before titles in {@code match} that start no candidate of {@code taken} (the
   * organization, person and place candidates), each followed by a title and a candidate of {@code persons},
   * and each a body's name by {@link #namedAsBody} ({@code orgs}: the organization candidates).
   */
  List<CharSpan> find(String match, List<CharSpan> orgs, List<CharSpan> persons, Coverage taken) {
    List<CharSpan> out = new ArrayList<>();
    Matcher m = ACRONYM.matcher(match);
    while (m.find()) {
      if (m.group(1).isEmpty() != m.group(3).isEmpty()) {
        continue; // one parenthesis only: the acronym ends or opens something else
      }
      CharSpan span = new CharSpan(m.start(2), m.end(2));
      if (taken.overlaps(span) || excluded(m.group(2))
          || CAPITALS_BEFORE.matcher(match).region(Math.max(0, m.start() - 40), m.start(2)).find()
          || !titleThenPerson(match, m.end(), persons) || !namedAsBody(match, m, orgs)) {
        continue;
      }
      out.add(span);
    }
    return out;
  }

  /** Do up to {@link #MAX_TITLE_WORDS} title-case words from {@code at} end in a title word that a person follows? */
  private boolean titleThenPerson(String match, int at, List<CharSpan> persons) {
    Matcher w = TITLE_CASE_WORD.matcher(match);
    for (int k = 0; k < MAX_TITLE_WORDS && w.region(at, match.length()).lookingAt(); k++) {
      String word = match.substring(at, w.end()).strip().toLowerCase(Locale.ROOT);
      at = w.end();
      if (lex.titleWords().contains(word) && personAt(persons, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Does the text write the acronym as a body's name elsewhere too: in parentheses after a name ("Drug
   * Trafficking Area (HIDTA)", this use), as the initials of an organization candidate ("San Diego Police
   * Department", "SDPD"), or a second time? An acronym written once and nowhere spelled out before a title
   * is as often a subject or a case type ("DUI Investigator A").
   */
  private static boolean namedAsBody(String match, Matcher acronymAt, List<CharSpan> orgs) {
    String acronym = acronymAt.group(2);
    if (!acronymAt.group(1).isEmpty() && NAME_BEFORE_BRACKET.matcher(match).region(Math.max(0, acronymAt.start() - 40), acronymAt.start(2)).find()) {
      return true;
    }
    if (acronym.length() > MAX_INITIALS || acronym.contains("-")) {
      return false; // longer or hyphenated forms would not join the spelled-out name's entity (MentionGrouper)
    }
    for (CharSpan o : orgs) {
      if (acronym.equals(initials(match.substring(o.start(), o.end())))) {
        return true;
      }
    }
    return false;
  }

  /** The capitals that open the capitalised words of a name, "of" and "the" left out: "SDPD" of "San Diego Police Department". */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static boolean wholeWord(String match, int at, int length) {
    return (at == 0 || !Character.isLetterOrDigit(match.charAt(at - 1)))
        && (at + length == match.length() || !Character.isLetterOrDigit(match.charAt(at + length)));
  }

  boolean excluded(String acronym) {
    return TitleAbbreviations.contains(acronym) || NameSuffixes.isPostNominal(acronym) || lex.knownPlaces().contains(acronym)
        || lex.titleWords().contains(acronym.toLowerCase(Locale.ROOT));
  }

  private static boolean personAt(List<CharSpan> persons, int start) {
    for (CharSpan p : persons) {
      if (p.start() == start) {
        return true;
      }
    }
    return false;
  }
}
