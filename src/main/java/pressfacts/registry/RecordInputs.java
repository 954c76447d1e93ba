package pressfacts.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;
import pressfacts.record.RecordLines;

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
      RecordLines.read(in, new RecordLines.Visitor() {
        public boolean record(Outcome o, int lineNo) {
          take(o, tally, sink);
          return true;
        }

        public boolean notARecord(int lineNo, String message) {
          tally.problems.add(f + ":" + lineNo + ": not a record: " + message);
          return true;
        }
      });
    }
  }

  private static void take(Outcome o, Tally tally, Consumer<PressRecord> sink) {
    if (o instanceof PressRecord r) {
      tally.records++;
      sink.accept(r);
    } else {
      tally.errorRecords++;
    }
  }
}
