package pressfacts.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The project's shared folder, beside the checkout; tests that need it skip when it is absent. */
public final class SharedFiles {
  public static final Path SHARED = Path.of("..", "shared");

  private SharedFiles() {
  }

  public static Path require(String relative) {
    Path p = SHARED.resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "shared file " + p + " is absent; skipping");
    return p;
  }
}
