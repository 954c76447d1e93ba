package pressfacts.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, a trailing {@code \r} dropped) without ever holding
 * more than a bound: a longer line keeps only its first {@link #KEPT_OF_LONG_LINE} bytes (enough to
 * name the document it holds) and is marked too long, and the stream goes on at the next line. Lines
 * are bytes, not text, so that each line is decoded on its own: a bad byte spoils one line, never
 * the rest of the file.
 */
final class BoundedLines {
  /** What is kept of a line over the bound, so that its doc_id can still be read for the message. */
  static final int KEPT_OF_LONG_LINE = 64 * 1024;

  /** One line: its bytes (a prefix when {@code tooLong}) and its full length in bytes. */
  record Line(byte[] bytes, boolean tooLong, long length) {
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private boolean eof;

  BoundedLines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    boolean over = false;
    while (true) {
      if (pos == limit && (eof || !fill())) {
        return any ? finish(line, length, over) : null;
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (!over && length + n > maxLineBytes) {
        // Over the bound: keep a prefix only, and stop buffering the rest of this line.
        over = true;
        byte[] kept = line.toByteArray();
        line.reset();
        line.write(kept, 0, Math.min(kept.length, KEPT_OF_LONG_LINE));
      }
      if (!over) {
        line.write(buf, start, n);
      } else if (line.size() < KEPT_OF_LONG_LINE) {
        line.write(buf, start, Math.min(n, KEPT_OF_LONG_LINE - line.size()));
      }
      length += n;
      if (pos < limit) {
        pos++; // the '\n'
        return finish(line, length, over);
      }
    }
  }

  private static Line finish(ByteArrayOutputStream line, long length, boolean tooLong) {
    byte[] b = line.toByteArray();
    if (!tooLong && b.length > 0 && b[b.length - 1] == '\r') {
      b = Arrays.copyOf(b, b.length - 1);
    }
    return new Line(b, tooLong, length);
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  void close() throws IOException {
    in.close();
  }
}
