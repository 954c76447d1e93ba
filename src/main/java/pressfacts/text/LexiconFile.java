package pressfacts.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon resource (src/main/resources/pressfacts/lexicon/...): one entry a line, blank
 * lines and '#' comments skipped, white space around an entry dropped. Every vocabulary of the
 * pipeline is such a file, read once when its stage is built.
 */
public final class LexiconFile {
  private LexiconFile() {
  }

  /** The entries of the class-path resource {@code path}; fails loudly when it is missing. */
  public static List<String> lines(String path) {
    try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + path);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read lexicon resource " + path, e);
    }
  }
}
