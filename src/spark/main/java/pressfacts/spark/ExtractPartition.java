package pressfacts.spark;

import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import pressfacts.io.SourceItem;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.RecordJson;
import pressfacts.run.BatchInputs;
import pressfacts.run.Extractor;
import scala.Tuple2;

/**
 * What one task does with its partition: each document, in order, through the executor JVM's
 * extractor, to the exact JSON line {@code extract} writes for it. Lazy (one document at a time in
 * memory); a document that fails becomes its error record and the partition goes on. A document
 * whose doc_id occurred before in the batch gets extract's DUPLICATE_DOC_ID warning, numbered by
 * the {@code duplicates} the driver counted over the whole batch.
 */
final class ExtractPartition implements PairFlatMapFunction<Iterator<Tuple2<OrderKey, InputDoc>>, OrderKey, String> {
  private static final long serialVersionUID = 1L;

  private final ExtractorSource source;
  private final Broadcast<Map<OrderKey, Integer>> duplicates;
  private final LongAccumulator documents;
  private final LongAccumulator errors;

  ExtractPartition(ExtractorSource source, Broadcast<Map<OrderKey, Integer>> duplicates, LongAccumulator documents,
                   LongAccumulator errors) {
    this.source = source;
    this.duplicates = duplicates;
    this.documents = documents;
    this.errors = errors;
  }

  @Override
  public Iterator<Tuple2<OrderKey, String>> call(Iterator<Tuple2<OrderKey, InputDoc>> docs) {
    Map<OrderKey, Integer> dups = duplicates.value();
    return new Iterator<>() {
      private Extractor extractor;

      public boolean hasNext() {
        return docs.hasNext();
      }

      public Tuple2<OrderKey, String> next() {
        Tuple2<OrderKey, InputDoc> t = docs.next();
        SourceItem item = t._2().item();
        Integer n = dups.get(t._1());
        if (n != null) {
          item = BatchInputs.markRepeat(item, n);
        }
        if (extractor == null && item.error() == null) {
          extractor = source.extractor();
        }
        Outcome o = SafeExtract.extract(extractor, item);
        documents.add(1);
        if (o instanceof ErrorRecord) {
          errors.add(1);
        }
        return new Tuple2<>(t._1(), RecordJson.line(o));
      }
    };
  }
}
