package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.EventType;
import pressfacts.io.DocumentSource;
import pressfacts.io.TextDecoder;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

class CorrectionStoreTest {
  private static final String LONG = "county/" + "Press release on the sentencing of a defendant ".repeat(8);

  @TempDir
  Path dir;

  static Stream<Arguments> ids() {
    return Stream.of(
        // A plain id names the file, as in the corpus.
        Arguments.of("pr003", "pr003.json"),
        Arguments.of("seed-press-release", "seed-press-release.json"),
        // A folder input's relative id: flat in the folder, readable part and hash.
        Arguments.of("dev/pr003", "dev_pr003~*.json"),
        // Parent steps cannot leave the folder.
        Arguments.of("../../etc/x", "______etc_x~*.json"),
        // Characters outside the safe set, and upper case, give a hashed name.
        Arguments.of("a b:c", "a_b_c~*.json"),
        Arguments.of("PR003", "pr003~*.json"),
        // A name that a gold reader would cut at ".gold".
        Arguments.of("x.gold", "x_gold~*.json"),
        // Hundreds of characters: the readable part is cut, the hash keeps it unique.
        Arguments.of(LONG, "county_press_release_on_the_sentencing_of_a_defe~*.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void filesStayInsideTheFolderWithShortNames(String docId, String expected) {
    Path p = new CorrectionStore(dir).fileFor(docId);
    assertEquals(dir, p.getParent());
    String name = p.getFileName().toString();
    assertTrue(name.matches(expected.replace(".", "\\.").replace("*", "[0-9a-f]{32}")), name + " for " + expected);
    assertTrue(name.length() <= 105, name);
  }

  @Test
  void distinctIdsGetDistinctNamesAlsoWhereCaseIsIgnored() {
    List<String> ids = List.of("a b", "a_b", "A_B", "a/b", "a.b", "a~b", "a%20b", "d01", "D01", "x", "x.gold", LONG,
        LONG + "!", LONG + "?", "", ".", "..");
    Set<String> names = new HashSet<>();
    CorrectionStore store = new CorrectionStore(dir);
    for (String id : ids) {
      assertTrue(names.add(store.fileFor(id).getFileName().toString().toLowerCase(Locale.ROOT)), "taken: " + id);
    }
  }

  @Test
  void savesTheGoldFormWithItsTextAndASecondSaveReplacesTheFirst() throws IOException {
    CorrectionStore store = new CorrectionStore(dir);
    PressRecord r = ReviewFixtures.record();
    Path p = store.save(r, ReviewFixtures.TEXT);
    String json = Files.readString(p);
    // Prediction-only fields are gone: role evidence and confidence, the antecedent, warnings.
    assertFalse(json.contains("evidence") || json.contains("confidence") || json.contains("antecedent"), json);
    PressRecord saved = (PressRecord) RecordJson.read(json);
    assertEquals(List.of(), saved.warnings());
    assertEquals(2, saved.roles().size());
    // The text beside it reads back, as an input, as the very text of the offsets.
    Path txt = dir.resolve("harbour.txt");
    assertEquals(ReviewFixtures.TEXT, DocumentSource.readFile(txt, "harbour", TextDecoder.DEFAULT_MAX_BYTES).document().text());

    PressRecord fewer = new PressRecord(r.schemaVersion(), r.docId(), r.title(), r.published(), r.entities(),
        r.dates(), r.citations(), r.roles().subList(1, 2), r.event(), r.warnings(), r.text());
    assertEquals(p, store.save(fewer, ReviewFixtures.TEXT));
    assertEquals(1, store.load(r.docId()).orElseThrow().roles().size());
    // Only the record and its text are left in the folder: no temporary file stays behind.
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(Set.of(p, txt), Set.copyOf(files.toList()));
    }
  }

  @Test
  void aTextIsStoredSoThatItReadsBackUnchanged() throws IOException {
    CorrectionStore store = new CorrectionStore(dir);
    // A text that starts with U+FEFF keeps it (a reader drops one byte-order mark); CR LF line ends stay.
    String bom = "\uFEFFTitle\r\n\r\nBody text.\r\n";
    store.save(ReviewFixtures.record("bom", List.of(), EventType.OTHER), bom);
    assertEquals(bom, DocumentSource.readFile(dir.resolve("bom.txt"), "bom", TextDecoder.DEFAULT_MAX_BYTES).document().text());
    // An unpaired surrogate has no UTF-8 form: refused, nothing written.
    IOException e = assertThrows(IOException.class,
        () -> store.save(ReviewFixtures.record("bad", List.of(), EventType.OTHER), "Text \uD800 here"));
    assertTrue(e.getMessage().contains("reads back unchanged"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("bad.json")));
  }

  @Test
  void aFolderWrittenUnderTheOldNamesIsReadAndMigratedOnSave() throws IOException {
    // The old store wrote 'a b' to a_b.json (the name of 'a_b' too) and 'dev/pr003' to dev/pr003.json.
    PressRecord ab = ReviewFixtures.record("a b", List.of(), EventType.MEETING);
    Files.writeString(dir.resolve("a_b.json"), RecordJson.pretty(GoldRecord.of(ab)), StandardCharsets.UTF_8);
    PressRecord dev = ReviewFixtures.record("dev/pr003", List.of(), EventType.HEARING);
    Files.createDirectories(dir.resolve("dev"));
    Files.writeString(dir.resolve("dev").resolve("pr003.json"), RecordJson.pretty(GoldRecord.of(dev)), StandardCharsets.UTF_8);

    CorrectionStore store = new CorrectionStore(dir);
    assertEquals("a b", store.load("a b").orElseThrow().docId());
    assertEquals(Optional.empty(), store.load("a_b"), "the old file of 'a b' is not the correction of 'a_b'");
    assertEquals("dev/pr003", store.load("dev/pr003").orElseThrow().docId());
    assertEquals(dir.resolve("a_b.json"), store.savedFile("a b"));

    // Saving 'a_b' takes the plain name a_b.json: the old file of 'a b' there moves to the new name of 'a b'.
    PressRecord underscore = ReviewFixtures.record("a_b", List.of(), EventType.MEETING);
    assertEquals(dir.resolve("a_b.json"), store.save(underscore, ReviewFixtures.TEXT));
    assertEquals("a_b", store.load("a_b").orElseThrow().docId());
    assertEquals("a b", store.load("a b").orElseThrow().docId());
    assertEquals(store.fileFor("a b"), store.savedFile("a b"));
    // Saving 'dev/pr003' writes its new name and removes the old file.
    Path moved = store.save(dev, ReviewFixtures.TEXT);
    assertEquals(store.fileFor("dev/pr003"), moved);
    assertFalse(Files.exists(dir.resolve("dev").resolve("pr003.json")));
    assertEquals("HEARING", store.load("dev/pr003").orElseThrow().event().type().name());
  }
}
