package pressfacts.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.review.ReviewInputs;
import pressfacts.review.ReviewItem;
import pressfacts.review.ReviewServer;

/** {@code pressfacts serve}: the review pages on 127.0.0.1, where an analyst corrects and saves records. */
@Command(name = "serve",
    header = "Serve the review pages locally; analysts accept, reject and correct facts.", mixinStandardHelpOptions = true,
    description = {"Serve the review pages on 127.0.0.1. On a document's page an analyst",
        "accepts or rejects each fact, fixes a span (start/end), a role title, a",
        "date value or the date line, and saves: the corrected record is checked",
        "as 'corpus check' checks gold and written to DIR/ID.json in the gold format,",
        "with its text in DIR/ID.txt (or a reference to its release in the pool),",
        "so 'corpus check DIR' and 'eval DIR' read the folder as it is. ID is the",
        "doc_id when it is a plain lower-case id, else a readable part and a hash.",
        "Only pages this server serves can save (they carry a session token); other",
        "hosts and origins are refused. Runs until Ctrl-C."},
    footer = {"", "Example:",
        "  target/pressfacts serve records.jsonl corpus/synthetic/dev/ \\",
        "      --port 8080 --corrections gold/"})
public final class ServeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "RECORDS.jsonl", description = "Records written by 'extract'.")
  Path records;

  @Parameters(index = "1..*", paramLabel = "INPUT", arity = "0..*",
      description = "The inputs the records were extracted from (as for 'extract'): they give the texts.")
  List<String> inputs = List.of();

  @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--corrections", paramLabel = "DIR",
      description = "Folder for the corrected records, ID.json and ID.txt each (default: ${DEFAULT-VALUE}).")
  Path corrections = Path.of("corrections");

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<ReviewItem> items;
    try {
      items = ReviewInputs.load(records, inputs);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("pressfacts serve: " + e.getMessage());
      return 2;
    }
    ReviewServer server = ReviewServer.start(items, corrections, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    System.err.println("pressfacts: serving " + items.size() + " documents on http://127.0.0.1:" + server.port()
        + "/ ; corrections go to " + corrections.toAbsolutePath() + " ; Ctrl-C stops");
    stopped.await();
    return 0;
  }
}
