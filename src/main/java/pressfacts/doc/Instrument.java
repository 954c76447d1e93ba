package pressfacts.doc;

import java.util.Objects;

/**
 * The legal instrument a citation points to. {@code title} is null for an untitled decree or
 * order; {@code jurisdiction} is an ISO 3166-1 alpha-2 code, "INT", or null when unknown;
 * {@code date} is the date of adoption or signature when the text ties one to it.
 */
public record Instrument(InstrumentKind kind, String title, String jurisdiction, DateValue date) {
  public Instrument {
    Objects.requireNonNull(kind, "kind");
  }
}
