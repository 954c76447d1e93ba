package pressfacts.doc;

import java.util.List;
import java.util.Objects;

/**
 * One input document: its id, its exact text (all offsets index into it), and what the source
 * supplied beside the text. A supplied {@code published} value wins over the date line found in
 * the text; {@code sourceWarnings} carries what reading noticed (for example invalid UTF-8
 * replaced) so the record can report it.
 */
public record Document(String docId, String text, DateValue suppliedPublished, String suppliedTitle,
                       List<Warning> sourceWarnings) {

  public Document {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    sourceWarnings = List.copyOf(sourceWarnings);
  }

  public static Document of(String docId, String text) {
    return new Document(docId, text, null, null, List.of());
  }
}
