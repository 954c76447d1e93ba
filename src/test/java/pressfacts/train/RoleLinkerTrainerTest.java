package pressfacts.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.eval.Counts;

/** The role linker's adoption rule and its confidence ranking measure, on figures worked out by hand. */
class RoleLinkerTrainerTest {
  private static Counts f1(int matched) {
    return Counts.of(matched, 1000, 1000); // precision = recall = F1 = matched / 1000
  }

  @Test
  void adoptsOnlyAGainOverBothHalvesThatLowersNeither() {
    // rules 0.900 and 0.800 (0.850 over both); linker 0.904 and 0.806 (0.855): +0.005, neither lower
    assertTrue(RoleLinkerTrainer.adopts(new Counts[] {f1(900), f1(800)}, new Counts[] {f1(904), f1(806)}));
    // +0.002 over both: too small
    assertFalse(RoleLinkerTrainer.adopts(new Counts[] {f1(900), f1(800)}, new Counts[] {f1(904), f1(800)}));
    // 0.950 and 0.790: +0.020 over both, but lower in the second half
    assertFalse(RoleLinkerTrainer.adopts(new Counts[] {f1(900), f1(800)}, new Counts[] {f1(950), f1(790)}));
  }

  @Test
  void theRankingMeasureCountsTiesHalf() {
    List<RoleLinkerTrainer.Ranked> roles = List.of(new RoleLinkerTrainer.Ranked(0.9, 0.8, true),
        new RoleLinkerTrainer.Ranked(0.9, 0.3, false), new RoleLinkerTrainer.Ranked(0.75, 0.6, true));
    // hand-set: right 0.9 vs wrong 0.9 a tie (0.5), right 0.75 below wrong 0.9 (0): 0.5 of 2 pairs
    assertEquals(0.25, RoleLinkerTrainer.auc(roles, true), 1e-12);
    // linker: 0.8 and 0.6 both above the wrong 0.3
    assertEquals(1.0, RoleLinkerTrainer.auc(roles, false), 1e-12);
  }
}
