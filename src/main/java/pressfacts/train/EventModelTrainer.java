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
 * Trains the event-type categorizer on corpus/synthetic/dev, scores it and the keyword baseline on
 * corpus/synthetic/test, and writes the model with a sidecar that records the data checksum, the
 * parameters, the scores and whether the model is adopted (it is when it beats the baseline).
 */
public final class EventModelTrainer {
  public static final String MODEL_FILE = ModelFile.EVENT_TYPE.binary();
  public static final String SIDECAR_FILE = ModelFile.EVENT_TYPE.sidecar();

  /** What a training run measured. */
  public record Result(int trainDocs, int testDocs, int modelCorrect, int rulesCorrect, boolean adopted,
                       String devSha256) {
    public double modelAccuracy() {
      return testDocs == 0 ? Double.NaN : (double) modelCorrect / testDocs;
    }

    public double rulesAccuracy() {
      return testDocs == 0 ? Double.NaN : (double) rulesCorrect / testDocs;
    }
  }

  private EventModelTrainer() {
  }

  public static Result train(Path corpus, Path out) throws IOException {
    Path dev = corpus.resolve("dev");
    Path test = corpus.resolve("test");
    List<EventCategorizer.Example> examples = new ArrayList<>();
    for (GoldDoc g : GoldCorpus.read(dev)) {
      if (g.gold().event() != null) {
        examples.add(example(g));
      }
    }
    if (examples.isEmpty()) {
      throw new IOException("no labelled event in " + dev);
    }
    EventCategorizer model = EventCategorizer.train(examples);
    List<GoldDoc> testDocs = GoldCorpus.read(test);
    int modelCorrect = score(model, testDocs);
    int rulesCorrect = score(EventTypeRules.load(), testDocs);
    boolean adopted = modelCorrect > rulesCorrect;
    String sha = CorpusChecksum.of(dev);
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve(MODEL_FILE))) {
      model.write(o);
    }
    Result r = new Result(examples.size(), testDocs.size(), modelCorrect, rulesCorrect, adopted, sha);
    writeSidecar(out.resolve(SIDECAR_FILE), r);
    return r;
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

  private static void writeSidecar(Path file, Result r) throws IOException {
    Sidecar sc = new Sidecar("event type: OpenNLP DocumentCategorizerME (maxent), bag of words + word bigrams,"
        + " title words x3", MODEL_FILE, r.devSha256(), r.trainDocs());
    sc.parameters(EventCategorizer.ITERATIONS, EventCategorizer.CUTOFF).put("opennlp", Sidecar.OPENNLP_VERSION);
    ObjectNode s = sc.root().putObject("scores_on_corpus_test");
    s.put("documents", r.testDocs());
    s.put("event_type_accuracy_model", Sidecar.round(r.modelAccuracy()));
    s.put("event_type_accuracy_keyword_rules", Sidecar.round(r.rulesAccuracy()));
    sc.write(file, r.adopted(),
        "the pipeline uses the model only when it is more accurate than the keyword rules on corpus/synthetic/test");
  }
}
