package pressfacts.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The records a registry is built from, streamed one at a time in the order given: JSON Lines
 * files (what {@code extract} writes), single-record {@code .json} files (gold records), and
 * folders (their {@code .json} and {@code .jsonl} files below, sorted by path). Error records are
 * counted and left out; a line that is not a record is reported to {@code problems} and left out.
 */
public final class RecordInputs {
  /** What reading found besides records. */
  public static final class Tally {
    public long records;
    public long errorRecords;
    public final List<String> problems = new ArrayList<>();
  }

  private RecordInputs() {
  }

  public static Tally read(List<String> inputs, Consumer<PressRecord> sink) throws IOException {
    Tally tally = new Tally();
    for (String input : inputs) {
      Path p = Path.of(input);
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(p)) {
          files = s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonl"))
              .sorted().toList();
        }
        for (Path f : files) {
          readFile(f, tally, sink);
        }
      } else {
        readFile(p, tally, sink);
      }
    }
    return tally;
  }

  private static void readFile(Path f, Tally tally, Consumer<PressRecord> sink) throws IOException {
    if (f.toString().endsWith(".json")) {
      try {
        take(RecordJson.read(Files.readString(f, StandardCharsets.UTF_8)), tally, sink);
      } catch (IllegalArgumentException e) {
        tally.problems.add(f + ": not a record: " + e.getMessage());
      }
      return;
    }
    try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        Outcome o;
        try {
          o = RecordJson.read(slim(line));
        } catch (IOException | RuntimeException e) {
          tally.problems.add(f + ":" + lineNo + ": not a record: " + e.getMessage());
          continue;
        }
        take(o, tally, sink);
      }
    }
  }

  /**
   * The fields of a record line that the registry reads (doc_id, entities, roles, event,
   * published, error), parsed into a tree; the others (dates, citations, warnings, text) are
   * skipped unparsed, which is most of a record's bytes and of the time to read it.
   */
  static ObjectNode slim(String line) throws IOException {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    try (JsonParser p = FACTORY.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (KEPT.contains(field)) {
          out.set(field, p.readValueAsTree());
        } else {
          p.skipChildren();
        }
      }
    }
    return out;
  }

  private static final JsonFactory FACTORY = new ObjectMapper().getFactory();
  private static final Set<String> KEPT = Set.of("schema_version", "doc_id", "title", "published",
      "entities", "roles", "event", "error");

  private static void take(Outcome o, Tally tally, Consumer<PressRecord> sink) {
    if (o instanceof PressRecord r) {
      tally.records++;
      sink.accept(r);
    } else {
      tally.errorRecords++;
    }
  }
}
