package pressfacts.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips a test, visibly: the reason is printed once on stderr (so it shows in the build output,
 * not only in the reports) and the test is reported as skipped. Call it per test (from a
 * {@code @BeforeEach}), not from a {@code @BeforeAll}: a class skipped there is reported by
 * Surefire as "Tests run: 0" instead of as skipped tests.
 */
public final class Skips {
  private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

  private Skips() {
  }

  public static void unless(boolean available, String reason) {
    if (!available && SAID.add(reason)) {
      System.err.println("SKIPPED: " + reason);
    }
    Assumptions.assumeTrue(available, reason);
  }
}
