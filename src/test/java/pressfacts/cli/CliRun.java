package pressfacts.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line as a user makes it: its exit status and all it printed. */
record CliRun(int rc, String out) {

  /** Runs {@code pressfacts args...} in this JVM, standard output and error captured together. */
  static CliRun of(String... args) {
    CommandLine cl = PressfactsCommand.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    int rc = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    return new CliRun(rc, out.toString());
  }
}
