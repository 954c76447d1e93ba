package pressfacts.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

  private static List<SourceItem> items(byte[] jsonl, String source, int maxChars) {
    List<SourceItem> out = new ArrayList<>();
    new JsonlReader(source, new ByteArrayInputStream(jsonl), maxChars).forEachRemaining(out::add);
    return out;
  }

  private static List<String> read(byte[] jsonl, int maxChars) {
    return items(jsonl, "in.jsonl", maxChars).stream().map(item -> item.docId() + ":"
        + (item.error() == null ? "ok" + item.document().sourceWarnings().stream().map(w -> "+" + w.code()).reduce("", String::concat)
        : item.error().code().name())).toList();
  }

  private static List<String> read(String jsonl) {
    return read(jsonl.getBytes(StandardCharsets.UTF_8), 1000);
  }

  @Test
  void everyLineGivesOneItemAndBadLinesAreNamed() {
    String jsonl = String.join("\n",
        "{\"doc_id\": \"a\", \"text\": \"Court met.\"}",   // doc_id
        "{\"id\": \"b\", \"text\": \"Court met.\"}",       // id instead of doc_id
        "{not json",                                        // malformed: named by source and line
        "",                                                 // blank lines are skipped
        "{\"doc_id\": \"d\"}",                              // no text
        "[1, 2]",                                           // not an object
        "{\"doc_id\": \"f\", \"text\": \"x\", \"published\": \"5 May\"}", // published not ISO
        "{\"doc_id\": \"g\", \"text\": \"  \"}");           // empty text
    assertEquals(List.of("a:ok", "b:ok", "in.jsonl:3:MALFORMED_JSONL", "d:MISSING_TEXT",
        "in.jsonl:6:MALFORMED_JSONL", "f:BAD_FIELD", "g:EMPTY_INPUT"), read(jsonl));
  }

  /** Issue: one invalid byte used to drop every later line of the file. */
  @Test
  void anInvalidByteSpoilsOnlyItsOwnLine() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("{\"doc_id\": \"a\", \"text\": \"Court met.\"}\n".getBytes(StandardCharsets.UTF_8));
    b.writeBytes("{\"doc_id\": \"b\", \"text\": \"Caf".getBytes(StandardCharsets.UTF_8));
    b.write(0xE9); // Latin-1 'é': not UTF-8
    b.writeBytes(" met.\"}\n{\"doc_id\": \"c\", \"text\": \"Court met.\"}\n".getBytes(StandardCharsets.UTF_8));
    List<SourceItem> items = items(b.toByteArray(), "in.jsonl", 1000);
    assertEquals(List.of("a:ok", "b:ok+INVALID_UTF8", "c:ok"), read(b.toByteArray(), 1000));
    assertEquals("Caf\uFFFD met.", items.get(1).document().text());
    assertTrue(items.get(1).document().sourceWarnings().get(0).message().contains("line 2 of 'in.jsonl'"));
  }

  /** Issue: two objects on one line, or trailing garbage, were read as the first object. */
  @Test
  void anythingAfterTheObjectMakesTheLineMalformed() {
    assertEquals(List.of("in.jsonl:1:MALFORMED_JSONL", "in.jsonl:2:MALFORMED_JSONL", "c:ok"), read(String.join("\n",
        "{\"doc_id\": \"a\", \"text\": \"x\"} {\"doc_id\": \"a2\", \"text\": \"y\"}",
        "{\"doc_id\": \"b\", \"text\": \"x\"} trailing",
        "{\"doc_id\": \"c\", \"text\": \"x\"}")));
  }

  /** Issue: a line had no length bound (a huge line ended in OutOfMemoryError), and was MALFORMED_JSONL. */
  @Test
  void aLineOverTheBoundIsSkippedUnreadAsTooLargeUnderItsOwnId() {
    int maxChars = 100; // bound: 100 * 6 + 1024 bytes
    String huge = "{\"doc_id\": \"big \\\"one\\\"\", \"text\": \"" + "x".repeat(5000) + "\"}";
    String jsonl = huge + "\n{\"doc_id\": \"next\", \"text\": \"Court met.\"}\n";
    List<SourceItem> items = items(jsonl.getBytes(StandardCharsets.UTF_8), "in.jsonl", maxChars);
    assertEquals(List.of("big \"one\":TOO_LARGE", "next:ok"), read(jsonl.getBytes(StandardCharsets.UTF_8), maxChars));
    assertTrue(items.get(0).error().message().contains("skipped unread"), items.get(0).error().message());
    // Under the line bound but over the character limit: parsed, and still TOO_LARGE under its id.
    assertEquals(List.of("mid:TOO_LARGE"), read(("{\"doc_id\": \"mid\", \"text\": \"" + "x".repeat(200) + "\"}")
        .getBytes(StandardCharsets.UTF_8), maxChars));
  }

  /** Issue: ids with a lone surrogate became '?' on output, so two such ids collided. */
  @Test
  void aDocIdWithALoneSurrogateIsABadField() {
    assertEquals(List.of("in.jsonl:1:BAD_FIELD", "in.jsonl:2:BAD_FIELD", "ok\uD83D\uDE00:ok"), read(String.join("\n",
        "{\"doc_id\": \"a\\uD800\", \"text\": \"x\"}",
        "{\"doc_id\": \"a\\uDC00\", \"text\": \"x\"}",
        "{\"doc_id\": \"ok\\uD83D\\uDE00\", \"text\": \"x\"}")));
  }

  @Test
  void plainTextOnStdinIsToldToUseJsonLines() {
    List<SourceItem> items = items("The Supreme Court met today.\n".getBytes(StandardCharsets.UTF_8), "<stdin>", 1000);
    assertEquals(1, items.size());
    assertTrue(items.get(0).error().message().contains("standard input takes JSON Lines"), items.get(0).error().message());
  }

  /** Issue: a feed's fields that pressfacts does not read vanished without a word. */
  @Test
  void fieldsThatAreNotUsedAreCollected() {
    java.util.Set<String> unused = new java.util.TreeSet<>();
    new JsonlReader("in.jsonl", new ByteArrayInputStream(("{\"id\": \"a\", \"text\": \"x\", \"feed_date\": \"2020-01-01\","
        + " \"url\": \"u\"}\n{\"id\": \"b\", \"text\": \"y\", \"title\": \"T\"}\n").getBytes(StandardCharsets.UTF_8)),
        1000, unused).forEachRemaining(i -> { });
    assertEquals(java.util.Set.of("feed_date", "url"), unused);
  }

  @Test
  void crLfLineEndsAndAByteOrderMarkAreRead() {
    assertEquals(List.of("a:ok", "b:ok"), read("\uFEFF{\"doc_id\": \"a\", \"text\": \"x\"}\r\n{\"doc_id\": \"b\", \"text\": \"y\"}\r\n"));
  }

  @Test
  void publishedAcceptsDatesAndDateTimes() {
    assertEquals("2008-08-05", JsonlReader.parsePublished("2008-08-05").iso());
    // a supplied date keeps its zone offset (issue 17), written the ISO way ("+0530" is "+05:30", zero is "Z")
    assertEquals("2008-08-05T12:35+04:00", JsonlReader.parsePublished("2008-08-05T12:35:10+04:00").iso());
    assertEquals("2008-08-05T12:35+05:30", JsonlReader.parsePublished("2008-08-05T12:35+0530").iso());
    assertEquals("2008-08-05T12:35-05:00", JsonlReader.parsePublished("2008-08-05 12:35:00.000-05:00").iso());
    assertEquals("2008-08-05T12:35Z", JsonlReader.parsePublished("2008-08-05T12:35:10Z").iso());
    assertEquals("2008-08-05T12:35", JsonlReader.parsePublished("2008-08-05 12:35").iso());
    assertEquals(null, JsonlReader.parsePublished("05.08.2008"));
  }

  private static List<SourceItem> items(String jsonl, FieldNames fields, java.util.Set<String> unused) {
    List<SourceItem> out = new ArrayList<>();
    new JsonlReader("in.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), 1000, unused, fields)
        .forEachRemaining(out::add);
    return out;
  }

  /** Feeds name the publication date "date", "published_at" or "pubDate"; "published" wins when present. */
  @Test
  void aFeedsDateFieldIsThePublicationDateWhenPublishedIsAbsent() {
    List<SourceItem> got = items(String.join("\n",
        "{\"id\": \"a\", \"text\": \"x\", \"date\": \"2020-03-02\"}",
        "{\"id\": \"b\", \"text\": \"x\", \"published_at\": \"2020-03-03T10:15:00Z\"}",
        "{\"id\": \"c\", \"text\": \"x\", \"pubDate\": \"Tue, 10 Jun 2003 04:00:00 GMT\"}",
        "{\"id\": \"d\", \"text\": \"x\", \"published\": \"2021-01-01\", \"date\": \"2020-03-02\"}",
        "{\"id\": \"e\", \"text\": \"x\", \"feed_date\": \"2020-03-02\"}"), FieldNames.DEFAULT, new java.util.TreeSet<>());
    // the offsets written in the feed are kept: "Z" and RFC 1123's "GMT" are offset zero
    assertEquals(List.of("2020-03-02", "2020-03-03T10:15Z", "2003-06-10T04:00Z", "2021-01-01", "null"), got.stream()
        .map(i -> String.valueOf(i.document().suppliedPublished() == null ? null : i.document().suppliedPublished().iso()))
        .toList());
  }

  /** A crawler's feed_date is read only when the user names it; a bad value of the named field is a BAD_FIELD. */
  @Test
  void aNamedFieldReplacesTheDefaults() {
    FieldNames fields = FieldNames.of(List.of("published=feed_date"));
    List<SourceItem> got = items("{\"id\": \"a\", \"text\": \"x\", \"feed_date\": \"2020-03-02\", \"date\": \"2019-01-01\"}\n"
        + "{\"id\": \"b\", \"text\": \"x\", \"feed_date\": \"yesterday\"}\n", fields, new java.util.TreeSet<>());
    assertEquals("2020-03-02", got.get(0).document().suppliedPublished().iso());
    assertEquals("BAD_FIELD", got.get(1).error().code().name());
    assertTrue(got.get(1).error().message().contains("feed_date"), got.get(1).error().message());
    assertEquals(List.of("published=feed_date"), fields.mappings());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FieldNames.of(List.of("url")));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FieldNames.of(List.of("author=x")));
  }

  /** Fields the reader does not use go to the record under "source", as they were, and are still reported. */
  @Test
  void unusedFieldsArePassedThrough() {
    java.util.Set<String> unused = new java.util.TreeSet<>();
    List<SourceItem> got = items("{\"id\": \"a\", \"text\": \"x\", \"feed_date\": \"2020-01-01\", \"n\": 3,"
        + " \"source\": {\"site\": \"s\"}}\n", FieldNames.DEFAULT, unused);
    assertEquals("{feed_date=2020-01-01, n=3, source={site=s}}", got.get(0).document().sourceFields().toString());
    assertEquals(java.util.Set.of("feed_date", "n", "source"), unused);
  }
}
