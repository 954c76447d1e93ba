package pressfacts.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.eval.EvalReport;
import pressfacts.eval.Evaluator;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.record.Outcome;
import pressfacts.run.Extractor;
import pressfacts.testing.TestModels;

/**
 * Quality floors on the held-out corpus/synthetic/test. Each floor is the score measured when it was set
 * (README "Accuracy", same command: {@code eval corpus/synthetic/test}) minus a margin of 0.02, so that an
 * honest change that costs a document or two passes while a real regression fails. Raise a floor
 * whenever its score rises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusQualityIT {
  private EvalReport report;

  @BeforeAll
  void scoreCorpusTest() throws IOException {
    List<GoldDoc> gold = GoldCorpus.read(Path.of("corpus", "synthetic", "test"));
    Extractor ex = new Extractor(TestModels.pipeline());
    List<Outcome> pred = new ArrayList<>();
    for (GoldDoc g : gold) {
      pred.add(ex.extract(g.document()));
    }
    report = Evaluator.evaluate(gold, pred);
  }

  /** Row: metric, type (null for a share), measured score, floor. */
  static Stream<Arguments> floors() {
    return Stream.of(
        // measured 2026-11-28 (second session) with `java -jar target/pressfacts.jar eval corpus/synthetic/test`
        f1("mentions strict", "PERSON", 0.991),
        f1("mentions strict", "ORGANIZATION", 0.962),
        f1("mentions strict", "LOCATION", 0.955),
        f1("mentions strict", "all", 0.969),
        f1("mentions lenient", "all", 0.982),
        f1("entities", "PERSON", 0.974),
        f1("entities", "ORGANIZATION", 0.946),
        f1("entities", "LOCATION", 0.957),
        f1("dates strict", "DATE", 1.000),
        f1("dates value", "DATE", 1.000),
        f1("citations strict", "CITATION", 0.946),
        f1("citations lenient", "CITATION", 0.968),
        f1("roles", "ROLE", 0.939),
        share("citation kind", 1.000),
        share("citation title", 0.933),
        share("citation jurisdiction", 0.989),
        share("citation provision", 1.000),
        share("published value", 1.000),
        share("event type", 0.909),
        share("event date", 0.955));
  }

  /**
   * The figures the citation and role issues were accepted on, each held to its measured score minus
   * {@link #ACCEPTANCE_MARGIN}, tighter than the floors above, so these rows fail first: on these
   * 70 to 100 items one more item wrong passes and two fail (two that are only missed, or only
   * spurious, may pass; mentions strict ORGANIZATION, 224 mentions, allows three). Measured 2026-12-06 with {@code target/pressfacts eval corpus/synthetic/test}, the
   * same figures as on 2026-11-28. Row: metric, type (null for a share), measured, the issue's bar;
   * {@link #acceptanceFloorsStayAboveTheIssuesBars} keeps a floor from being set below its bar.
   */
  static Stream<Arguments> acceptance() {
    return Stream.of(
        accepted("citations lenient", "CITATION", 0.968, 0.90),
        accepted("citation kind", null, 1.000, 0.90),
        accepted("citation title", null, 0.933, 0.90),
        accepted("citation jurisdiction", null, 0.989, 0.90),
        accepted("citation provision", null, 1.000, 0.90),
        accepted("roles", "ROLE", 0.939, 0.85),
        accepted("entities", "PERSON", 0.974, 0.95),
        accepted("entities", "ORGANIZATION", 0.946, 0.90),
        accepted("mentions strict", "ORGANIZATION", 0.962, 0.85));
  }

  /** Below its measured score, in F1 or share points, an acceptance figure fails (about one item). */
  private static final double ACCEPTANCE_MARGIN = 0.015;

  private static Arguments accepted(String metric, String type, double measured, double bar) {
    return Arguments.of(metric, type, measured, measured - ACCEPTANCE_MARGIN, bar);
  }

  @ParameterizedTest(name = "{0} {1}: floor {3} >= bar {4}")
  @MethodSource("acceptance")
  void acceptanceFloorsStayAboveTheIssuesBars(String metric, String type, double measured, double floor, double bar) {
    assertTrue(floor >= bar, metric + " " + type + ": floor " + floor + " is below the issue's bar " + bar);
  }

  private static Arguments f1(String metric, String type, double measured) {
    return Arguments.of(metric, type, measured, measured - 0.02);
  }

  private static Arguments share(String metric, double measured) {
    return Arguments.of(metric, null, measured, measured - 0.02);
  }

  @ParameterizedTest(name = "{0} {1} >= {3}")
  @MethodSource("floors")
  void holdsTheFloor(String metric, String type, double measured, double floor) {
    assertAtLeast(metric, type, measured, floor);
  }

  @ParameterizedTest(name = "accepted: {0} {1} >= {3}")
  @MethodSource("acceptance")
  void holdsTheAcceptedFigure(String metric, String type, double measured, double floor, double bar) {
    assertAtLeast(metric, type, measured, floor);
  }

  private void assertAtLeast(String metric, String type, double measured, double floor) {
    double got = type == null
        ? report.share(metric).value().orElseThrow()
        : report.counts(metric, type).prf().orElseThrow().f1();
    assertTrue(got >= floor - 1e-9, String.format(Locale.ROOT, "%s %s: expected >= %.3f (measured %.3f when set), got %.3f",
        metric, type == null ? "accuracy" : "F1", floor, measured, got));
  }
}
