package pressfacts.io;

import pressfacts.doc.Document;
import pressfacts.record.ErrorRecord;

/** One item read from a source: a document, or the error record of an input that could not be read. */
public record SourceItem(Document document, ErrorRecord error) {
  public SourceItem {
    if ((document == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of document and error");
    }
  }

  public static SourceItem of(Document d) {
    return new SourceItem(d, null);
  }

  public static SourceItem failed(ErrorRecord e) {
    return new SourceItem(null, e);
  }

  public String docId() {
    return document != null ? document.docId() : error.docId();
  }
}
