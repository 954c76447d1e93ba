package pressfacts.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import pressfacts.io.SourceItem;
import pressfacts.record.Outcome;

/**
 * Runs an {@link Extractor} over a stream of inputs on N threads and hands the outcomes to a sink
 * in input order. At most {@code 4 * threads} documents are in flight, so memory stays flat
 * however long the stream is, and the output does not depend on the thread count.
 */
public final class BatchRunner {
  private final Extractor extractor;
  private final int threads;

  public BatchRunner(Extractor extractor, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.extractor = extractor;
    this.threads = threads;
  }

  /** Returns the number of outcomes written. */
  public long run(Iterator<SourceItem> items, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "pressfacts-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    long written = 0;
    try {
      while (items.hasNext()) {
        SourceItem item = items.next();
        inFlight.add(item.error() != null ? CompletableFuture.completedFuture(item.error())
            : pool.submit(() -> extractor.extract(item)));
        while (inFlight.size() >= 4 * threads) {
          sink.accept(take(inFlight));
          written++;
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(take(inFlight));
        written++;
      }
    } finally {
      pool.shutdownNow();
    }
    return written;
  }

  private static Outcome take(Deque<Future<Outcome>> q) {
    try {
      return q.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // Extractor.extract turns failures into error records, so this is a programming error.
      throw new IllegalStateException(e.getCause());
    }
  }
}
