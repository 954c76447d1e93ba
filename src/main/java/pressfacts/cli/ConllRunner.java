package pressfacts.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import pressfacts.eval.conll.ConllDocument;
import pressfacts.eval.conll.ConllErrors;
import pressfacts.eval.conll.ConllScore;
import pressfacts.eval.conll.Prediction;
import pressfacts.eval.conll.SystemRun;

/**
 * Builds one system, tags every document with it on a pool of threads (documents in parallel) and
 * adds up the scores in document order, timing the build and the tagging apart.
 */
final class ConllRunner {
  private ConllRunner() {
  }

  /** With {@code errors} not null, each document's error lines ({@link ConllErrors}) go to it, in document order. */
  static SystemRun run(Supplier<ConllSystem> build, List<ConllDocument> docs, int threads, Consumer<String> errors)
      throws InterruptedException {
    long t0 = System.nanoTime();
    ConllSystem system = build.get();
    long built = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Prediction>>> tagged = new ArrayList<>();
    try {
      for (ConllDocument d : docs) {
        tagged.add(pool.submit(() -> system.predict(d)));
      }
      ConllScore score = ConllScore.ZERO;
      int failed = 0;
      for (int i = 0; i < docs.size(); i++) {
        List<Prediction> predicted;
        try {
          predicted = tagged.get(i).get();
        } catch (ExecutionException e) {
          failed++;
          predicted = List.of();
        }
        score = score.plus(ConllScore.of(docs.get(i), predicted));
        if (errors != null) {
          ConllErrors.lines(system.name(), docs.get(i), predicted).forEach(errors);
        }
      }
      long done = System.nanoTime();
      return new SystemRun(system.name(), score, docs.size(), failed, (built - t0) / 1e9, (done - built) / 1e9, threads);
    } finally {
      pool.shutdownNow();
    }
  }
}
