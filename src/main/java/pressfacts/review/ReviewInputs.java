package pressfacts.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pressfacts.io.DocumentSource;
import pressfacts.io.RecordLines;
import pressfacts.io.SourceItem;
import pressfacts.io.TextDecoder;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;

/**
 * Pairs the records of a JSONL file with their texts. Texts are read exactly as {@code extract}
 * reads them ({@link DocumentSource}), so the offsets of a record index into the same string; a
 * record that carries its own {@code text} (HTML input) uses that one. Items keep the order of
 * the records file.
 */
public final class ReviewInputs {
  private ReviewInputs() {
  }

  /** Reads every record of {@code records}; throws {@link IOException} or {@link IllegalArgumentException} naming the bad line. */
  public static List<ReviewItem> load(Path records, List<String> inputs) throws IOException {
    Map<String, String> texts = texts(inputs);
    List<ReviewItem> items = new ArrayList<>();
    try (InputStream in = Files.newInputStream(records)) {
      RecordLines.read(in, new RecordLines.Visitor() {
        public boolean record(Outcome o, int lineNo) {
          String own = o instanceof PressRecord r ? r.text() : null;
          return items.add(new ReviewItem(o, own != null ? own : texts.get(o.docId())));
        }

        public boolean notARecord(int lineNo, String message) {
          throw new IllegalArgumentException(records + ":" + lineNo + ": " + message);
        }
      });
    }
    return items;
  }

  /** doc_id to text of every readable input document; the first of duplicate ids wins, as in records order. */
  static Map<String, String> texts(List<String> inputs) {
    Map<String, String> texts = new HashMap<>();
    DocumentSource source = new DocumentSource(inputs, InputStream.nullInputStream(), TextDecoder.DEFAULT_MAX_BYTES);
    while (source.hasNext()) {
      SourceItem item = source.next();
      if (item.document() != null) {
        texts.putIfAbsent(item.docId(), item.document().text());
      }
    }
    return texts;
  }
}
