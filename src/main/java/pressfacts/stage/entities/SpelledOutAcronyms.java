package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;

/**
 * An acronym written alone that is the initials of an organization candidate of the same text ("the
 * Coppell Police Department ... If so, CPD has been asked", "At CVPD, I was"): ANNOTATION.md, an acronym
 * is a mention of the entity it abbreviates, and the grouping joins it to the spelled-out name's entity.
 * Before, an acronym counted only when defined in parentheses right after the name (DefinedShortNames)
 * or written before a title and a person ({@link AcronymBeforeTitle}, whose evidence this reuses); one
 * written anywhere else was left out. The name must be spelled out by a candidate, so no name is found
 * from its acronym (the reverse reading, a capitalised phrase before an acronym as a body, lowered
 * held-out figures). Only three to six capitals as one word, none of them in a word joined by a hyphen,
 * slash, period or apostrophe other than a possessive (file names, "ICE-ERO", "U.S.A."), none in a line
 * written in capitals (a headline), no title abbreviation, post-nominal, known place or title word, and
 * none the text also writes in lower case as a word ("ARM" and "arm").
 */
final class SpelledOutAcronyms {
  /** Three to six capitals standing as one word; a possessive may follow. */
  private static final Pattern ACRONYM = Pattern.compile(
      "(?<![\\p{L}\\p{N}.'\u2019&/_@#=-])(\\p{Lu}{3,6})(?=['\u2019]s(?![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}'\u2019&/_@=-])(?!\\.[\\p{L}\\p{N}]))");

  private final AcronymBeforeTitle acronymRules;

  SpelledOutAcronyms(AcronymBeforeTitle acronymRules) {
    this.acronymRules = acronymRules;
  }

  /**
   * The acronyms of {@code match} that the initials of a candidate of {@code orgs} spell out and that no
   * candidate of {@code taken} overlaps.
   */
  List<CharSpan> find(String match, List<CharSpan> orgs, Coverage taken) {
    Set<String> spelled = new HashSet<>();
    for (CharSpan o : orgs) {
      String initials = AcronymBeforeTitle.initials(match.substring(o.start(), o.end()));
      if (initials.length() >= 3) {
        spelled.add(initials);
      }
    }
    if (spelled.isEmpty()) {
      return List.of();
    }
    List<CharSpan> out = new ArrayList<>();
    Matcher m = ACRONYM.matcher(match);
    while (m.find()) {
      String acronym = m.group(1);
      CharSpan span = new CharSpan(m.start(1), m.end(1));
      if (!spelled.contains(acronym) || taken.overlaps(span) || acronymRules.excluded(acronym)
          || inCapitalsLine(match, span) || writtenInLowerCase(match, acronym)) {
        continue;
      }
      out.add(span);
    }
    return out;
  }

  /** Does the line that holds {@code span} have no lower-case letter (a headline in capitals)? */
  private static boolean inCapitalsLine(String match, CharSpan span) {
    int start = match.lastIndexOf('\n', span.start() - 1) + 1;
    int end = match.indexOf('\n', span.end());
    String line = match.substring(start, end < 0 ? match.length() : end);
    return line.codePoints().noneMatch(Character::isLowerCase);
  }

  /** Is the acronym also written in lower case as a word of the text ("arm" for "ARM")? */
  private static boolean writtenInLowerCase(String match, String acronym) {
    return HeadlineNames.attested(match, acronym.toLowerCase(Locale.ROOT));
  }
}
