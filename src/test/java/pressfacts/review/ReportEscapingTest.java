package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.DateValue;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.EventType;
import pressfacts.doc.Mention;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.record.Published;
import pressfacts.record.PressRecord;

/**
 * Text from a document reaches the pages only HTML-escaped: in element content and in attribute
 * values, on the document page and on the index. Each row puts a hostile string in one field.
 */
class ReportEscapingTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ATTRIBUTE_BREAK = "x\" onmouseover=\"alert(2)";

  static Stream<Arguments> hostile() {
    String text = "Intro " + SCRIPT + " and " + ATTRIBUTE_BREAK + " end";
    return Stream.of(
        // A script tag in the document text (shown inside the text pane and in mention buttons).
        Arguments.of("text", text, "doc", "Title", SCRIPT, "&lt;script&gt;alert(1)&lt;/script&gt;"),
        // A quote that would close the title="" attribute of a mark.
        Arguments.of("attribute", text, "doc", "Title", "\" onmouseover=\"", "&quot; onmouseover&#61;&quot;"),
        // A tag in the title (page heading and index cell).
        Arguments.of("title", text, "doc", "The <u>court</u>", "<u>court</u>", "&lt;u&gt;court&lt;/u&gt;"),
        // A tag in the doc_id (index link text and page heading).
        Arguments.of("doc_id", text, "d<u>1</u>", "Title", "<u>1</u>", "d&lt;u&gt;1&lt;/u&gt;"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void hostileTextIsEscaped(String field, String text, String docId, String title, String raw, String escaped) {
    int s = text.indexOf(SCRIPT);
    int q = text.indexOf(ATTRIBUTE_BREAK);
    // Entity names go into title="" attributes of the marks; mentions into buttons.
    Entity e1 = new Entity("e1", EntityType.PERSON, SCRIPT,
        List.of(Mention.of(text, new pressfacts.doc.CharSpan(s, s + SCRIPT.length()), EntityType.PERSON)));
    Entity e2 = new Entity("e2", EntityType.LOCATION, ATTRIBUTE_BREAK,
        List.of(Mention.of(text, new pressfacts.doc.CharSpan(q, q + ATTRIBUTE_BREAK.length()), EntityType.LOCATION)));
    PressRecord r = new PressRecord(PressRecord.SCHEMA_VERSION, docId, title, Published.supplied(DateValue.parse("2021-01-02")),
        List.of(e1, e2), List.of(), List.of(), List.of(), new pressfacts.doc.Event(EventType.OTHER, null),
        List.of(new Warning(WarningCode.NOT_ENGLISH, SCRIPT)), null);
    Templates t = new Templates();
    List<ReviewItem> items = List.of(new ReviewItem(r, text));
    for (boolean editable : new boolean[] {false, true}) {
      String page = t.document(ReportModel.document(r, text, editable, editable ? "api/x.json" : null,
          editable ? "t0ken" : null, null));
      assertFalse(page.contains(raw), field + ": raw '" + raw + "' on the page");
      assertTrue(page.contains(escaped), field + ": escaped '" + escaped + "' missing from the page");
    }
    String index = t.index(ReportModel.index(items, new PageNames(items), false));
    assertFalse(index.contains("<u>") || index.contains(SCRIPT), "raw markup on the index");
  }
}
