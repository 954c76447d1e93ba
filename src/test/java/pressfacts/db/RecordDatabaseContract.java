package pressfacts.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Role;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

/**
 * What every supported database must do with records: the same tests run against SQLite (always)
 * and PostgreSQL (when a server is given). Subclasses hand out the URL of a fresh, empty database.
 */
abstract class RecordDatabaseContract {

  /** A JDBC URL of an empty database (or schema) for one test. */
  abstract String freshUrl() throws Exception;

  /**
   * Whether the database holds a NUL character in text and a doc_id over 1,000 characters: SQLite
   * does (it does not enforce VARCHAR lengths), PostgreSQL refuses both.
   */
  abstract boolean holdsNulAndLongDocIds();

  @Test
  void loadingTwiceStoresEveryFactOnce() throws Exception {
    String url = freshUrl();
    List<Outcome> outcomes = new ArrayList<>(TestRecords.all());
    outcomes.addAll(seedGold());
    load(url, outcomes);
    load(url, outcomes);
    assertEquals(FactCounts.of(outcomes), rowCounts(url));
  }

  @Test
  void handMadeRecordsGiveTheCountsWorkedOutByHand() throws Exception {
    String url = freshUrl();
    load(url, TestRecords.all());
    load(url, TestRecords.all());
    // See TestRecords: entities 3+2+3, mentions 4+2+3, dates 2+1+0, citations 2+1+2,
    // provisions (1+2)+1+0, roles 2+1+2, one warning, one attribute, one error record.
    assertEquals("documents=3, entities=8, entity_attributes=1, mentions=9, dates=3, citations=5, provisions=4,"
        + " roles=5, warnings=1, errors=1", compact(rowCounts(url)));
  }

  @Test
  void aCrashInTheMiddleOfADocumentLeavesNothingOfItAndARerunCompletes() throws Exception {
    String url = freshUrl();
    Migrations.apply(url);
    // A record runs 8 batches (entities, attributes, mentions, dates, citations, provisions,
    // roles, warnings); an error record none. Batch 8+8+3 is c3's mentions: c3's document and
    // entity rows are already inserted when the "crash" comes.
    try (Connection real = Connections.open(url);
         RecordLoader loader = new RecordLoader(FailingConnection.wrap(real, 8 + 8 + 3))) {
      loader.replace(TestRecords.a1());
      loader.replace(TestRecords.b2());
      assertThrows(DatabaseException.class, () -> loader.replace(TestRecords.c3()));
    }
    assertEquals(FactCounts.of(List.of(TestRecords.a1(), TestRecords.b2())), rowCounts(url));
    assertEquals("", query(url, "SELECT doc_id FROM entities WHERE doc_id = 'c3'"));
    load(url, TestRecords.all());
    assertEquals(FactCounts.of(TestRecords.all()), rowCounts(url));
  }

  @Test
  void aBatchStoppedAfterKDocumentsKeepsThoseKAndARerunAddsTheRest() throws Exception {
    String url = freshUrl();
    List<Outcome> all = TestRecords.all();
    try (RecordDatabase db = RecordDatabase.open(url)) {
      for (Outcome o : all.subList(0, 2)) {
        db.load(o);
      }
      // the batch stops here, after two documents
    }
    assertEquals(FactCounts.of(all.subList(0, 2)), rowCounts(url));
    load(url, all);
    assertEquals(FactCounts.of(all), rowCounts(url));
  }

  @Test
  void aRecordTheDatabaseRefusesLeavesThePreviousVersionIntact() throws Exception {
    String url = freshUrl();
    load(url, List.of(TestRecords.a1()));
    PressRecord a1 = TestRecords.a1();
    // A role pointing at an entity the record does not have breaks the foreign key to entities.
    List<Role> roles = new ArrayList<>(a1.roles());
    roles.add(new Role("e9", "Judge", null));
    PressRecord broken = new PressRecord(a1.schemaVersion(), "a1", "A changed title", a1.published(), a1.entities(),
        a1.dates(), a1.citations(), roles, a1.event(), a1.warnings(), null);
    try (RecordDatabase db = RecordDatabase.open(url)) {
      assertThrows(DatabaseException.class, () -> db.load(broken));
      // the connection is still good for the next document
      db.load(TestRecords.b2());
    }
    assertEquals(FactCounts.of(List.of(TestRecords.a1(), TestRecords.b2())), rowCounts(url));
    assertEquals("Court meets delegation", query(url, "SELECT title FROM documents WHERE doc_id = 'a1'"));
  }

  /**
   * Issue 18.7: extract --db stopped for good (and --resume stopped again) on a record the database
   * refused. Now the record becomes an error row, the same error record goes to the output, and the
   * batch goes on. A role naming an entity the record lacks is refused by every database.
   */
  @Test
  void aRecordTheDatabaseRefusesIsStoredAsAnErrorRowAndTheBatchGoesOn() throws Exception {
    String url = freshUrl();
    load(url, List.of(TestRecords.a1()));
    PressRecord a1 = TestRecords.a1();
    List<Role> roles = new ArrayList<>(a1.roles());
    roles.add(new Role("e9", "Judge", null));
    PressRecord broken = new PressRecord(a1.schemaVersion(), "a1", a1.title(), a1.published(), a1.entities(),
        a1.dates(), a1.citations(), roles, a1.event(), a1.warnings(), null);
    List<Outcome> stored = new ArrayList<>();
    try (RecordDatabase db = RecordDatabase.open(url)) {
      stored.add(db.store(broken));
      stored.add(db.store(TestRecords.b2()));
    }
    ErrorRecord refused = (ErrorRecord) stored.get(0);
    assertEquals("a1 DATABASE_REFUSED", refused.docId() + " " + refused.code());
    assertTrue(refused.message().startsWith("the database refused the record: "), refused.message());
    assertEquals(TestRecords.b2(), stored.get(1));
    // The database holds what the output gets: a1 as that error record (its old version is gone), b2.
    assertEquals("a1|DATABASE_REFUSED|" + refused.message() + "|" + SourceHash.of(refused),
        query(url, "SELECT doc_id, code, message, source_sha256 FROM errors"));
    assertEquals(FactCounts.of(stored), rowCounts(url));
  }

  /**
   * Issue 18.7, the two refusals reported: a NUL in a title and a doc_id over 1,000 characters (and
   * an error record whose doc_id holds a NUL). Where the database holds them they are stored as
   * they are; where it does not, each becomes an error row, under a stand-in key when the doc_id
   * itself cannot be stored. Storing the batch again (a rerun) gives the same outcomes and rows.
   */
  @Test
  void aNulOrAnOverlongDocIdIsStoredWhereTheDatabaseHoldsItElseAnErrorRow() throws Exception {
    String url = freshUrl();
    String longId = "x".repeat(1001);
    List<Outcome> batch = List.of(
        TestRecords.retitled((PressRecord) TestRecords.renamed(TestRecords.a1(), "n1"), "Court\0meets delegation"),
        TestRecords.renamed(TestRecords.b2(), longId),
        new ErrorRecord("bad\0id", ErrorCode.STAGE_FAILED, "document 'bad\0id': stage roles failed"),
        TestRecords.c3());
    List<Outcome> first = storeAll(url, batch);
    List<Outcome> again = storeAll(url, batch);
    assertEquals(first, again);
    if (holdsNulAndLongDocIds()) {
      assertEquals(batch, first);
      assertEquals(FactCounts.of(batch), rowCounts(url));
      assertEquals("Court\0meets delegation", query(url, "SELECT title FROM documents WHERE doc_id = 'n1'"));
      return;
    }
    assertEquals(List.of("n1 DATABASE_REFUSED", longId + " DATABASE_REFUSED", "bad\0id STAGE_FAILED", "c3 record"),
        first.stream().map(o -> o.docId() + " " + (o instanceof ErrorRecord e ? e.code() : "record")).toList());
    ErrorRecord nul = (ErrorRecord) first.get(0);
    ErrorRecord overlong = (ErrorRecord) first.get(1);
    ErrorRecord nulId = (ErrorRecord) first.get(2);
    String overlongKey = RecordDatabase.standInKey(longId);
    String nulIdKey = RecordDatabase.standInKey("bad\0id");
    assertTrue(overlong.message().endsWith("stored under doc_id '" + overlongKey + "'"), overlong.message());
    assertTrue(nulId.message().startsWith("document 'bad\\u0000id': stage roles failed; "), nulId.message());
    // Each error row holds the output's error record, with the hash of its line; the keys sort n1 < sha256:...
    List<String> rows = new ArrayList<>(List.of(
        overlongKey + "|" + overlong.code() + "|" + overlong.message() + "|" + SourceHash.of(overlong),
        nulIdKey + "|" + nulId.code() + "|" + nulId.message() + "|" + SourceHash.of(nulId)));
    rows.sort(null);
    rows.add(0, "n1|DATABASE_REFUSED|" + nul.message() + "|" + SourceHash.of(nul));
    assertEquals(String.join(";", rows), query(url, "SELECT doc_id, code, message, source_sha256 FROM errors ORDER BY doc_id"));
    assertEquals(FactCounts.of(List.of(nul, overlong, nulId, TestRecords.c3())), rowCounts(url));
  }

  /**
   * Issue 18.11: two loads on a new database at the same time must both succeed and load every
   * record. Here two threads of one JVM: the in-process half of the SQLite migration lock (a JVM
   * cannot hold one file lock twice), and Flyway's own lock on PostgreSQL. The two processes of
   * the issue (one failed with SQLITE_BUSY) are in LoadCommandTest.
   */
  @Test
  void twoLoadsAtOnceOnANewDatabaseBothLoadEverything() throws Exception {
    String url = freshUrl();
    List<Outcome> left = TestRecords.all("-left");
    List<Outcome> right = TestRecords.all("-right");
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = pool.submit(() -> {
        together.await();
        load(url, left);
        return null;
      });
      Future<?> b = pool.submit(() -> {
        together.await();
        load(url, right);
        return null;
      });
      a.get(2, TimeUnit.MINUTES);
      b.get(2, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    List<Outcome> both = new ArrayList<>(left);
    both.addAll(right);
    assertEquals(FactCounts.of(both), rowCounts(url));
  }

  @Test
  void anOutcomeMovesBetweenDocumentsAndErrors() throws Exception {
    String url = freshUrl();
    load(url, List.of(TestRecords.a1()));
    load(url, List.of(new ErrorRecord("a1", ErrorCode.STAGE_FAILED, "a1: stage roles failed")));
    assertEquals("documents=0, entities=0, entity_attributes=0, mentions=0, dates=0, citations=0, provisions=0,"
        + " roles=0, warnings=0, errors=1", compact(rowCounts(url)));
    load(url, List.of(TestRecords.a1()));
    assertEquals(FactCounts.of(List.of(TestRecords.a1())), rowCounts(url));
  }

  @Test
  void theSourceHashIsTheSha256OfTheCanonicalLine() throws Exception {
    String url = freshUrl();
    load(url, List.of(TestRecords.b2()));
    String expected = SourceHash.sha256(RecordJson.line(TestRecords.b2()));
    assertEquals(expected, query(url, "SELECT source_sha256 FROM documents WHERE doc_id = 'b2'"));
  }

  @Test
  void factsAreStoredWithTheirOffsetsAndValues() throws Exception {
    String url = freshUrl();
    load(url, TestRecords.all());
    // c3's date was supplied: no text, no offsets; b2's event has no date.
    assertEquals("a1|2024-03-05|2024-03|05.03.2024|30|40|meeting|2024-03-04;"
            + "b2|2024-03-20|2024-03|20.03.2024|30|40|meeting|-;"
            + "c3|2024-04-02|2024-04|-|-|-|hearing|2024-04-01",
        query(url, "SELECT doc_id, published_value, published_month, published_text, published_start, published_end,"
            + " event_type, event_date FROM documents ORDER BY doc_id"));
    assertEquals("e1|0|100|109|Anna Berg;e1|1|300|309|Anna Berg",
        query(url, "SELECT entity_id, ordinal, start_offset, end_offset, text FROM mentions"
            + " WHERE doc_id = 'a1' AND entity_id = 'e1' ORDER BY ordinal"));
    assertEquals("1|0|article|6;1|1|paragraph|1",
        query(url, "SELECT citation, level, unit, provision FROM provisions WHERE doc_id = 'a1' AND citation = 1"
            + " ORDER BY level"));
    assertEquals("e1|Chairman|e2|100|140|1;e3|Judge|e2|400|430|3",
        query(url, "SELECT person_id, title, organization_id, evidence_start, evidence_end, sentence FROM roles"
            + " WHERE doc_id = 'a1' ORDER BY ordinal"));
    assertEquals("d4|EMPTY_INPUT", query(url, "SELECT doc_id, code FROM errors"));
  }

  // --- the analysts' questions of README.md, on TestRecords, answers worked out by hand ---

  @Test
  void whoHeldWhichTitleWhere() throws Exception {
    String url = freshUrl();
    load(url, TestRecords.all());
    // Anna Berg is Chairman of the Supreme Court in a1 and b2; Carl Dahl is Judge at the
    // Supreme Court in a1 and Judge with no organization in c3 (null sorts last); Eva Falk in c3.
    assertEquals("Anna Berg|Chairman|Supreme Court|2;Carl Dahl|Judge|Supreme Court|1;Carl Dahl|Judge|-|1;"
        + "Eva Falk|Minister|Ministry of Justice|1", query(url, sql("titles-held")));
  }

  @Test
  void whichInstrumentsAreCitedMost() throws Exception {
    String url = freshUrl();
    load(url, TestRecords.all());
    // Criminal Code: a1, b2; ECHR: a1, c3 (tie on both counts: kind "code" < "convention");
    // the untitled decree once.
    assertEquals("code|Criminal Code|AZ|2|2;convention|" + TestRecords.ECHR + "|INT|2|2;decree|-|AZ|1|1",
        query(url, sql("instruments-cited-most")));
  }

  @Test
  void releasesPerEventTypeAndMonth() throws Exception {
    String url = freshUrl();
    load(url, TestRecords.all());
    // a1 and b2 published in March 2024, both meetings; c3 (supplied date) in April, a hearing;
    // the error record d4 is no release.
    assertEquals("2024-03|meeting|2;2024-04|hearing|1", query(url, sql("releases-per-event-month")));
  }

  // --- helpers ---

  /** What {@code extract --db} does with a batch: store each outcome, keep what was stored. */
  static List<Outcome> storeAll(String url, List<? extends Outcome> outcomes) {
    try (RecordDatabase db = RecordDatabase.open(url)) {
      return outcomes.stream().map(db::store).toList();
    }
  }

  static void load(String url, List<? extends Outcome> outcomes) {
    try (RecordDatabase db = RecordDatabase.open(url)) {
      outcomes.forEach(db::load);
    }
  }

  static Map<String, Long> rowCounts(String url) throws SQLException {
    try (Connection c = Connections.open(url)) {
      return Tables.rowCounts(c);
    }
  }

  static String compact(Map<String, Long> counts) {
    return counts.toString().replaceAll("[{}]", "");
  }

  /** Rows as "a|b|c" joined by ";", null as "-". */
  static String query(String url, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = Connections.open(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int cols = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= cols; i++) {
          String v = rs.getString(i);
          cells.add(v == null ? "-" : v);
        }
        rows.add(String.join("|", cells));
      }
    }
    return String.join(";", rows);
  }

  static String sql(String name) throws IOException {
    try (InputStream in = RecordDatabaseContract.class.getResourceAsStream("/pressfacts/db/queries/" + name + ".sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The seed's gold record, when the shared folder is there (the tests on hand-made records run regardless). */
  static List<Outcome> seedGold() throws IOException {
    Path gold = Path.of("..", "shared", "seed-press-release.gold.json");
    return Files.exists(gold) ? List.of(RecordJson.read(Files.readString(gold))) : List.of();
  }

}
