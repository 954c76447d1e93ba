package pressfacts.stage.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Header;
import pressfacts.text.Lines;
import pressfacts.text.Prose;

/**
 * Finds the document's own date line among the dates of its head (ANNOTATION.md, "published").
 * Two forms, tried in this order over the lines near the top (up to the header's body start,
 * and at least the first {@value #MIN_HEAD_LINES} non-empty lines):
 * <ol>
 * <li>a line that holds one date and nothing else but the words a site prints around it
 *     ("05.08.2008, 12:35", "Category: News 8.09.2008 12:35", "15 November 2018    Read: 1094",
 *     "2009 Jun"); a date inside the title ("2009-06-10 Court holds ...") does not stand alone;</li>
 * <li>failing that, a news-agency dateline that opens a line: a place name, then the date
 *     ("Baku. 22 January. ...", "SAN DIEGO (June 3, 2026) -").</li>
 * </ol>
 * Relative expressions ("today") are never the date line, nor is a year alone (an archive's
 * heading, a count, an image's size).
 */
final class PublishedLine {
  static final int MIN_HEAD_LINES = 3;
  /** How many prose lines after the head may say when the release was issued. */
  private static final int LEAD_LINES = 2;
  /**
   * A place name before a dateline's date: one or two capitalised words, then "." or ","
   * ("Baku. 22 January.", "Baku, 16 March."). The punctuation is required: without it a
   * sentence opening "On 18-19 September 2019 ..." would read as a dateline. A numeric stamp may also open the line with nothing before it (a date
   * line run into the first sentence, "01.01.2011, 12:35On March, 15 ...").
   */
  private static final Pattern DATELINE_PLACE =
      Pattern.compile("\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+)?[.,][ \\t]*(?:\\p{Lu}{2}\\.?,[ \\t]*)?");
  /**
   * The dateline of US releases, the place in capitals: before a date in brackets ("SAN DIEGO (June 3, 2026) -",
   * "WASHINGTON, D.C. (Jan. 12, 2024)"), or before a dash ("NEW YORK, NY - January 12, 2024 -"). Capitals only:
   * a title in capitalised words ("Judges Meet - 5 May 2019") is no place.
   */
  private static final String CAPITAL_PLACE = "\\p{Lu}{2,}(?:[ \\t]+\\p{Lu}{2,}){0,2}(?:,[ \\t]*\\p{Lu}(?:\\p{Lu}|\\.)+)?";
  private static final Pattern DATELINE_BRACKET = Pattern.compile(CAPITAL_PLACE + "[ \\t]*\\(");
  private static final Pattern DATELINE_DASH = Pattern.compile(CAPITAL_PLACE + "[ \\t]+-[ \\t]+");
  /** A site's category label before its date ("Category: Plenum of the supreme court 19.11.2021 10:00"). */
  private static final Pattern CATEGORY_PREFIX = Pattern.compile("(?i)[\\s\\p{P}]*category[ \\t]*:.*");
  /** A dash that runs a date into the first sentence ("05 September 2018 - UNODC met ..."). */
  private static final Pattern DASH_AFTER = Pattern.compile("[ \\t]+-[ \\t]+\\p{Lu}");
  /**
   * A sentence that says the release was issued, published or released, ending in "on" before the
   * date; in Dutch too ("gepubliceerd op woensdag 6 maart 2019", the wrapper of EU releases).
   */
  private static final Pattern PUBLICATION_BEFORE = Pattern.compile(
      "(?i)[^.!?]*(?<![\\p{L}])(?:issued|published|released|posted|gepubliceerd)(?![\\p{L}])[^.!?]*(?<![\\p{L}])(?:on|op)[ \\t]+");
  /**
   * The same in a lead sentence below the head, where "released" and "posted" would be a story's
   * ("He was released on bail on 5 May 2019."): only "issued" and "published".
   */
  private static final Pattern ISSUED_BEFORE = Pattern.compile(
      "(?i)[^.!?]*(?<![\\p{L}])(?:issued|published|gepubliceerd)(?![\\p{L}])[^.!?]*(?<![\\p{L}])(?:on|op)[ \\t]+");
  private static final Pattern SENTENCE_END = Pattern.compile("[ \\t]*[.]?[ \\t]*");

  /**
   * A contact or author after the date on its line ("July 14, 2021 Contact: Tasha Tsiaperas", "... by J. Smith"),
   * in Spanish too, as US sites print their releases in both ("16 de junio de 2025 Contacto: ...").
   */
  private static final Pattern LABEL_TAIL = Pattern.compile(
      "(?i)^[\\s\\p{P}]*(?:(?:media[ \\t]+)?contact(?:s|o|os)?[ \\t]*:|author[ \\t]*:|by[ \\t]).*$");
  /** Punctuation, bullets and separators a date line may carry besides its date. */
  private static final Pattern LINE_FILLER = Pattern.compile("[\\s\\p{P}\\p{S}]*");

  private final Pattern siteWords;

  PublishedLine(DateLexicon lex) {
    List<String> words = new ArrayList<>(lex.dateLineWords());
    words.sort(null); // deterministic pattern text
    // a site word, optionally with ":" and a counter ("Read: 1094")
    words.replaceAll(w -> w.replace(" ", "[ \\t]+"));
    words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    siteWords = Pattern.compile("(?i)(?:[0-9]+[ \\t]*)?(?<![\\p{L}])(?:" + String.join("|", words)
        + ")(?![\\p{L}])[ \\t]*:?[ \\t]*[0-9]*");
  }

  /**
   * The candidate that is the date line, or null. {@code candidates} are in text order. Tried in
   * this order: a date standing alone on a head line; a dateline opening a head line; a date
   * standing alone on any line of the page before its sidebars (scraped pages print "Published",
   * "FOR IMMEDIATE RELEASE" or a metadata stamp below their navigation, or after the release),
   * but not a line under a label of its own ("WHEN:"); last, a lead sentence that says when the
   * release was issued. {@code lines} are the lines of {@code match} ({@link Lines#of}).
   */
  DateCandidate find(String match, List<CharSpan> lines, Header header, List<DateCandidate> candidates) {
    List<CharSpan> head = headLines(lines, header);
    DateCandidate yearOnly = null; // a bare year alone on its line: the date line only when no finer one follows
    for (CharSpan line : head) {
      DateCandidate alone = standingAloneInSegments(match, line, candidates);
      if (alone != null && !isYearAlone(alone)) {
        return finerThan(yearOnly, alone);
      }
      yearOnly = yearOnly == null ? alone : yearOnly;
    }
    for (CharSpan line : head) {
      DateCandidate dateline = dateline(match, line, candidates);
      if (dateline != null) {
        return finerThan(yearOnly, dateline);
      }
    }
    String previous = "";
    for (CharSpan line : lines) {
      if (line.length() == 0) {
        continue;
      }
      if (header.inSidebar(line.start())) {
        break;
      }
      boolean underOtherLabel = previous.endsWith(":") && !isSiteLabel(previous);
      if (!underOtherLabel && !head.contains(line)) {
        DateCandidate alone = standingAloneInSegments(match, line, candidates);
        if (alone != null && !isYearAlone(alone)) {
          return finerThan(yearOnly, alone);
        }
        yearOnly = yearOnly == null ? alone : yearOnly;
      }
      previous = line.of(match);
    }
    // last, the lead sentence that says when the release was issued, below a head of labels and
    // repeated titles ("The press release issued by the Attorney General's Office on 17 October 2023."):
    // one of the first two prose lines (a headline in sentence case reads as prose too)
    int proseLines = 0;
    for (CharSpan line : lines) {
      if (line.start() < header.bodyStart() || line.length() == 0) {
        continue;
      }
      if (header.inSidebar(line.start())) {
        break;
      }
      if (Prose.isProse(line.of(match))) {
        DateCandidate issued = issuedOn(match, line, candidates);
        if (issued != null || ++proseLines == LEAD_LINES) {
          return issued != null ? finerThan(yearOnly, issued) : yearOnly;
        }
      }
    }
    return yearOnly;
  }

  /**
   * The release's own date line below the page's date line: a day standing alone on a line after
   * {@code line} and before the release's first line of prose ("Published | February 7, 2014 | ... |
   * For Immediate Release | Case # ... | February 4, 2014 | SANTA ANA - A man was convicted today").
   * A page that posts a release later prints both; the story's "today" is the release's day. Null
   * when there is none, or when it is not a day.
   */
  DateCandidate releaseLine(String match, List<CharSpan> lines, Header header, List<DateCandidate> candidates,
      DateCandidate line) {
    for (CharSpan l : lines) {
      if (l.length() == 0 || l.end() <= line.span().end()) {
        continue;
      }
      if (header.inSidebar(l.start()) || Prose.isProse(l.of(match))) {
        return null;
      }
      DateCandidate alone = standingAloneInSegments(match, l, candidates);
      if (alone != null) {
        return alone.reading() instanceof DateReading.Fixed f && f.value() instanceof pressfacts.doc.DateValue.Day
            ? alone : null;
      }
    }
    return null;
  }

  /**
   * The date line when a bare year stood alone on a line above {@code later}: {@code later} if it names a
   * year itself, else the year ("2020" over "24th December": the year line is the one that says the year).
   */
  private static DateCandidate finerThan(DateCandidate yearOnly, DateCandidate later) {
    return yearOnly == null || later.reading() instanceof DateReading.Fixed || later.reading() instanceof DateReading.AtTime
        ? later : yearOnly;
  }

  /** The date of a line that says the release was issued on it ("... issued by the Office on 17 October 2023."), or null. */
  private static DateCandidate issuedOn(String match, CharSpan line, List<DateCandidate> candidates) {
    for (DateCandidate c : candidates) {
      if (line.contains(c.span()) && isAbsoluteOrYearless(c)
          && ISSUED_BEFORE.matcher(match.substring(line.start(), c.span().start())).matches()
          && SENTENCE_END.matcher(match.substring(c.span().end(), line.end())).matches()) {
        return c;
      }
    }
    return null;
  }

  /** A place and a date opening a line ("Baku. 22 January.", "OTTAWA, ON, June 20, 2023 /CNW/"), or a bare numeric stamp. */
  private DateCandidate dateline(String match, CharSpan line, List<DateCandidate> candidates) {
    for (DateCandidate c : candidates) {
      if (!line.contains(c.span()) || !isAbsoluteOrYearless(c)) {
        continue;
      }
      String before = match.substring(line.start(), c.span().start());
      String after = match.substring(c.span().end(), line.end());
      // with no place before it, only a numeric stamp (not prose such as "5 May 2019 - ...") is a
      // dateline, unless the date opens the text itself ("05 September 2018 - UNODC met ...")
      if (before.isEmpty() ? isNumericStamp(c) || (line.start() == firstLineStart(match) && DASH_AFTER.matcher(after).lookingAt())
          : DATELINE_PLACE.matcher(before).matches() || DATELINE_DASH.matcher(before).matches()
              || DATELINE_BRACKET.matcher(before).matches() && after.startsWith(")")) {
        return c;
      }
      // a line that says when the release was issued ("The press release issued by the Ministry on 18 June 2025.")
      if (PUBLICATION_BEFORE.matcher(before).matches() && SENTENCE_END.matcher(after).matches()) {
        return c;
      }
    }
    return null;
  }

  /** True for a label line made of site words only ("Published", "Posted on:"). */
  private boolean isSiteLabel(String line) {
    return LINE_FILLER.matcher(siteWords.matcher(line).replaceAll(" ")).matches();
  }

  /**
   * The date standing alone in one of the line's segments ("Paylaş | 06 June 2022", "Published: ... | Updated: ...").
   * A bar inside a date ("Monday, 2 March 2020 | 10:00", its time after a bar) does not split it.
   */
  private DateCandidate standingAloneInSegments(String match, CharSpan line, List<DateCandidate> candidates) {
    int from = line.start();
    for (int i = line.start(); i <= line.end(); i++) {
      if (i == line.end() || match.charAt(i) == '|' && !insideADate(i, candidates)) {
        if (i > from) {
          DateCandidate alone = standingAlone(match, new CharSpan(from, i), candidates);
          if (alone != null) {
            return alone;
          }
        }
        from = i + 1;
      }
    }
    return null;
  }

  private static boolean insideADate(int at, List<DateCandidate> candidates) {
    for (DateCandidate c : candidates) {
      if (c.span().start() < at && at < c.span().end()) {
        return true;
      }
    }
    return false;
  }

  private DateCandidate standingAlone(String match, CharSpan line, List<DateCandidate> candidates) {
    DateCandidate found = null;
    StringBuilder rest = new StringBuilder();
    int at = line.start();
    for (DateCandidate c : candidates) {
      if (!line.contains(c.span())) {
        if (c.span().overlaps(line)) {
          return null; // a date across the segment's edge
        }
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
    rest.append(LABEL_TAIL.matcher(match.substring(at, line.end())).replaceFirst(" "));
    String residue = siteWords.matcher(rest).replaceAll(" ");
    return LINE_FILLER.matcher(residue).matches() ? found : null;
  }

  private static int firstLineStart(String match) {
    int i = 0;
    while (i < match.length() && Character.isWhitespace(match.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNumericStamp(DateCandidate c) {
    return c.rule().startsWith("dotted") || c.rule().startsWith("iso") || c.rule().startsWith("yearFirst")
        || c.rule().startsWith("slashed");
  }

  /**
   * A year with nothing finer. On a line of its own it is often an archive's heading ("2022" over a list
   * of releases) or an image's size ("1536" over "2048" under a photo's address), so a finer date line
   * the search reaches later wins over it; with none, it is the first date alone on a line near the top,
   * the date line of the guidelines, and the year the document's year-less dates take. (Dropping it
   * outright emptied the date line of a court page whose year stands over its day and month.)
   */
  private static boolean isYearAlone(DateCandidate c) {
    return c.reading() instanceof DateReading.Fixed f && f.value() instanceof pressfacts.doc.DateValue.Year;
  }

  private static boolean isAbsoluteOrYearless(DateCandidate c) {
    return c.reading() instanceof DateReading.Fixed || c.reading() instanceof DateReading.Yearless
        || c.reading() instanceof DateReading.AtTime;
  }

  /** Non-empty trimmed lines that start before the body, or among the first few lines. */
  private static List<CharSpan> headLines(List<CharSpan> lines, Header header) {
    List<CharSpan> head = new ArrayList<>();
    for (CharSpan line : lines) {
      if (line.length() == 0) {
        continue;
      }
      if (head.size() >= MIN_HEAD_LINES && line.start() >= header.bodyStart()) {
        break;
      }
      head.add(line);
    }
    return head;
  }
}
