package pressfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help pages as a user reads them: the right page at any depth, examples that copy whole. */
class HelpTest {

  private static String run(String... args) {
    CliRun r = CliRun.of(args);
    return r.out() + (r.rc() == 0 ? "" : "\n(exit " + r.rc() + ")");
  }

  /** Issue: 'help corpus check' showed the page of 'corpus'. */
  @Test
  void helpReachesASubcommandsOwnPage() {
    String page = run("help", "corpus", "check");
    assertTrue(page.contains("Usage: pressfacts corpus check [") && !page.contains("Usage: pressfacts corpus ["), page);
    assertTrue(run("help", "extract").contains("Usage: pressfacts extract ["));
    assertTrue(run("help", "nosuch").contains("'nosuch' is not a command"));
  }

  /** Issue: 'help extract' did not say that .html pages are read. */
  @Test
  void extractHelpNamesEveryInputKind() {
    String page = run("help", "extract");
    for (String kind : List.of(".txt", ".html", ".jsonl", "- for JSONL on stdin")) {
      assertTrue(page.contains(kind), kind);
    }
  }

  /**
   * Issue: examples were wrapped mid-token, so a copied example broke. Every example line of every
   * page fits the 80 columns picocli renders, so none is wrapped.
   */
  @Test
  void noExampleLineIsWrapped() {
    List<String> tooLong = new ArrayList<>();
    collect(PressfactsCommand.commandLine(), tooLong);
    assertEquals(List.of(), tooLong);
  }

  private static void collect(CommandLine cl, List<String> tooLong) {
    for (String line : cl.getCommandSpec().usageMessage().footer()) {
      if (line.length() > cl.getUsageHelpWidth()) {
        tooLong.add(cl.getCommandSpec().qualifiedName() + ": " + line);
      }
    }
    cl.getSubcommands().values().forEach(sub -> collect(sub, tooLong));
  }
}
