package pressfacts.doc;

import java.util.Objects;

/** A calendar expression in the text and its value ({@code value} may be null when the text cannot be placed). */
public record DateMention(CharSpan span, String text, DateValue value) implements Comparable<DateMention> {

  public DateMention {
    Objects.requireNonNull(span, "span");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("date text '" + text + "' does not fit span " + span);
    }
  }

  public static DateMention of(String documentText, CharSpan span, DateValue value) {
    return new DateMention(span, span.of(documentText), value);
  }

  @Override
  public int compareTo(DateMention o) {
    return span.compareTo(o.span);
  }
}
