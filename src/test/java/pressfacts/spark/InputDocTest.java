package pressfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.io.SourceItem;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;

/** What the Spark job moves between tasks comes back equal, and its keys sort in batch order. */
class InputDocTest {

  private static SourceItem throughJavaSerialization(SourceItem item) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(b)) {
      out.writeObject(InputDoc.of(item));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
      return ((InputDoc) in.readObject()).item();
    }
  }

  @Test
  void documentsAndErrorItemsComeBackEqual() throws Exception {
    List<SourceItem> items = List.of(
        SourceItem.of(Document.of("a", "Judges met.")),
        SourceItem.of(new Document("b", "Judges met.", DateValue.parse("2008-08-05T12:35"), "Title",
            List.of(new Warning(WarningCode.INVALID_UTF8, "bad bytes")), false)),
        SourceItem.of(new Document("c", "Court met", DateValue.parse("2019-09"), null, List.of(), true)),
        SourceItem.failed(new ErrorRecord("x.jsonl:3", ErrorCode.MALFORMED_JSONL, "line 3 is not JSON")));
    for (SourceItem it : items) {
      assertEquals(it, throughJavaSerialization(it));
    }
  }

  @Test
  void keysSortByInputThenFileThenLine() {
    List<OrderKey> sorted = List.of(new OrderKey(1, "", 0), new OrderKey(0, "b", 0), new OrderKey(0, "a", 10),
        new OrderKey(0, "a", 2)).stream().sorted().toList();
    assertEquals(List.of(new OrderKey(0, "a", 2), new OrderKey(0, "a", 10), new OrderKey(0, "b", 0),
        new OrderKey(1, "", 0)), sorted);
  }
}
