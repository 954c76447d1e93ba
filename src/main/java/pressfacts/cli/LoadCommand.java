package pressfacts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pressfacts.db.DatabaseException;
import pressfacts.db.JdbcUrls;
import pressfacts.db.RecordDatabase;
import pressfacts.db.RepeatedRecords;
import pressfacts.io.RecordLines;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;

/** {@code pressfacts load}: records (JSON Lines from extract) into SQLite or PostgreSQL. */
@Command(name = "load",
    header = "Load records into a database: SQLite by default, or PostgreSQL.", mixinStandardHelpOptions = true,
    description = {"Load records (JSON Lines written by extract) into a database: SQLite by default,",
        "PostgreSQL for teams. The schema is created and upgraded by migrations on first use.",
        "Each document is replaced in its own transaction, so loading again gives no duplicates",
        "and an interrupted load loses at most the document in flight: run it again.",
        "The database holds one document per doc_id: a doc_id met again replaces the record",
        "loaded before it (the last one wins), and each replacement is reported.",
        "Exit status: 0 every line loaded, 1 some lines unreadable or not loaded, 2 usage error."},
    footer = {"", "Examples:",
        "  target/pressfacts load records.jsonl                  (into ./pressfacts.db)",
        "  target/pressfacts load records.jsonl --db facts/2026.db",
        "  target/pressfacts load records.jsonl \\",
        "      --db 'jdbc:postgresql://127.0.0.1:5432/pressfacts?user=U&password=P'",
        "  target/pressfacts load records.jsonl --db bench.db --bench 10000"})
public final class LoadCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RECORDS.jsonl", arity = "1..*",
      description = "Files of records, one JSON record or error record a line; - for standard input.")
  List<String> inputs;

  @Option(names = "--db", paramLabel = "JDBC_URL|FILE", defaultValue = JdbcUrls.DEFAULT_FILE,
      preprocessor = DbValue.class, description = {
          "jdbc:sqlite:FILE, jdbc:postgresql://HOST:PORT/DB?user=U&password=P, or the path of an",
          "SQLite file (default, also for --db without a value: ${DEFAULT-VALUE})."})
  String db;

  @Option(names = "--bench", paramLabel = "N", description = {"Measure load speed: load N records made by repeating",
      "the input records under new doc_ids (ID~k), and print records/s. Use a scratch database."})
  Integer bench;

  @Option(names = "--counts", description = "Print the rows of every table at the end.")
  boolean counts;

  @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
  boolean quiet;

  /**
   * Lets {@code --db} stand without a value before the input files: the next word is its value
   * only when it looks like a database (a JDBC URL, or a name ending .db/.sqlite/.sqlite3);
   * otherwise the default file is used. {@code --db=VALUE} always takes VALUE.
   */
  public static final class DbValue implements CommandLine.IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec arg, Map<String, Object> info) {
      if (" ".equals(info.get("separator")) && (args.isEmpty() || !JdbcUrls.looksLikeDatabase(args.peek()))) {
        args.push(JdbcUrls.DEFAULT_FILE);
      }
      return false;
    }
  }

  @Spec
  CommandSpec spec;

  /** Where messages go: standard error, or what a test sets on the command line. */
  private PrintWriter err;

  @Override
  public Integer call() {
    err = spec.commandLine().getErr();
    if (bench != null && bench < 1) {
      err.println("pressfacts load: --bench must be at least 1, got " + bench);
      return 2;
    }
    for (String in : inputs) {
      if (!in.equals("-") && !Files.isRegularFile(Path.of(in))) {
        // Checked before the database is opened, so a typo creates no database file.
        err.println("pressfacts load: no such file: " + in);
        return 2;
      }
    }
    RecordDatabase database;
    try {
      database = RecordDatabase.open(db);
    } catch (IllegalArgumentException | DatabaseException e) {
      err.println("pressfacts load: " + e.getMessage());
      return e instanceof IllegalArgumentException ? 2 : 1;
    }
    try (RecordDatabase d = database) {
      Tally tally = bench == null ? loadInputs(d) : loadBench(d);
      if (!quiet) {
        err.printf(Locale.ROOT, "pressfacts load: %d records, %d error records into %s in %.2f s (%.0f records/s);"
                + " %d replaced an earlier one of the same doc_id (the last of a doc_id wins),"
                + " %d lines unreadable, %d not loaded%n", tally.records, tally.errorRecords, d.describe(),
            tally.seconds(), tally.perSecond(), tally.replaced, tally.unreadable, tally.failed);
      }
      if (counts) {
        PrintWriter out = spec.commandLine().getOut();
        d.rowCounts().forEach((t, n) -> out.printf(Locale.ROOT, "%-18s %d%n", t, n));
        out.flush();
      }
      return tally.aborted || tally.unreadable + tally.failed > 0 ? 1 : 0;
    } catch (IOException e) {
      err.println("pressfacts load: " + e.getMessage());
      return 1;
    } finally {
      err.flush();
    }
  }

  /**
   * Loads every input in order. A doc_id met again replaces the record loaded before it (the
   * database holds one document per doc_id: the last wins), and each such replacement is reported
   * with the lines of both.
   */
  private Tally loadInputs(RecordDatabase d) {
    Tally tally = new Tally();
    Map<String, String> loadedFrom = new HashMap<>();
    for (String input : inputs) {
      if (tally.aborted) {
        break;
      }
      readRecords(input, tally, (o, where) -> {
        if (!load(d, o, tally)) {
          return;
        }
        String before = loadedFrom.put(o.docId(), where);
        if (before != null) {
          tally.replaced++;
          err.println("pressfacts load: " + where + ": doc_id '" + o.docId() + "' again: this record replaces"
              + " the one of " + before + " (the last record of a doc_id wins)");
        }
      });
    }
    tally.stop();
    return tally;
  }

  private Tally loadBench(RecordDatabase d) throws IOException {
    List<Outcome> base = new ArrayList<>();
    Tally reading = new Tally();
    for (String input : inputs) {
      readRecords(input, reading, (o, where) -> base.add(o));
    }
    if (base.isEmpty()) {
      throw new IOException("no record to repeat in " + inputs);
    }
    Tally tally = new Tally();
    tally.unreadable = reading.unreadable;
    for (Iterator<Outcome> it = new RepeatedRecords(base, bench); it.hasNext() && !tally.aborted; ) {
      load(d, it.next(), tally);
    }
    tally.stop();
    return tally;
  }

  /**
   * Parses every line of one input, each decoded on its own ({@link RecordLines}), and hands each
   * record to {@code sink} with its place ({@code FILE:LINE}); an unreadable line (bad JSON,
   * invalid UTF-8) or a missing file is counted and reported, and reading goes on.
   */
  private void readRecords(String input, Tally tally, BiConsumer<Outcome, String> sink) {
    try (InputStream in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input))) {
      RecordLines.read(in, new RecordLines.Visitor() {
        public boolean record(Outcome o, int lineNo) {
          sink.accept(o, input + ":" + lineNo);
          return !tally.aborted;
        }

        public boolean notARecord(int lineNo, String message) {
          tally.unreadable++;
          err.println("pressfacts load: " + input + ":" + lineNo + ": not a record: " + message);
          return !tally.aborted;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      tally.unreadable++;
      err.println("pressfacts load: " + input + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Loads one outcome and says whether it was loaded; a failed document is reported, and the load
   * stops only when the database is gone.
   */
  private boolean load(RecordDatabase d, Outcome o, Tally tally) {
    try {
      d.load(o);
      if (o instanceof ErrorRecord) {
        tally.errorRecords++;
      } else {
        tally.records++;
      }
      return true;
    } catch (DatabaseException e) {
      tally.failed++;
      err.println("pressfacts load: " + e.getMessage());
      if (!d.usable()) {
        err.println("pressfacts load: the database connection is lost; stopping (run again to go on)");
        tally.aborted = true;
      }
      return false;
    }
  }

  /** What a load did, for the summary and the exit status. */
  private static final class Tally {
    private final long started = System.nanoTime();
    private long stopped;
    long records;
    long errorRecords;
    long replaced;
    long unreadable;
    long failed;
    boolean aborted;

    void stop() {
      stopped = System.nanoTime();
    }

    double seconds() {
      return (stopped - started) / 1e9;
    }

    double perSecond() {
      return (records + errorRecords) / Math.max(seconds(), 1e-9);
    }
  }
}
