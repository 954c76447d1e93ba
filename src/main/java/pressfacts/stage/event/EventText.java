package pressfacts.stage.event;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.Header;
import pressfacts.lexicon.Lexicons;
import pressfacts.text.Prose;

/**
 * The text an {@link EventTypeClassifier} reads: the release's title and its body proper (from the
 * end of the head to the end of the release, not the page's sidebars). The event stage and the
 * categorizer's trainer both take it from here, so a model is trained on exactly what it will be
 * asked to classify: two copies of this rule had drifted apart (the trainer read the gold title and
 * the whole text to its end).
 */
public record EventText(String title, String body) {
  /** A supplied title that is a scraper's mistake: a date and a contact line ("July 14, 2021 Contact: ..."). */
  private static final class DateFirst {
    static final Pattern PATTERN = dateFirst(Lexicons.load().months().keySet());
  }

  /**
   * A title that starts with a digit or a month ("Jun. 1", "July 14"): a month is known by its first
   * three letters, those of every name and abbreviation of lexicon/common/months.tsv, in any case.
   */
  static Pattern dateFirst(Collection<String> months) {
    Set<String> prefixes = new LinkedHashSet<>();
    months.forEach(m -> prefixes.add(m.substring(0, Math.min(3, m.length()))));
    return Pattern.compile("(?i)^\\s*(?:\\d|(?:" + String.join("|", prefixes) + ")[a-z]*\\.?\\s+\\d)");
  }

  /**
   * The classifier's text of a document whose header is {@code header}; {@code suppliedTitle} is the
   * title the source gave with the text (null when none).
   */
  public static EventText of(String text, Header header, String suppliedTitle) {
    int bodyEnd = bodyEnd(header, text.length());
    String title = title(text, header, suppliedTitle);
    int bodyStart = header.bodyStart();
    if (titleIsLead(text, header) && !title.equals(header.title().of(text))) {
      // the head's "title" is the lead (the page's headline came from elsewhere): it is body text to read
      bodyStart = Math.min(bodyStart, header.title().start());
    }
    return new EventText(title, text.substring(Math.min(bodyStart, bodyEnd), bodyEnd));
  }

  /** A line that ends a sentence, as a lead does and a headline does not. */
  static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)]?\\s*$");

  /**
   * Whether the header's title line is a sentence of prose: the lead of a page whose headline came from
   * elsewhere (a feed's title), not a headline.
   */
  static boolean titleIsLead(String text, Header header) {
    return header.title() != null && Prose.isProse(header.title().of(text))
        && SENTENCE_END.matcher(header.title().of(text)).find();
  }

  /**
   * A release's own headline after its release line ("For Immediate Release: Court Affirms ...", and the
   * Spanish "Para publicación inmediata:" of the same sites' translated releases).
   */
  private static final Pattern RELEASE_LINE = Pattern.compile(
      "(?im)^[ \\t]*(?:for immediate release|para publicaci[o\u00f3\u00d3]n inmediata)[ \\t]*:[ \\t]*(\\S.*)$");

  /**
   * The supplied title, unless it is a date line a scraper took for one; else the headline written
   * after "For Immediate Release:" (a PDF release whose title the scraper missed) before the page's
   * sidebars, where the release lines head the site's other releases; else the header's title line.
   */
  static String title(String text, Header header, String suppliedTitle) {
    if (suppliedTitle != null && !DateFirst.PATTERN.matcher(suppliedTitle).lookingAt()) {
      return suppliedTitle;
    }
    // a release line in the sidebars heads another release of the site ("Related Posts"), not this one
    String released = releaseLineTitle(text.substring(0, Math.min(header.sidebarStart(), text.length())));
    if (released != null) {
      return released;
    }
    return header.title() == null ? "" : header.title().of(text);
  }

  /**
   * The headline after "For Immediate Release:", with the lines it wraps onto: the following lines
   * in title case ("Expo with Graduation Ceremony"), up to the dateline "(DALLAS) –" or the first
   * line of prose ("Let me begin by thanking ...").
   */
  static String releaseLineTitle(String text) {
    Matcher m = RELEASE_LINE.matcher(text);
    if (!m.find()) {
      return null;
    }
    StringBuilder title = new StringBuilder(m.group(1).strip());
    int at = m.end();
    for (int lines = 0; lines < 3 && at < text.length(); lines++) {
      int eol = text.indexOf('\n', at + 1);
      String line = text.substring(at + 1, eol < 0 ? text.length() : eol).strip();
      if (line.isEmpty() || line.startsWith("(") || !titleCase(line)) {
        break;
      }
      title.append(' ').append(line);
      at = eol < 0 ? text.length() : eol;
    }
    return title.toString();
  }

  /** Most longer words capitalised, as a headline's are and a sentence's are not. */
  private static boolean titleCase(String line) {
    int words = 0;
    int capital = 0;
    for (String w : line.split("\\s+")) {
      if (w.length() >= 4) {
        words++;
        if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
          capital++;
        }
      }
    }
    return words > 0 && capital * 4 >= words * 3;
  }

  /** Where the release ends: the end of its last line when the page was read for one, else the sidebars or the text's end. */
  static int bodyEnd(Header header, int length) {
    int end = header.release() != null ? header.release().end() : length;
    return Math.max(0, Math.min(Math.min(end, header.sidebarStart()), length));
  }
}
