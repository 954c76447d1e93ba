package pressfacts.stage.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a lexicon resource: one entry a line, blank lines and '#' comments skipped. */
final class LexiconFile {
  static final String DIR = "/pressfacts/lexicon/entities/";

  private LexiconFile() {
  }

  /** The entry lines of {@code DIR + name}, trimmed on the right; fails loudly when the file is missing. */
  static List<String> lines(String name) {
    String path = DIR + name;
    try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + path);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.stripTrailing());
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
