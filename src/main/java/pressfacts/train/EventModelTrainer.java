package pressfacts.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pressfacts.doc.EventType;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.model.ModelFile;
import pressfacts.stage.event.EventCategorizer;
import pressfacts.stage.event.EventText;
import pressfacts.stage.event.EventTypeClassifier;
import pressfacts.stage.event.EventTypeRules;
import pressfacts.stage.header.HeaderStage;

/**
 * Trains the event-type categorizer on labelled folders (corpus/real/dev, optionally with
 * corpus/synthetic/dev), scores it and the keyword rules on a scoring folder (the lead's is
 * corpus/real/test), and writes the model with a sidecar that records the training folders and
 * their checksums, the parameters, the scores and whether the model is adopted (it is when it
 * classifies more documents of the scoring folder right than the rules do).
 */
public final class EventModelTrainer {
  public static final String MODEL_FILE = ModelFile.EVENT_TYPE.binary();
  public static final String SIDECAR_FILE = ModelFile.EVENT_TYPE.sidecar();

  /** What a training run measured. */
  public record Result(int trainDocs, int testDocs, int modelCorrect, int rulesCorrect, boolean ruleMet,
                       boolean keepRules) {
    /** Whether the pipeline uses the model: the rule is met and the run did not keep the rules. */
    public boolean adopted() {
      return ruleMet && !keepRules;
    }

    public double modelAccuracy() {
      return testDocs == 0 ? Double.NaN : (double) modelCorrect / testDocs;
    }

    public double rulesAccuracy() {
      return testDocs == 0 ? Double.NaN : (double) rulesCorrect / testDocs;
    }
  }

  private EventModelTrainer() {
  }

  /**
   * Trains on {@code data}, scores on the gold folder {@code score} and writes the model and its
   * sidecar into {@code out}; {@code command} is the command line the sidecar records. With
   * {@code keepRules} the model is written as a candidate that the pipeline does not use.
   */
  public static Result train(TrainingData data, Path score, String command, Path out, boolean keepRules)
      throws IOException {
    List<EventCategorizer.Example> examples = new ArrayList<>();
    for (GoldDoc g : data.docs()) {
      if (g.gold().event() != null) {
        examples.add(example(g));
      }
    }
    if (examples.isEmpty()) {
      throw new IOException("no labelled event in " + data.names());
    }
    EventCategorizer model = EventCategorizer.train(examples);
    List<GoldDoc> testDocs = withEvent(GoldCorpus.read(score));
    int modelCorrect = score(model, testDocs);
    int rulesCorrect = score(EventTypeRules.load(), testDocs);
    boolean ruleMet = modelCorrect > rulesCorrect;
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve(MODEL_FILE))) {
      model.write(o);
    }
    Result r = new Result(examples.size(), testDocs.size(), modelCorrect, rulesCorrect, ruleMet, keepRules);
    writeSidecar(out.resolve(SIDECAR_FILE), r, new Sidecar("event type: OpenNLP DocumentCategorizerME (maxent),"
        + " bag of words + word bigrams, title words x2", MODEL_FILE, command, data, TrainingData.name(score)));
    return r;
  }

  /** The documents whose gold has an event (a document without one is not scored for its type). */
  static List<GoldDoc> withEvent(List<GoldDoc> docs) {
    return docs.stream().filter(g -> g.gold().event() != null).toList();
  }

  /**
   * Model against rules by {@code k}-fold cross-validation on one labelled split (documents dealt to
   * folds in file order, so the figure is reproducible): a way to ask whether a categorizer trained
   * on real releases would beat the rules without ever looking at the test split.
   * Returns {documents scored, model correct, rules correct}.
   */
  public static int[] crossValidate(Path split, int k) throws IOException {
    List<GoldDoc> docs = new ArrayList<>();
    for (GoldDoc g : GoldCorpus.read(split)) {
      if (g.gold().event() != null) {
        docs.add(g);
      }
    }
    EventTypeRules rules = EventTypeRules.load();
    int[] totals = new int[3];
    for (int fold = 0; fold < k; fold++) {
      List<EventCategorizer.Example> train = new ArrayList<>();
      List<GoldDoc> held = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (i % k == fold) {
          held.add(docs.get(i));
        } else {
          train.add(example(docs.get(i)));
        }
      }
      EventCategorizer model = EventCategorizer.train(train);
      totals[0] += held.size();
      totals[1] += score(model, held);
      totals[2] += score(rules, held);
    }
    return totals;
  }

  static EventCategorizer.Example example(GoldDoc g) {
    EventText t = eventText(g);
    return new EventCategorizer.Example(t.title(), t.body(), g.gold().event().type());
  }

  /**
   * What the event stage would classify for this document (its header read as the header stage
   * reads it, the source's supplied title): the model learns from, and is scored on, the very text
   * the pipeline gives it, never the gold title.
   */
  static EventText eventText(GoldDoc g) {
    return EventText.of(g.text(), HeaderStage.read(g.text()), g.document().suppliedTitle());
  }

  public static int score(EventTypeClassifier c, List<GoldDoc> docs) {
    int correct = 0;
    for (GoldDoc g : docs) {
      if (g.gold().event() == null) {
        continue;
      }
      EventText t = eventText(g);
      EventType got = c.classify(t.title(), t.body());
      if (got == g.gold().event().type()) {
        correct++;
      }
    }
    return correct;
  }

  private static void writeSidecar(Path file, Result r, Sidecar sc) throws IOException {
    sc.parameters("MAXENT", EventCategorizer.ITERATIONS, EventCategorizer.CUTOFF).put("opennlp", Sidecar.OPENNLP_VERSION);
    ObjectNode s = sc.root().putObject("scores");
    s.put("documents", r.testDocs());
    s.put("event_type_accuracy_model", Sidecar.round(r.modelAccuracy()));
    s.put("event_type_accuracy_keyword_rules", Sidecar.round(r.rulesAccuracy()));
    sc.write(file, r.ruleMet(), r.keepRules(), "the pipeline uses the model only when it classifies more documents"
        + " of the scoring folder (scored_on) right than the keyword rules do");
  }
}
