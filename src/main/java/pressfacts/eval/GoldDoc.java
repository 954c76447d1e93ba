package pressfacts.eval;

import java.util.Objects;
import pressfacts.doc.Document;
import pressfacts.record.PressRecord;

/**
 * One hand-labelled document: its id, its exact text (the offsets of the gold index into it), the
 * gold record, and where the gold came from (a file name or {@code FILE:LINE}) for messages.
 */
public record GoldDoc(String docId, Document document, PressRecord gold, String source) {
  public GoldDoc {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(gold, "gold");
  }

  public String text() {
    return document.text();
  }
}
