package pressfacts.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * models/README.md is written from the sidecars: the rebuild command they record (once, since one
 * {@code train} run writes every model), each training folder with its count, and the scoring folder.
 */
class ModelsReadmeTest {
  private static final String COMMAND = "target/pressfacts train --train corpus/real/dev --train corpus/synthetic/dev"
      + " --score corpus/real/test --out models";

  private static String sidecar(String file, boolean adopted) {
    return "{\"model\":\"m\",\"file\":\"" + file + "\",\"command\":\"" + COMMAND + "\","
        + "\"training_data\":[{\"folder\":\"corpus/real/dev\",\"documents\":131,\"sha256\":\"aa\"},"
        + "{\"folder\":\"corpus/synthetic/dev\",\"documents\":44,\"sha256\":\"bb\"}],\"training_docs\":175,"
        + "\"scored_on\":\"corpus/real/test\",\"parameters\":{\"cutoff\":5},\"scores\":{\"documents\":3},"
        + "\"adopted\":" + adopted + ",\"adoption_rule\":\"r\"}";
  }

  @Test
  void saysTheCommandOnceAndEachModelsFoldersAndDecision(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), sidecar("a.bin", true));
    Files.writeString(dir.resolve("b.json"), sidecar("b.bin", false));
    Files.write(dir.resolve("a.bin"), new byte[7]);

    ModelsReadme.write(dir);
    String readme = Files.readString(dir.resolve("README.md"));

    assertEquals(1, readme.split(COMMAND, -1).length - 1, readme);
    assertTrue(readme.contains("- size: 7 bytes\n"), readme);
    assertTrue(readme.contains("- size: 0 bytes\n"), readme);
    assertTrue(readme.contains("- trained on: `corpus/real/dev` (131 documents, sha256 `aa`),"
        + " `corpus/synthetic/dev` (44 documents, sha256 `bb`)\n"), readme);
    assertTrue(readme.contains("- scores on `corpus/real/test`: `{\"documents\":3}`\n"), readme);
    assertTrue(readme.contains("- adopted by the pipeline: yes (r)\n"), readme);
    assertTrue(readme.contains("- adopted by the pipeline: no (r)\n"), readme);
  }

  @Test
  void aModelCheckedOnItsOwnTrainingFoldersSaysSoAndThatItIsACandidate(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("c.json"), "{\"model\":\"m\",\"file\":\"c.bin\",\"command\":\"" + COMMAND + "\","
        + "\"training_data\":[{\"folder\":\"corpus/real/dev\",\"documents\":131,\"sha256\":\"aa\"}],"
        + "\"training_docs\":131,\"parameters\":{\"cutoff\":2},\"scores_two_fold_by_site\":{\"f1\":0.5},"
        + "\"adoption_rule_met\":false,\"keep_rules\":true,\"adopted\":false,\"adoption_rule\":\"r\"}");

    ModelsReadme.write(dir);
    String readme = Files.readString(dir.resolve("README.md"));

    assertTrue(readme.contains("- trained on: `corpus/real/dev` (131 documents, sha256 `aa`)\n"), readme);
    assertTrue(readme.contains("- scores in a two-fold check by site on its training folders: `{\"f1\":0.5}`\n"),
        readme);
    assertFalse(readme.contains("- scores on `"), readme);
    assertTrue(readme.contains("- adopted by the pipeline: no (r); a candidate trained with `--keep-rules`: the rule"
        + " is not met in its check, and the pipeline keeps its rules until a run without `--keep-rules` adopts it\n"),
        readme);
  }
}
