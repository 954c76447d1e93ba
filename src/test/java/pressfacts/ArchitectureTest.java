package pressfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pressfacts.PackageGraph.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.PackageGraph.Rule;

/**
 * The layering of src/main/java, read from its imports: no package cycle (stage packages among
 * themselves included), and none of the arrows the design forbids. A cycle or a stray arrow makes
 * a package impossible to understand, test or move alone; the message names the files to change.
 */
class ArchitectureTest {
  /** Arrows the layering forbids; every other arrow is allowed as long as it makes no cycle. */
  static final List<Rule> RULES = List.of(
      new Rule("a stage reads a document and its annotations, never files, batches or the command line",
          within("pressfacts.stage"), within("pressfacts.cli").or(within("pressfacts.io")).or(within("pressfacts.run"))),
      new Rule("the document model is the bottom layer: every package reads it, it reads none of them",
          within("pressfacts.doc"), p -> !within("pressfacts.doc").test(p)),
      new Rule("scoring compares records with gold and must not depend on how a stage found them",
          within("pressfacts.eval"), within("pressfacts.stage")),
      new Rule("model/ holds only the shipped model files, so stages and trainers can both use it",
          within("pressfacts.model"), within("pressfacts.stage").or(within("pressfacts.run"))
              .or(within("pressfacts.eval")).or(within("pressfacts.train"))),
      new Rule("trainers sit above run/ and eval/ (they score the whole pipeline); only the command line calls them",
          p -> !within("pressfacts.train").test(p) && !within("pressfacts.cli").test(p), within("pressfacts.train")));

  private static final PackageGraph MAIN = PackageGraph.of(Path.of("src", "main", "java"));

  @Test
  void sourcesAreRead() {
    // a guard against a checker that reads nothing and so passes: these arrows exist and are allowed
    assertTrue(MAIN.filesOf("pressfacts.run", "pressfacts.stage.event").contains("pressfacts/run/StandardPipeline.java"),
        MAIN.arrowLines().toString());
    assertTrue(MAIN.filesOf("pressfacts.stage.tokens", "pressfacts.text").size() > 0, MAIN.arrowLines().toString());
  }

  @Test
  void noPackageCycle() {
    assertEquals(List.of(), MAIN.cycles(), () -> "package cycles in src/main/java:\n" + String.join("\n", MAIN.cycles()));
  }

  @Test
  void noForbiddenArrow() {
    List<String> bad = new ArrayList<>(MAIN.violations(RULES));
    assertEquals(List.of(), bad, () -> "forbidden package arrows in src/main/java:\n" + String.join("\n", bad));
  }
}
