package pressfacts.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.db.DatabaseException;
import pressfacts.db.JdbcUrls;
import pressfacts.db.RecordDatabase;
import pressfacts.db.RepeatedRecords;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.RecordLines;

/** {@code pressfacts load}: records (JSON Lines from extract) into SQLite or PostgreSQL. */
@Command(name = "load",
    header = "Load records into a database: SQLite by default, or PostgreSQL.", mixinStandardHelpOptions = true,
    description = {"Load records (JSON Lines written by extract) into a database: SQLite by default,",
        "PostgreSQL for teams. The schema is created and upgraded by migrations on first use.",
        "Each document is replaced in its own transaction, so loading again gives no duplicates",
        "and an interrupted load loses at most the document in flight: run it again.",
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

  @Override
  public Integer call() {
    if (bench != null && bench < 1) {
      System.err.println("pressfacts load: --bench must be at least 1, got " + bench);
      return 2;
    }
    for (String in : inputs) {
      if (!in.equals("-") && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(in))) {
        // Checked before the database is opened, so a typo creates no database file.
        System.err.println("pressfacts load: no such file: " + in);
        return 2;
      }
    }
    RecordDatabase database;
    try {
      database = RecordDatabase.open(db);
    } catch (IllegalArgumentException | DatabaseException e) {
      System.err.println("pressfacts load: " + e.getMessage());
      return e instanceof IllegalArgumentException ? 2 : 1;
    }
    try (RecordDatabase d = database) {
      Tally tally = bench == null ? loadInputs(d) : loadBench(d);
      if (!quiet) {
        System.err.printf(Locale.ROOT, "pressfacts load: %d records, %d error records into %s in %.2f s (%.0f records/s);"
                + " %d lines unreadable, %d not loaded%n", tally.records, tally.errorRecords, d.describe(),
            tally.seconds(), tally.perSecond(), tally.unreadable, tally.failed);
      }
      if (counts) {
        d.rowCounts().forEach((t, n) -> System.out.printf(Locale.ROOT, "%-18s %d%n", t, n));
      }
      return tally.aborted || tally.unreadable + tally.failed > 0 ? 1 : 0;
    } catch (IOException e) {
      System.err.println("pressfacts load: " + e.getMessage());
      return 1;
    }
  }

  private Tally loadInputs(RecordDatabase d) {
    Tally tally = new Tally();
    for (String input : inputs) {
      if (tally.aborted) {
        break;
      }
      readRecords(input, tally, o -> load(d, o, tally));
    }
    tally.stop();
    return tally;
  }

  private Tally loadBench(RecordDatabase d) throws IOException {
    List<Outcome> base = new ArrayList<>();
    Tally reading = new Tally();
    for (String input : inputs) {
      readRecords(input, reading, base::add);
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
   * Parses every line of one input; an unreadable line (or a missing file) is counted and
   * reported, and reading goes on.
   */
  private static void readRecords(String input, Tally tally, Consumer<Outcome> sink) {
    try (BufferedReader r = "-".equals(input)
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
      RecordLines.read(r, new RecordLines.Visitor() {
        public boolean record(Outcome o, int lineNo) {
          sink.accept(o);
          return !tally.aborted;
        }

        public boolean notARecord(int lineNo, String message) {
          tally.unreadable++;
          System.err.println("pressfacts load: " + input + ":" + lineNo + ": not a record: " + message);
          return !tally.aborted;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      tally.unreadable++;
      System.err.println("pressfacts load: " + input + ": cannot read: " + e.getMessage());
    }
  }

  /** Loads one outcome; a failed document is reported, and the load stops only when the database is gone. */
  private static void load(RecordDatabase d, Outcome o, Tally tally) {
    try {
      d.load(o);
      if (o instanceof ErrorRecord) {
        tally.errorRecords++;
      } else {
        tally.records++;
      }
    } catch (DatabaseException e) {
      tally.failed++;
      System.err.println("pressfacts load: " + e.getMessage());
      if (!d.usable()) {
        System.err.println("pressfacts load: the database connection is lost; stopping (run again to go on)");
        tally.aborted = true;
      }
    }
  }

  /** What a load did, for the summary and the exit status. */
  private static final class Tally {
    private final long started = System.nanoTime();
    private long stopped;
    long records;
    long errorRecords;
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
