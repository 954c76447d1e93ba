package pressfacts.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import pressfacts.doc.CharSpan;

/**
 * Hand labels of the lines of scraped pages ({@code corpus/real/furniture/ID.tsv}): every non-empty
 * line of a pool release with its offsets, the sha256 of its text and whether it is page furniture
 * or the release proper. The file names its release by pool id and text sha256 (a {@code pool}
 * row), as the gold records do, and carries no text: {@link #read} takes the text from the pool and
 * refuses a file whose lines no longer hash to what was labelled.
 */
public record FurnitureGold(String id, String family, String text, List<Line> lines) {

  /** One labelled line: its 1-based number, trimmed span and label. */
  public record Line(int number, CharSpan span, boolean furniture) {
  }

  public FurnitureGold {
    lines = List.copyOf(lines);
  }

  /** Every {@code *.tsv} of {@code folder}, in file-name order, with its text from the pool near it. */
  public static List<FurnitureGold> read(Path folder) throws IOException {
    ReleasePool pool = ReleasePool.near(folder)
        .orElseThrow(() -> new IOException("no release pool found for " + folder + " (set " + ReleasePool.ENV + ")"));
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
    List<FurnitureGold> out = new ArrayList<>();
    for (Path f : files) {
      out.add(read(f, pool));
    }
    return out;
  }

  static FurnitureGold read(Path file, ReleasePool pool) throws IOException {
    ReleasePool.Release release = null;
    List<Line> lines = new ArrayList<>();
    int n = 0;
    for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] c = row.split("\t");
      String where = file + ":" + n + ": ";
      if (c[0].equals("pool") && c.length == 3) {
        release = pool.text(c[1], c[2]);
        continue;
      }
      if (release == null || c.length != 5) {
        throw new IOException(where + "expected a 'pool ID SHA256' row, then 'line start end sha256 label' rows");
      }
      CharSpan span = new CharSpan(Integer.parseInt(c[1]), Integer.parseInt(c[2]));
      if (span.end() > release.text().length() || !ReleasePool.sha256(span.of(release.text())).equalsIgnoreCase(c[3])) {
        throw new IOException(where + "line " + c[0] + " does not have the sha256 it was labelled with");
      }
      if (!c[4].equals("furniture") && !c[4].equals("release")) {
        throw new IOException(where + "label must be furniture or release, not '" + c[4] + "'");
      }
      lines.add(new Line(Integer.parseInt(c[0]), span, c[4].equals("furniture")));
    }
    if (release == null) {
      throw new IOException(file + ": no 'pool ID SHA256' row");
    }
    return new FurnitureGold(release.id(), release.family(), release.text(), lines);
  }
}
