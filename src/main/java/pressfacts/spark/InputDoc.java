package pressfacts.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.io.SourceItem;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;

/**
 * A {@link SourceItem} as plain serializable values, so that read documents can move between
 * Spark tasks (the document model itself is not {@link Serializable}, on purpose). {@link #item()}
 * gives back an equal item: a document with the same id, text, supplied date and title, reading
 * warnings and HTML flag, or the same error record.
 */
public final class InputDoc implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String docId;
  private final String text;
  private final String published;
  private final String title;
  /** Reading warnings as code, message, code, message, ... */
  private final ArrayList<String> warnings;
  private final boolean textIsDerived;
  private final String errorCode;
  private final String errorMessage;

  private InputDoc(String docId, String text, String published, String title, ArrayList<String> warnings,
                   boolean textIsDerived, String errorCode, String errorMessage) {
    this.docId = docId;
    this.text = text;
    this.published = published;
    this.title = title;
    this.warnings = warnings;
    this.textIsDerived = textIsDerived;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  public static InputDoc of(SourceItem item) {
    if (item.error() != null) {
      ErrorRecord e = item.error();
      return new InputDoc(e.docId(), null, null, null, new ArrayList<>(), false, e.code().name(), e.message());
    }
    Document d = item.document();
    ArrayList<String> ws = new ArrayList<>();
    for (Warning w : d.sourceWarnings()) {
      ws.add(w.code().name());
      ws.add(w.message());
    }
    return new InputDoc(d.docId(), d.text(), d.suppliedPublished() == null ? null : d.suppliedPublished().iso(),
        d.suppliedTitle(), ws, d.textIsDerived(), null, null);
  }

  public String docId() {
    return docId;
  }

  public SourceItem item() {
    if (errorCode != null) {
      return SourceItem.failed(new ErrorRecord(docId, ErrorCode.valueOf(errorCode), errorMessage));
    }
    List<Warning> ws = new ArrayList<>();
    for (int i = 0; i < warnings.size(); i += 2) {
      ws.add(new Warning(WarningCode.valueOf(warnings.get(i)), warnings.get(i + 1)));
    }
    return SourceItem.of(new Document(docId, text, published == null ? null : DateValue.parse(published), title, ws,
        textIsDerived));
  }
}
