package pressfacts.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pressfacts.model.EventModelTrainer;
import pressfacts.model.ModelsReadme;

/** {@code pressfacts train}: rebuilds every model of models/ from corpus/dev, deterministically. */
@Command(name = "train",
    header = "Rebuild the models in models/ from corpus/dev and score them on corpus/test.", mixinStandardHelpOptions = true,
    description = {"Rebuild the learned models from corpus/dev (fixed parameters, so the same corpus gives",
        "the same model), score them on corpus/test against the rule baselines, and write",
        "OUT/<model>.bin, its sidecar OUT/<model>.json and OUT/README.md.",
        "The project's build copies models/*.bin into the jar: rebuild it after training."},
    footer = {"", "Example:", "  java -jar target/pressfacts.jar train --corpus corpus --out models"})
public final class TrainCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus with dev/ and test/ (default ${DEFAULT-VALUE}).")
  Path corpus = Path.of("corpus");

  @Option(names = "--out", paramLabel = "DIR", description = "Where models go (default ${DEFAULT-VALUE}).")
  Path out = Path.of("models");

  @Override
  public Integer call() throws Exception {
    EventModelTrainer.Result r = EventModelTrainer.train(corpus, out);
    System.out.printf(Locale.ROOT, "event type: trained on %d documents; corpus/test accuracy: model %.3f (%d/%d),"
            + " keyword rules %.3f (%d/%d); %s%n", r.trainDocs(), r.modelAccuracy(), r.modelCorrect(), r.testDocs(),
        r.rulesAccuracy(), r.rulesCorrect(), r.testDocs(), r.adopted() ? "model adopted" : "rules kept");
    ModelsReadme.write(out);
    System.out.println("wrote " + out.resolve(EventModelTrainer.MODEL_FILE) + ", its sidecar and " + out.resolve("README.md"));
    return 0;
  }
}
