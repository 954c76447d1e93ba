package pressfacts.stage.header;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.text.Prose;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * Line-level features that tell the page furniture of a scraped page from the release proper.
 * A release is written in prose; furniture is not: navigation and share labels are a few words
 * without a verb ("Skip to content", "Follow Us", "Share"), site addresses, e-mails and phone
 * numbers are lines of their own, and sidebars after the release open with a heading ("Latest
 * Posts", "Recent News") followed by teaser items, each with its own date. Vocabularies are in
 * {@code src/main/resources/pressfacts/lexicon/page/}. Pure and thread-safe.
 */
final class PageLayout {
  static final String DIR = "/pressfacts/lexicon/page/";
  /** What a furniture label may carry around it: bullets, colons, pipes, arrows. */
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$");
  /** A line that is only a web address, an e-mail, a phone number or symbols and digits. */
  private static final Pattern NON_TEXT = Pattern.compile(
      "(?i)(?:https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+|\\[email[\\s\\u00a0]protected]|[\\s\\p{P}\\p{S}\\d]*)");
  /** A site's category label ("Category: Press Releases"). */
  private static final Pattern CATEGORY = Pattern.compile("(?i)[\\s\\p{P}]*category[ \\t]*:.*");
  /** How many short lines after the last prose line may still close the release's last sentences. */
  private static final int MAX_CLOSING_LINES = 3;
  /** A line that ends a sentence: a full stop, ! or ?, perhaps inside a closing quote. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}.*[.!?][\"')\\u201d\\u2019]?$");
  /** A reading-time label ("4 min read"). */
  private static final Pattern READ_TIME = Pattern.compile("(?i)\\d+[ \\t]*min(?:ute)?s?[ \\t]+read");

  private final Set<String> furniture;
  private final Set<String> sidebarHeadings;

  private PageLayout(Set<String> furniture, Set<String> sidebarHeadings) {
    this.furniture = furniture;
    this.sidebarHeadings = sidebarHeadings;
  }

  private static final class Holder {
    static final PageLayout STANDARD = new PageLayout(Set.copyOf(LexiconFile.lines(DIR + "furniture.txt")),
        Set.copyOf(LexiconFile.lines(DIR + "sidebar-headings.txt")));
  }

  static PageLayout standard() {
    return Holder.STANDARD;
  }

  /** True for a line that is navigation, a label, a category line, or no text at all (an address, a number). */
  boolean isFurniture(String line) {
    return isLabel(line) || isNonText(line);
  }

  /** True for a navigation or share label, a category line or a reading-time label ("4 min read"). */
  boolean isLabel(String line) {
    return furniture.contains(label(line)) || CATEGORY.matcher(line).matches() || READ_TIME.matcher(line).matches();
  }

  /**
   * True for a line without words: a web address, an e-mail, a phone number, symbols. In a menu
   * it is furniture; between the sentences of a body it may be a fragment of one ("\u201c" or ":"
   * split off by the scrape) or the release's own contact, so callers look at its neighbours.
   */
  boolean isNonText(String line) {
    return NON_TEXT.matcher(line).matches();
  }

  /**
   * A sidebar heading is a short line (the longest in sidebar-headings.txt, "latest press releases",
   * has 21 characters, plus a colon and spaces); a longer line that starts with one is prose.
   */
  private static final int LONGEST_SIDEBAR_HEADING_CHARS = 40;

  /** True for a heading that opens a sidebar of other items ("Latest Posts", "Recent News:"). */
  boolean isSidebarHeading(String line) {
    return line.length() <= LONGEST_SIDEBAR_HEADING_CHARS && sidebarHeadings.contains(label(line));
  }


  /**
   * The release proper and the start of the sidebars: the sidebar starts at the first sidebar
   * heading after the first prose line (a heading before any prose is a category label, "In The
   * News"); the release ends with the last prose line before it, and starts at {@code titleStart}.
   */
  Layout layout(String match, List<CharSpan> lines, int titleStart) {
    int firstProse = -1;
    int sidebar = Integer.MAX_VALUE;
    int lastProse = -1;
    for (int i = 0; i < lines.size(); i++) {
      CharSpan line = lines.get(i);
      if (line.length() == 0 || line.start() < titleStart) {
        continue;
      }
      String content = line.of(match);
      if (firstProse >= 0 && isSidebarHeading(content)) {
        sidebar = line.start();
        break;
      }
      if (Prose.isProse(content)) {
        if (firstProse < 0) {
          firstProse = line.start();
        }
        lastProse = i;
      }
    }
    if (firstProse < 0) {
      return new Layout(null, sidebar);
    }
    return new Layout(new CharSpan(Math.min(titleStart, firstProse), closingEnd(match, lines, lastProse, sidebar)), sidebar);
  }

  /**
   * Where the release ends: its last prose line, or the short lines right after it that finish
   * its last sentences ("Community Courts at 214-670-7129.", "District Clerk's website."): up to
   * {@value #MAX_CLOSING_LINES} lines, none of them furniture, the last ending a sentence.
   */
  private int closingEnd(String match, List<CharSpan> lines, int lastProse, int sidebar) {
    int end = lines.get(lastProse).end();
    int seen = 0;
    for (int i = lastProse + 1; i < lines.size() && seen < MAX_CLOSING_LINES; i++) {
      CharSpan line = lines.get(i);
      if (line.length() == 0) {
        continue;
      }
      String content = line.of(match);
      if (line.start() >= sidebar || isFurniture(content) || isSidebarHeading(content)) {
        break;
      }
      seen++;
      if (SENTENCE_END.matcher(content).find()) {
        end = line.end();
      }
    }
    return end;
  }

  /** The release proper (null when the page has no prose) and where the sidebars start. */
  record Layout(CharSpan release, int sidebarStart) {
  }

  private static String label(String line) {
    return EDGE_PUNCTUATION.matcher(line).replaceAll("").toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
  }
}
