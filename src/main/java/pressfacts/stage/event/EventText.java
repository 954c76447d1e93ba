package pressfacts.stage.event;

import java.util.regex.Pattern;
import pressfacts.doc.Header;

/**
 * The text an {@link EventTypeClassifier} reads: the release's title and its body proper (from the
 * end of the head to the end of the release, not the page's sidebars). The event stage and the
 * categorizer's trainer both take it from here, so a model is trained on exactly what it will be
 * asked to classify: two copies of this rule had drifted apart (the trainer read the gold title and
 * the whole text to its end).
 */
public record EventText(String title, String body) {
  /** A supplied title that is a scraper's mistake: a date and a contact line ("July 14, 2021 Contact: ..."). */
  private static final Pattern DATE_FIRST = Pattern.compile(
      "(?i)^\\s*(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)");

  /**
   * The classifier's text of a document whose header is {@code header}; {@code suppliedTitle} is the
   * title the source gave with the text (null when none).
   */
  public static EventText of(String text, Header header, String suppliedTitle) {
    int bodyEnd = bodyEnd(header, text.length());
    return new EventText(title(text, header, suppliedTitle),
        text.substring(Math.min(header.bodyStart(), bodyEnd), bodyEnd));
  }

  /** The supplied title, unless it is a date line a scraper took for one; else the header's title line. */
  static String title(String text, Header header, String suppliedTitle) {
    if (suppliedTitle != null && !DATE_FIRST.matcher(suppliedTitle).lookingAt()) {
      return suppliedTitle;
    }
    return header.title() == null ? "" : header.title().of(text);
  }

  /** Where the release ends: the end of its last line when the page was read for one, else the sidebars or the text's end. */
  static int bodyEnd(Header header, int length) {
    int end = header.release() != null ? header.release().end() : length;
    return Math.max(0, Math.min(Math.min(end, header.sidebarStart()), length));
  }
}
