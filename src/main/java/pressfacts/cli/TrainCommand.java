package pressfacts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pressfacts.eval.Counts;
import pressfacts.run.ModelStore;
import pressfacts.stage.entities.OrgNameFinder;
import pressfacts.train.EventModelTrainer;
import pressfacts.train.ModelsReadme;
import pressfacts.train.OrgModelTrainer;
import pressfacts.train.RoleLinkerTrainer;
import pressfacts.stage.roles.RoleLinker;

/** {@code pressfacts train}: rebuilds every model of models/ from corpus/synthetic/dev, deterministically. */
@Command(name = "train",
    header = "Rebuild the models in models/ from corpus/synthetic/dev and score them on corpus/synthetic/test.", mixinStandardHelpOptions = true,
    description = {"Rebuild the learned models from corpus/synthetic/dev (fixed parameters, so the same corpus gives",
        "the same model), score them on corpus/synthetic/test against the rule baselines, and write",
        "OUT/<model>.bin, its sidecar OUT/<model>.json and OUT/README.md.",
        "The project's build copies models/*.bin into the jar: rebuild it after training."},
    footer = {"", "Example:", "  target/pressfacts train --corpus corpus/synthetic --out models"})
public final class TrainCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus with dev/ and test/ (default ${DEFAULT-VALUE}).")
  Path corpus = Path.of("corpus", "synthetic");

  @Option(names = "--out", paramLabel = "DIR", description = "Where models go (default ${DEFAULT-VALUE}).")
  Path out = Path.of("models");

  @Option(names = "--seed", paramLabel = "GOLD.json", description = {"The seed release's gold (its .txt beside it),",
      "a guard for adopting the organization name model (default ${DEFAULT-VALUE})."})
  Path seed = OrgModelTrainer.DEFAULT_SEED;

  @Option(names = "--roles-corpus", paramLabel = "DIR", description = {"Labelled real releases the role linker learns",
      "from (default ${DEFAULT-VALUE}; a two-fold check by site on it decides adoption)."})
  Path rolesCorpus = RoleLinkerTrainer.DEFAULT_CORPUS;

  @Option(names = "--only-roles", description = "Train the role linker alone (the other models are left as they are).")
  boolean onlyRoles;

  @Override
  public Integer call() throws Exception {
    if (onlyRoles) {
      return trainRoles();
    }
    if (!Files.isDirectory(corpus.resolve("dev")) || !Files.isDirectory(corpus.resolve("test"))) {
      System.err.println("pressfacts train: " + corpus + " has no dev/ and test/ folders: run train from the"
          + " repository's top folder, or name the corpus with --corpus DIR");
      return 2;
    }
    EventModelTrainer.Result r = EventModelTrainer.train(corpus, out);
    System.out.printf(Locale.ROOT, "event type: trained on %d documents; corpus/synthetic/test accuracy: model %.3f (%d/%d),"
            + " keyword rules %.3f (%d/%d); %s%n", r.trainDocs(), r.modelAccuracy(), r.modelCorrect(), r.testDocs(),
        r.rulesAccuracy(), r.rulesCorrect(), r.testDocs(), r.adopted() ? "model adopted" : "rules kept");
    OrgModelTrainer.Result o = OrgModelTrainer.train(corpus, seed, out, ModelStore.load());
    System.out.printf(Locale.ROOT, "organization names: trained on %d sentences of %d documents (%d gold mentions,"
        + " %d not on token boundaries); corpus/synthetic/test: name finder alone %s; %s%n", o.trainSentences(), o.trainDocs(),
        o.goldMentions(), o.unalignedMentions(), prf(o.finderAlone()), o.adopted() ? "model adopted" : "rules kept");
    System.out.printf(Locale.ROOT, "  pipeline on corpus/synthetic/test   without / with: role triple F1 %s / %s,"
            + " ORGANIZATION entity F1 %s / %s, ORGANIZATION strict mention F1 %s / %s%n",
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
    Path bin = out.resolve(OrgModelTrainer.MODEL_FILE);
    long t0 = System.nanoTime();
    try (var in = Files.newInputStream(bin)) {
      OrgNameFinder.load(in);
    }
    System.out.printf(Locale.ROOT, "  %s: %d bytes, loaded in %d ms%n", bin, Files.size(bin), (System.nanoTime() - t0) / 1_000_000);
    int roles = trainRoles();
    if (roles != 0) {
      return roles;
    }
    System.out.println("wrote " + out.resolve(EventModelTrainer.MODEL_FILE) + ", " + bin + ", "
        + out.resolve(RoleLinkerTrainer.MODEL_FILE) + ", their sidecars and " + out.resolve("README.md"));
    return 0;
  }

  /** Trains the role linker on --roles-corpus, prints what it measured, and rewrites OUT/README.md. */
  private int trainRoles() throws Exception {
    if (!Files.isDirectory(rolesCorpus)) {
      System.err.println("pressfacts train: no folder " + rolesCorpus + " for the role linker (name it with --roles-corpus DIR)");
      return 2;
    }
    RoleLinkerTrainer.Result r = RoleLinkerTrainer.train(rolesCorpus, out, ModelStore.load());
    System.out.printf(Locale.ROOT, "role linker: trained on %d documents of %s (%d skipped), %d candidates, %d matching a gold role;"
            + " %d of %d gold roles have a candidate; %d ms%n", r.trainDocs(), rolesCorpus, r.skippedDocs(), r.candidates(),
        r.positives(), r.goldRolesReachable(), r.goldRoles(), r.trainMillis());
    System.out.printf(Locale.ROOT, "  two-fold check by site, role triple: rules %s; linker %s; %s%n", prf(r.rules()),
        prf(r.linker()), r.adopted() ? "linker adopted" : "rules kept");
    System.out.printf(Locale.ROOT, "  the rules' %d roles ranked right above wrong (AUC): hand-set confidence %.3f,"
        + " linker probability %.3f%n", r.rankedRoles(), r.handSetAuc(), r.linkerAuc());
    Path bin = out.resolve(RoleLinkerTrainer.MODEL_FILE);
    long t0 = System.nanoTime();
    try (var in = Files.newInputStream(bin)) {
      RoleLinker.load(in);
    }
    System.out.printf(Locale.ROOT, "  %s: %d bytes, loaded in %d ms%n", bin, Files.size(bin), (System.nanoTime() - t0) / 1_000_000);
    ModelsReadme.write(out);
    return 0;
  }

  private static String prf(Counts c) {
    return c.prf().map(p -> String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p.precision(),
        p.recall(), p.f1(), c.tp(), c.fp(), c.fn())).orElse("n/a");
  }

  private static String f1(Counts c) {
    return c.prf().map(p -> String.format(Locale.ROOT, "%.3f", p.f1())).orElse("n/a");
  }
}
