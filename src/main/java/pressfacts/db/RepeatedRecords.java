package pressfacts.db;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;

/**
 * N outcomes made by cycling through a few, each under a new doc_id ({@code ID~k} for copy k):
 * input for measuring load speed at a size no corpus here has.
 */
public final class RepeatedRecords implements Iterator<Outcome> {
  private final List<Outcome> base;
  private final int count;
  private int next;

  public RepeatedRecords(List<Outcome> base, int count) {
    if (base.isEmpty()) {
      throw new IllegalArgumentException("nothing to repeat");
    }
    this.base = List.copyOf(base);
    this.count = count;
  }

  @Override
  public boolean hasNext() {
    return next < count;
  }

  @Override
  public Outcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Outcome o = base.get(next % base.size());
    String id = o.docId() + "~" + (next / base.size());
    next++;
    return withDocId(o, id);
  }

  static Outcome withDocId(Outcome o, String docId) {
    if (o instanceof ErrorRecord e) {
      return new ErrorRecord(docId, e.code(), e.message());
    }
    PressRecord r = (PressRecord) o;
    return new PressRecord(r.schemaVersion(), docId, r.title(), r.published(), r.entities(), r.dates(),
        r.citations(), r.roles(), r.event(), r.warnings(), r.text());
  }
}
