package pressfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pressfacts} command: subcommands do the work; this class only dispatches. */
@Command(name = "pressfacts", mixinStandardHelpOptions = true, version = "pressfacts 0.1.0",
    description = {"Turns court and government press releases into normalized JSON facts:",
        "people, organizations, places, dates, legal citations, roles and the event reported."},
    subcommands = {ExtractCommand.class, EvalCommand.class, CorpusCommand.class, TrainCommand.class,
        BenchCommand.class, DatesBenchCommand.class, SynthCommand.class, LoadCommand.class,
        ReviewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Example:", "  java -jar target/pressfacts.jar extract corpus/synthetic/dev/ -o records.jsonl"})
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
    return cl;
  }
}
