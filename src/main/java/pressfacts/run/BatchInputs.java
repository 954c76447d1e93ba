package pressfacts.run;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.io.SourceItem;
import pressfacts.record.ErrorRecord;

/** Batch-level views of an input stream: duplicate doc_ids marked, documents already done skipped. */
public final class BatchInputs {
  private BatchInputs() {
  }

  /**
   * Marks every item whose doc_id was seen before in the stream, and counts them: a document gets a
   * DUPLICATE_DOC_ID warning, an input that gave an error record a note at the end of its message.
   * Every item is kept, so the output still has one line per input; a database holds one document
   * per doc_id, and there the last one wins (README, "Duplicate doc_ids").
   */
  public static DuplicateMarks markDuplicates(Iterator<SourceItem> items) {
    return new DuplicateMarks(items);
  }

  /** The items of a stream with repeated doc_ids marked; {@link #repeated} counts the marked ones so far. */
  public static final class DuplicateMarks implements Iterator<SourceItem> {
    private final Iterator<SourceItem> items;
    private final Map<String, Integer> seen = new HashMap<>();
    private long repeated;

    private DuplicateMarks(Iterator<SourceItem> items) {
      this.items = items;
    }

    /** How many items so far had a doc_id that an earlier item already had. */
    public long repeated() {
      return repeated;
    }

    @Override
    public boolean hasNext() {
      return items.hasNext();
    }

    @Override
    public SourceItem next() {
      SourceItem item = items.next();
      int n = seen.merge(item.docId(), 1, Integer::sum);
      if (n == 1) {
        return item;
      }
      repeated++;
      return markRepeat(item, n);
    }
  }

  /**
   * The {@code n}-th occurrence (n &ge; 2) of a doc_id in a batch, marked: a document gets a
   * DUPLICATE_DOC_ID warning, an error record a note at the end of its message. Shared by every
   * runner (extract, the Spark job) so that their records are the same bytes.
   */
  public static SourceItem markRepeat(SourceItem item, int n) {
    String note = "doc_id '" + item.docId() + "' occurs " + n + " times in this batch so far: every one is kept"
        + " in the output, and a database keeps only the last";
    if (item.document() == null) {
      ErrorRecord e = item.error();
      return SourceItem.failed(new ErrorRecord(e.docId(), e.code(), e.message() + "; " + note));
    }
    return SourceItem.of(item.document().withWarning(new Warning(WarningCode.DUPLICATE_DOC_ID, note)));
  }

  /**
   * Skips, for each doc_id, as many occurrences as {@code done} counts (records already in the
   * output of an interrupted run), so duplicates are resumed correctly too.
   */
  public static Iterator<SourceItem> skipDone(Iterator<SourceItem> items, Map<String, Integer> done) {
    Map<String, Integer> left = new HashMap<>(done);
    return new Iterator<>() {
      private SourceItem next;

      public boolean hasNext() {
        while (next == null && items.hasNext()) {
          SourceItem it = items.next();
          Integer n = left.get(it.docId());
          if (n != null && n > 0) {
            left.put(it.docId(), n - 1);
          } else {
            next = it;
          }
        }
        return next != null;
      }

      public SourceItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SourceItem it = next;
        next = null;
        return it;
      }
    };
  }
}
