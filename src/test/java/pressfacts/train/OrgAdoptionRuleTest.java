package pressfacts.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.eval.Counts;

/**
 * The adoption rule of the organization name model: no one of the three F1s lower with the model,
 * at least one higher. Counts are "tp/fp/fn" for roles, org entities, org strict mentions.
 */
class OrgAdoptionRuleTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        // all three equal: nothing gained, not adopted
        Arguments.of("8/2/2 8/2/2 8/2/2", "8/2/2 8/2/2 8/2/2", false),
        // one higher (mentions: F1 0.8 -> 0.9), others equal: adopted
        Arguments.of("8/2/2 8/2/2 8/2/2", "8/2/2 8/2/2 9/1/1", true),
        // two higher, one lower (roles: F1 0.8 -> 0.7): not adopted
        Arguments.of("8/2/2 8/2/2 8/2/2", "7/3/3 9/1/1 9/1/1", false),
        // all three higher: adopted
        Arguments.of("8/2/2 8/2/2 8/2/2", "9/1/1 9/1/1 9/1/1", true),
        // a gain below 0.01 is noise: F1 200/220 = 0.9091 to 202/221 = 0.9140
        Arguments.of("100/10/10 100/10/10 100/10/10", "100/10/10 101/10/9 100/10/10", false));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void adoptsOnlyWithoutALoss(String without, String with, boolean adopted) {
    assertEquals(adopted, OrgModelTrainer.adopts(scores(without), scores(with)));
  }

  static Stream<Arguments> seedGuard() {
    return Stream.of(
        // equal on the seed: the guard holds
        Arguments.of("4/0/0 10/0/0 14/0/0", "4/0/0 10/0/0 14/0/0", true),
        // one role lost on the seed (F1 1.0 -> 0.857): the guard fails
        Arguments.of("4/0/0 10/0/0 14/0/0", "3/0/1 10/0/0 14/0/0", false));
  }

  @ParameterizedTest
  @MethodSource("seedGuard")
  void seedGuardAllowsNoLoss(String without, String with, boolean holds) {
    assertEquals(holds, OrgModelTrainer.noneLower(scores(without), scores(with)));
  }

  private static OrgModelTrainer.PipelineScores scores(String s) {
    String[] parts = s.split(" ");
    return new OrgModelTrainer.PipelineScores(counts(parts[0]), counts(parts[1]), counts(parts[2]));
  }

  private static Counts counts(String s) {
    String[] n = s.split("/");
    return new Counts(Long.parseLong(n[0]), Long.parseLong(n[1]), Long.parseLong(n[2]));
  }
}
