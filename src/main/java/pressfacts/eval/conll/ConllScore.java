package pressfacts.eval.conll;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pressfacts.eval.Counts;

/**
 * Exact-span scores per type, as conlleval counted them: a predicted chunk is right when its first
 * token, last token and type all equal a gold chunk's. Only {@link #TYPES} are scored (gold MISC and
 * predictions of any other type are left out). A predicted mention that does not start and end on
 * token boundaries fits no chunk: it counts as a false positive of its type, and {@link #misaligned}
 * says how many there were. Scores add with {@link #plus}, so documents can be scored in any order.
 */
public record ConllScore(Map<String, Counts> byType, long misaligned) {
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC");
  public static final ConllScore ZERO = new ConllScore(Map.of(), 0);

  public ConllScore {
    Map<String, Counts> all = new LinkedHashMap<>();
    for (String t : TYPES) {
      all.put(t, byType.getOrDefault(t, Counts.ZERO));
    }
    byType = Map.copyOf(all);
  }

  /** The score of one document; a span predicted twice with one type counts once. */
  public static ConllScore of(ConllDocument doc, Collection<Prediction> predictions) {
    Map<String, Counts> byType = new LinkedHashMap<>();
    Set<Prediction> distinct = new HashSet<>(predictions);
    long misaligned = 0;
    for (String type : TYPES) {
      Set<ConllChunk> gold = new HashSet<>();
      for (ConllChunk c : doc.gold()) {
        if (c.type().equals(type)) {
          gold.add(c);
        }
      }
      Set<ConllChunk> predicted = new HashSet<>();
      long cut = 0;
      for (Prediction p : distinct) {
        if (!p.type().equals(type)) {
          continue;
        }
        Optional<int[]> range = doc.tokenRange(p.span());
        if (range.isPresent()) {
          predicted.add(new ConllChunk(range.get()[0], range.get()[1], type));
        } else {
          cut++;
        }
      }
      long matched = predicted.stream().filter(gold::contains).count();
      byType.put(type, Counts.of(matched, gold.size(), predicted.size() + cut));
      misaligned += cut;
    }
    return new ConllScore(byType, misaligned);
  }

  public Counts counts(String type) {
    return byType.get(type);
  }

  /** All scored types together (micro-averaged, as conlleval's "overall" line). */
  public Counts overall() {
    Counts sum = Counts.ZERO;
    for (String t : TYPES) {
      sum = sum.plus(byType.get(t));
    }
    return sum;
  }

  public ConllScore plus(ConllScore o) {
    Map<String, Counts> sum = new LinkedHashMap<>();
    for (String t : TYPES) {
      sum.put(t, byType.get(t).plus(o.byType.get(t)));
    }
    return new ConllScore(sum, misaligned + o.misaligned);
  }
}
