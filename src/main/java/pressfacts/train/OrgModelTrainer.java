package pressfacts.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pressfacts.doc.CharSpan;
import pressfacts.eval.Counts;
import pressfacts.eval.EvalReport;
import pressfacts.eval.Evaluator;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.eval.Prf;
import pressfacts.io.SourceItem;
import pressfacts.model.ModelFile;
import pressfacts.record.Outcome;
import pressfacts.run.BatchRunner;
import pressfacts.run.Extractor;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;
import pressfacts.stage.entities.OrgNameFinder;
import pressfacts.stage.entities.OrganizationCandidates;
import pressfacts.stage.tokens.TokenStage;

/**
 * Trains the organization name finder on labelled folders (corpus/real/dev, optionally with
 * corpus/synthetic/dev), scores it alone (its spans against the gold ORGANIZATION mentions of the
 * scoring folder) and the whole pipeline on the scoring folder with and without it as a candidate
 * source, and writes the model with a sidecar recording the training folders and their checksums,
 * the parameters, the scores and whether the pipeline adopts it.
 */
public final class OrgModelTrainer {
  public static final String MODEL_FILE = ModelFile.ORG_NAMES.binary();
  public static final String SIDECAR_FILE = ModelFile.ORG_NAMES.sidecar();
  public static final String ADOPTION_RULE = "the pipeline uses the model only when, on the scoring folder (scored_on),"
      + " none of role triple F1, ORGANIZATION entity F1 and ORGANIZATION strict mention F1 is lower with it than"
      + " without it, and at least one is higher by 0.01 or more (one organization more or less moves these figures"
      + " by 0.002 to 0.005 on 20 to 60 documents: smaller gains are noise); and on the seed release (the project's"
      + " reference document, read from ../shared/ beside the repository) none of the three is lower either;"
      + " without the seed it is not adopted";
  /** The seed release's gold, relative to the repository root (the tests' convention for shared files). */
  public static final Path DEFAULT_SEED = Path.of("../shared/seed-press-release.gold.json");

  /** The three pipeline figures the adoption rule reads. */
  public record PipelineScores(Counts roles, Counts orgEntities, Counts orgMentionsStrict) {
    static PipelineScores of(EvalReport r) {
      return new PipelineScores(r.counts("roles", "ROLE"), r.counts("entities", "ORGANIZATION"),
          r.counts("mentions strict", "ORGANIZATION"));
    }

    double[] f1s() {
      return new double[] {f1(roles), f1(orgEntities), f1(orgMentionsStrict)};
    }
  }

  /** What a training run measured. */
  public record Result(int trainDocs, int trainSentences, int goldMentions, int unalignedMentions, int testDocs,
                       Counts finderAlone, PipelineScores without, PipelineScores with, PipelineScores seedWithout,
                       PipelineScores seedWith, boolean ruleMet, boolean keepRules) {
    /** Whether the pipeline uses the model: the rule is met and the run did not keep the rules. */
    public boolean adopted() {
      return ruleMet && !keepRules;
    }

    /** Whether the seed was there to check (without it the model is not adopted). */
    public boolean seedChecked() {
      return seedWith != null;
    }
  }

  private OrgModelTrainer() {
  }

  /**
   * Trains on {@code data}, scores on the gold folder {@code score} (and the seed), writes the model
   * and its sidecar into {@code out}; {@code command} is the command line the sidecar records.
   * {@code base} is the pipeline's models as shipped; the pipeline is scored with and without the new
   * finder as their organization candidates, so the caller decides what "the pipeline" is and the
   * trainer assembles nothing of its own. With {@code keepRules} the model is written as a candidate
   * that the pipeline does not use.
   */
  public static Result train(TrainingData data, Path score, Path seedGold, String command, Path out, ModelStore base,
                             boolean keepRules) throws IOException {
    OrgNameSamples.Built built = OrgNameSamples.build(data.docs());
    if (built.mentions() == built.unaligned()) {
      throw new IOException("no aligned ORGANIZATION mention in " + data.names());
    }
    OrgNameFinder finder = OrgNameFinder.train(built.samples());
    List<GoldDoc> testDocs = GoldCorpus.read(score);
    Counts alone = scoreAlone(finder, testDocs);
    PipelineScores without = scorePipeline(base.withOrganizations(OrganizationCandidates.NONE), testDocs);
    PipelineScores with = scorePipeline(base.withOrganizations(finder), testDocs);
    PipelineScores seedWithout = null;
    PipelineScores seedWith = null;
    if (Files.isRegularFile(seedGold)) {
      List<GoldDoc> seed = GoldCorpus.read(seedGold);
      seedWithout = scorePipeline(base.withOrganizations(OrganizationCandidates.NONE), seed);
      seedWith = scorePipeline(base.withOrganizations(finder), seed);
    }
    boolean ruleMet = adopts(without, with) && seedWith != null && noneLower(seedWithout, seedWith);
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve(MODEL_FILE))) {
      finder.write(o);
    }
    Result r = new Result(data.docs().size(), built.samples().size(), built.mentions(), built.unaligned(),
        testDocs.size(), alone, without, with, seedWithout, seedWith, ruleMet, keepRules);
    writeSidecar(out.resolve(SIDECAR_FILE), r, new Sidecar("organization names: OpenNLP NameFinderME (maxent, BIO),"
        + " default feature generators, over the pipeline's tokens; its spans are extra candidate starts for the"
        + " entity stage's organization rules", MODEL_FILE, command, data, TrainingData.name(score)));
    return r;
  }

  /** The smallest F1 gain that counts as an improvement (see {@link #ADOPTION_RULE}). */
  static final double MIN_GAIN = 0.01;

  /** The adoption rule (see {@link #ADOPTION_RULE}). */
  static boolean adopts(PipelineScores without, PipelineScores with) {
    double[] a = without.f1s();
    double[] b = with.f1s();
    boolean higher = false;
    for (int i = 0; i < a.length; i++) {
      if (b[i] < a[i]) {
        return false;
      }
      higher |= b[i] >= a[i] + MIN_GAIN - 1e-12;
    }
    return higher;
  }

  /** No one of the three F1s lower with the model than without it. */
  static boolean noneLower(PipelineScores without, PipelineScores with) {
    double[] a = without.f1s();
    double[] b = with.f1s();
    for (int i = 0; i < a.length; i++) {
      if (b[i] < a[i]) {
        return false;
      }
    }
    return true;
  }

  /** The finder's own spans against the gold ORGANIZATION mentions: exact offsets only. */
  public static Counts scoreAlone(OrganizationCandidates finder, List<GoldDoc> docs) {
    Counts c = Counts.ZERO;
    for (GoldDoc g : docs) {
      Set<CharSpan> gold = new HashSet<>(OrgNameSamples.goldOrganizations(g));
      Set<CharSpan> found = new HashSet<>(finder.find(g.text(), TokenStage.tokenize(g.text())));
      long matched = found.stream().filter(gold::contains).count();
      c = c.plus(Counts.of(matched, gold.size(), found.size()));
    }
    return c;
  }

  static PipelineScores scorePipeline(ModelStore models, List<GoldDoc> docs) {
    Extractor extractor = new Extractor(StandardPipeline.build(models));
    List<Outcome> outcomes = new ArrayList<>();
    new BatchRunner(extractor, Math.max(1, Runtime.getRuntime().availableProcessors()))
        .run(docs.stream().map(d -> SourceItem.of(d.document())).iterator(), outcomes::add);
    return PipelineScores.of(Evaluator.evaluate(docs, outcomes));
  }

  private static void writeSidecar(Path file, Result r, Sidecar sc) throws IOException {
    ObjectNode n = sc.root();
    n.put("training_sentences", r.trainSentences());
    n.put("training_org_mentions", r.goldMentions());
    n.put("training_org_mentions_unaligned", r.unalignedMentions());
    ObjectNode p = sc.parameters("MAXENT", OrgNameFinder.ITERATIONS, OrgNameFinder.CUTOFF);
    p.put("sequence_codec", "BIO");
    p.put("opennlp", Sidecar.OPENNLP_VERSION);
    ObjectNode s = n.putObject("scores");
    s.put("documents", r.testDocs());
    put(s.putObject("name_finder_alone_org_spans_exact"), r.finderAlone());
    putPipeline(s.putObject("pipeline_without_model"), r.without());
    putPipeline(s.putObject("pipeline_with_model"), r.with());
    if (r.seedChecked()) {
      ObjectNode seed = n.putObject("scores_on_seed_release");
      putPipeline(seed.putObject("pipeline_without_model"), r.seedWithout());
      putPipeline(seed.putObject("pipeline_with_model"), r.seedWith());
    } else {
      n.putNull("scores_on_seed_release");
    }
    sc.write(file, r.ruleMet(), r.keepRules(), ADOPTION_RULE);
  }

  private static void putPipeline(ObjectNode n, PipelineScores p) {
    n.put("role_triple_f1", Sidecar.round(f1(p.roles())));
    n.put("org_entity_f1", Sidecar.round(f1(p.orgEntities())));
    n.put("org_mention_strict_f1", Sidecar.round(f1(p.orgMentionsStrict())));
  }

  private static void put(ObjectNode n, Counts c) {
    Prf prf = c.prf().orElse(new Prf(0, 0, 0));
    n.put("precision", Sidecar.round(prf.precision()));
    n.put("recall", Sidecar.round(prf.recall()));
    n.put("f1", Sidecar.round(prf.f1()));
    n.put("tp", c.tp());
    n.put("fp", c.fp());
    n.put("fn", c.fn());
  }

  static double f1(Counts c) {
    return c.prf().map(Prf::f1).orElse(0.0);
  }

}
