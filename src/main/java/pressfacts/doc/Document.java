package pressfacts.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One input document: its id, its exact text (all offsets index into it), and what the source
 * supplied beside the text. A supplied {@code published} value wins over the date line found in
 * the text; {@code sourceWarnings} carries what reading noticed (for example invalid UTF-8
 * replaced) so the record can report it. {@code textIsDerived} is true when the text was
 * extracted from another format (HTML): the record then carries the text, so its offsets stay
 * checkable. {@code sourceFields} are the fields of a JSONL line that pressfacts does not read
 * (a feed's "feed_date", "url", ...), in input order, as plain Java values (String, Number,
 * Boolean, List, Map, null): the record passes them through under "source".
 */
public record Document(String docId, String text, DateValue suppliedPublished, String suppliedTitle,
                       List<Warning> sourceWarnings, boolean textIsDerived, Map<String, Object> sourceFields) {

  public Document {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    sourceWarnings = List.copyOf(sourceWarnings);
    sourceFields = sourceFields == null || sourceFields.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(sourceFields));
  }

  public Document(String docId, String text, DateValue suppliedPublished, String suppliedTitle,
                  List<Warning> sourceWarnings, boolean textIsDerived) {
    this(docId, text, suppliedPublished, suppliedTitle, sourceWarnings, textIsDerived, Map.of());
  }

  public Document(String docId, String text, DateValue suppliedPublished, String suppliedTitle,
                  List<Warning> sourceWarnings) {
    this(docId, text, suppliedPublished, suppliedTitle, sourceWarnings, false);
  }

  public static Document of(String docId, String text) {
    return new Document(docId, text, null, null, List.of());
  }

  /** The same document with one more warning (for batch-level findings such as duplicate ids). */
  public Document withWarning(Warning w) {
    List<Warning> ws = new ArrayList<>(sourceWarnings);
    ws.add(w);
    return new Document(docId, text, suppliedPublished, suppliedTitle, ws, textIsDerived, sourceFields);
  }
}
