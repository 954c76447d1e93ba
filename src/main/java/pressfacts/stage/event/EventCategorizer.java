package pressfacts.stage.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import pressfacts.doc.EventType;

/**
 * The event type from an OpenNLP document categorizer (maximum entropy over bag-of-words and
 * word-bigram features of {@link EventFeatures}). The model is shared; a fresh
 * {@link DocumentCategorizerME} per call keeps it thread-safe (construction only wraps the model).
 */
public final class EventCategorizer implements EventTypeClassifier {
  /** Fixed parameters, so {@code train} is reproducible: GIS maxent is deterministic given them. */
  public static final int ITERATIONS = 150;
  public static final int CUTOFF = 1;

  private final DoccatModel model;

  public EventCategorizer(DoccatModel model) {
    this.model = model;
  }

  public static EventCategorizer load(InputStream in) throws IOException {
    return new EventCategorizer(new DoccatModel(in));
  }

  /** One labelled training example. */
  public record Example(String title, String body, EventType type) {
  }

  public static EventCategorizer train(List<Example> examples) throws IOException {
    List<DocumentSample> samples = examples.stream()
        .map(e -> new DocumentSample(e.type().wireName(), EventFeatures.tokens(e.title(), e.body())))
        .toList();
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
        new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
    return new EventCategorizer(DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params, factory));
  }

  public void write(OutputStream out) throws IOException {
    model.serialize(out);
  }

  @Override
  public EventType classify(String title, String body) {
    DocumentCategorizerME me = new DocumentCategorizerME(model);
    return EventType.fromWire(me.getBestCategory(me.categorize(EventFeatures.tokens(title, body))));
  }
}
