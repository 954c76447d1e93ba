package pressfacts.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * corpus/real: gold records of releases that stay in the pool {@code ../shared/releases}. Tests
 * that read it skip, saying why, in a clone without the pool beside it.
 */
public final class RealCorpus {
  public static final Path DEV = Path.of("corpus", "real", "dev");
  public static final Path TEST = Path.of("corpus", "real", "test");

  private RealCorpus() {
  }

  /** Skips the calling test when the release pool is absent. */
  public static void requirePool() {
    Path pool = SharedFiles.SHARED.resolve("releases");
    Assumptions.assumeTrue(Files.isDirectory(pool),
        "the release pool " + pool + " is absent: corpus/real cannot be read; skipping");
  }
}
