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
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Where records go: JSON Lines to a file or standard output. Each record is written as one
 * {@code write} of its whole line and flushed, so a kill leaves at most one partial last line;
 * {@link #openForResume} cuts such a line off and says which doc_ids are already complete.
 */
public final class RecordSink implements Closeable {
  private final OutputStream out;
  private final boolean closeOut;

  private RecordSink(OutputStream out, boolean closeOut) {
    this.out = out;
    this.closeOut = closeOut;
  }

  public static RecordSink stdout() {
    return new RecordSink(new FileOutputStream(FileDescriptor.out), false);
  }

  public static RecordSink create(Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    return new RecordSink(Files.newOutputStream(file), true);
  }

  /** What an interrupted run left: complete records per doc_id, and a sink that appends after them. */
  public record Resumed(RecordSink sink, Map<String, Integer> done, long complete) {
  }

  public static Resumed openForResume(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new Resumed(create(file), Map.of(), 0);
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
    return new Resumed(new RecordSink(Files.newOutputStream(file, StandardOpenOption.APPEND), true), done, complete);
  }

  public void write(String jsonLine) throws IOException {
    out.write((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closeOut) {
      out.close();
    } else {
      out.flush();
    }
  }
}
