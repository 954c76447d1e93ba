package pressfacts.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.eval.CorpusChecker;

/** Every gold file of the corpus passes {@code corpus check}: offsets, ids, overlaps, allowed values. */
class CorpusFilesTest {

  @Test
  void everyGoldFilePassesCorpusCheck() {
    CorpusChecker.Result r = CorpusChecker.check(List.of(Path.of("corpus", "synthetic", "dev"), Path.of("corpus", "synthetic", "test"), Path.of("corpus", "synthetic", "fresh")));
    assertEquals(List.of(), r.problems().stream().map(Object::toString).toList());
    // corpus/README.md promises at least 40 dev and 20 test documents.
    assertTrue(r.files() >= 60, "only " + r.files() + " gold files");
  }
}
