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
    Annotations out = in.with(Keys.NER_MENTIONS, new NerLayer(joinWrappedNames(doc.text(), mentions)));
    return split == 0 ? out : out.withWarnings(List.of(longSentences(split, firstSplit)));
  }

  /** The most words a name joined across a line break may have ("Erin Nealy\nCox"). */
  private static final int MAX_WRAPPED_NAME_WORDS = 4;

  /**
   * "District Clerk Felicia\nPitre announced": a page wrapped at a fixed width breaks a name over two
   * lines, and the tagger, which sees the lines apart, gives two persons. Two PERSON mentions with
   * only the line break between them are one name when the first line runs on before the first part
   * (so the page is wrapped prose, not a list of names one a line) and the whole has at most
   * {@link #MAX_WRAPPED_NAME_WORDS} words.
   */
  static List<Mention> joinWrappedNames(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.type() == EntityType.PERSON && m.type() == EntityType.PERSON
          && text.substring(prev.span().end(), m.span().start()).equals("\n") && runsOnBefore(text, prev.span().start())
          && (prev.text() + " " + m.text()).split("\\s+").length <= MAX_WRAPPED_NAME_WORDS) {
        out.set(out.size() - 1, Mention.of(text, new CharSpan(prev.span().start(), m.span().end()), EntityType.PERSON));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** Does the line holding {@code start} have a word before it? */
  private static boolean runsOnBefore(String text, int start) {
    for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
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
