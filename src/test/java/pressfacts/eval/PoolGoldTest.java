package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gold files that name a release of the pool instead of carrying a text: the text comes from
 * {@code shared/releases/FAMILY.jsonl} found above the gold folder, and only while its sha256 is
 * the one the gold was labelled on. The pool here is written by the test: one county release
 * "Judge Ann Lee spoke.\n" (Ann Lee at [6,13)).
 */
class PoolGoldTest {
  private static final String TEXT = "Judge Ann Lee spoke.\n";
  // sha256 of TEXT's UTF-8 bytes, computed by hand with `printf 'Judge Ann Lee spoke.\n' | sha256sum`
  private static final String SHA = "f35a8388df4548dedade44c961dbd569a75ee7e306fb873bffef209f48ae0839";

  @TempDir
  Path root;

  private Path corpus(String sha) throws IOException {
    Path pool = Files.createDirectories(root.resolve("shared").resolve("releases"));
    Files.writeString(pool.resolve("us-county.jsonl"), "{\"id\":\"usc9\",\"county\":\"kent\",\"title\":\"Lee speaks\","
        + "\"text\":\"Judge Ann Lee spoke.\\n\",\"sha256\":\"" + SHA + "\"}\n", StandardCharsets.UTF_8);
    Path dev = Files.createDirectories(root.resolve("project").resolve("corpus").resolve("real").resolve("dev"));
    // The project's top folder: the pool is looked for beside it, never above it (so a stray
    // shared/releases further up the temporary folder cannot answer).
    Files.writeString(root.resolve("project").resolve("pom.xml"), "<project/>\n");
    Files.writeString(dev.resolve("usc9.json"), "{\"schema_version\":\"1\",\"doc_id\":\"usc9\","
        + "\"pool\":{\"id\":\"usc9\",\"sha256\":\"" + sha + "\"},\"title\":null,\"published\":null,"
        + "\"entities\":[{\"id\":\"e1\",\"type\":\"PERSON\",\"name\":\"Ann Lee\","
        + "\"mentions\":[{\"start\":6,\"end\":13,\"text\":\"Ann Lee\"}]}],\"dates\":[],\"citations\":[],"
        + "\"roles\":[{\"person\":\"e1\",\"title\":\"Judge\",\"organization\":null}],"
        + "\"event\":{\"type\":\"statement\",\"date\":null},\"warnings\":[]}\n", StandardCharsets.UTF_8);
    return dev;
  }

  @Test
  void theShaOfTheFixtureIsTheShaOfItsText() {
    assertEquals(SHA, ReleasePool.sha256(TEXT));
  }

  @Test
  void readsTheTextFamilyAndSiteFromThePool() throws IOException {
    List<GoldDoc> docs = GoldCorpus.read(corpus(SHA));
    assertEquals(1, docs.size());
    GoldDoc d = docs.get(0);
    assertEquals(TEXT, d.text());
    assertEquals("Lee speaks", d.document().suppliedTitle());
    assertEquals("us-county", d.family());
    assertEquals("kent", d.site());
    assertEquals(List.of(), CorpusChecker.check(List.of(corpus(SHA))).problems());
  }

  @Test
  void refusesAGoldMadeOnAnotherText() throws IOException {
    String other = "0".repeat(64);
    IOException e = assertThrows(IOException.class, () -> GoldCorpus.read(corpus(other)));
    assertTrue(e.getMessage().contains("not the " + other + " it was labelled on"), e.getMessage());
    List<Problem> problems = CorpusChecker.check(List.of(corpus(other))).problems();
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).toString().contains("the pool text changed"), problems.get(0).toString());
  }

  @Test
  void saysWhenThereIsNoPool() throws IOException {
    Path dev = corpus(SHA);
    Files.delete(root.resolve("shared").resolve("releases").resolve("us-county.jsonl"));
    Files.delete(root.resolve("shared").resolve("releases"));
    IOException e = assertThrows(IOException.class, () -> GoldCorpus.read(dev));
    assertTrue(e.getMessage().contains("no release pool was found"), e.getMessage());
  }
}
