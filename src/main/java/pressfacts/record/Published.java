package pressfacts.record;

import java.util.Objects;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;

/**
 * The document's publication date. Found in the text, it has a span and its text; supplied by the
 * source (a JSONL "published" field), it has only the value, and wins over the date line.
 */
public record Published(String text, DateValue value, CharSpan span) {
  public Published {
    Objects.requireNonNull(value, "value");
  }

  public static Published of(DateMention m) {
    return new Published(m.text(), m.value(), m.span());
  }

  public static Published supplied(DateValue value) {
    return new Published(null, value, null);
  }
}
