package pressfacts.doc;

import java.util.Objects;

/**
 * A mention of an entity: where it is, what it says, and what type it is. The only factory that
 * reads the text is {@link #of}, so a mention's {@code text} always equals the substring at its span.
 */
public record Mention(CharSpan span, String text, EntityType type) implements Comparable<Mention> {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
    }
  }

  public static Mention of(String documentText, CharSpan span, EntityType type) {
    return new Mention(span, span.of(documentText), type);
  }

  @Override
  public int compareTo(Mention o) {
    return span.compareTo(o.span);
  }

  @Override
  public String toString() {
    return span + " " + type + " " + text;
  }
}
