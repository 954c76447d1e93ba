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
import pressfacts.stage.roles.RoleLinker;
import pressfacts.train.EventModelTrainer;
import pressfacts.train.ModelsReadme;
import pressfacts.train.OrgModelTrainer;
import pressfacts.train.RoleLinkerTrainer;
import pressfacts.train.TrainingData;

/** {@code pressfacts train}: rebuilds every model of models/ from labelled folders, deterministically. */
@Command(name = "train",
    header = "Rebuild the models in models/ from labelled folders and score them against the rules.",
    mixinStandardHelpOptions = true,
    description = {"Rebuild the learned models from labelled folders (fixed parameters, one",
        "thread, so the same folders give the same model) and write OUT/<model>.bin,",
        "its sidecar OUT/<model>.json (with the adoption decision) and OUT/README.md.",
        "The event type and organization name models learn from --train and are",
        "scored against the rules on --score. The role linker learns from",
        "--roles-train and is scored against the role rules in a two-fold check by",
        "site on those same folders.",
        "Gold files that name pool releases (corpus/real) are read from the release",
        "pool as 'eval' reads them.",
        "The project's build copies models/*.bin into the jar: rebuild it after",
        "training."},
    footer = {"", "Examples:", "  target/pressfacts train --train corpus/real/dev --score corpus/real/test",
        "  target/pressfacts train --train corpus/real/dev \\",
        "      --train corpus/synthetic/dev --score ../shared/realdev --keep-rules",
        "  target/pressfacts train --only-roles --roles-train corpus/real/dev"})
public final class TrainCommand implements Callable<Integer> {
  private static final Path REAL_DEV = Path.of("corpus", "real", "dev");

  @Option(names = "--train", paramLabel = "DIR", description = {"A labelled folder the event type and",
      "organization name models learn from; repeat it to",
      "learn from several, in the order given (default:",
      "corpus/real/dev)."})
  List<Path> train = new ArrayList<>();

  @Option(names = "--roles-train", paramLabel = "DIR", description = {"A labelled folder of real releases the role",
      "linker learns from; repeatable (default:",
      "corpus/real/dev). Apart from --train because its",
      "adoption check deals the documents' sites into two",
      "halves, and synthetic documents have no site."})
  List<Path> rolesTrain = new ArrayList<>();

  @Option(names = "--score", paramLabel = "DIR", description = {"The labelled folder the event type and",
      "organization name models and the rules are scored",
      "on to decide adoption (default ${DEFAULT-VALUE})."})
  Path score = Path.of("corpus", "real", "test");

  @Option(names = "--out", paramLabel = "DIR", description = "Where models go (default ${DEFAULT-VALUE}).")
  Path out = Path.of("models");

  @Option(names = "--seed", paramLabel = "GOLD.json", description = {"The seed release's gold (its .txt beside it), a",
      "guard for adopting the organization name model",
      "(default ${DEFAULT-VALUE})."})
  Path seed = OrgModelTrainer.DEFAULT_SEED;

  @Option(names = "--keep-rules", description = {"Write the models and their scores as",
      "candidates: the pipeline keeps its rules whatever",
      "the scores (adopted: false). For models scored",
      "before the held-out split decides."})
  boolean keepRules;

  @Option(names = "--only-roles", description = {"Train the role linker alone (--train and --score",
      "unused; the other models are left as they are)."})
  boolean onlyRoles;

  @Override
  public Integer call() throws Exception {
    List<Path> folders = train.isEmpty() ? List.of(REAL_DEV) : train;
    List<Path> rolesFolders = rolesTrain.isEmpty() ? List.of(REAL_DEV) : rolesTrain;
    for (Path f : onlyRoles ? rolesFolders : concat(folders, rolesFolders)) {
      if (!Files.isDirectory(f)) {
        System.err.println("pressfacts train: no labelled folder " + f + ": run train from the repository's top"
            + " folder, or name the folders with --train DIR and --roles-train DIR");
        return 2;
      }
    }
    ModelStore base = ModelStore.load();
    if (onlyRoles) {
      trainRoles(rolesFolders, command(List.of(), rolesFolders, null, out, keepRules), base);
      ModelsReadme.write(out);
      System.out.println("wrote " + out.resolve(RoleLinkerTrainer.MODEL_FILE) + ", its sidecar and "
          + out.resolve("README.md"));
      return 0;
    }
    if (!Files.exists(score)) {
      System.err.println("pressfacts train: no scoring folder " + score + " (--score DIR)");
      return 2;
    }
    String command = command(folders, rolesFolders, score, out, keepRules);
    TrainingData data = TrainingData.read(folders);
    long t0 = System.nanoTime();
    EventModelTrainer.Result r = EventModelTrainer.train(data, score, command, out, keepRules);
    System.out.printf(Locale.ROOT, "event type: trained on %d documents of %s; %s accuracy: model %.3f (%d/%d),"
            + " keyword rules %.3f (%d/%d); %s (%d s)%n", r.trainDocs(), data.names(), score, r.modelAccuracy(),
        r.modelCorrect(), r.testDocs(), r.rulesAccuracy(), r.rulesCorrect(), r.testDocs(),
        verdict(r.ruleMet(), keepRules), seconds(t0));
    loadTime(out.resolve(EventModelTrainer.MODEL_FILE), EventCategorizer::load);
    t0 = System.nanoTime();
    OrgModelTrainer.Result o = OrgModelTrainer.train(data, score, seed, command, out, base, keepRules);
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
    trainRoles(rolesFolders, command, base);
    ModelsReadme.write(out);
    System.out.println("wrote " + out.resolve(EventModelTrainer.MODEL_FILE) + ", " + out.resolve(OrgModelTrainer.MODEL_FILE)
        + ", " + out.resolve(RoleLinkerTrainer.MODEL_FILE) + ", their sidecars and " + out.resolve("README.md"));
    return 0;
  }

  /** Trains the role linker on its folders and prints what it measured. */
  private void trainRoles(List<Path> folders, String command, ModelStore base) throws Exception {
    TrainingData data = TrainingData.read(folders);
    RoleLinkerTrainer.Result r = RoleLinkerTrainer.train(data, command, out, base, keepRules);
    System.out.printf(Locale.ROOT, "role linker: trained on %d documents of %s (%d skipped), %d candidates, %d matching"
            + " a gold role; %d of %d gold roles have a candidate (%d s)%n", r.trainDocs(), data.names(), r.skippedDocs(),
        r.candidates(), r.positives(), r.goldRolesReachable(), r.goldRoles(), r.trainMillis() / 1000);
    System.out.printf(Locale.ROOT, "  two-fold check by site, role triple: rules %s; linker %s; %s%n", prf(r.rules()),
        prf(r.linker()), verdict(r.ruleMet(), keepRules));
    System.out.printf(Locale.ROOT, "  the rules' %d roles ranked right above wrong (AUC): hand-set confidence %.3f,"
        + " linker probability %.3f%n", r.rankedRoles(), r.handSetAuc(), r.linkerAuc());
    loadTime(out.resolve(RoleLinkerTrainer.MODEL_FILE), RoleLinker::load);
  }

  /**
   * The command line that rebuilds these models, as the sidecars record it (paths as given, with '/').
   * With no {@code score} it is the {@code --only-roles} run, which learns the role linker alone.
   */
  static String command(List<Path> folders, List<Path> rolesFolders, Path score, Path out, boolean keepRules) {
    StringBuilder b = new StringBuilder("target/pressfacts train");
    if (score == null) {
      b.append(" --only-roles");
    }
    for (Path f : folders) {
      b.append(" --train ").append(slashed(f));
    }
    for (Path f : rolesFolders) {
      b.append(" --roles-train ").append(slashed(f));
    }
    if (score != null) {
      b.append(" --score ").append(slashed(score));
    }
    return b.append(" --out ").append(slashed(out)).append(keepRules ? " --keep-rules" : "").toString();
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
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
