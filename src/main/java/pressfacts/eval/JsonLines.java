package pressfacts.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The non-blank lines of a JSON Lines file (UTF-8), each handed on with its line number. Gold files and
 * the release pool are read the same way: a blank line (an editor's last newline) holds no record, yet
 * counts in the numbering, so a message's "FILE:N" points at the line an editor shows.
 */
final class JsonLines {
  /** What is done with one non-blank line; {@code number} counts every line of the file, from 1. */
  interface LineHandler {
    void accept(String line, int number) throws IOException;
  }

  private JsonLines() {
  }

  /** Hands each non-blank line of {@code file} to {@code handler}, in file order. */
  static void forEach(Path file, LineHandler handler) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (!line.isBlank()) {
          handler.accept(line, n);
        }
      }
    }
  }
}
