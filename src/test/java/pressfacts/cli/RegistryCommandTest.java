package pressfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code registry build} and {@code update} on the gold records of corpus/real: the same inputs
 * give the same bytes, and an update with the test split gives what a build over both gives.
 */
class RegistryCommandTest {
  @TempDir
  Path dir;

  private static int run(String... args) {
    return PressfactsCommand.commandLine().execute(args);
  }

  @Test
  void updateWithNewRecordsGivesTheBytesOfABuildOverAll() throws Exception {
    Path all = dir.resolve("all.jsonl");
    Path again = dir.resolve("again.jsonl");
    Path updated = dir.resolve("updated.jsonl");
    assertEquals(0, run("registry", "build", "-q", "corpus/real/dev", "corpus/real/test", "-o", all.toString()));
    assertEquals(0, run("registry", "build", "-q", "corpus/real/dev", "corpus/real/test", "-o", again.toString()));
    assertEquals(Files.readString(all), Files.readString(again), "same records, same bytes");
    assertEquals(0, run("registry", "build", "-q", "corpus/real/dev", "-o", updated.toString()));
    String before = Files.readString(updated);
    assertEquals(0, run("registry", "update", "-q", updated.toString(), "corpus/real/test"));
    assertEquals(Files.readString(all), Files.readString(updated), "update = build over all");
    // ids given before the update are kept: every line of the first registry's persons keeps its id and name
    String firstLine = before.lines().findFirst().orElseThrow();
    String id = firstLine.substring(0, firstLine.indexOf(",\"aliases\""));
    assertTrue(Files.readString(updated).contains(id), id);
  }

  @Test
  void evalRegistryPrintsScoresAndFalseMerges() throws Exception {
    Path reg = dir.resolve("r.jsonl");
    assertEquals(0, run("registry", "build", "-q", "corpus/real", "-o", reg.toString()));
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, run("eval-registry", "corpus/registry-gold.json", reg.toString()));
    } finally {
      System.setOut(old);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("pairwise") && text.contains("B-cubed") && text.contains("false merges ("), text);
  }
}
