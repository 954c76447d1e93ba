package pressfacts.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where records go: JSON Lines to a file or standard output. Each record is written as one
 * {@code write} of its whole line and flushed, so a kill leaves at most one partial last line;
 * {@link #openForResume} cuts such a line off and says which doc_ids are already complete.
 *
 * <p>A file is written as {@code OUT.partial} beside {@code OUT} and moved into place by
 * {@link #commit} when the run is complete: until then an existing {@code OUT} is untouched, and
 * an interrupted run leaves its records in {@code OUT.partial}, where {@code --resume} finds them.
 */
public final class RecordSink implements Closeable {
  /** Appended to the output's name while a run writes it. */
  public static final String PARTIAL_SUFFIX = ".partial";

  private final OutputStream out;
  private final boolean closeOut;
  private final Path partial;
  private final Path target;

  private RecordSink(OutputStream out, boolean closeOut, Path partial, Path target) {
    this.out = out;
    this.closeOut = closeOut;
    this.partial = partial;
    this.target = target;
  }

  public static RecordSink stdout() {
    return new RecordSink(new FileOutputStream(FileDescriptor.out), false, null, null);
  }

  /** A sink whose records reach {@code file} at {@link #commit}; until then they are in {@link #partialOf}. */
  public static RecordSink create(Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Path partial = partialOf(file);
    return new RecordSink(Files.newOutputStream(partial), true, partial, file);
  }

  /**
   * The input among {@code inputs} that is the same file as {@code output} (by real path), or null:
   * writing such an output would empty its own input.
   */
  public static String inputAt(List<String> inputs, Path output) {
    for (String in : inputs) {
      if (in.equals("-")) {
        continue;
      }
      Path p = Path.of(in);
      try {
        if (Files.exists(output) && Files.exists(p) && Files.isSameFile(p, output)) {
          return in;
        }
      } catch (IOException e) {
        // Unreadable paths cannot be the same file as a writable output; the input reports itself later.
      }
      if (p.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
        return in;
      }
    }
    return null;
  }

  /** Where a run writes {@code file} until it is complete. */
  public static Path partialOf(Path file) {
    return file.resolveSibling(file.getFileName() + PARTIAL_SUFFIX);
  }

  /** Closes the sink and moves the complete output into place (a no-op for standard output). */
  public void commit() throws IOException {
    close();
    if (partial != null) {
      try {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** What an interrupted run left: complete records per doc_id, and a sink that appends after them. */
  public record Resumed(RecordSink sink, Map<String, Integer> done, long complete) {
  }

  /**
   * Reopens the output of an interrupted run: {@code OUT.partial} when a run left one, else a copy of
   * a complete {@code OUT} (so that it, too, is replaced only at {@link #commit}).
   */
  public static Resumed openForResume(Path target) throws IOException {
    Path file = partialOf(target);
    if (!Files.exists(file)) {
      if (!Files.exists(target)) {
        return new Resumed(create(target), Map.of(), 0);
      }
      Files.copy(target, file);
    }
    ObjectMapper m = new ObjectMapper();
    Map<String, Integer> done = new HashMap<>();
    byte[] bytes = Files.readAllBytes(file);
    long goodEnd = 0;
    long complete = 0;
    int lineStart = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
      JsonNode n;
      try {
        n = line.isBlank() ? null : m.readTree(line);
      } catch (IOException e) {
        break;
      }
      if (n == null || !n.hasNonNull("doc_id")) {
        break;
      }
      done.merge(n.get("doc_id").asText(), 1, Integer::sum);
      complete++;
      goodEnd = i + 1;
      lineStart = i + 1;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(goodEnd);
    }
    return new Resumed(new RecordSink(Files.newOutputStream(file, StandardOpenOption.APPEND), true, file, target),
        done, complete);
  }

  public void write(String jsonLine) throws IOException {
    write(jsonLine, true);
  }

  /** Writes {@code text} in one call, with a line end after it when {@code newline}, and flushes. */
  public void write(String text, boolean newline) throws IOException {
    out.write((newline ? text + "\n" : text).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private boolean closed;

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (closeOut) {
      out.close();
    } else {
      out.flush();
    }
  }
}
