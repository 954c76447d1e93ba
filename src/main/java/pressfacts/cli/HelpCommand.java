package pressfacts.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pressfacts help [COMMAND [SUBCOMMAND]]}: the help page of a command at any depth
 * ({@code help corpus check} is the page of {@code corpus check}; picocli's own help command
 * stops at the first word).
 */
@Command(name = "help", helpCommand = true, header = "Show the help of a command: help extract, help corpus check.",
    description = "Show the help of a command, e.g. 'help extract' or 'help corpus check'.")
public final class HelpCommand implements Callable<Integer> {
  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, with its subcommand if it has one.")
  List<String> path = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine target = spec.commandLine().getParent();
    for (String word : path) {
      CommandLine next = target.getSubcommands().get(word);
      if (next == null) {
        spec.commandLine().getErr().println("pressfacts help: '" + String.join(" ", path) + "' is not a command; the"
            + " commands are: " + String.join(", ", target.getSubcommands().keySet()));
        return 2;
      }
      target = next;
    }
    target.usage(spec.commandLine().getOut());
    return 0;
  }
}
