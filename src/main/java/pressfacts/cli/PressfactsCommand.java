package pressfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pressfacts} command: subcommands do the work; this class only dispatches. */
@Command(name = "pressfacts", mixinStandardHelpOptions = true, version = "pressfacts 0.1.0",
    description = {"Turns court and government press releases into normalized JSON facts:",
        "people, organizations, places, dates, legal citations, roles and the event reported."},
    subcommands = {ExtractCommand.class, EvalCommand.class, CorpusCommand.class, TrainCommand.class,
        BenchCommand.class, DatesBenchCommand.class, SynthCommand.class, LoadCommand.class,
        ReviewCommand.class, ServeCommand.class, RegistryCommand.class, EvalRegistryCommand.class,
        EvalFurnitureCommand.class, EvalConllCommand.class, HelpCommand.class},
    footer = {"", "Example:", "  target/pressfacts extract corpus/synthetic/dev/ -o records.jsonl"})
public final class PressfactsCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; usage errors exit 2, as the README says. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new PressfactsCommand());
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("pressfacts: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return 2;
    });
    cl.setExecutionExceptionHandler(PressfactsCommand::failed);
    return cl;
  }

  /**
   * What a command that failed with an exception prints: one line naming the command and the
   * cause, never a stack trace (unless PRESSFACTS_DEBUG is set). A file that cannot be read or
   * written is the user's to fix (exit 2); anything else is a failure of pressfacts (exit 1).
   */
  private static int failed(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    java.io.PrintWriter err = cl.getErr();
    Throwable cause = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
    String name = cl.getCommandSpec().qualifiedName();
    if (System.getenv("PRESSFACTS_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    if (cause instanceof java.nio.file.NoSuchFileException n) {
      err.println(name + ": no such file or folder: " + n.getFile());
      return 2;
    }
    if (cause instanceof java.nio.file.AccessDeniedException a) {
      err.println(name + ": permission denied: " + a.getFile());
      return 2;
    }
    if (cause instanceof java.io.IOException io) {
      err.println(name + ": " + io.getClass().getSimpleName() + ": " + io.getMessage());
      return 2;
    }
    err.println(name + ": failed: " + cause + " (this is a bug of pressfacts; run again with PRESSFACTS_DEBUG=1"
        + " for the details to report)");
    return 1;
  }
}
