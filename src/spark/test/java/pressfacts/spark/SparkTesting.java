package pressfacts.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import pressfacts.cli.PressfactsCommand;
import pressfacts.doc.Document;
import pressfacts.io.DocumentSource;
import pressfacts.io.TextDecoder;
import pressfacts.run.Synth;

/** One local[2] Spark session per test JVM, and what the tests compare: extract's output and the job's. */
final class SparkTesting {
  private static final ObjectMapper M = new ObjectMapper();

  private SparkTesting() {
  }

  /** The holder idiom: the session starts on first use and lives as long as the test JVM. */
  private static final class Holder {
    static final SparkSession SPARK = SparkSession.builder().master("local[2]").appName("pressfacts-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  static SparkSession spark() {
    return Holder.SPARK;
  }

  /** What {@code pressfacts extract -q -o OUT INPUT...} writes, as text. */
  static String extract(Path dir, List<String> inputs) throws IOException {
    Path out = dir.resolve("extract-" + System.nanoTime() + ".jsonl");
    List<String> args = new ArrayList<>(List.of("extract", "-q", "-o", out.toString()));
    args.addAll(inputs);
    int exit = PressfactsCommand.commandLine().execute(args.toArray(new String[0]));
    if (exit != 0 && exit != 1) {
      throw new IllegalStateException("extract exited " + exit);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The job's part files, in name order, as one text: the records in input order. */
  static String parts(Path outDir) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> s = Files.list(outDir)) {
      for (Path p : s.filter(f -> f.getFileName().toString().matches("part-\\d+\\.jsonl")).sorted().toList()) {
        all.write(Files.readAllBytes(p));
      }
    }
    return all.toString(StandardCharsets.UTF_8);
  }

  /** The lines of a JSON Lines text sorted by doc_id (then by the whole line): the comparison. */
  static List<String> sortedByDocId(String jsonl) throws IOException {
    List<String[]> keyed = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isEmpty()) {
        keyed.add(new String[] {M.readTree(line).get("doc_id").asText(), line});
      }
    }
    keyed.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    return keyed.stream().map(k -> k[1]).toList();
  }

  /** {@code n} documents made from corpus/synthetic/dev (extract's synth), as JSONL objects. */
  static List<ObjectNode> synthetic(int n) {
    List<Document> base = new ArrayList<>();
    new DocumentSource(List.of("corpus/synthetic/dev"), InputStream.nullInputStream(), TextDecoder.DEFAULT_MAX_BYTES)
        .forEachRemaining(it -> base.add(it.document()));
    List<ObjectNode> out = new ArrayList<>();
    for (Document d : Synth.expand(base, n)) {
      ObjectNode o = M.createObjectNode();
      o.put("doc_id", d.docId());
      o.put("text", d.text());
      out.add(o);
    }
    return out;
  }

  static byte[] line(ObjectNode o) throws IOException {
    return (M.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static ObjectMapper mapper() {
    return M;
  }
}
