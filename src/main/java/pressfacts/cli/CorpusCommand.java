package pressfacts.cli;

import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import pressfacts.eval.CorpusChecker;
import pressfacts.eval.Problem;

/** {@code pressfacts corpus}: tools for the hand-labelled corpus; {@code check} validates gold files. */
@Command(name = "corpus",
    header = "Tools for the hand-labelled corpus (check).", mixinStandardHelpOptions = true,
    description = "Tools for the hand-labelled corpus.",
    subcommands = {CorpusCommand.Check.class},
    footer = {"", "Example:", "  target/pressfacts corpus check corpus/synthetic/dev/ corpus/synthetic/test/"})
public final class CorpusCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return 2;
  }

  /** {@code pressfacts corpus check DIR...}. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Validate gold files: every ID.json (or ID.gold.json) in each",
          "folder, with its ID.txt. Checks that the JSON is a record of the",
          "contract (allowed kinds, units, types, event types), every text equals",
          "the text at its offsets inside the text, entity ids are unique, roles",
          "point to a PERSON and an ORGANIZATION, entity mentions and citations",
          "do not overlap (a date inside a citation is fine), doc_id equals the",
          "file name (or, for an id that is no plain lower-case name, the name",
          "'serve' gives it: a readable part, '~' and a hash), and published is",
          "also in dates.",
          "Prints one line per problem: file: field [offsets]: what is wrong.",
          "Exit status: 0 all valid, 1 problems found, 2 usage error."},
      footer = {"", "Examples:", "  target/pressfacts corpus check corpus/synthetic/dev/ corpus/synthetic/test/",
          "  target/pressfacts corpus check ../shared/seed-press-release.gold.json"})
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of gold files, or single gold .json files.")
    List<Path> paths;

    @Override
    public Integer call() {
      PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
      CorpusChecker.Result r = CorpusChecker.check(paths);
      for (Problem p : r.problems()) {
        out.println(p);
      }
      out.println("pressfacts corpus check: " + r.files() + (r.files() == 1 ? " file, " : " files, ")
          + r.problems().size() + (r.problems().size() == 1 ? " problem" : " problems"));
      out.flush();
      return r.ok() ? 0 : 1;
    }
  }
}
