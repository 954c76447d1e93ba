package pressfacts.stage.roles;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import pressfacts.doc.Role;

/**
 * The learned linker: a maximum-entropy model (OpenNLP GIS) that gives each role candidate of a document
 * (what the shapes read and the alternatives beside it, {@link RoleAlternatives}) the probability that the
 * text states it, read from {@link RoleFeatures}. It decides which person holds which title at which
 * organization, where the rule path decides by the shapes' fixed order, and its probability replaces the
 * shape's hand-set confidence. Immutable and thread-safe once loaded: share one per process.
 */
public final class RoleLinker {
  /** Fixed parameters, so the same candidates always train the same model (GIS on one thread is deterministic). */
  public static final int ITERATIONS = 100;
  public static final int CUTOFF = 2;
  /** The outcomes: the candidate states a gold role, or not. */
  public static final String HOLDS = "holds";
  public static final String NOT = "not";
  /** A candidate is taken when the model gives it at least this probability. */
  static final double TAKE = 0.5;

  /** A candidate with the features the model reads for it. */
  public record Choice(RoleCandidate candidate, List<String> features) {
  }

  private final MaxentModel model;
  private final int holds;

  private RoleLinker(MaxentModel model) {
    this.model = model;
    this.holds = model.getIndex(HOLDS);
    if (holds < 0) {
      throw new IllegalArgumentException("a role linker model without the outcome '" + HOLDS + "'");
    }
  }

  public static RoleLinker load(InputStream in) throws IOException {
    return new RoleLinker(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
  }

  /** Trains on {@code events} (outcome {@link #HOLDS} or {@link #NOT}, context: a candidate's features). */
  public static RoleLinker train(List<Event> events) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    params.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    return new RoleLinker(trainer.train(new CollectionObjectStream<>(events)));
  }

  public void write(OutputStream out) throws IOException {
    new GenericModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
  }

  /** The event a labelled candidate gives for training. */
  public static Event event(Choice c, boolean holds) {
    return new Event(holds ? HOLDS : NOT, c.features().toArray(String[]::new));
  }

  /** The probability that the text states the candidate. */
  public double probability(List<String> features) {
    return model.eval(features.toArray(String[]::new))[holds];
  }

  /**
   * The roles of a document from its candidates: at each title's place, for each person the most probable
   * organization (or none); of the persons, the most probable one alone, unless the shapes read several
   * persons for that title (a list: "judges A, B and C"), then each. A choice is kept when its probability is
   * at least {@link #TAKE}. Then the settle step of the rule path: one role per person, title and
   * organization, and no bare repeat of a title held at an organization.
   */
  List<Role> link(List<Choice> choices) {
    Map<String, List<Choice>> byTitle = new LinkedHashMap<>();
    for (Choice c : choices) {
      RoleCandidate k = c.candidate();
      byTitle.computeIfAbsent(k.titleSpan().start() + "|" + k.title().toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(c);
    }
    Map<String, Role> roles = new LinkedHashMap<>();
    for (List<Choice> group : byTitle.values()) {
      Set<String> readPersons = new HashSet<>();
      Map<String, Choice> bestOfPerson = new LinkedHashMap<>();
      Map<Choice, Double> p = new LinkedHashMap<>();
      for (Choice c : group) {
        RoleCandidate k = c.candidate();
        if (k.read()) {
          readPersons.add(k.person().id());
        }
        double prob = probability(c.features());
        p.put(c, prob);
        Choice best = bestOfPerson.get(k.person().id());
        if (best == null || prob > p.get(best)) {
          bestOfPerson.put(k.person().id(), c);
        }
      }
      List<Choice> kept = new ArrayList<>();
      for (Choice c : bestOfPerson.values()) {
        if (p.get(c) >= TAKE) {
          kept.add(c);
        }
      }
      if (readPersons.size() < 2 && kept.size() > 1) {
        Choice best = kept.get(0);
        for (Choice c : kept) {
          best = p.get(c) > p.get(best) ? c : best;
        }
        kept = List.of(best);
      }
      for (Choice c : kept) {
        RoleCandidate k = c.candidate();
        String key = key(k.toRole(0, null));
        double confidence = Math.round(p.get(c) * 1000) / 1000.0;
        roles.putIfAbsent(key, k.toRole(confidence, k.read() ? k.shape() : k.shape() + "+" + alternativeName(k.source())));
      }
    }
    return RoleFinder.withoutBareRepeats(roles);
  }

  /** One role per person, title and organization: the settle step's key. */
  static String key(Role r) {
    return RoleKey.of(r);
  }

  /** How an alternative's pattern names what it changed of the shape's reading. */
  private static String alternativeName(RoleCandidate.Source s) {
    return switch (s) {
      case OTHER_ORG -> "linker-other-org";
      case NO_ORG -> "linker-no-org";
      case OTHER_PERSON -> "linker-other-person";
      default -> s.name().toLowerCase(Locale.ROOT);
    };
  }
}
