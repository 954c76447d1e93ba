package pressfacts.stage.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Document;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.NerLayer;
import pressfacts.doc.Sentence;
import pressfacts.doc.Token;
import pressfacts.doc.TokenLayer;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;
import pressfacts.pipeline.StageFailure;

/**
 * Candidate PERSON / ORGANIZATION / LOCATION mentions from CoreNLP's 3-class CRF (CoNLL + MUC
 * trained, distributional-similarity features). Only this one CRF is loaded: no POS tagger, no
 * SUTime, no other NER models, since the date and citation stages replace them and the entity
 * stage settles boundaries with rules. The classifier is loaded once per process (by
 * {@link NerModel}) and is safe to share between threads.
 */
public final class NerStage implements Stage {
  /** Longer sentences are tagged in windows of this many tokens, so one run-on line cannot blow up the CRF. */
  static final int MAX_WINDOW = 120;

  private final CRFClassifier<CoreLabel> classifier;

  public NerStage(NerModel model) {
    this.classifier = model.classifier();
  }

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.TOKENS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.NER_MENTIONS);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) throws StageFailure {
    TokenLayer layer = in.get(Keys.TOKENS);
    List<Mention> mentions = new ArrayList<>();
    int split = 0;
    Sentence firstSplit = null;
    for (Sentence s : layer.sentences()) {
      List<Token> toks = layer.tokensOf(s);
      if (toks.size() > MAX_WINDOW) {
        split++;
        firstSplit = firstSplit == null ? s : firstSplit;
      }
      for (int from = 0; from < toks.size() && !pressfacts.pipeline.Deadline.passed(); from += MAX_WINDOW) {
        tag(doc.text(), toks.subList(from, Math.min(toks.size(), from + MAX_WINDOW)), mentions);
      }
    }
    Annotations out = in.with(Keys.NER_MENTIONS, new NerLayer(mentions));
    return split == 0 ? out : out.withWarnings(List.of(longSentences(split, firstSplit)));
  }

  /** One warning for all the sentences this document had to tag in pieces. */
  static Warning longSentences(int count, Sentence first) {
    return new Warning(WarningCode.LONG_SENTENCE_SPLIT, count + " sentence(s) longer than " + MAX_WINDOW
        + " tokens were tagged in pieces of " + MAX_WINDOW + ", the first at offset " + first.span().start()
        + "; a name cut where a piece ends may be missing or split");
  }

  private void tag(String text, List<Token> toks, List<Mention> out) {
    List<CoreLabel> labels = new ArrayList<>(toks.size());
    for (Token t : toks) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.match());
      l.setValue(t.match());
      labels.add(l);
    }
    List<CoreLabel> tagged = classifier.classifySentence(labels);
    EntityType open = null;
    int openStart = -1;
    int openEnd = -1;
    for (int i = 0; i <= tagged.size(); i++) {
      EntityType type = i < tagged.size() ? map(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class)) : null;
      if (type != open && open != null) {
        out.add(Mention.of(text, new CharSpan(openStart, openEnd), open));
        open = null;
      }
      if (type != null) {
        if (open == null) {
          open = type;
          openStart = toks.get(i).span().start();
        }
        openEnd = toks.get(i).span().end();
      }
    }
  }

  static EntityType map(String label) {
    if (label == null) {
      return null;
    }
    return switch (label) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> null;
    };
  }
}
