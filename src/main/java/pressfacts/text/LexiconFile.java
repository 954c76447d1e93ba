package pressfacts.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon resource (src/main/resources/pressfacts/lexicon/...): one entry a line, blank
 * lines and '#' comments skipped, white space around an entry dropped. Every vocabulary of the
 * pipeline is such a file, read once when its stage is built. A table ({@code .tsv}) is read by
 * {@link #rows}: tab-separated cells, the first of them the key; a row with the wrong number of
 * cells or an empty key fails with the file and line, so a bad edit shows where it is.
 */
public final class LexiconFile {
  private LexiconFile() {
  }

  /** The entries of the class-path resource {@code path}; fails loudly when it is missing. */
  public static List<String> lines(String path) {
    return entries(path, read(path)).stream().map(Entry::text).toList();
  }

  /** The rows of a table of exactly {@code columns} tab-separated cells. */
  public static List<String[]> rows(String path, int columns) {
    return rows(path, columns, columns);
  }

  /** The rows of a table of {@code minColumns..maxColumns} tab-separated cells, the first never empty. */
  public static List<String[]> rows(String path, int minColumns, int maxColumns) {
    return rows(path, read(path), minColumns, maxColumns);
  }

  /**
   * The rows of table text {@code content}, named {@code source} in errors. Cells are the entry
   * split at tabs (trailing empty cells dropped, as {@link String#split} does).
   */
  static List<String[]> rows(String source, String content, int minColumns, int maxColumns) {
    return numberedRows(source, content, minColumns, maxColumns).stream().map(Row::cells).toList();
  }

  /** One row of a table: its line number in the file (from 1, for errors that a later reading finds) and its cells. */
  public record Row(int line, String[] cells) {
  }

  /** As {@link #rows(String, int, int)}, each row with its line number. */
  public static List<Row> numberedRows(String path, int minColumns, int maxColumns) {
    return numberedRows(path, read(path), minColumns, maxColumns);
  }

  /** As {@link #rows(String, String, int, int)}, each row with its line number. */
  public static List<Row> numberedRows(String source, String content, int minColumns, int maxColumns) {
    List<Row> rows = new ArrayList<>();
    for (Entry e : entries(source, content)) {
      if (e.raw().split("\t", -1)[0].isBlank()) {
        throw new IllegalStateException(source + ":" + e.line() + ": empty key in '" + e.raw() + "'");
      }
      String[] cells = e.text().split("\t");
      if (cells.length < minColumns || cells.length > maxColumns) {
        String expected = minColumns == maxColumns ? String.valueOf(minColumns) : minColumns + ".." + maxColumns;
        throw new IllegalStateException(source + ":" + e.line() + ": expected " + expected
            + " tab-separated columns, found " + cells.length + " in '" + e.text() + "'");
      }
      rows.add(new Row(e.line(), cells));
    }
    return List.copyOf(rows);
  }

  /** One entry: its line number (from 1), the line as written and the entry (the line stripped). */
  private record Entry(int line, String raw, String text) {
  }

  private static List<Entry> entries(String source, String content) {
    List<Entry> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new StringReader(content))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(new Entry(n, line, entry));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read lexicon " + source, e);
    }
    return List.copyOf(out);
  }

  private static String read(String path) {
    try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read lexicon resource " + path, e);
    }
  }
}
