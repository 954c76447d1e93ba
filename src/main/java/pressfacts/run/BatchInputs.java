package pressfacts.run;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.io.SourceItem;

/** Batch-level views of an input stream: duplicate doc_ids marked, documents already done skipped. */
public final class BatchInputs {
  private BatchInputs() {
  }

  /** Every document whose doc_id was seen before in the stream gets a DUPLICATE_DOC_ID warning; both are kept. */
  public static Iterator<SourceItem> markDuplicates(Iterator<SourceItem> items) {
    Map<String, Integer> seen = new HashMap<>();
    return map(items, item -> {
      int n = seen.merge(item.docId(), 1, Integer::sum);
      if (n == 1 || item.document() == null) {
        return item;
      }
      return SourceItem.of(item.document().withWarning(duplicate(item.docId(), n)));
    });
  }

  /** The warning of the {@code n}-th occurrence (n &ge; 2) of a doc_id in a batch, counting error items too. */
  public static Warning duplicate(String docId, int n) {
    return new Warning(WarningCode.DUPLICATE_DOC_ID,
        "doc_id '" + docId + "' occurs " + n + " times in this batch so far; records are kept in input order");
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

  private static Iterator<SourceItem> map(Iterator<SourceItem> items, UnaryOperator<SourceItem> f) {
    return new Iterator<>() {
      public boolean hasNext() {
        return items.hasNext();
      }

      public SourceItem next() {
        return f.apply(items.next());
      }
    };
  }
}
