package pressfacts.stage.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * The CRF model, loaded once. Create one per process and hand it to every {@link NerStage};
 * there is deliberately no static cache (CoreNLP's global annotator cache is what we avoid).
 */
public final class NerModel {
  public static final String DEFAULT_PATH = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final CRFClassifier<CoreLabel> classifier;

  private NerModel(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** Loads the model from the class path (the CoreNLP models jar); takes a few seconds. */
  public static NerModel load(String path) {
    try {
      CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(path);
      if (classifier.flags.wordFunction != null) {
        classifier.flags.wordFunction = new RememberedWordFunction(classifier.flags.wordFunction);
      }
      return new NerModel(classifier);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load NER model '" + path + "' (is the stanford-corenlp models jar on"
          + " the class path? run 'mvn -q -DskipTests package'): " + e, e);
    }
  }

  public static NerModel loadDefault() {
    return load(DEFAULT_PATH);
  }

  CRFClassifier<CoreLabel> classifier() {
    return classifier;
  }
}
