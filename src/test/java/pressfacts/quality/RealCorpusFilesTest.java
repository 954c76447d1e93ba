package pressfacts.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import pressfacts.eval.CorpusChecker;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.testing.RealCorpus;

/**
 * Every gold file of corpus/real passes {@code corpus check} against its pool text (sha256
 * included), and the corpus holds what corpus/README.md promises: at least 250 releases, with the
 * floor of each family that the real-corpus issue set.
 */
class RealCorpusFilesTest {

  @Test
  void everyGoldFilePassesCorpusCheck() {
    RealCorpus.requirePool();
    CorpusChecker.Result r = CorpusChecker.check(List.of(RealCorpus.DEV, RealCorpus.TEST));
    assertEquals(List.of(), r.problems().stream().map(Object::toString).toList());
  }

  @Test
  void holdsTheCountsPerFamily() throws IOException {
    RealCorpus.requirePool();
    Map<String, Integer> perFamily = new TreeMap<>();
    for (GoldDoc g : GoldCorpus.read(RealCorpus.DEV)) {
      perFamily.merge(g.family(), 1, Integer::sum);
    }
    for (GoldDoc g : GoldCorpus.read(RealCorpus.TEST)) {
      perFamily.merge(g.family(), 1, Integer::sum);
    }
    int all = perFamily.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(all >= 250, "corpus/real holds " + all + " documents: " + perFamily);
    assertTrue(perFamily.getOrDefault("official-intl", 0) >= 45, perFamily.toString());
    assertTrue(perFamily.getOrDefault("us-federal", 0) >= 70, perFamily.toString());
    assertTrue(perFamily.getOrDefault("us-county", 0) >= 120, perFamily.toString());
  }
}
