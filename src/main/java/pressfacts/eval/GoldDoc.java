package pressfacts.eval;

import java.util.Objects;
import pressfacts.doc.Document;
import pressfacts.record.PressRecord;

/**
 * One hand-labelled document: its id, its exact text (the offsets of the gold index into it), the
 * gold record, and where the gold came from (a file name or {@code FILE:LINE}) for messages. A
 * document of the release pool also knows its family ({@code us-county}, ...) and site, so scores
 * can be given per family and for sites that the dev split never saw; both are null otherwise.
 */
public record GoldDoc(String docId, Document document, PressRecord gold, String source, String family,
                      String site) {
  public GoldDoc {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(gold, "gold");
  }

  public GoldDoc(String docId, Document document, PressRecord gold, String source) {
    this(docId, document, gold, source, null, null);
  }

  public String text() {
    return document.text();
  }
}
