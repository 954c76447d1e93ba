package pressfacts.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.db.DatabaseException;
import pressfacts.db.RecordDatabase;
import pressfacts.io.DocumentSource;
import pressfacts.io.FieldNames;
import pressfacts.io.RecordSink;
import pressfacts.io.RunManifest;
import pressfacts.io.SourceItem;
import pressfacts.io.TextDecoder;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.RecordJson;
import pressfacts.run.BatchInputs;
import pressfacts.run.BatchRunner;
import pressfacts.run.Extractor;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;

/** {@code pressfacts extract}: one JSON record per input document, in input order. */
@Command(name = "extract",
    header = "Extract facts from press releases into JSON Lines, one record per document.", mixinStandardHelpOptions = true,
    description = {"Extract facts from press releases: one JSON record per document (JSON Lines),",
        "in input order. A document that cannot be processed gives an error record",
        "{\"doc_id\", \"error\": {\"code\", \"message\"}} and the batch goes on.",
        "Exit status: 0 every document gave a record, 1 some gave error records, 2 usage error."},
    footer = {"", "Examples:",
        "  target/pressfacts extract ../shared/seed-press-release.txt",
        "  target/pressfacts extract corpus/synthetic/test/ -o test.jsonl --threads 2",
        "  cat items.jsonl | target/pressfacts extract - > records.jsonl"})
public final class ExtractCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin
  RoleLinkerOption roles = new RoleLinkerOption();


  @Parameters(paramLabel = "INPUT", arity = "1..*", description = {
      "A .txt file (doc_id = file name without extension), an .html/.htm page",
      "(its readable text; the record carries that text), a directory (every",
      ".txt/.html below it, sorted; doc_id = relative path without extension),",
      "a .jsonl file of {\"doc_id\" or \"id\", \"text\", \"published\"?: ISO date,",
      "\"title\"?}, or - for JSONL on stdin."})
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl",
      description = {"Write records here instead of standard output, e.g. -o records.jsonl.",
          "The run writes OUT.jsonl.partial and renames it to OUT.jsonl when done;",
          "an output that is one of the inputs is refused."})
  Path output;

  @Option(names = "--field", paramLabel = "TARGET=FIELD", description = {
      "JSONL input: read TARGET (doc_id, text, title or published) from FIELD, for example",
      "--field published=feed_date to trust a crawler's date. By default published is read from",
      "\"published\", else \"date\", \"published_at\" or \"pubDate\" (ISO or RFC 1123); never from feed_date.",
      "Fields that are not read are passed through to the record under \"source\". Repeatable."})
  private List<String> fieldMappings = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents processed in parallel (default: available processors, here ${DEFAULT-VALUE}). "
          + "Output order and bytes do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = {"Continue an interrupted run: keep the complete records already in -o OUT,",
      "cut off a partial last line, and append records for the documents not yet done."})
  boolean resume;

  @Option(names = "--force-resume", description = {"With --resume: go on even when the inputs or options differ",
      "from those of the run that wrote OUT (its OUT.manifest.json)."})
  boolean forceResume;

  @Option(names = "--pretty", description = {"Indent the records for reading: one JSON array of records",
      "(not JSON Lines, so not with --resume)."})
  boolean pretty;

  @Option(names = "--doc-budget", paramLabel = "SECONDS", description = {"Time budget per document (default ${DEFAULT-VALUE};",
      "0: none). A document that runs past it gets the facts found until then and a TIME_BUDGET_EXCEEDED",
      "warning, not an error."})
  double docBudget = 60;

  @Option(names = "--progress", description = "Show progress on stderr even when stderr is not a terminal.")
  boolean progress;

  @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on stderr.")
  boolean quiet;

  @Option(names = "--db", paramLabel = "JDBC_URL|FILE", preprocessor = LoadCommand.DbValue.class, description = {
      "Also load each outcome into a database as it is written (as the load command does):",
      "jdbc:sqlite:FILE, jdbc:postgresql://..., or an SQLite file; --db alone: pressfacts.db.",
      "A record the database refuses becomes an error record DATABASE_REFUSED, stored in its",
      "place and written to the output; of a repeated doc_id the database keeps the last."})
  String db;

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    String usage = usageProblem();
    if (usage != null) {
      err.println("pressfacts extract: " + usage);
      return 2;
    }
    FieldNames fields = FieldNames.of(fieldMappings);
    RecordDatabase database;
    try {
      database = db == null ? null : RecordDatabase.open(db);
    } catch (IllegalArgumentException | DatabaseException e) {
      err.println("pressfacts extract: " + e.getMessage());
      return e instanceof IllegalArgumentException ? 2 : 1;
    }
    Progress bar = new Progress(err, !quiet && (progress || System.console() != null));
    Extractor extractor = new Extractor(StandardPipeline.build(roles.apply(ModelStore.load()))
        .withBudget(java.time.Duration.ofNanos((long) (Math.max(0, docBudget) * 1e9))));
    DocumentSource source = new DocumentSource(inputs, System.in, TextDecoder.DEFAULT_MAX_BYTES, fields);
    BatchInputs.DuplicateMarks marked = BatchInputs.markDuplicates(source);
    RunManifest manifest = output == null ? null : RunManifest.of(inputs, (pretty ? "pretty" : "lines")
        + (fields.mappings().isEmpty() ? "" : " --field " + String.join(" --field ", fields.mappings())));
    Opened opened = open(marked, manifest, err);
    if (opened == null) {
      return 2;
    }
    if (manifest != null) {
      manifest.write(RunManifest.pathOf(output));
    }
    OutcomeWriter writer = new OutcomeWriter(opened.sink(), pretty, quiet ? null : err, bar);
    long n;
    try (RecordSink out = opened.sink(); RecordDatabase dbSink = database) {
      n = new BatchRunner(extractor, threads).run(opened.items(), extracted -> {
            // Database first: a kill between the two leaves the document out of -o, so --resume
            // redoes it and the load replaces it; the other order would skip it for good. A record
            // the database refuses becomes the error record stored in its place, written to -o too.
            writer.write(dbSink == null ? extracted : dbSink.store(extracted));
          });
      writer.finish();
      out.commit();
    } catch (DatabaseException e) {
      err.println("pressfacts extract: stopped: " + e.getMessage() + " (run again with --resume to go on)");
      return 1;
    }
    bar.finish();
    summarize(err, source, marked, n, writer.errors());
    return writer.errors() == 0 ? 0 : 1;
  }

  /** What is wrong with the options as given, or null: each is a usage error (exit 2). */
  private String usageProblem() {
    if (threads < 1) {
      return "--threads must be at least 1, got " + threads;
    }
    if (resume && pretty) {
      return "--resume reads JSON Lines, which --pretty does not write: drop one";
    }
    if (resume && output == null) {
      return "--resume needs -o OUT.jsonl";
    }
    try {
      FieldNames.of(fieldMappings);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    String clash = output == null ? null : RecordSink.inputAt(inputs, output);
    if (clash != null) {
      return "the output " + output + " is the input " + clash + "; writing it would destroy that input: choose another -o";
    }
    return null;
  }

  /** Where records go, and which documents are still to do. */
  private record Opened(RecordSink sink, Iterator<SourceItem> items) {
  }

  /**
   * Opens the output: fresh, or for --resume the complete records of an earlier run kept and the
   * documents they cover skipped. Null (after saying why) when --resume is refused because the
   * earlier run had other inputs or options.
   */
  private Opened open(Iterator<SourceItem> items, RunManifest manifest, PrintStream err) throws IOException {
    if (!resume) {
      return new Opened(output == null ? RecordSink.stdout() : RecordSink.create(output), items);
    }
    Optional<RunManifest> before = RunManifest.read(RunManifest.pathOf(output));
    List<String> differences = before.map(b -> b.differences(manifest)).orElse(List.of());
    if (before.isEmpty() && (Files.exists(output) || Files.exists(RecordSink.partialOf(output)))) {
      err.println("pressfacts extract: " + output + " has no manifest (an older run?): its inputs cannot be"
          + " checked; resuming");
    }
    if (!differences.isEmpty() && !forceResume) {
      err.println("pressfacts extract: --resume refused: " + String.join("; ", differences)
          + ". Records in " + output + " were made from other inputs: start afresh without --resume, or add"
          + " --force-resume to keep them anyway");
      return null;
    }
    RecordSink.Resumed r = RecordSink.openForResume(output);
    if (!quiet) {
      err.println("pressfacts: resuming; " + r.complete() + " complete records already in " + output);
    }
    return new Opened(r.sink(), BatchInputs.skipDone(items, r.done()));
  }

  /** The closing lines on stderr: skipped files, unread input fields, counts. */
  private void summarize(PrintStream err, DocumentSource source, BatchInputs.DuplicateMarks marked, long n,
                         long errors) {
    if (source.skippedFiles() > 0 && !quiet) {
      err.println("pressfacts: skipped " + source.skippedFiles() + " files below the input folders that are not"
          + " .txt or .html documents");
    }
    if (!source.unusedFields().isEmpty()) {
      // Said even with --quiet: an input silently ignored is a surprise (a feed's date, say).
      err.println("pressfacts: input fields not used (passed through to the records under \"source\"): "
          + String.join(", ", source.unusedFields()) + "; to read a publication date from one of them, give"
          + " --field published=NAME");
    }
    if (!quiet) {
      err.println("pressfacts: " + n + " documents, " + (n - errors) + " records, " + errors + " error records"
          + (marked.repeated() == 0 ? "" : "; " + marked.repeated() + " repeat an earlier doc_id of the batch (all are"
          + " in the output; a database keeps the last of each doc_id)"));
    }
  }

  /**
   * Writes outcomes in the chosen form and counts the error records. --pretty writes one JSON
   * array: '[' before the first record, ',' between records, ']' at the end. Called by the
   * batch runner on the thread that runs it, in input order.
   */
  private static final class OutcomeWriter {
    private final RecordSink out;
    private final boolean pretty;
    private final PrintStream errors; // null: quiet
    private final Progress bar;
    private long errorCount;
    private boolean first = true;

    OutcomeWriter(RecordSink out, boolean pretty, PrintStream errors, Progress bar) {
      this.out = out;
      this.pretty = pretty;
      this.errors = errors;
      this.bar = bar;
    }

    void write(Outcome outcome) {
      if (outcome instanceof ErrorRecord e) {
        errorCount++;
        if (errors != null) {
          errors.println("pressfacts: " + e.docId() + ": " + e.code() + ": " + e.message());
        }
      }
      try {
        if (pretty) {
          out.write((first ? "[\n" : ",\n") + RecordJson.pretty(outcome).indent(2).stripTrailing(), false);
          first = false;
        } else {
          out.write(RecordJson.line(outcome));
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      bar.tick();
    }

    void finish() throws IOException {
      if (pretty) {
        out.write(first ? "[]\n" : "\n]\n", false);
      }
    }

    long errors() {
      return errorCount;
    }
  }
}
