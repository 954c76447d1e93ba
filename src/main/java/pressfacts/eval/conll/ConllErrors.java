package pressfacts.eval.conll;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import pressfacts.doc.CharSpan;

/**
 * The errors behind a {@link ConllScore}, one line each, for reading a class of them: the system,
 * the document, FP (predicted, no gold chunk with that span and type) or FN (gold chunk not
 * predicted), the type and the covered text. TAB-separated, in text order within a document.
 */
public final class ConllErrors {
  private ConllErrors() {
  }

  public static List<String> lines(String system, ConllDocument doc, Collection<Prediction> predictions) {
    record Line(int start, String kind, String type, String text) {
    }
    List<Line> out = new ArrayList<>();
    for (String type : ConllScore.TYPES) {
      Set<ConllChunk> gold = new HashSet<>();
      doc.gold().stream().filter(c -> c.type().equals(type)).forEach(gold::add);
      Set<ConllChunk> matched = new HashSet<>();
      Set<CharSpan> wrong = new TreeSet<>();
      for (Prediction p : predictions) {
        if (!p.type().equals(type)) {
          continue;
        }
        Optional<ConllChunk> chunk = doc.tokenRange(p.span()).map(r -> new ConllChunk(r[0], r[1], type));
        if (chunk.isPresent() && gold.contains(chunk.get())) {
          matched.add(chunk.get());
        } else {
          wrong.add(p.span());
        }
      }
      for (CharSpan s : wrong) {
        out.add(new Line(s.start(), "FP", type, s.of(doc.text())));
      }
      for (ConllChunk c : gold) {
        if (!matched.contains(c)) {
          CharSpan s = new CharSpan(doc.tokens().get(c.start()).start(), doc.tokens().get(c.end() - 1).end());
          out.add(new Line(s.start(), "FN", type, s.of(doc.text()).replace('\n', ' ')));
        }
      }
    }
    out.sort(Comparator.comparingInt(Line::start).thenComparing(Line::kind).thenComparing(Line::type));
    return out.stream().map(l -> String.join("\t", system, doc.id(), l.kind(), l.type(), l.text())).toList();
  }
}
