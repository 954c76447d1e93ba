package pressfacts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pressfacts.eval.Counts;
import pressfacts.run.ModelStore;
import pressfacts.stage.entities.OrgNameFinder;
import pressfacts.stage.event.EventCategorizer;
import pressfacts.train.EventModelTrainer;
import pressfacts.train.ModelsReadme;
import pressfacts.train.OrgModelTrainer;
import pressfacts.train.TrainingData;

/** {@code pressfacts train}: rebuilds every model of models/ from labelled folders, deterministically. */
@Command(name = "train",
    header = "Rebuild the models in models/ from labelled folders and score them against the rules.",
    mixinStandardHelpOptions = true,
    description = {"Rebuild the learned models from labelled folders (fixed parameters, one thread, so the same",
        "folders give the same model), score them on a scoring folder against the rule baselines, and",
        "write OUT/<model>.bin, its sidecar OUT/<model>.json (with the adoption decision) and OUT/README.md.",
        "Gold files that name pool releases (corpus/real) are read from the release pool as 'eval' reads them.",
        "The project's build copies models/*.bin into the jar: rebuild it after training."},
    footer = {"", "Examples:", "  target/pressfacts train --train corpus/real/dev --score corpus/real/test",
        "  target/pressfacts train --train corpus/real/dev \\",
        "      --train corpus/synthetic/dev --score ../shared/realdev --keep-rules"})
public final class TrainCommand implements Callable<Integer> {
  @Option(names = "--train", paramLabel = "DIR", description = {"A labelled folder to learn from; repeat it to learn",
      "from several, in the order given (default: corpus/real/dev)."})
  List<Path> train = new ArrayList<>();

  @Option(names = "--score", paramLabel = "DIR", description = {"The labelled folder the models and the rules are",
      "scored on to decide adoption (default ${DEFAULT-VALUE})."})
  Path score = Path.of("corpus", "real", "test");

  @Option(names = "--out", paramLabel = "DIR", description = "Where models go (default ${DEFAULT-VALUE}).")
  Path out = Path.of("models");

  @Option(names = "--seed", paramLabel = "GOLD.json", description = {"The seed release's gold (its .txt beside it),",
      "a guard for adopting the organization name model (default ${DEFAULT-VALUE})."})
  Path seed = OrgModelTrainer.DEFAULT_SEED;

  @Option(names = "--keep-rules", description = {"Write the models and their scores as candidates: the pipeline keeps",
      "its rules whatever the scores (adopted: false). For models scored before the held-out split decides."})
  boolean keepRules;

  @Override
  public Integer call() throws Exception {
    List<Path> folders = train.isEmpty() ? List.of(Path.of("corpus", "real", "dev")) : train;
    for (Path f : folders) {
      if (!Files.isDirectory(f)) {
        System.err.println("pressfacts train: no labelled folder " + f + ": run train from the repository's top"
            + " folder, or name the folders with --train DIR");
        return 2;
      }
    }
    if (!Files.exists(score)) {
      System.err.println("pressfacts train: no scoring folder " + score + " (--score DIR)");
      return 2;
    }
    String command = command(folders, score, out, keepRules);
    TrainingData data = TrainingData.read(folders);
    long t0 = System.nanoTime();
    EventModelTrainer.Result r = EventModelTrainer.train(data, score, command, out, keepRules);
    System.out.printf(Locale.ROOT, "event type: trained on %d documents of %s; %s accuracy: model %.3f (%d/%d),"
            + " keyword rules %.3f (%d/%d); %s (%d s)%n", r.trainDocs(), data.names(), score, r.modelAccuracy(),
        r.modelCorrect(), r.testDocs(), r.rulesAccuracy(), r.rulesCorrect(), r.testDocs(),
        verdict(r.ruleMet(), keepRules), seconds(t0));
    loadTime(out.resolve(EventModelTrainer.MODEL_FILE), EventCategorizer::load);
    t0 = System.nanoTime();
    OrgModelTrainer.Result o = OrgModelTrainer.train(data, score, seed, command, out, ModelStore.load(), keepRules);
    System.out.printf(Locale.ROOT, "organization names: trained on %d sentences of %d documents (%d gold mentions,"
            + " %d not on token boundaries); %s: name finder alone %s; %s (%d s)%n", o.trainSentences(), o.trainDocs(),
        o.goldMentions(), o.unalignedMentions(), score, prf(o.finderAlone()),
        verdict(o.ruleMet(), keepRules), seconds(t0));
    System.out.printf(Locale.ROOT, "  pipeline on %s without / with: role triple F1 %s / %s,"
            + " ORGANIZATION entity F1 %s / %s, ORGANIZATION strict mention F1 %s / %s%n", score,
        f1(o.without().roles()), f1(o.with().roles()), f1(o.without().orgEntities()), f1(o.with().orgEntities()),
        f1(o.without().orgMentionsStrict()), f1(o.with().orgMentionsStrict()));
    if (o.seedChecked()) {
      System.out.printf(Locale.ROOT, "  pipeline on the seed release without / with: role triple F1 %s / %s,"
              + " ORGANIZATION entity F1 %s / %s, ORGANIZATION strict mention F1 %s / %s%n",
          f1(o.seedWithout().roles()), f1(o.seedWith().roles()), f1(o.seedWithout().orgEntities()),
          f1(o.seedWith().orgEntities()), f1(o.seedWithout().orgMentionsStrict()), f1(o.seedWith().orgMentionsStrict()));
    } else {
      System.out.println("  no seed release at " + seed + ": the organization name model is not adopted");
    }
    loadTime(out.resolve(OrgModelTrainer.MODEL_FILE), OrgNameFinder::load);
    ModelsReadme.write(out);
    System.out.println("wrote " + out.resolve(EventModelTrainer.MODEL_FILE) + ", " + out.resolve(OrgModelTrainer.MODEL_FILE)
        + ", their sidecars and " + out.resolve("README.md"));
    return 0;
  }

  /** The command line that rebuilds these models, as the sidecars record it (paths as given, with '/'). */
  static String command(List<Path> folders, Path score, Path out, boolean keepRules) {
    StringBuilder b = new StringBuilder("target/pressfacts train");
    for (Path f : folders) {
      b.append(" --train ").append(slashed(f));
    }
    return b.append(" --score ").append(slashed(score)).append(" --out ").append(slashed(out))
        .append(keepRules ? " --keep-rules" : "").toString();
  }

  private static String slashed(Path p) {
    return p.toString().replace('\\', '/');
  }

  /** Reads a model binary back, as the pipeline does once per process. */
  @FunctionalInterface
  private interface Loader {
    Object load(java.io.InputStream in) throws java.io.IOException;
  }

  private static void loadTime(Path bin, Loader loader) throws java.io.IOException {
    long t0 = System.nanoTime();
    try (var in = Files.newInputStream(bin)) {
      loader.load(in);
    }
    System.out.printf(Locale.ROOT, "  %s: %d bytes, loaded in %d ms%n", bin, Files.size(bin),
        (System.nanoTime() - t0) / 1_000_000);
  }

  private static String verdict(boolean ruleMet, boolean keepRules) {
    if (keepRules) {
      return "adoption rule " + (ruleMet ? "met" : "not met") + "; rules kept (--keep-rules)";
    }
    return ruleMet ? "model adopted" : "rules kept";
  }

  private static long seconds(long t0) {
    return (System.nanoTime() - t0) / 1_000_000_000L;
  }

  private static String prf(Counts c) {
    return c.prf().map(p -> String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p.precision(),
        p.recall(), p.f1(), c.tp(), c.fp(), c.fn())).orElse("n/a");
  }

  private static String f1(Counts c) {
    return c.prf().map(p -> String.format(Locale.ROOT, "%.3f", p.f1())).orElse("n/a");
  }
}
