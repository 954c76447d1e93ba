package pressfacts.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.eval.EvalReport;
import pressfacts.eval.Evaluator;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.record.Outcome;
import pressfacts.run.Extractor;
import pressfacts.testing.SharedFiles;
import pressfacts.testing.TestModels;

/**
 * Scores the pipeline on the real releases of {@code ../shared/realdev} when that folder exists,
 * and prints the table. It reports, it does not hold the pipeline to floors: these texts are
 * not the project's, and the floors live on corpus/synthetic/test ({@link CorpusQualityIT}). It does check
 * that every real release was scored.
 */
class RealdevReportIT {

  @Test
  void reportScoresOnRealReleases() throws IOException {
    Path realdev = SharedFiles.require("realdev");
    List<GoldDoc> gold = GoldCorpus.read(realdev);
    Extractor ex = new Extractor(TestModels.pipeline());
    List<Outcome> pred = new ArrayList<>();
    for (GoldDoc g : gold) {
      pred.add(ex.extract(g.document()));
    }
    EvalReport report = Evaluator.evaluate(gold, pred);
    System.out.println("pressfacts on ../shared/realdev\n" + report.table());
    assertEquals(gold.size(), report.documents());
  }
}
