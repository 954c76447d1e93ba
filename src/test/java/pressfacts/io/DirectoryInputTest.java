package pressfacts.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.testing.Skips;

/**
 * A folder input: every path met gives a record or an error record in its place, or is counted
 * as skipped (files that are not documents). Issue: an unreadable subfolder turned the whole folder
 * into one error record, and FIFOs, dangling links and linked folders vanished without a word.
 */
class DirectoryInputTest {
  @TempDir
  Path dir;

  private List<String> read(DocumentSource source) {
    List<String> out = new ArrayList<>();
    source.forEachRemaining(i -> out.add(i.docId() + ":" + (i.error() == null ? "ok" : i.error().code().name())));
    return out;
  }

  private DocumentSource source() {
    return new DocumentSource(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]), 1 << 20);
  }

  @Test
  void linksAreFollowedAndBadPathsBecomeErrorRecords() throws IOException, InterruptedException {
    Files.writeString(dir.resolve("a.txt"), "The court met.");
    Files.writeString(dir.resolve("notes.csv"), "not a document");
    Path elsewhere = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-elsewhere"));
    Files.writeString(elsewhere.resolve("b.txt"), "The court met again.");
    Files.createSymbolicLink(dir.resolve("linked"), elsewhere);
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("no-such-file.txt"));
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
    boolean fifo = mkfifo.waitFor() == 0;

    DocumentSource source = source();
    List<String> got = read(source);

    List<String> want = new ArrayList<>(List.of("a:ok", "gone:UNREADABLE", "linked/b:ok", "loop:UNREADABLE"));
    if (fifo) {
      want.add("pipe:UNREADABLE");
    }
    assertEquals(want, got);
    assertEquals(1, source.skippedFiles(), "notes.csv is counted as skipped");
  }

  @Test
  void anUnreadableSubfolderCostsOnlyItself() throws IOException {
    Skips.unless(!"root".equals(System.getProperty("user.name")), "root reads every folder: the unreadable-folder"
        + " test needs an ordinary user");
    Files.writeString(dir.resolve("a.txt"), "The court met.");
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("c.txt"), "Hidden.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      List<String> got = read(source());
      assertEquals(List.of("a:ok", "locked:UNREADABLE"), got);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
