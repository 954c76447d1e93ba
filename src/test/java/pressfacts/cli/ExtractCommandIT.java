package pressfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.db.RecordDatabase;
import pressfacts.testing.Skips;

/** The extract command as a user runs it: bad inputs in a batch, exit codes, resume after a kill. */
class ExtractCommandIT {
  private static final ObjectMapper M = new ObjectMapper();
  private static final String GOOD = "Court of Appeal held a meeting\n\n05.08.2008, 12:35\n\n"
      + "On 19 September 2019 the Chairman of the Baku Court of Appeal, Ramil Aliyev, met judges.\n";

  private static List<JsonNode> lines(Path out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      nodes.add(M.readTree(l));
    }
    return nodes;
  }

  private static String describe(JsonNode n) {
    if (n.has("error")) {
      return n.get("doc_id").asText() + ":" + n.get("error").get("code").asText();
    }
    List<String> codes = new ArrayList<>();
    n.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
    codes.remove("REPEATED_TITLE");
    codes.remove("PUBLISHED_BEFORE_EVENT");
    return n.get("doc_id").asText() + ":record" + (codes.isEmpty() ? "" : codes.toString());
  }

  @Test
  void everyBadInputIsAccountedForInOrder(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("01-good.txt"), GOOD);
    Files.write(in.resolve("02-empty.txt"), new byte[0]);
    Files.writeString(in.resolve("03-blank.txt"), "  \n\t\n");
    Files.write(in.resolve("04-binary.txt"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1});
    byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    bad[10] = (byte) 0xFF;
    Files.write(in.resolve("05-bad-utf8.txt"), bad);
    byte[] bom = new byte[good.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(good, 0, bom, 3, good.length);
    Files.write(in.resolve("06-utf8-bom.txt"), bom);
    byte[] u16 = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16LE);
    Files.write(in.resolve("07-utf16.txt"), u16);
    Files.writeString(in.resolve("08-crlf.txt"), GOOD.replace("\n", "\r\n"));
    Files.writeString(in.resolve("09-cr.txt"), GOOD.replace("\n", "\r"));
    Files.writeString(in.resolve("10-not-english.txt"), "Azərbaycan Respublikası Ali Məhkəməsinin sədri "
        + "xarici nümayəndə heyəti ilə görüşüb. ".repeat(8));
    Files.writeString(in.resolve("11-page.html"), "<html><head><title>Court met</title><script>var x=1;</script></head>"
        + "<body><nav>Home | News</nav><p>On 19 September 2019 the Chairman met judges.</p></body></html>");
    Path jsonl = dir.resolve("12-items.jsonl");
    Files.writeString(jsonl, "{\"doc_id\":\"j1\",\"text\":\"Judges met.\"}\n{broken\n{\"doc_id\":\"j3\"}\n"
        + "{\"doc_id\":\"j1\",\"text\":\"Judges met again.\"}\n");
    Path out = dir.resolve("out.jsonl");

    int exit = PressfactsCommand.commandLine().execute("extract", "-q", "-o", out.toString(), in.toString(),
        jsonl.toString(), dir.resolve("missing.txt").toString());

    assertEquals(1, exit);
    List<String> got = lines(out).stream().map(ExtractCommandIT::describe).toList();
    assertEquals(List.of("01-good:record", "02-empty:EMPTY_INPUT", "03-blank:EMPTY_INPUT", "04-binary:BINARY_INPUT",
        "05-bad-utf8:record[INVALID_UTF8]", "06-utf8-bom:record", "07-utf16:record", "08-crlf:record", "09-cr:record",
        "10-not-english:record[NOT_ENGLISH]", "11-page:record", "j1:record", "12-items.jsonl:2:MALFORMED_JSONL",
        "j3:MISSING_TEXT", "j1:record[DUPLICATE_DOC_ID]", "missing:UNREADABLE"), got);
    // HTML: the record carries the extracted text, without script or navigation, so offsets can be checked.
    JsonNode page = lines(out).get(10);
    String text = page.get("text").asText();
    assertTrue(text.startsWith("Court met") && !text.contains("var x") && !text.contains("Home"), text);
  }

  @Test
  void resumeAfterAKillWritesEveryDocumentExactlyOnce(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    for (int i = 1; i <= 6; i++) {
      Files.writeString(in.resolve("doc" + i + ".txt"), GOOD.replace("Ramil", "Ramil" + i));
    }
    Path out = dir.resolve("out.jsonl");
    assertEquals(0, PressfactsCommand.commandLine().execute("extract", "-q", "-o", out.toString(), in.toString()));
    List<String> full = Files.readAllLines(out, StandardCharsets.UTF_8);
    // What a kill leaves: three whole records and half of the fourth.
    String partial = String.join("\n", full.subList(0, 3)) + "\n" + full.get(3).substring(0, full.get(3).length() / 2);
    Files.writeString(out, partial);

    assertEquals(0, PressfactsCommand.commandLine().execute("extract", "-q", "--resume", "-o", out.toString(), in.toString()));

    assertEquals(full, Files.readAllLines(out, StandardCharsets.UTF_8));
  }

  /** Issue: a kill leaves its records in OUT.partial (OUT itself untouched); --resume goes on from there. */
  @Test
  void resumeGoesOnFromThePartialFileAKillLeaves(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    for (int i = 1; i <= 4; i++) {
      Files.writeString(in.resolve("doc" + i + ".txt"), GOOD.replace("Ramil", "Ramil" + i));
    }
    Path out = dir.resolve("out.jsonl");
    assertEquals(0, PressfactsCommand.commandLine().execute("extract", "-q", "-o", out.toString(), in.toString()));
    List<String> full = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertFalse(Files.exists(dir.resolve("out.jsonl.partial")), "a complete run leaves no partial file");
    Files.writeString(out, "an older output\n");
    Files.writeString(dir.resolve("out.jsonl.partial"), full.get(0) + "\n" + full.get(1).substring(0, 10));

    assertEquals(0, PressfactsCommand.commandLine().execute("extract", "-q", "--resume", "-o", out.toString(), in.toString()));

    assertEquals(full, Files.readAllLines(out, StandardCharsets.UTF_8));
    assertFalse(Files.exists(dir.resolve("out.jsonl.partial")));
  }

  /** Issue: --resume did not check that the input was the one the output was made from. */
  @Test
  void resumeRefusesInputsThatChangedSinceTheRunBegan(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("doc1.txt"), GOOD);
    Files.writeString(in.resolve("doc2.txt"), GOOD.replace("Ramil", "Rauf"));
    Path out = dir.resolve("out.jsonl");
    assertEquals(0, PressfactsCommand.commandLine().execute("extract", "-q", "-o", out.toString(), in.toString()));
    assertTrue(Files.exists(dir.resolve("out.jsonl.manifest.json")));
    Files.writeString(in.resolve("doc2.txt"), GOOD.replace("Ramil", "Rashad"));

    assertEquals(2, PressfactsCommand.commandLine().execute("extract", "-q", "--resume", "-o", out.toString(), in.toString()));
    assertEquals(2, PressfactsCommand.commandLine().execute("extract", "-q", "--resume", "-o", out.toString(),
        in.resolve("doc1.txt").toString()));
    assertEquals(0, PressfactsCommand.commandLine().execute("extract", "-q", "--resume", "--force-resume", "-o",
        out.toString(), in.toString()));
  }

  /** Issue: 'extract -o X.jsonl X.jsonl' emptied its own input. */
  @Test
  void anOutputThatIsAnInputIsRefusedBeforeAnythingIsOpened(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("docs.jsonl");
    String content = "{\"doc_id\": \"a\", \"text\": \"The court met.\"}\n";
    Files.writeString(jsonl, content);
    Path txt = dir.resolve("doc.txt");
    Files.writeString(txt, GOOD);
    assertEquals(2, PressfactsCommand.commandLine().execute("extract", "-q", "-o", jsonl.toString(), jsonl.toString()));
    assertEquals(2, PressfactsCommand.commandLine().execute("extract", "-q", "-o", txt.toString(), txt.toString()));
    // The same file under another name (a relative path with '..') is the same input.
    Path other = dir.resolve("sub").resolve("..").resolve("docs.jsonl");
    Files.createDirectories(dir.resolve("sub"));
    assertEquals(2, PressfactsCommand.commandLine().execute("extract", "-q", "-o", other.toString(), jsonl.toString()));
    assertEquals(content, Files.readString(jsonl));
    assertEquals(GOOD, Files.readString(txt));
  }

  /** Issue: --pretty on several documents printed objects one after another, which no JSON reader accepts. */
  @Test
  void prettyWritesOneJsonArray(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), GOOD);
    Files.writeString(dir.resolve("b.txt"), GOOD.replace("Ramil", "Rauf"));
    Path out = dir.resolve("pretty.json");
    assertEquals(0, PressfactsCommand.commandLine().execute("extract", "-q", "--pretty", "-o", out.toString(),
        dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString()));
    JsonNode all = new ObjectMapper().readTree(Files.readString(out));
    assertTrue(all.isArray(), "an array");
    assertEquals(List.of("a", "b"), List.of(all.get(0).get("doc_id").asText(), all.get(1).get("doc_id").asText()));
    assertEquals(2, PressfactsCommand.commandLine().execute("extract", "--pretty", "--resume", "-o", out.toString(), "x.txt"));
  }

  /**
   * Issue 18.7: extract --db on PostgreSQL stopped for good on a document the server refuses (a NUL
   * in a title, a doc_id over 1,000 characters), and --resume stopped on it again. Each becomes an
   * error row and the same error record in -o, and the batch goes on; a resume after a kill does
   * the same. Runs when PRESSFACTS_TEST_PG_URL names a server (.ci/run starts one), in a new schema.
   */
  @Test
  void extractDbOnPostgresqlTurnsARefusedDocumentIntoAnErrorRowAndGoesOn(@TempDir Path dir) throws Exception {
    String base = System.getenv("PRESSFACTS_TEST_PG_URL");
    Skips.unless(base != null && !base.isBlank(), "PRESSFACTS_TEST_PG_URL is not set; the PostgreSQL tests skip");
    String schema = "pressfacts_it_" + Long.toString(System.nanoTime(), 36);
    String longId = "x".repeat(1001);
    Path in = dir.resolve("items.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"doc_id\": \"g1\", \"text\": " + M.writeValueAsString(GOOD) + "}",
        "{\"doc_id\": \"n1\", \"title\": \"Court\\u0000met\", \"text\": " + M.writeValueAsString(GOOD) + "}",
        "{\"doc_id\": \"" + longId + "\", \"text\": " + M.writeValueAsString(GOOD) + "}",
        "{\"doc_id\": \"g2\", \"text\": " + M.writeValueAsString(GOOD.replace("Ramil", "Rauf")) + "}") + "\n");
    Path out = dir.resolve("out.jsonl");
    try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try {
      assertEquals(1, PressfactsCommand.commandLine().execute("extract", "-q", "--db", url, "-o", out.toString(),
          in.toString()));
      List<String> full = Files.readAllLines(out, StandardCharsets.UTF_8);
      assertEquals(List.of("g1:record", "n1:DATABASE_REFUSED", longId + ":DATABASE_REFUSED", "g2:record"),
          lines(out).stream().map(ExtractCommandIT::describe).toList());
      String stored = "documents: g1, g2; errors: n1, " + RecordDatabase.standInKey(longId);
      assertEquals(stored, pgRows(url));

      // A kill after the first record; --resume goes on past the refused documents to the end.
      Files.writeString(out, full.get(0) + "\n");
      assertEquals(1, PressfactsCommand.commandLine().execute("extract", "-q", "--resume", "--db", url, "-o",
          out.toString(), in.toString()));
      assertEquals(full, Files.readAllLines(out, StandardCharsets.UTF_8));
      assertEquals(stored, pgRows(url));
    } finally {
      try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static String pgRows(String url) throws SQLException {
    List<String> docs = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT doc_id FROM documents ORDER BY doc_id")) {
        while (rs.next()) {
          docs.add(rs.getString(1));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT doc_id FROM errors ORDER BY doc_id")) {
        while (rs.next()) {
          errors.add(rs.getString(1));
        }
      }
    }
    return "documents: " + String.join(", ", docs) + "; errors: " + String.join(", ", errors);
  }

  /**
   * Issue 18.8: a doc_id repeated in the batch. The output keeps every record (the later ones with
   * DUPLICATE_DOC_ID), the database keeps the last, and the summary counts the repeats.
   */
  @Test
  void extractDbKeepsTheLastRecordOfARepeatedDocIdAndCountsIt(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("items.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"doc_id\": \"j1\", \"title\": \"first\", \"text\": " + M.writeValueAsString(GOOD) + "}",
        "{\"doc_id\": \"j2\", \"text\": " + M.writeValueAsString(GOOD) + "}",
        "{\"doc_id\": \"j1\", \"title\": \"second\", \"text\": " + M.writeValueAsString(GOOD) + "}") + "\n");
    Path out = dir.resolve("out.jsonl");
    Path db = dir.resolve("facts.db");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    int exit;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      exit = PressfactsCommand.commandLine().execute("extract", "--db", db.toString(), "-o", out.toString(),
          in.toString());
    } finally {
      System.setErr(stderr);
    }
    String said = err.toString(StandardCharsets.UTF_8);

    assertEquals(0, exit, said);
    assertEquals(List.of("j1:record", "j2:record", "j1:record[DUPLICATE_DOC_ID]"),
        lines(out).stream().map(ExtractCommandIT::describe).toList());
    assertTrue(said.contains("3 documents, 3 records, 0 error records; 1 repeat an earlier doc_id of the batch"), said);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT d.doc_id, d.title, w.code FROM documents d"
             + " LEFT JOIN warnings w ON w.doc_id = d.doc_id AND w.code = 'DUPLICATE_DOC_ID' ORDER BY d.doc_id")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
      }
      assertEquals(List.of("j1 second DUPLICATE_DOC_ID", "j2 Court of Appeal held a meeting null"), rows);
    }
  }

  /** Issue: runs that did nothing exited 0. */
  @Test
  void evalOfAFolderWithoutGoldIsAnError(@TempDir Path dir) {
    assertEquals(2, PressfactsCommand.commandLine().execute("eval", dir.toString()));
  }

  /** Issue: 'load' of a missing file still created the database file. */
  @Test
  void loadOfAMissingFileCreatesNoDatabase(@TempDir Path dir) {
    Path db = dir.resolve("facts.db");
    assertEquals(2, PressfactsCommand.commandLine().execute("load", "-q", "--db", db.toString(),
        dir.resolve("no-such.jsonl").toString()));
    assertFalse(Files.exists(db));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, PressfactsCommand.commandLine().execute("extract"));
    assertEquals(2, PressfactsCommand.commandLine().execute("extract", "--threads", "0", "x.txt"));
    assertEquals(2, PressfactsCommand.commandLine().execute("extract", "--resume", "x.txt"));
  }
}
