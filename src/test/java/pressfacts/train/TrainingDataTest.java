package pressfacts.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.eval.GoldDoc;

/**
 * The trainers read real gold (files that name a pool release by id and sha256, the text coming
 * from {@code shared/releases}) and team-written gold (a .txt beside its .json) alike, folder by
 * folder in the order given. The fixtures are written here: the pool release "The Kent County Court
 * met.\n" (organization at [4,21)) and the written text "Ann Lee of the Blue Lantern spoke.\n"
 * (organization at [15,27)); offsets counted by hand (and with {@code cut -c5-21}, {@code cut -c16-27}).
 */
class TrainingDataTest {
  private static final String POOL_TEXT = "The Kent County Court met.\n";
  // printf 'The Kent County Court met.\n' | sha256sum
  private static final String POOL_SHA = "09d27b85416ed4bc479f1c44e0b5b295cabc7f9526dded90c97a1e8fcfe714f6";
  private static final String OWN_TEXT = "Ann Lee of the Blue Lantern spoke.\n";

  @TempDir
  Path root;

  private static String gold(String id, String poolRef, String org, int start, int end) {
    return "{\"schema_version\":\"1\",\"doc_id\":\"" + id + "\"," + poolRef + "\"title\":null,\"published\":null,"
        + "\"entities\":[{\"id\":\"e1\",\"type\":\"ORGANIZATION\",\"name\":\"" + org + "\","
        + "\"mentions\":[{\"start\":" + start + ",\"end\":" + end + ",\"text\":\"" + org + "\"}]}],"
        + "\"dates\":[],\"citations\":[],\"roles\":[],\"event\":{\"type\":\"meeting\",\"date\":null},\"warnings\":[]}\n";
  }

  /** A project with corpus/real/dev (one pool gold) and corpus/synthetic/dev (one written text). */
  private Path project() throws IOException {
    Path pool = Files.createDirectories(root.resolve("shared").resolve("releases"));
    Files.writeString(pool.resolve("us-county.jsonl"), "{\"id\":\"usc1\",\"county\":\"kent\","
        + "\"text\":\"The Kent County Court met.\\n\"}\n", StandardCharsets.UTF_8);
    Path project = Files.createDirectories(root.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), "<project/>\n");
    Path real = Files.createDirectories(project.resolve("corpus/real/dev"));
    Files.writeString(real.resolve("usc1.json"), gold("usc1",
        "\"pool\":{\"id\":\"usc1\",\"sha256\":\"" + POOL_SHA + "\"},", "Kent County Court", 4, 21));
    Path synthetic = Files.createDirectories(project.resolve("corpus/synthetic/dev"));
    Files.writeString(synthetic.resolve("s1.txt"), OWN_TEXT);
    Files.writeString(synthetic.resolve("s1.json"), gold("s1", "", "Blue Lantern", 15, 27));
    return project;
  }

  @Test
  void readsPoolGoldAndWrittenGoldFolderByFolder() throws IOException {
    Path p = project();
    TrainingData data = TrainingData.read(List.of(p.resolve("corpus/real/dev"), p.resolve("corpus/synthetic/dev")));

    assertEquals(List.of("usc1", "s1"), data.docs().stream().map(GoldDoc::docId).toList());
    assertEquals(POOL_TEXT, data.docs().get(0).text());
    assertEquals(OWN_TEXT, data.docs().get(1).text());
    assertEquals(1, data.folders().get(0).docs().size());
    assertEquals(CorpusChecksum.of(p.resolve("corpus/real/dev")), data.folders().get(0).sha256());
    assertEquals(p.resolve("corpus/real/dev") + " + " + p.resolve("corpus/synthetic/dev"), data.names());
  }

  @Test
  void bothKindsBecomeNameSamples() throws IOException {
    Path p = project();
    TrainingData data = TrainingData.read(List.of(p.resolve("corpus/real/dev"), p.resolve("corpus/synthetic/dev")));

    OrgNameSamples.Built built = OrgNameSamples.build(data.docs());
    assertEquals(2, built.mentions());
    assertEquals(0, built.unaligned());
    List<NameSample> s = built.samples();
    assertEquals(2, s.size());
    // "The Kent County Court met ." : tokens 1..4; "Ann Lee of the Blue Lantern spoke ." : tokens 4..6
    assertArrayEquals(new Span[] {new Span(1, 4, "organization")}, s.get(0).getNames());
    assertArrayEquals(new Span[] {new Span(4, 6, "organization")}, s.get(1).getNames());
  }
}
