package pressfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line a sidecar records is the one that rebuilds the models: folders in the order given. */
class TrainCommandTest {
  private static final List<Path> REAL_DEV = List.of(Path.of("corpus/real/dev"));

  @Test
  void recordsEveryTrainingFolderInOrderThenTheRoleLinkersThenTheScoringFolderAndOut() {
    assertEquals("target/pressfacts train --train corpus/real/dev --train corpus/synthetic/dev"
            + " --roles-train corpus/real/dev --score corpus/real/test --out models",
        TrainCommand.command(List.of(Path.of("corpus/real/dev"), Path.of("corpus/synthetic/dev")), REAL_DEV,
            Path.of("corpus/real/test"), Path.of("models"), false));
  }

  @Test
  void recordsThatCandidatesKeepTheRules() {
    assertEquals("target/pressfacts train --train corpus/real/dev --roles-train corpus/real/dev"
            + " --score ../shared/realdev --out models --keep-rules",
        TrainCommand.command(REAL_DEV, REAL_DEV, Path.of("../shared/realdev"), Path.of("models"), true));
  }

  @Test
  void recordsTheRoleLinkerAloneWithoutTheOtherModelsFolders() {
    assertEquals("target/pressfacts train --only-roles --roles-train corpus/real/dev --out out",
        TrainCommand.command(List.of(), REAL_DEV, null, Path.of("out"), false));
  }
}
