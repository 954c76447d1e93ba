package pressfacts.stage.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Header;
import pressfacts.stage.header.Lines;

/**
 * Finds the document's own date line among the dates of its head (ANNOTATION.md, "published").
 * Two forms, tried in this order over the lines near the top (up to the header's body start,
 * and at least the first {@value #MIN_HEAD_LINES} non-empty lines):
 * <ol>
 * <li>a line that holds one date and nothing else but the words a site prints around it
 *     ("05.08.2008, 12:35", "Category: News 8.09.2008 12:35", "15 November 2018    Read: 1094",
 *     "2009 Jun"); a date inside the title ("2009-06-10 Court holds ...") does not stand alone;</li>
 * <li>failing that, a news-agency dateline that opens a line: a place name, then the date
 *     ("Baku. 22 January. ...").</li>
 * </ol>
 * Relative expressions ("today") are never the date line.
 */
final class PublishedLine {
  static final int MIN_HEAD_LINES = 3;
  /**
   * A place name before a dateline's date: one or two capitalised words, then "." or ","
   * ("Baku. 22 January.", "Baku, 16 March."). The punctuation is required: without it a
   * sentence opening "On 18-19 September 2019 ..." would read as a dateline. A numeric stamp may also open the line with nothing before it (a date
   * line run into the first sentence, "01.01.2011, 12:35On March, 15 ...").
   */
  private static final Pattern DATELINE_PLACE =
      Pattern.compile("\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+)?[.,][ \\t]*");
  /** A site's category label before its date ("Category: Plenum of the supreme court 19.11.2021 10:00"). */
  private static final Pattern CATEGORY_PREFIX = Pattern.compile("(?i)[\\s\\p{P}]*category[ \\t]*:.*");
  /** Punctuation, bullets and separators a date line may carry besides its date. */
  private static final Pattern LINE_FILLER = Pattern.compile("[\\s\\p{P}\\p{S}]*");

  private final Pattern siteWords;

  PublishedLine(DateLexicon lex) {
    List<String> words = new ArrayList<>(lex.dateLineWords());
    words.sort(null); // deterministic pattern text
    // a site word, optionally with ":" and a counter ("Read: 1094")
    siteWords = Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", words)
        + ")(?![\\p{L}])[ \\t]*:?[ \\t]*[0-9]*");
  }

  /** The candidate that is the date line, or null. {@code candidates} are in text order. */
  DateCandidate find(String match, Header header, List<DateCandidate> candidates) {
    List<CharSpan> head = headLines(match, header);
    for (CharSpan line : head) {
      DateCandidate alone = standingAlone(match, line, candidates);
      if (alone != null) {
        return alone;
      }
    }
    for (CharSpan line : head) {
      for (DateCandidate c : candidates) {
        if (!line.contains(c.span()) || !isAbsoluteOrYearless(c)) {
          continue;
        }
        String before = match.substring(line.start(), c.span().start());
        // with no place before it, only a numeric stamp (not prose such as "5 May 2019 - ...") is a dateline
        if (before.isEmpty() ? isNumericStamp(c) : DATELINE_PLACE.matcher(before).matches()) {
          return c;
        }
      }
    }
    return null;
  }

  private DateCandidate standingAlone(String match, CharSpan line, List<DateCandidate> candidates) {
    DateCandidate found = null;
    StringBuilder rest = new StringBuilder();
    int at = line.start();
    for (DateCandidate c : candidates) {
      if (!line.contains(c.span())) {
        continue;
      }
      if (found != null || !isAbsoluteOrYearless(c)) {
        return null; // two dates, or a relative word: not a date line
      }
      found = c;
      String before = match.substring(at, c.span().start());
      rest.append(CATEGORY_PREFIX.matcher(before).matches() ? " " : before).append(' ');
      at = c.span().end();
    }
    if (found == null) {
      return null;
    }
    rest.append(match, at, line.end());
    String residue = siteWords.matcher(rest).replaceAll(" ");
    return LINE_FILLER.matcher(residue).matches() ? found : null;
  }

  private static boolean isNumericStamp(DateCandidate c) {
    return c.rule().equals("dotted") || c.rule().equals("iso");
  }

  private static boolean isAbsoluteOrYearless(DateCandidate c) {
    return c.reading() instanceof DateReading.Fixed || c.reading() instanceof DateReading.Yearless;
  }

  /** Non-empty trimmed lines that start before the body, or among the first few lines. */
  private static List<CharSpan> headLines(String match, Header header) {
    List<CharSpan> lines = new ArrayList<>();
    for (CharSpan line : Lines.of(match)) {
      if (line.length() == 0) {
        continue;
      }
      if (lines.size() >= MIN_HEAD_LINES && line.start() >= header.bodyStart()) {
        break;
      }
      lines.add(line);
    }
    return lines;
  }
}
