package pressfacts;

/**
 * The jar's entry point. It names nothing outside the JDK until it has checked that the libraries
 * are there: a jar moved away from its {@code lib/} folder gets one line saying so, not a
 * {@code NoClassDefFoundError}.
 */
public final class Main {
  /** One class of each library the command line and the pipeline cannot start without. */
  private static final String[] REQUIRED = {"picocli.CommandLine", "com.fasterxml.jackson.databind.ObjectMapper",
      "edu.stanford.nlp.pipeline.StanfordCoreNLP", "opennlp.tools.util.TrainingParameters"};

  private Main() {
  }

  public static void main(String[] args) {
    for (String cls : REQUIRED) {
      try {
        Class.forName(cls, false, Main.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        System.err.println("pressfacts: a library is missing (" + cls + "): keep pressfacts.jar beside the lib/"
            + " folder the build made (target/pressfacts.jar with target/lib/), or run target/pressfacts");
        System.exit(2);
      }
    }
    pressfacts.cli.PressfactsCommand.main(args);
  }
}
