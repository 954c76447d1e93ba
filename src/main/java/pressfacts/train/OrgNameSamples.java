package pressfacts.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Sentence;
import pressfacts.doc.Token;
import pressfacts.doc.TokenLayer;
import pressfacts.eval.GoldDoc;
import pressfacts.stage.entities.OrgNameFinder;
import pressfacts.stage.tokens.TokenStage;

/**
 * Name-finder training sentences from gold records: the pipeline's own tokens and sentences
 * ({@link TokenStage#tokenize}), with every gold ORGANIZATION mention whose start and end fall on
 * token boundaries of one sentence marked as a name. A mention that does not align (it starts or
 * ends inside a token, or crosses a sentence break) cannot be a token span; it is counted, not
 * marked, and its sentence is still a training sentence.
 */
public final class OrgNameSamples {
  /** The samples and how many gold organization mentions were left out because they did not align. */
  public record Built(List<NameSample> samples, int mentions, int unaligned) {
  }

  private OrgNameSamples() {
  }

  public static Built build(List<GoldDoc> docs) {
    List<NameSample> samples = new ArrayList<>();
    int mentions = 0;
    int unaligned = 0;
    for (GoldDoc g : docs) {
      TokenLayer layer = TokenStage.tokenize(g.text());
      List<CharSpan> orgs = goldOrganizations(g);
      mentions += orgs.size();
      Map<Integer, List<Span>> bySentence = new HashMap<>();
      for (CharSpan m : orgs) {
        Span s = align(layer, m);
        if (s == null) {
          unaligned++;
        } else {
          bySentence.computeIfAbsent(layer.sentenceAt(m.start()), k -> new ArrayList<>()).add(s);
        }
      }
      boolean first = true;
      for (int i = 0; i < layer.sentences().size(); i++) {
        List<Token> toks = layer.tokensOf(layer.sentences().get(i));
        List<Span> names = bySentence.getOrDefault(i, List.of());
        // Adaptive data is per document: cleared at each document's first sentence.
        samples.add(new NameSample(OrgNameFinder.words(toks), names.toArray(Span[]::new), first));
        first = false;
      }
    }
    return new Built(samples, mentions, unaligned);
  }

  /** The gold ORGANIZATION mention spans of a document, sorted. */
  public static List<CharSpan> goldOrganizations(GoldDoc g) {
    List<CharSpan> out = new ArrayList<>();
    for (Entity e : g.gold().entities()) {
      if (e.type() == EntityType.ORGANIZATION) {
        e.mentions().stream().map(Mention::span).forEach(out::add);
      }
    }
    out.sort(null);
    return out;
  }

  /** The mention as a token span of its sentence (token indices within the sentence), or null. */
  static Span align(TokenLayer layer, CharSpan m) {
    int si = layer.sentenceAt(m.start());
    if (si < 0) {
      return null;
    }
    Sentence s = layer.sentences().get(si);
    List<Token> toks = layer.tokensOf(s);
    int a = -1;
    int b = -1;
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).span().start() == m.start()) {
        a = i;
      }
      if (toks.get(i).span().end() == m.end()) {
        b = i + 1;
      }
    }
    return a >= 0 && b > a ? new Span(a, b, OrgNameFinder.TYPE) : null;
  }
}
