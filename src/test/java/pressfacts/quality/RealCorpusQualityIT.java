package pressfacts.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.eval.EvalReport;
import pressfacts.eval.FamilyTable;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.eval.Prf;
import pressfacts.record.Outcome;
import pressfacts.run.Extractor;
import pressfacts.testing.RealCorpus;
import pressfacts.testing.Skips;
import pressfacts.testing.TestModels;

/**
 * Quality floors on corpus/real/test, the held-out real releases: per family and for the sites
 * that dev never saw. Each floor is the score measured when it was set (corpus/README.md, same
 * command: {@code eval corpus/real/test}) minus 0.02, so a change that costs a document or two
 * passes and a real regression fails. Raise a floor whenever its score rises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCorpusQualityIT {
  private FamilyTable table;

  @BeforeAll
  void scoreRealTest() throws IOException {
    if (!java.nio.file.Files.isDirectory(pressfacts.testing.SharedFiles.SHARED.resolve("releases"))) {
      return;
    }
    List<GoldDoc> gold = GoldCorpus.read(RealCorpus.TEST);
    Set<String> seen = new TreeSet<>();
    for (GoldDoc g : GoldCorpus.read(RealCorpus.DEV)) {
      seen.add(g.site());
    }
    Extractor ex = new Extractor(TestModels.pipeline());
    List<Outcome> pred = new ArrayList<>();
    for (GoldDoc g : gold) {
      pred.add(ex.extract(g.document()));
    }
    table = FamilyTable.of(gold, pred, seen);
  }

  @BeforeEach
  void poolGiven() {
    Skips.unless(table != null, "the release pool ../shared/releases is absent: corpus/real cannot be scored");
  }

  /** Row: column (family), metric, type (null for a share), measured score. */
  static Stream<Arguments> floors() {
    return Stream.of(FLOORS).map(r -> Arguments.of(r[0], r[1], r[2], Double.parseDouble((String) r[3])));
  }

  /**
   * Column, metric, type (null for a share), measured score (a figure measured below 0.02 has no
   * row: its floor could never fail): measured 2026-12-07 with
   * {@code target/pressfacts eval corpus/real/test --json scores.json} (README "Accuracy").
   */
  private static final Object[][] FLOORS = {
      {"all", "roles", "ROLE", "0.852"},
      {"all", "roles person+title", "ROLE", "0.919"},
      {"all", "entities", "PERSON", "0.952"},
      {"all", "entities", "ORGANIZATION", "0.786"},
      {"all", "entities", "LOCATION", "0.909"},
      {"all", "mentions strict", "all", "0.900"},
      {"all", "dates lenient", "DATE", "0.975"},
      {"all", "dates value", "DATE", "0.961"},
      {"all", "citations lenient", "CITATION", "0.873"},
      {"all", "citation kind", null, "0.940"},
      {"all", "citation title", null, "0.910"},
      {"all", "citation jurisdiction", null, "0.910"},
      {"all", "citation provision", null, "0.970"},
      {"all", "published value", null, "0.983"},
      {"all", "event type", null, "0.925"},
      {"all", "event date", null, "0.884"},
      {"official-intl", "roles", "ROLE", "0.722"},
      {"official-intl", "roles person+title", "ROLE", "0.795"},
      {"official-intl", "entities", "PERSON", "0.871"},
      {"official-intl", "entities", "ORGANIZATION", "0.708"},
      {"official-intl", "entities", "LOCATION", "0.871"},
      {"official-intl", "mentions strict", "all", "0.843"},
      {"official-intl", "dates lenient", "DATE", "0.975"},
      {"official-intl", "dates value", "DATE", "0.926"},
      {"official-intl", "citations lenient", "CITATION", "0.871"},
      {"official-intl", "citation kind", null, "0.814"},
      {"official-intl", "citation title", null, "0.777"},
      {"official-intl", "citation jurisdiction", null, "0.666"},
      {"official-intl", "citation provision", null, "0.888"},
      {"official-intl", "published value", null, "0.900"},
      {"official-intl", "event type", null, "0.900"},
      {"official-intl", "event date", null, "0.950"},
      {"us-county", "roles", "ROLE", "0.852"},
      {"us-county", "roles person+title", "ROLE", "0.938"},
      {"us-county", "entities", "PERSON", "0.960"},
      {"us-county", "entities", "ORGANIZATION", "0.733"},
      {"us-county", "entities", "LOCATION", "0.901"},
      {"us-county", "mentions strict", "all", "0.889"},
      {"us-county", "dates lenient", "DATE", "0.976"},
      {"us-county", "dates value", "DATE", "0.964"},
      {"us-county", "citations lenient", "CITATION", "0.571"},
      {"us-county", "citation kind", null, "0.875"},
      {"us-county", "citation title", null, "0.875"},
      {"us-county", "citation jurisdiction", null, "1.000"},
      {"us-county", "citation provision", null, "1.000"},
      {"us-county", "published value", null, "1.000"},
      {"us-county", "event type", null, "0.935"},
      {"us-county", "event date", null, "0.871"},
      {"us-federal", "roles", "ROLE", "0.887"},
      {"us-federal", "roles person+title", "ROLE", "0.917"},
      {"us-federal", "entities", "PERSON", "0.953"},
      {"us-federal", "entities", "ORGANIZATION", "0.866"},
      {"us-federal", "entities", "LOCATION", "0.930"},
      {"us-federal", "mentions strict", "all", "0.929"},
      {"us-federal", "dates lenient", "DATE", "0.973"},
      {"us-federal", "dates value", "DATE", "0.964"},
      {"us-federal", "citations lenient", "CITATION", "0.935"},
      {"us-federal", "citation kind", null, "1.000"},
      {"us-federal", "citation title", null, "0.969"},
      {"us-federal", "citation jurisdiction", null, "1.000"},
      {"us-federal", "citation provision", null, "1.000"},
      {"us-federal", "published value", null, "1.000"},
      {"us-federal", "event type", null, "0.923"},
      {"us-federal", "event date", null, "0.871"},
      {"unseen sites", "roles", "ROLE", "0.790"},
      {"unseen sites", "roles person+title", "ROLE", "0.883"},
      {"unseen sites", "entities", "PERSON", "0.909"},
      {"unseen sites", "entities", "ORGANIZATION", "0.649"},
      {"unseen sites", "entities", "LOCATION", "0.848"},
      {"unseen sites", "mentions strict", "all", "0.841"},
      {"unseen sites", "dates lenient", "DATE", "0.958"},
      {"unseen sites", "dates value", "DATE", "0.938"},
      {"unseen sites", "citations lenient", "CITATION", "0.779"},
      {"unseen sites", "citation kind", null, "0.800"},
      {"unseen sites", "citation title", null, "0.766"},
      {"unseen sites", "citation jurisdiction", null, "0.700"},
      {"unseen sites", "citation provision", null, "0.900"},
      {"unseen sites", "published value", null, "0.955"},
      {"unseen sites", "event type", null, "0.888"},
      {"unseen sites", "event date", null, "0.888"},
  };

  @ParameterizedTest(name = "{0}: {1} {2} >= measured {3} - 0.02")
  @MethodSource("floors")
  void holdsTheFloor(String column, String metric, String type, double measured) {
    EvalReport r = table.column(column);
    Optional<Double> got = type == null ? r.share(metric).value() : r.counts(metric, type).prf().map(Prf::f1);
    double floor = measured - 0.02;
    assertTrue(got.orElse(0.0) >= floor - 1e-9, String.format(Locale.ROOT, "%s, %s %s: expected >= %.3f (measured %.3f"
        + " when set), got %s", column, metric, type == null ? "share" : type + " F1", floor, measured,
        got.map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse("n/a")));
  }
}
