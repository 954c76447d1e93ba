package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * "defrauding the Medicare program", "Medicare fraud", "her Social Security benefits", "the SAKI grant":
 * a capitalised name right before a program's noun (lexicon/entities/program-nouns.txt) names a public
 * program or benefit, no body (ANNOTATION.md: named institutions only; laws and plans are not
 * organizations). Such a candidate is dropped when no body's head stands in it and it is no known
 * body. A name written in words is a program wherever the document writes it ("claims to Medicare"),
 * so its other mentions go too; an acronym only there, as a body may share it ("the SAKI grant" but
 * "the Cold Case Team (SAKI)"). A name that the list of programs' names (lexicon/entities/program-names.txt)
 * writes whole ("billed Medicare", "his Social Security card") is a program wherever it stands, with no
 * program's noun after it.
 */
final class ProgramNames {
  private final Set<String> programNouns;
  private final Set<String> programNames;
  private final Predicate<String> isHead;
  private final Predicate<String> isKnownBody;

  /**
   * {@code isHead}: is this lower-case word a body's head (lexicon/entities/org-heads.txt);
   * {@code isKnownBody}: is this text a known body's name (lexicon/entities/known-organizations.tsv).
   */
  ProgramNames(Predicate<String> isHead, Predicate<String> isKnownBody) {
    this.programNouns = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "program-nouns.txt").stream()
        .map(s -> s.trim().toLowerCase(Locale.ROOT)).toList());
    this.programNames = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "program-names.txt").stream()
        .map(String::trim).toList());
    this.isHead = isHead;
    this.isKnownBody = isKnownBody;
  }

  /** The candidates without the programs' names; the same list when none is dropped. */
  List<CharSpan> apply(String match, List<CharSpan> orgs) {
    Set<CharSpan> dropped = new HashSet<>();
    Set<String> programsInWords = new HashSet<>();
    for (CharSpan o : orgs) {
      String name = match.substring(o.start(), o.end());
      if ((programNames.contains(name) || beforeProgramNoun(match, o)) && namesNoBody(name)) {
        dropped.add(o);
        if (!isAcronym(name)) {
          programsInWords.add(name);
        }
      }
    }
    if (dropped.isEmpty()) {
      return orgs;
    }
    List<CharSpan> out = new ArrayList<>(orgs.size());
    for (CharSpan o : orgs) {
      if (!dropped.contains(o) && !programsInWords.contains(match.substring(o.start(), o.end()))) {
        out.add(o);
      }
    }
    return out;
  }

  /** Is the word right after the span, past one space, a program's noun written in lower case? */
  private boolean beforeProgramNoun(String match, CharSpan o) {
    int i = o.end();
    if (i >= match.length() || match.charAt(i) != ' ') {
      return false;
    }
    int end = ++i;
    while (end < match.length() && Character.isLetter(match.charAt(end))) {
      end++;
    }
    String word = match.substring(i, end);
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && programNouns.contains(word);
  }

  private boolean namesNoBody(String name) {
    if (isKnownBody.test(name)) {
      return false;
    }
    for (String word : name.split("[\\s/-]+")) {
      String w = HeadWords.bare(word);
      if (isHead.test(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronym(String name) {
    return name.length() >= 2 && name.chars().noneMatch(Character::isLowerCase);
  }
}
