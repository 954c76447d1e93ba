package pressfacts.doc;

import java.util.List;

/** Dates of a document, and the one that is the document's own date line ({@code published}, or null). */
public record DateLayer(List<DateMention> dates, DateMention published) {
  public DateLayer {
    dates = dates.stream().sorted().toList();
  }
}
