package pressfacts.stage.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Sentence;
import pressfacts.doc.Token;
import pressfacts.doc.TokenLayer;

/**
 * Organization name spans from an OpenNLP name finder (maximum entropy, BIO tags, OpenNLP's default
 * feature generators) run sentence by sentence over the pipeline's tokens. Its spans are candidates
 * for the entity stage, never mentions of their own. The model is shared; a fresh
 * {@link NameFinderME} per document keeps it thread-safe and its adaptive data per document.
 */
public final class OrgNameFinder implements OrganizationCandidates {
  /** The one name type the model knows (public: the trainer labels its samples with it). */
  public static final String TYPE = "organization";
  /** Fixed parameters, so {@code train} is reproducible: GIS maxent is deterministic given them. */
  public static final int ITERATIONS = 100;
  public static final int CUTOFF = 5;

  private final TokenNameFinderModel model;

  public OrgNameFinder(TokenNameFinderModel model) {
    this.model = model;
  }

  public static OrgNameFinder load(InputStream in) throws IOException {
    return new OrgNameFinder(new TokenNameFinderModel(in));
  }

  public static OrgNameFinder train(List<NameSample> samples) throws IOException {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, null, Map.of(), new BioCodec());
    return new OrgNameFinder(NameFinderME.train("en", TYPE, new CollectionObjectStream<>(samples), params, factory));
  }

  public void write(OutputStream out) throws IOException {
    model.serialize(out);
  }

  /** The words the model sees for one sentence: the tokens' matching forms (public: training samples must use the same). */
  public static String[] words(List<Token> sentence) {
    return sentence.stream().map(Token::match).toArray(String[]::new);
  }

  @Override
  public List<CharSpan> find(String text, TokenLayer tokens) {
    NameFinderME me = new NameFinderME(model);
    List<CharSpan> out = new ArrayList<>();
    for (Sentence s : tokens.sentences()) {
      List<Token> toks = tokens.tokensOf(s);
      for (Span n : me.find(words(toks))) {
        out.add(new CharSpan(toks.get(n.getStart()).span().start(), toks.get(n.getEnd() - 1).span().end()));
      }
    }
    return out;
  }
}
