package pressfacts.record;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads JSON Lines of records (what {@code extract} writes) one line at a time, with line numbers
 * for messages; blank lines are skipped. Each command decides what a bad line means (left out,
 * counted, or fatal) in its {@link Visitor}.
 */
public final class RecordLines {
  private RecordLines() {
  }

  /** What to do with each line. Return false to stop reading. */
  public interface Visitor {
    boolean record(Outcome outcome, int lineNo) throws IOException;

    boolean notARecord(int lineNo, String message) throws IOException;
  }

  public static void read(BufferedReader in, Visitor visitor) throws IOException {
    int lineNo = 0;
    for (String line; (line = in.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      Outcome o;
      try {
        o = RecordJson.read(line);
      } catch (RuntimeException e) {
        if (!visitor.notARecord(lineNo, e.getMessage())) {
          return;
        }
        continue;
      }
      if (!visitor.record(o, lineNo)) {
        return;
      }
    }
  }
}
