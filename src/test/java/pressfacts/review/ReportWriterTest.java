package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.doc.EventType;

/** The static report's page names: one page per doc_id, whatever the id's length, case or characters. */
class ReportWriterTest {
  @TempDir
  Path report;

  private static ReviewItem item(String docId) {
    return new ReviewItem(ReviewFixtures.record(docId, List.of(), EventType.MEETING), ReviewFixtures.TEXT);
  }

  @Test
  void aDocIdOfHundredsOfCharactersGetsItsPage() throws IOException {
    String longId = "county/" + "Press release on the sentencing of a defendant ".repeat(8) + "2021";
    String longer = longId + " (updated)";
    List<ReviewItem> items = List.of(item(longId), item(longer), item("harbour"));
    assertEquals(4, new ReportWriter(new Templates()).write(items, report));
    PageNames pages = new PageNames(items);
    assertNotEquals(pages.of(longId), pages.of(longer));
    String index = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
    for (String id : List.of(longId, longer)) {
      Path page = report.resolve(pages.of(id) + ".html");
      assertTrue(page.getFileName().toString().length() < 120, page.getFileName().toString());
      assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains(id.substring(0, 60)), "the page names its doc");
      assertTrue(index.contains("href=\"" + pages.of(id) + ".html\""), "the index links the page");
    }
    assertEquals("doc-harbour", pages.of("harbour"), "short ids keep readable names");
  }

  @Test
  void idsDifferingOnlyInCaseGetPagesThatDifferInAnyFileSystem() {
    // On a case-insensitive file system (macOS, Windows) doc-D01.html and doc-d01.html are one file.
    List<ReviewItem> items = List.of(item("D01"), item("d01"), item("d 01"), item("d_01"));
    PageNames pages = new PageNames(items);
    Set<String> folded = new HashSet<>();
    for (ReviewItem i : items) {
      assertTrue(folded.add(pages.of(i.docId()).toLowerCase(Locale.ROOT)), "page of " + i.docId() + " is taken");
    }
  }

  @Test
  void theReviewCommandWritesThePageOfALongDocId() throws IOException {
    String longId = "Press release on the sentencing of a defendant ".repeat(8).strip();
    Path input = report.resolve("input.jsonl");
    Files.writeString(input, "{\"doc_id\": \"" + longId + "\", \"text\": "
        + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ReviewFixtures.TEXT) + "}\n",
        StandardCharsets.UTF_8);
    Path records = report.resolve("records.jsonl");
    Files.writeString(records, pressfacts.record.RecordJson.line(ReviewFixtures.record(longId, List.of(), EventType.MEETING))
        + "\n", StandardCharsets.UTF_8);
    Path out = report.resolve("out");
    assertEquals(0, pressfacts.cli.PressfactsCommand.commandLine().execute("review", records.toString(), input.toString(),
        "-o", out.toString()));
    List<ReviewItem> items = ReviewInputs.load(records, List.of(input.toString()));
    assertTrue(Files.exists(out.resolve(new PageNames(items).of(longId) + ".html")));
  }
}
