package pressfacts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.review.ReportWriter;
import pressfacts.review.ReviewInputs;
import pressfacts.review.ReviewItem;
import pressfacts.review.Templates;

/** {@code pressfacts review}: a static HTML report of records over their texts, for analysts. */
@Command(name = "review",
    header = "Write a static HTML report to review records on their texts.", mixinStandardHelpOptions = true,
    description = {"Write an HTML report of extracted records: an index page (one row per",
        "document, sortable, filterable by warning and event type) and one page per",
        "document with its text, every fact highlighted at its offsets, and the",
        "facts beside it. The folder opens from disk, offline."},
    footer = {"", "Example:",
        "  target/pressfacts review records.jsonl corpus/synthetic/dev/ -o report/"})
public final class ReviewCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "RECORDS.jsonl", description = "Records written by 'extract'.")
  Path records;

  @Parameters(index = "1..*", paramLabel = "INPUT", arity = "0..*",
      description = "The inputs the records were extracted from (as for 'extract'): they give the texts.")
  List<String> inputs = List.of();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "Folder to write index.html and the document pages into (created if needed).")
  Path output;

  @Option(names = "--registry", paramLabel = "REGISTRY.jsonl",
      description = {"Also write a page per registry person and organization (registry.html, person-ID.html,",
          "org-ID.html), each release linked to its document page. See 'registry build'."})
  Path registry;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(output) && !Files.isDirectory(output)) {
      System.err.println("pressfacts review: -o " + output + " is a file; the report is a folder (index.html and a page"
          + " per document): name a new or existing folder");
      return 2;
    }
    List<ReviewItem> items;
    try {
      items = ReviewInputs.load(records, inputs);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("pressfacts review: " + e.getMessage());
      return 2;
    }
    long missing = items.stream().filter(i -> i.text() == null).count();
    if (missing > 0 && missing == items.size()) {
      System.err.println("pressfacts review: none of the " + items.size() + " records has its text: give the INPUT files"
          + " they were extracted from after RECORDS.jsonl (e.g. review records.jsonl docs/ -o report/)");
      return 2;
    }
    int pages = new ReportWriter(new Templates()).write(items, output);
    if (registry != null) {
      try {
        pages += new pressfacts.review.RegistryPages(new pressfacts.review.RegistryTemplates()).write(registry, items, output);
      } catch (IllegalArgumentException | IOException e) {
        System.err.println("pressfacts review: --registry " + registry + ": " + e.getMessage());
        return 2;
      }
    }
    System.err.println("pressfacts: wrote " + pages + " pages to " + output + " (open " + output.resolve("index.html") + ")"
        + (missing > 0 ? "; " + missing + " records without text" : ""));
    return missing > 0 ? 1 : 0;
  }
}
