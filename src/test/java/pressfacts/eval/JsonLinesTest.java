package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blank lines hold no record but count in the numbering, so "FILE:N" is the line an editor shows. */
class JsonLinesTest {
  @TempDir
  Path dir;

  @Test
  void handsOnNonBlankLinesWithTheirNumbers() throws IOException {
    Path f = dir.resolve("x.jsonl");
    Files.writeString(f, "{\"a\":1}\n\n  \n{\"b\":2}\n\n", StandardCharsets.UTF_8);
    List<String> seen = new ArrayList<>();
    JsonLines.forEach(f, (line, n) -> seen.add(n + ":" + line));
    assertEquals(List.of("1:{\"a\":1}", "4:{\"b\":2}"), seen);
  }

  @Test
  void theHandlersErrorStopsTheReading() throws IOException {
    Path f = dir.resolve("y.jsonl");
    Files.writeString(f, "one\ntwo\nthree\n", StandardCharsets.UTF_8);
    List<Integer> seen = new ArrayList<>();
    IOException e = assertThrows(IOException.class, () -> JsonLines.forEach(f, (line, n) -> {
      seen.add(n);
      if (line.equals("two")) {
        throw new IOException("y.jsonl:" + n);
      }
    }));
    assertEquals("y.jsonl:2", e.getMessage());
    assertEquals(List.of(1, 2), seen);
  }
}
