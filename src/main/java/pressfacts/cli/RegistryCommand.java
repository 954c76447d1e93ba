package pressfacts.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.db.DatabaseException;
import pressfacts.db.RegistryTables;
import pressfacts.registry.RecordInputs;
import pressfacts.registry.Registry;
import pressfacts.registry.RegistryJson;
import pressfacts.stage.entities.EntityLexicons;

/** {@code pressfacts registry build|update}: persons and organizations across releases. */
@Command(name = "registry", mixinStandardHelpOptions = true,
    header = "Build or update the registry of persons and organizations across releases.",
    description = {"One entry per person and organization across documents: the fullest name, its other",
        "forms, every mention (doc_id and entity id), and for persons the posts held with their",
        "first and last date (each record's event date, else its published date).",
        "Names join across documents by transliteration-insensitive keys, initials against full",
        "first names only when the posts agree; see the README (Registry)."},
    subcommands = {RegistryCommand.Build.class, RegistryCommand.Update.class},
    footer = {"", "Examples:",
        "  target/pressfacts registry build records.jsonl -o registry.jsonl",
        "  target/pressfacts registry update registry.jsonl new-records.jsonl",
        "  target/pressfacts registry build corpus/real/ -o registry.jsonl --db"})
public final class RegistryCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Options both subcommands share. */
  static class Common {
    @Option(names = "--db", paramLabel = "JDBC_URL|FILE", arity = "0..1", fallbackValue = pressfacts.db.JdbcUrls.DEFAULT_FILE,
        preprocessor = LoadCommand.DbValue.class,
        description = {"Also write the registry into a database (its persons, organizations, person_aliases,",
            "person_roles, ... tables, replaced whole): as for 'load'; without a value ./pressfacts.db."})
    String db;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
    boolean quiet;
  }

  @Command(name = "build", mixinStandardHelpOptions = true, header = "Build a registry from records.",
      description = {"Build a registry from records: JSON Lines from extract, gold .json files, or folders of them,",
          "taken in the order given. The same records in the same order give the same bytes.",
          "Exit status: 0 done, 1 some lines were not records, 2 usage error."})
  static final class Build extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "RECORDS", arity = "1..*", description = "Records: .jsonl, .json, or folders of them.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "REGISTRY.jsonl", required = true, description = "Where to write the registry.")
    Path output;

    @Override
    public Integer call() throws IOException {
      return run("build", System.nanoTime(), new Registry(EntityLexicons.load()), inputs, output, this);
    }
  }

  @Command(name = "update", mixinStandardHelpOptions = true, header = "Add records to an existing registry.",
      description = {"Add new records to a registry without rebuilding it: the result is the same as a build over",
          "the old records and then the new ones, and every id already given stays. A record whose doc_id",
          "is already in the registry is left out (counted). The registry is rewritten in place unless -o.",
          "Exit status: 0 done, 1 some lines were not records, 2 usage error."})
  static final class Update extends Common implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REGISTRY.jsonl", description = "The registry to update.")
    Path registry;

    @Parameters(index = "1..*", paramLabel = "RECORDS", arity = "1..*", description = "New records: .jsonl, .json, or folders.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "REGISTRY.jsonl", description = "Write here instead of over REGISTRY.jsonl.")
    Path output;

    @Override
    public Integer call() throws IOException {
      long started = System.nanoTime();
      Registry r;
      try (BufferedReader in = Files.newBufferedReader(registry, StandardCharsets.UTF_8)) {
        r = RegistryJson.read(in, EntityLexicons.load());
      } catch (IllegalArgumentException e) {
        System.err.println("pressfacts registry update: " + registry + ": " + e.getMessage());
        return 2;
      }
      return run("update", started, r, inputs, output == null ? registry : output, this);
    }
  }

  /** {@code started}: when the command began (an update's time includes reading the registry). */
  static int run(String verb, long started, Registry registry, List<String> inputs, Path output, Common options) throws IOException {
    String name = "pressfacts registry " + verb;
    for (String in : inputs) {
      if (!Files.exists(Path.of(in))) {
        System.err.println(name + ": no such file or folder: " + in);
        return 2;
      }
    }
    RecordInputs.Tally tally = RecordInputs.read(inputs, registry::add);
    tally.problems.forEach(p -> System.err.println(name + ": " + p));
    write(registry, output);
    double seconds = (System.nanoTime() - started) / 1e9;
    if (options.db != null) {
      try {
        RegistryTables.replace(options.db, registry);
      } catch (IllegalArgumentException | DatabaseException e) {
        System.err.println(name + ": " + e.getMessage());
        return e instanceof IllegalArgumentException ? 2 : 1;
      }
    }
    if (!options.quiet) {
      System.err.printf(Locale.ROOT, "%s: %d records (%d error records left out, %d already in the registry) in %.2f s;"
              + " %d persons, %d organizations in %s%s%n", name, tally.records, tally.errorRecords, registry.skipped(), seconds,
          registry.personCount(), registry.organizationCount(), output, options.db == null ? "" : " and the database");
    }
    return tally.problems.isEmpty() ? 0 : 1;
  }

  /** Written to a temporary file beside the target and moved over it, so a failed run leaves the old registry. */
  private static void write(Registry registry, Path output) throws IOException {
    Path abs = output.toAbsolutePath();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      RegistryJson.write(registry, w);
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
