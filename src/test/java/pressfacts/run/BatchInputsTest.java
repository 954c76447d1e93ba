package pressfacts.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Document;
import pressfacts.doc.Warning;
import pressfacts.io.SourceItem;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;

class BatchInputsTest {

  private static String describe(SourceItem item) {
    if (item.error() != null) {
      return item.docId() + ":" + item.error().code() + ":" + item.error().message();
    }
    return item.docId() + ":" + item.document().sourceWarnings().stream().map(Warning::code).toList();
  }

  /**
   * Issue 18.8: every item whose doc_id came before is marked and counted, an input that gave an
   * error record too (it used to pass unmarked, so its error row silently replaced the record in a
   * database); every item is kept, in order.
   */
  @Test
  void everyRepeatedDocIdIsMarkedAndCountedErrorItemsToo() {
    List<SourceItem> in = List.of(
        SourceItem.of(Document.of("a", "Court met.")),
        SourceItem.of(Document.of("b", "Court met.")),
        SourceItem.of(Document.of("a", "Court met again.")),
        SourceItem.failed(new ErrorRecord("b", ErrorCode.EMPTY_INPUT, "input is empty")),
        SourceItem.of(Document.of("a", "Court met a third time.")));
    BatchInputs.DuplicateMarks marked = BatchInputs.markDuplicates(in.iterator());
    List<String> out = new ArrayList<>();
    marked.forEachRemaining(item -> out.add(describe(item)));

    assertEquals(List.of("a:[]", "b:[]", "a:[DUPLICATE_DOC_ID]",
        "b:EMPTY_INPUT:input is empty; doc_id 'b' occurs 2 times in this batch so far: every one is kept in the"
            + " output, and a database keeps only the last",
        "a:[DUPLICATE_DOC_ID]"), out);
    assertEquals(3, marked.repeated());
  }
}
