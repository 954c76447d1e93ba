package pressfacts.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import pressfacts.doc.CharSpan;
import pressfacts.eval.conll.ConllDocument;
import pressfacts.eval.conll.Prediction;

/**
 * CoreNLP's own English NER out of the box, as {@code bench --baseline} builds it
 * (tokenize,ssplit,pos,lemma,ner, default models and settings), read for the entity mentions its
 * ner annotator builds. Its fine-grained place labels count as LOC; every other label is left out.
 */
final class CoreNlpNer implements ConllSystem {
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";
  private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG",
      "LOCATION", "LOC", "CITY", "LOC", "COUNTRY", "LOC", "STATE_OR_PROVINCE", "LOC");

  private final StanfordCoreNLP corenlp;

  CoreNlpNer() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    this.corenlp = new StanfordCoreNLP(p);
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public List<Prediction> predict(ConllDocument doc) {
    Annotation a = new Annotation(doc.text());
    corenlp.annotate(a);
    List<Prediction> out = new ArrayList<>();
    List<CoreMap> mentions = a.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      String type = conllType(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      if (type != null) {
        out.add(new Prediction(new CharSpan(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), type));
      }
    }
    return out;
  }

  /** PER, ORG or LOC for a CoreNLP label, or null for a label not scored. */
  static String conllType(String corenlpLabel) {
    return corenlpLabel == null ? null : TYPES.get(corenlpLabel);
  }
}
