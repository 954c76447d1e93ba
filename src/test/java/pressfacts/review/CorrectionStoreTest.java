package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

class CorrectionStoreTest {
  @TempDir
  Path dir;

  static Stream<Arguments> ids() {
    return Stream.of(
        // A plain id names the file.
        Arguments.of("pr003", "pr003.json"),
        // A directory input's relative id keeps its folders.
        Arguments.of("dev/pr003", "dev/pr003.json"),
        // Parent steps cannot leave the folder.
        Arguments.of("../../etc/x", "___/___/etc/x.json"),
        // Characters outside the safe set become '_'.
        Arguments.of("a b:c", "a_b_c.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void filesStayInsideTheFolder(String docId, String expected) {
    CorrectionStore store = new CorrectionStore(dir);
    Path p = store.fileFor(docId);
    assertEquals(dir.resolve(expected), p);
    assertTrue(p.normalize().startsWith(dir));
  }

  @Test
  void savesTheGoldFormAndASecondSaveReplacesTheFirst() throws IOException {
    CorrectionStore store = new CorrectionStore(dir);
    PressRecord r = ReviewFixtures.record();
    Path p = store.save(r);
    String json = Files.readString(p);
    // Prediction-only fields are gone: role evidence and confidence, the antecedent, warnings.
    assertFalse(json.contains("evidence") || json.contains("confidence") || json.contains("antecedent"), json);
    PressRecord saved = (PressRecord) RecordJson.read(json);
    assertEquals(List.of(), saved.warnings());
    assertEquals(2, saved.roles().size());

    PressRecord fewer = new PressRecord(r.schemaVersion(), r.docId(), r.title(), r.published(), r.entities(),
        r.dates(), r.citations(), r.roles().subList(1, 2), r.event(), r.warnings(), r.text());
    assertEquals(p, store.save(fewer));
    assertEquals(1, store.load(r.docId()).orElseThrow().roles().size());
    // Only the record is left in the folder: no temporary file stays behind.
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(p), files.toList());
    }
  }
}
