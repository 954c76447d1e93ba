package pressfacts.pipeline;

import java.time.Duration;

/**
 * The time budget of the document the current thread is working on. {@link Pipeline#run} sets it;
 * stages ask {@link #passed()} at the heads of their loops and, once it has passed, stop and keep what
 * they found, so a document that would run for minutes still gets a record (with the facts found so
 * far and a TIME_BUDGET_EXCEEDED warning, added by the warnings stage) rather than holding up a batch.
 * Without a budget, {@link #passed()} is always false.
 */
public final class Deadline {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
  private final long at;
  private final Duration budget;

  private Deadline(Duration budget) {
    this.budget = budget;
    this.at = System.nanoTime() + budget.toNanos();
  }

  /** Has the current document's budget run out? False when there is none. */
  public static boolean passed() {
    Deadline d = CURRENT.get();
    return d != null && System.nanoTime() - d.at > 0;
  }

  /** The current document's budget, or null when there is none. */
  public static Duration budget() {
    Deadline d = CURRENT.get();
    return d == null ? null : d.budget;
  }

  static void start(Duration budget) {
    if (budget == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(new Deadline(budget));
    }
  }

  static void end() {
    CURRENT.remove();
  }
}
