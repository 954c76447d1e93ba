package pressfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pressfacts.eval.conll.ConllDocument;
import pressfacts.eval.conll.ConllFormatException;
import pressfacts.eval.conll.ConllReader;
import pressfacts.eval.conll.ConllTable;
import pressfacts.eval.conll.SystemRun;

/** {@code pressfacts eval-conll}: PER/ORG/LOC tagging on CoNLL-2003-style news text, beside CoreNLP's own tagger. */
@Command(name = "eval-conll", mixinStandardHelpOptions = true,
    header = "Score PER/ORG/LOC tagging on a CoNLL-2003-style NER file, beside CoreNLP's own tagger.",
    description = {"Reads FILE in the CoNLL-2003 layout (one token per line, the token first and its",
        "B-/I-/O tag last, a blank line between sentences, -DOCSTART- between documents), rebuilds",
        "each document's text (tokens joined by spaces, sentences by newlines) and tags it with the",
        "pressfacts pipeline (as extract builds it) and with CoreNLP's default English NER",
        "(" + CoreNlpNer.ANNOTATORS + "). A predicted mention counts when its first token,",
        "last token and type equal a gold chunk's (conlleval's exact-span score). Scored types:",
        "PER, ORG, LOC (pressfacts PERSON, ORGANIZATION, LOCATION; CoreNLP PERSON, ORGANIZATION,",
        "and LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE as LOC); gold MISC and every other",
        "predicted label are not scored. A mention that cuts a token counts as a false positive",
        "and is counted on its own line. Prints precision, recall and F1 (in %%) per type and",
        "overall, and documents per second of each system (model loading not included).",
        "The CoNLL-2003 data is not shipped with pressfacts: pass the path of your copy."},
    footer = {"", "Example:", "  target/pressfacts eval-conll ~/conll2003/test.txt",
        "  target/pressfacts eval-conll --limit 20 --systems pressfacts test.txt"})
public final class EvalConllCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A CoNLL-2003-style file (for example the English test set, testb).")
  Path file;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N documents (for a quick run).")
  Integer limit;

  @Option(names = "--systems", paramLabel = "S", split = ",",
      description = "Which taggers to run: pressfacts, corenlp or both (default ${DEFAULT-VALUE}).")
  List<String> systems = List.of("pressfacts", "corenlp");

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents tagged in parallel (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--errors", description = {"After the table, every error, one a line, TAB-separated:",
      "system, document (conll-N, N counting from 1), FP or FN, type, text."})
  boolean errors;

  @Option(names = "--doc-budget", paramLabel = "SECONDS",
      description = "pressfacts' time budget per document, as for extract (default ${DEFAULT-VALUE}).")
  double docBudget = 60;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (limit != null && limit < 1 || threads < 1) {
      err.println("pressfacts eval-conll: --limit and --threads must be at least 1");
      return 2;
    }
    List<Supplier<ConllSystem>> builders = new ArrayList<>();
    for (String s : systems) {
      switch (s) {
        case "pressfacts" -> builders.add(() -> new PressfactsNer(Duration.ofNanos((long) (Math.max(0, docBudget) * 1e9))));
        case "corenlp" -> builders.add(CoreNlpNer::new);
        default -> {
          err.println("pressfacts eval-conll: unknown system '" + s + "' (known: pressfacts, corenlp)");
          return 2;
        }
      }
    }
    List<ConllDocument> docs;
    try {
      docs = ConllReader.read(file);
    } catch (ConllFormatException e) {
      err.println("pressfacts eval-conll: " + e.getMessage());
      return 2;
    }
    if (docs.isEmpty()) {
      err.println("pressfacts eval-conll: " + file + ": no token line, nothing to score");
      return 2;
    }
    if (limit != null && limit < docs.size()) {
      docs = docs.subList(0, limit);
    }
    List<SystemRun> runs = new ArrayList<>();
    List<String> errorLines = new ArrayList<>();
    for (Supplier<ConllSystem> b : builders) {
      runs.add(ConllRunner.run(b, docs, threads, errors ? errorLines::add : null));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(ConllTable.format(file.toString(), docs, runs));
    errorLines.forEach(out::println);
    out.flush();
    return 0;
  }
}
