package pressfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval-conll} as a user meets it before any model loads: its help page and its refusals. */
class EvalConllCommandTest {

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void helpSaysWhatIsMeasuredAndThatTheDataIsNotShipped() {
    CliRun r = run("eval-conll", "--help");
    assertEquals(0, r.rc());
    for (String must : new String[] {"Usage: pressfacts eval-conll [", "-DOCSTART-", "conlleval", "PER, ORG, LOC",
        "tokenize,ssplit,pos,lemma,ner", "--limit", "not shipped"}) {
      assertTrue(r.out().contains(must), must + " missing from:\n" + r.out());
    }
  }

  @Test
  void aMalformedLineIsNamedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.conll");
    Files.writeString(f, "-DOCSTART- O\n\nOslo B-LOC\nwaits\n");
    CliRun r = run("eval-conll", f.toString());
    assertEquals(2, r.rc());
    assertEquals("pressfacts eval-conll: " + f + ":4: expected 'TOKEN TAG' (token first, tag last), found 'waits'\n",
        r.out());
  }

  @Test
  void refusesAMissingFileAnEmptyOneAndAnUnknownSystem(@TempDir Path dir) throws IOException {
    CliRun missing = run("eval-conll", dir.resolve("nope.conll").toString());
    assertEquals(2, missing.rc());
    assertTrue(missing.out().contains("no such file or folder: " + dir.resolve("nope.conll")), missing.out());
    Path empty = dir.resolve("empty.conll");
    Files.writeString(empty, "-DOCSTART- O\n\n");
    CliRun nothing = run("eval-conll", empty.toString());
    assertEquals(2, nothing.rc());
    assertTrue(nothing.out().contains(empty + ": no token line, nothing to score"), nothing.out());
    CliRun unknown = run("eval-conll", "--systems", "spacy", empty.toString());
    assertEquals(2, unknown.rc());
    assertTrue(unknown.out().contains("unknown system 'spacy'"), unknown.out());
  }
}
