package pressfacts.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import pressfacts.record.Outcome;
import pressfacts.record.RecordJson;

/**
 * Reads JSON Lines of records (what {@code extract} writes) one line at a time, with line numbers
 * for messages; blank lines are skipped. Lines are split as bytes and each is decoded on its own,
 * as {@link JsonlReader} does with {@link BoundedLines}: a line that is not valid UTF-8, or that is
 * longer than {@link #MAX_LINE_BYTES}, is not a record, and reading goes on with the next line, so
 * one bad byte spoils only its own line. Each command decides what a bad line means (left out,
 * counted, or fatal) in its {@link Visitor}.
 */
public final class RecordLines {
  /**
   * The longest line read: far above any record extract writes (its inputs stop at 20 MiB of text),
   * and a bound on the memory a damaged file without line ends can take.
   */
  public static final long MAX_LINE_BYTES = 256L * 1024 * 1024;

  private RecordLines() {
  }

  /** What to do with each line. Return false to stop reading. */
  public interface Visitor {
    boolean record(Outcome outcome, int lineNo) throws IOException;

    boolean notARecord(int lineNo, String message) throws IOException;
  }

  /** Reads {@code in} to its end (or until the visitor says stop); the caller closes it. */
  public static void read(InputStream in, Visitor visitor) throws IOException {
    BoundedLines lines = new BoundedLines(in, MAX_LINE_BYTES);
    int lineNo = 0;
    for (BoundedLines.Line line; (line = lines.next()) != null; ) {
      lineNo++;
      if (line.tooLong()) {
        if (!visitor.notARecord(lineNo, "the line is " + line.length() + " bytes, above the limit of "
            + MAX_LINE_BYTES + "; it was skipped unread")) {
          return;
        }
        continue;
      }
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.bytes())).toString();
      } catch (CharacterCodingException e) {
        if (!visitor.notARecord(lineNo, "the line is not valid UTF-8 (records are written in UTF-8: the line"
            + " is damaged)")) {
          return;
        }
        continue;
      }
      if (lineNo == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      Outcome o;
      try {
        o = RecordJson.read(text);
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
