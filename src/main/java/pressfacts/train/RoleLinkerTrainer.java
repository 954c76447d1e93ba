package pressfacts.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import opennlp.tools.ml.model.Event;
import pressfacts.doc.Entity;
import pressfacts.doc.Role;
import pressfacts.eval.Counts;
import pressfacts.eval.GoldDoc;
import pressfacts.eval.Prf;
import pressfacts.eval.RoleScorer;
import pressfacts.lexicon.Lexicons;
import pressfacts.model.ModelFile;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Pipeline;
import pressfacts.pipeline.Stage;
import pressfacts.pipeline.StageFailure;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;
import pressfacts.stage.roles.RoleLinker;
import pressfacts.stage.roles.RoleStage;

/**
 * Trains the role linker on labelled folders of real releases (corpus/real/dev): the pipeline reads each
 * document up to its entities; every role candidate the role stage offers there (the shapes' reads and their
 * alternatives) is labelled by whether it matches a gold role of the document under the role score's own
 * match ({@link RoleScorer#matchesAny}). Before the model on all documents, a two-fold check by site (each
 * half of the sites trains a model that the other half scores, rules against linker) decides adoption, so the
 * decision never reads a test split. Its folders are its own ({@code train --roles-train}), not the other
 * models' {@code --train}: the check needs each document's site, which synthetic documents do not have.
 */
public final class RoleLinkerTrainer {
  public static final String MODEL_FILE = ModelFile.ROLE_LINKER.binary();
  public static final String SIDECAR_FILE = ModelFile.ROLE_LINKER.sidecar();
  /** The smallest role triple F1 gain over the rules, in the two-fold check, that adopts the linker. */
  static final double MIN_GAIN = 0.005;
  public static final String ADOPTION_RULE = "the role stage uses the linker only when, in a two-fold check by site on the"
      + " training folders (the sites sorted by name and dealt alternately; a model trained on one half scores the other),"
      + " its role triple F1 over both halves is at least " + MIN_GAIN + " above the rules' and lower in neither half";

  /** One document read up to its entities: its gold, its candidates with features, and the rules' roles. */
  record Prepared(GoldDoc gold, Annotations beforeRoles, List<RoleLinker.Choice> choices, List<Boolean> labels,
                  List<Role> rules) {
    List<Entity> entities() {
      return beforeRoles.get(Keys.ENTITIES).entities();
    }
  }

  /** What a training run measured. */
  public record Result(int trainDocs, int skippedDocs, int candidates, int positives, int goldRoles, int goldRolesReachable,
                       Counts[] rulesByFold, Counts[] linkerByFold, double handSetAuc, double linkerAuc, int rankedRoles,
                       boolean ruleMet, boolean keepRules, long trainMillis) {
    /** Whether the pipeline uses the linker: the adoption rule met and the rules not kept (--keep-rules). */
    public boolean adopted() {
      return ruleMet && !keepRules;
    }

    public Counts rules() {
      return rulesByFold[0].plus(rulesByFold[1]);
    }

    public Counts linker() {
      return linkerByFold[0].plus(linkerByFold[1]);
    }
  }

  private RoleLinkerTrainer() {
  }

  /**
   * Trains on the gold of the training folders, writes the model and its sidecar (recording {@code command}) to
   * {@code out}; with {@code keepRules} the sidecar says not adopted whatever the check says.
   */
  public static Result train(TrainingData data, String command, Path out, ModelStore base, boolean keepRules)
      throws IOException {
    long t0 = System.nanoTime();
    List<GoldDoc> docs = data.docs();
    RoleStage stage = new RoleStage(Lexicons.load(), Optional.empty());
    Pipeline pipeline = StandardPipeline.build(base.withRoleLinker(Optional.empty()));
    List<Prepared> prepared = new ArrayList<>();
    for (GoldDoc g : docs) {
      Prepared p = prepare(g, pipeline, stage);
      if (p != null) {
        prepared.add(p);
      }
    }
    if (prepared.stream().noneMatch(p -> p.labels().contains(true))) {
      throw new IOException("no role candidate of " + data.names() + " matches a gold role");
    }
    // the two-fold check by site
    List<String> sites = new ArrayList<>(new TreeSet<>(prepared.stream().map(RoleLinkerTrainer::site).toList()));
    Counts[] rules = {Counts.ZERO, Counts.ZERO};
    Counts[] linked = {Counts.ZERO, Counts.ZERO};
    List<Ranked> ranked = new ArrayList<>();
    for (int fold = 0; fold < 2; fold++) {
      List<Prepared> train = new ArrayList<>();
      List<Prepared> held = new ArrayList<>();
      for (Prepared p : prepared) {
        (sites.indexOf(site(p)) % 2 == fold ? held : train).add(p);
      }
      RoleLinker foldModel = RoleLinker.train(events(train));
      RoleStage learned = new RoleStage(Lexicons.load(), Optional.of(foldModel));
      for (Prepared p : held) {
        ranked.addAll(ranked(p, foldModel));
        rules[fold] = rules[fold].plus(RoleScorer.counts(p.gold().gold(), p.rules(), p.entities()));
        List<Role> roles = linkedRoles(learned, p);
        linked[fold] = linked[fold].plus(RoleScorer.counts(p.gold().gold(), roles, p.entities()));
      }
    }
    RoleLinker linker = RoleLinker.train(events(prepared));
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve(MODEL_FILE))) {
      linker.write(o);
    }
    int candidates = prepared.stream().mapToInt(p -> p.choices().size()).sum();
    int positives = (int) prepared.stream().flatMap(p -> p.labels().stream()).filter(b -> b).count();
    int goldRoles = prepared.stream().mapToInt(p -> p.gold().gold().roles().size()).sum();
    int reachable = prepared.stream().mapToInt(RoleLinkerTrainer::reachable).sum();
    Result r = new Result(prepared.size(), docs.size() - prepared.size(), candidates, positives, goldRoles, reachable, rules,
        linked, auc(ranked, true), auc(ranked, false), ranked.size(), adopts(rules, linked), keepRules,
        (System.nanoTime() - t0) / 1_000_000);
    writeSidecar(out.resolve(SIDECAR_FILE), new Sidecar(DESCRIPTION, MODEL_FILE, command, data), r);
    return r;
  }

  /** The document read up to its entities and its candidates labelled; null when a stage fails on it. */
  static Prepared prepare(GoldDoc g, Pipeline pipeline, RoleStage stage) {
    Annotations a = Annotations.empty();
    try {
      for (Stage s : pipeline.stages()) {
        if (s.name().equals(stage.name())) {
          break;
        }
        a = s.apply(g.document(), a);
      }
      List<RoleLinker.Choice> choices = stage.choices(a);
      List<Entity> entities = a.get(Keys.ENTITIES).entities();
      List<Boolean> labels = new ArrayList<>();
      for (RoleLinker.Choice c : choices) {
        labels.add(RoleScorer.matchesAny(g.gold(), c.candidate().toRole(1.0, c.candidate().shape()), entities));
      }
      List<Role> rules = stage.apply(g.document(), a).get(Keys.ROLES).roles();
      return new Prepared(g, a, choices, labels, rules);
    } catch (RuntimeException | StageFailure e) {
      return null; // a document the pipeline fails on gives no record, so no roles to learn from
    }
  }

  /** The roles the linker's stage reads on a prepared document. */
  private static List<Role> linkedRoles(RoleStage learned, Prepared p) {
    return learned.apply(p.gold().document(), p.beforeRoles()).get(Keys.ROLES).roles();
  }

  /** The training events of the documents, in order. */
  static List<Event> events(List<Prepared> docs) {
    List<Event> out = new ArrayList<>();
    for (Prepared p : docs) {
      for (int i = 0; i < p.choices().size(); i++) {
        out.add(RoleLinker.event(p.choices().get(i), p.labels().get(i)));
      }
    }
    return out;
  }

  /** A role the rules read on a held-out document: its hand-set confidence, the linker's probability, and whether it is right. */
  record Ranked(double handSet, double linker, boolean right) {
  }

  /**
   * The rules' roles of a held-out document with both confidences: the hand-set one of their shape, and the
   * probability the linker trained on the other half gives the same candidate.
   */
  private static List<Ranked> ranked(Prepared p, RoleLinker model) {
    List<Ranked> out = new ArrayList<>();
    for (Role r : p.rules()) {
      for (RoleLinker.Choice c : p.choices()) {
        Role k = c.candidate().toRole(1.0, null);
        if (c.features().contains("settled=true") && k.person().equals(r.person()) && k.title().equalsIgnoreCase(r.title())
            && Objects.equals(k.organization(), r.organization())) {
          out.add(new Ranked(r.confidence(), model.probability(c.features()),
              RoleScorer.matchesAny(p.gold().gold(), r, p.entities())));
          break;
        }
      }
    }
    return out;
  }

  /**
   * How well a confidence ranks right roles above wrong ones: the chance that a right role, drawn at random,
   * has a higher confidence than a wrong one (a tie counts half); 0.5 is no better than chance.
   */
  static double auc(List<Ranked> roles, boolean handSet) {
    double wins = 0;
    long pairs = 0;
    for (Ranked a : roles) {
      if (!a.right()) {
        continue;
      }
      for (Ranked b : roles) {
        if (b.right()) {
          continue;
        }
        double x = handSet ? a.handSet() : a.linker();
        double y = handSet ? b.handSet() : b.linker();
        wins += x > y ? 1 : x == y ? 0.5 : 0;
        pairs++;
      }
    }
    return pairs == 0 ? Double.NaN : wins / pairs;
  }

  /** How many gold roles of the document some candidate matches: what any choice among them can reach. */
  private static int reachable(Prepared p) {
    List<Role> positives = new ArrayList<>();
    for (int i = 0; i < p.choices().size(); i++) {
      if (p.labels().get(i)) {
        positives.add(p.choices().get(i).candidate().toRole(1.0, null));
      }
    }
    return (int) RoleScorer.counts(p.gold().gold(), positives, p.entities()).tp();
  }

  private static String site(Prepared p) {
    return p.gold().site() == null ? p.gold().docId() : p.gold().site();
  }

  /** The adoption rule ({@link #ADOPTION_RULE}). */
  static boolean adopts(Counts[] rules, Counts[] linker) {
    for (int fold = 0; fold < 2; fold++) {
      if (f1(linker[fold]) < f1(rules[fold])) {
        return false;
      }
    }
    return f1(linker[0].plus(linker[1])) >= f1(rules[0].plus(rules[1])) + MIN_GAIN - 1e-12;
  }

  static double f1(Counts c) {
    return c.prf().map(Prf::f1).orElse(0.0);
  }

  private static final String DESCRIPTION = "role linker: OpenNLP GIS maxent over role candidates (the shapes' reads and"
      + " their alternatives: no organization, the nearest other organization or person of the sentence); features: shape,"
      + " source, whether the rules settle on it, sides, word distance and punctuation between, persons between (list"
      + " position), the title's form (a domain, words, case); it chooses the roles and its probability is their confidence";

  private static void writeSidecar(Path file, Sidecar sc, Result r) throws IOException {
    ObjectNode n = sc.root();
    n.put("training_docs_skipped", r.skippedDocs());
    n.put("training_candidates", r.candidates());
    n.put("training_candidates_positive", r.positives());
    n.put("gold_roles", r.goldRoles());
    n.put("gold_roles_some_candidate_matches", r.goldRolesReachable());
    sc.parameters("MAXENT", RoleLinker.ITERATIONS, RoleLinker.CUTOFF).put("opennlp", Sidecar.OPENNLP_VERSION);
    ObjectNode s = n.putObject("scores_two_fold_by_site");
    for (int fold = 0; fold < 2; fold++) {
      ObjectNode f = s.putObject("half_" + (fold + 1));
      f.put("role_triple_f1_rules", Sidecar.round(f1(r.rulesByFold()[fold])));
      f.put("role_triple_f1_linker", Sidecar.round(f1(r.linkerByFold()[fold])));
    }
    s.put("role_triple_f1_rules", Sidecar.round(f1(r.rules())));
    s.put("role_triple_f1_linker", Sidecar.round(f1(r.linker())));
    ObjectNode auc = s.putObject("confidence_ranking_auc_of_the_rules_roles");
    auc.put("roles", r.rankedRoles());
    auc.put("hand_set", Sidecar.round(r.handSetAuc()));
    auc.put("linker_probability", Sidecar.round(r.linkerAuc()));
    sc.write(file, r.ruleMet(), r.keepRules(), ADOPTION_RULE);
  }
}
