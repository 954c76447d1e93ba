package pressfacts.doc;

import java.util.Objects;

/** The release's event: its type and the date of the first dated event of the body (or null). */
public record Event(EventType type, DateValue date) {
  public Event {
    Objects.requireNonNull(type, "type");
  }
}
