package pressfacts.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconFileTest {
  private static final Path LEXICON_DIR = Path.of("src/main/resources/pressfacts/lexicon");

  @Test
  void rowsSkipCommentsAndBlankLinesAndStripEachLine() {
    List<String[]> rows = LexiconFile.rows("t.tsv", "# head\n\nmay\t5\tfull\n  sept\t9\tabbr  \n", 3, 3);
    assertEquals(2, rows.size());
    assertArrayEquals(new String[] {"may", "5", "full"}, rows.get(0));
    assertArrayEquals(new String[] {"sept", "9", "abbr"}, rows.get(1));
  }

  @Test
  void aRowWithTooFewColumnsNamesItsFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LexiconFile.rows("dates/months.tsv", "# months\njanuary\t1\tfull\nfebruary\t2\n", 3, 3));
    assertTrue(e.getMessage().startsWith("dates/months.tsv:3: expected 3 tab-separated columns, found 2"), e.getMessage());
  }

  @Test
  void aRowWithTooManyColumnsNamesItsLineAndTheRange() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LexiconFile.rows("t.tsv", "a\tb\n\n# c\na\tb\tc\td\n", 1, 3));
    assertTrue(e.getMessage().startsWith("t.tsv:4: expected 1..3 tab-separated columns, found 4"), e.getMessage());
  }

  @Test
  void aRowWithAnEmptyKeyNamesItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LexiconFile.rows("t.tsv", "a\t1\n\t2\n", 2, 2));
    assertTrue(e.getMessage().startsWith("t.tsv:2: empty key"), e.getMessage());
    IllegalStateException blank = assertThrows(IllegalStateException.class,
        () -> LexiconFile.rows("t.tsv", "a\t1\n  \t2\n", 1, 2));
    assertTrue(blank.getMessage().startsWith("t.tsv:2: empty key"), blank.getMessage());
  }

  @Test
  void aMissingResourceFailsLoudly() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LexiconFile.lines("/pressfacts/lexicon/none.txt"));
    assertEquals("missing lexicon resource /pressfacts/lexicon/none.txt", e.getMessage());
  }

  /** Every lexicon file opens with a comment saying what it lists, and every table row has a key. */
  @Test
  void everyLexiconFileParses() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(LEXICON_DIR)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() > 40, "lexicon files found: " + files.size());
    for (Path f : files) {
      String resource = "/pressfacts/lexicon/" + LEXICON_DIR.relativize(f).toString().replace('\\', '/');
      assertTrue(Files.readString(f, StandardCharsets.UTF_8).startsWith("#"), resource + " has no header comment");
      // The role shapes given as data may be none: the rules of RoleFinder read every shape without them.
      assertTrue(!LexiconFile.lines(resource).isEmpty() || resource.equals("/pressfacts/lexicon/roles/slot-shapes.tsv"),
          resource + " is empty");
      if (resource.endsWith(".tsv")) {
        LexiconFile.rows(resource, 1, Integer.MAX_VALUE);
      }
    }
  }
}
