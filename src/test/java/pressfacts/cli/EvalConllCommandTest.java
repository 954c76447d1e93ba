package pressfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval-conll} as a user meets it before any model loads: its help page and its refusals. */
class EvalConllCommandTest {

  private record Run(int rc, String out) {
  }

  private static Run run(String... args) {
    CommandLine cl = PressfactsCommand.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    int rc = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    return new Run(rc, out.toString());
  }

  @Test
  void helpSaysWhatIsMeasuredAndThatTheDataIsNotShipped() {
    Run r = run("eval-conll", "--help");
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
    Run r = run("eval-conll", f.toString());
    assertEquals(2, r.rc());
    assertEquals("pressfacts eval-conll: " + f + ":4: expected 'TOKEN TAG' (token first, tag last), found 'waits'\n",
        r.out());
  }

  @Test
  void refusesAMissingFileAnEmptyOneAndAnUnknownSystem(@TempDir Path dir) throws IOException {
    Run missing = run("eval-conll", dir.resolve("nope.conll").toString());
    assertEquals(2, missing.rc());
    assertTrue(missing.out().contains("no such file or folder: " + dir.resolve("nope.conll")), missing.out());
    Path empty = dir.resolve("empty.conll");
    Files.writeString(empty, "-DOCSTART- O\n\n");
    Run nothing = run("eval-conll", empty.toString());
    assertEquals(2, nothing.rc());
    assertTrue(nothing.out().contains(empty + ": no token line, nothing to score"), nothing.out());
    Run unknown = run("eval-conll", "--systems", "spacy", empty.toString());
    assertEquals(2, unknown.rc());
    assertTrue(unknown.out().contains("unknown system 'spacy'"), unknown.out());
  }
}
