package pressfacts.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on stderr: documents done, docs/s and, when the total is known, an ETA.
 * Prints at most once a second, on one rewritten line.
 */
final class Progress {
  private final PrintStream err;
  private final boolean enabled;
  private final long t0 = System.nanoTime();
  private long lastPrint;
  private long done;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void tick() {
    done++;
    long now = System.nanoTime();
    if (enabled && now - lastPrint > 1_000_000_000L) {
      lastPrint = now;
      err.print("\r" + line(now));
      err.flush();
    }
  }

  void finish() {
    if (enabled) {
      err.println("\r" + line(System.nanoTime()));
    }
  }

  private String line(long now) {
    double s = (now - t0) / 1e9;
    return String.format(Locale.ROOT, "pressfacts: %d documents, %.1f docs/s, %.0f s", done, done / Math.max(s, 1e-9), s);
  }
}
