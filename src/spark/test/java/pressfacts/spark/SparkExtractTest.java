package pressfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.doc.Document;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Pipeline;
import pressfacts.pipeline.Stage;
import pressfacts.run.Extractor;

/**
 * The Spark job in local mode ({@code local[2]}) against {@code extract} on the same input: the
 * same bytes for every document, bad inputs included, however the job is partitioned.
 */
class SparkExtractTest {

  /**
   * 200 documents in one JSON Lines file: 193 made from corpus/synthetic/dev, one repeating an
   * earlier doc_id, one line with a bad UTF-8 byte, and five lines that give error records.
   */
  private static Path twoHundred(Path dir) throws IOException {
    List<ObjectNode> good = SparkTesting.synthetic(193);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < good.size(); i++) {
      ObjectNode o = good.get(i);
      if (i % 50 == 7) {
        o.put("published", "2019-09-19");
        o.put("title", "A title the source supplied");
      }
      b.write(SparkTesting.line(o));
      switch (i) {
        case 20 -> b.write("{broken\n".getBytes(StandardCharsets.UTF_8));                        // MALFORMED_JSONL
        case 40 -> b.write("{\"doc_id\":\"no-text\",\"title\":\"t\"}\n".getBytes(StandardCharsets.UTF_8)); // MISSING_TEXT
        case 60 -> b.write("{\"doc_id\":\"blank\",\"text\":\" \\n \"}\n".getBytes(StandardCharsets.UTF_8)); // EMPTY_INPUT
        case 80 -> b.write("{\"doc_id\":\"bad-date\",\"text\":\"Judges met.\",\"published\":\"yesterday\"}\n"
            .getBytes(StandardCharsets.UTF_8));                                                  // BAD_FIELD
        case 100 -> b.write("[1, 2]\n\n".getBytes(StandardCharsets.UTF_8));                    // not an object; blank line
        case 120 -> {                                                                           // INVALID_UTF8 warning
          byte[] l = SparkTesting.line(good.get(3).deepCopy().put("doc_id", "bad-byte"));
          l[l.length / 2] = (byte) 0xFF;
          b.write(l);
        }
        case 140 -> b.write(SparkTesting.line(good.get(5).deepCopy().put("text", "The Chairman of the Court, "
            + "Anar Hasanli, met judges on 3 May 2021.")));                                      // DUPLICATE_DOC_ID
        default -> { }
      }
    }
    Path in = dir.resolve("two-hundred.jsonl");
    Files.write(in, b.toByteArray());
    return in;
  }

  @Test
  void twoHundredDocumentsGiveTheRecordsOfExtractBadInputsIncluded(@TempDir Path dir) throws IOException {
    Path in = twoHundred(dir);
    String expected = SparkTesting.extract(dir, List.of(in.toString()));
    Path out = dir.resolve("out");

    SparkExtract.Summary s = SparkExtract.run(SparkTesting.spark(), SparkExtract.Job.of(List.of(in.toString()),
        out.toString()).withPartitions(5));

    String got = SparkTesting.parts(out);
    assertEquals(SparkTesting.sortedByDocId(expected), SparkTesting.sortedByDocId(got));
    assertEquals(expected, got, "the part files, in name order, hold extract's output in input order");
    assertEquals(200, s.documents());
    assertEquals(5, s.errors());
    List<String> codes = new ArrayList<>();
    for (String l : got.split("\n")) {
      JsonNode n = SparkTesting.mapper().readTree(l);
      if (n.has("error")) {
        codes.add(n.get("doc_id").asText() + ":" + n.get("error").get("code").asText());
      } else {
        n.get("warnings").forEach(w -> {
          if (Set.of("DUPLICATE_DOC_ID", "INVALID_UTF8").contains(w.get("code").asText())) {
            codes.add(n.get("doc_id").asText() + ":" + w.get("code").asText());
          }
        });
      }
    }
    assertEquals(List.of("two-hundred.jsonl:22:MALFORMED_JSONL", "no-text:MISSING_TEXT", "blank:EMPTY_INPUT",
        "bad-date:BAD_FIELD", "two-hundred.jsonl:106:MALFORMED_JSONL", "bad-byte:INVALID_UTF8",
        "d06~0:DUPLICATE_DOC_ID"), codes);
  }

  @Test
  void foldersFilesAndMissingInputsGiveTheRecordsOfExtractInInputOrder(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("releases"));
    List<ObjectNode> docs = SparkTesting.synthetic(12);
    for (int i = 0; i < 10; i++) {
      Path sub = i < 5 ? folder : Files.createDirectories(folder.resolve("sub"));
      Files.writeString(sub.resolve(String.format("r%02d.txt", i)), docs.get(i).get("text").asText());
    }
    Files.writeString(folder.resolve("page.html"), "<html><head><title>Court met</title><script>x()</script></head>"
        + "<body><nav>Home</nav><p>On 19 September 2019 the Chairman of the Baku Court of Appeal, Ramil Aliyev, "
        + "met judges.</p></body></html>");
    Files.writeString(folder.resolve("scripts-only.htm"), "<html><body><script>x()</script></body></html>");
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.write(folder.resolve("binary.txt"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1});
    byte[] bad = docs.get(10).get("text").asText().getBytes(StandardCharsets.UTF_8);
    bad[30] = (byte) 0xC3;
    Files.write(folder.resolve("bad-utf8.txt"), bad);
    Files.writeString(folder.resolve("notes.md"), "not a document");
    Path single = dir.resolve("single.txt");
    Files.writeString(single, docs.get(11).get("text").asText());
    Path jsonl = dir.resolve("more.jsonl");
    Files.writeString(jsonl, "{\"id\":\"r03\",\"text\":\"Judges met again.\"}\n{\"doc_id\":\"x\"}\n");
    List<String> inputs = List.of(folder.toString(), dir.resolve("missing.txt").toString(), single.toString(),
        jsonl.toString(), dir.resolve("missing.jsonl").toString());
    String expected = SparkTesting.extract(dir, inputs);
    Path out = dir.resolve("out");

    SparkExtract.Summary s = SparkExtract.run(SparkTesting.spark(), SparkExtract.Job.of(inputs, out.toString()));

    assertEquals(expected, SparkTesting.parts(out));
    assertEquals(expected.split("\n").length, s.documents());
    assertTrue(s.errors() >= 6, "empty, binary, scripts-only, two missing, no text: " + s.errors());
  }

  @Test
  void recordsDoNotDependOnPartitioning(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    List<ObjectNode> docs = SparkTesting.synthetic(30);
    for (int round = 0; round < 2; round++) {      // every doc_id twice: the second copies carry warnings
      for (ObjectNode o : docs) {
        b.write(SparkTesting.line(o));
      }
    }
    Path in = dir.resolve("twice.jsonl");
    Files.write(in, b.toByteArray());
    List<String> got = new ArrayList<>();
    for (int partitions : new int[] {1, 7}) {
      Path out = dir.resolve("out-" + partitions);
      SparkExtract.run(SparkTesting.spark(), SparkExtract.Job.of(List.of(in.toString()), out.toString())
          .withPartitions(partitions));
      got.add(SparkTesting.parts(out));
    }
    assertEquals(got.get(0), got.get(1));
    assertEquals(30, got.get(0).split("DUPLICATE_DOC_ID", -1).length - 1);
  }

  /** Throws what Extractor does not catch (errors, not exceptions) for doc_ids starting "boom". */
  static final class Booming implements ExtractorSource {
    private static final long serialVersionUID = 1L;

    private static final class Holder {
      static final Extractor EXTRACTOR = new Extractor(withBoom(ExtractorSource.standard().extractor().pipeline()));
    }

    private static Pipeline withBoom(Pipeline standard) {
      Pipeline.Builder b = Pipeline.builder().add(new Stage() {
        public String name() {
          return "boom";
        }

        public Set<Key<?>> needs() {
          return Set.of();
        }

        public Set<Key<?>> adds() {
          return Set.of();
        }

        public Annotations apply(Document doc, Annotations in) {
          if (doc.docId().startsWith("boom-assert")) {
            throw new AssertionError("boom");
          }
          if (doc.docId().startsWith("boom-oom")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return in;
        }
      });
      standard.stages().forEach(b::add);
      return b.build();
    }

    @Override
    public Extractor extractor() {
      return Holder.EXTRACTOR;
    }
  }

  @Test
  void aDocumentThatThrowsAnErrorBecomesItsErrorRecordAndItsPartitionGoesOn(@TempDir Path dir) throws IOException {
    List<ObjectNode> docs = SparkTesting.synthetic(6);
    docs.get(1).put("doc_id", "boom-assert");
    docs.get(4).put("doc_id", "boom-oom");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (ObjectNode o : docs) {
      b.write(SparkTesting.line(o));
    }
    Path in = dir.resolve("boom.jsonl");
    Files.write(in, b.toByteArray());
    Path out = dir.resolve("out");

    SparkExtract.Summary s = SparkExtract.run(SparkTesting.spark(), SparkExtract.Job.of(List.of(in.toString()),
        out.toString()).withPartitions(1).withExtractor(new Booming()));

    List<String> got = new ArrayList<>();
    for (String l : SparkTesting.parts(out).split("\n")) {
      JsonNode n = SparkTesting.mapper().readTree(l);
      got.add(n.get("doc_id").asText() + ":" + (n.has("error") ? n.get("error").get("message").asText() : "record"));
    }
    assertEquals(List.of("d01~0:record", "boom-assert:document 'boom-assert': java.lang.AssertionError: boom",
        "d03~0:record", "d04~0:record", "boom-oom:document 'boom-oom': java.lang.OutOfMemoryError: Java heap space",
        "d06~0:record"), got);
    assertEquals(Map.of("documents", 6L, "errors", 2L), Map.of("documents", s.documents(), "errors", s.errors()));
  }
}
