package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * The sides of a sports results table are teams, and a team is an ORGANIZATION (ANNOTATION.md: named
 * institutions and clubs), even when it is named by its town ("Fairbank 3 Lowmoor 1", "Easton 12 7 6 77
 * 76 30"), which the tagger reads as a place or a person. Two line shapes, each the whole line, single
 * spaces: a score line, two names each followed by a score of at most three digits, with an optional
 * country in brackets after a name and an optional bracket at the end ("( halftime 1-0 )", "( OT )"); and
 * a standings row, a name (optionally a country in brackets) followed by four or more columns of figures
 * only (integers of up to three digits, ".667", "1/2", or "-" for none), three of them numbers, of which a
 * document must hold two or more; a golfer's three rounds ("A Name 69 67 76") are too few columns. A name
 * is one to four capitalised words. A bracket of one or two capital letters right after a name is no country
 * but the club's town code ("Easton ( W )", "Westby ( NB )"): the side takes it in (CoNLL-2003 tags the
 * bracket with the club), unless those letters are a state's name. A name that is a state's name stays a
 * place (a national team is its country, as the tagger already types it). Every mention inside or across a name gives way to the one
 * ORGANIZATION over the whole name. Immutable.
 */
final class ResultLines {
  private static final String WORD = "[A-Z][A-Za-z'.-]*";
  private static final String NAME = WORD + "(?: " + WORD + "){0,3}";
  private static final String COUNTRY = "(?: \\( " + WORD + "(?: " + WORD + "){0,2} \\))?";
  private static final Pattern SCORE_LINE = Pattern.compile(
      "(" + NAME + ")" + COUNTRY + " \\d{1,3} (" + NAME + ")" + COUNTRY + " \\d{1,3}(?: \\( [^()\\n]{1,30} \\))?");
  private static final Pattern STANDINGS_ROW = Pattern.compile(
      "(" + NAME + ")" + COUNTRY + "((?: (?:\\d{1,3}|\\.\\d{3}|\\d/\\d|-)){4,})");
  private static final Pattern TOWN_CODE = Pattern.compile(" \\( ([A-Z]{1,2}) \\)");
  private static final Pattern FIGURE = Pattern.compile("\\d{1,3}|\\.\\d{3}|\\d/\\d");
  private final Predicate<String> isStateName;

  /** {@code isStateName}: is a text, whole, a state's name (those sides stay places). */
  ResultLines(Predicate<String> isStateName) {
    this.isStateName = isStateName;
  }

  /** The mentions with every results-table side as one ORGANIZATION; the same list when no line has the shape. */
  List<Mention> apply(String text, List<Mention> mentions) {
    List<CharSpan> scoreSides = new ArrayList<>();
    List<CharSpan> rowNames = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      readLine(text, lineStart, lineEnd, scoreSides, rowNames);
      lineStart = lineEnd + 1;
    }
    List<CharSpan> sides = new ArrayList<>();
    for (CharSpan s : scoreSides) {
      sides.add(withTownCode(text, s));
    }
    if (rowNames.size() >= 2) {
      for (CharSpan s : rowNames) {
        sides.add(withTownCode(text, s));
      }
    }
    sides.removeIf(s -> isStateName.test(text.substring(s.start(), s.end())));
    if (sides.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (sides.stream().noneMatch(s -> s.start() < m.span().end() && m.span().start() < s.end())) {
        out.add(m);
      }
    }
    for (CharSpan s : sides) {
      out.add(Mention.of(text, s, EntityType.ORGANIZATION));
    }
    out.sort(null);
    return out;
  }

  /** The side with the town-code bracket that follows it, if one does and its letters are no state's name. */
  private CharSpan withTownCode(String text, CharSpan side) {
    Matcher code = TOWN_CODE.matcher(text).region(side.end(), text.length());
    if (code.lookingAt() && !isStateName.test(code.group(1))) {
      return new CharSpan(side.start(), code.end());
    }
    return side;
  }

  private static void readLine(String text, int start, int end, List<CharSpan> scoreSides, List<CharSpan> rowNames) {
    Matcher score = SCORE_LINE.matcher(text).region(start, end);
    if (score.matches()) {
      scoreSides.add(new CharSpan(score.start(1), score.end(1)));
      scoreSides.add(new CharSpan(score.start(2), score.end(2)));
      return;
    }
    Matcher row = STANDINGS_ROW.matcher(text).region(start, end);
    if (row.matches() && figures(row.group(2)) >= 3) {
      rowNames.add(new CharSpan(row.start(1), row.end(1)));
    }
  }

  private static int figures(String tail) {
    int n = 0;
    for (String t : tail.strip().split(" ")) {
      if (FIGURE.matcher(t).matches()) {
        n++;
      }
    }
    return n;
  }
}
