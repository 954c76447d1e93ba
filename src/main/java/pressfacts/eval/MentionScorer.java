package pressfacts.eval;

import java.util.ArrayList;
import java.util.List;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.record.PressRecord;

/** Strict and lenient P/R/F1 of entity mentions, per entity type. */
public final class MentionScorer {
  static final String STRICT = "mentions strict";
  static final String LENIENT = "mentions lenient";

  private MentionScorer() {
  }

  static void score(PressRecord gold, PressRecord pred, Tally t) {
    List<Mention> g = mentions(gold);
    List<Mention> p = mentions(pred);
    SpanMatcher.Alignment a = SpanMatcher.align(typed(g), typed(p));
    for (EntityType type : EntityType.values()) {
      t.add(STRICT, type.name(), countsOf(a.strict(), g, p, type));
      t.add(LENIENT, type.name(), countsOf(a.lenient(), g, p, type));
    }
    SpanErrors.report(gold.docId(), a, g, p, m -> m.type() + " mention", MentionScorer::show, t);
  }

  /** Every mention of every entity, in span order (a mention listed twice stays twice: a false positive). */
  static List<Mention> mentions(PressRecord r) {
    List<Mention> all = new ArrayList<>();
    for (Entity e : r.entities()) {
      all.addAll(e.mentions());
    }
    all.sort(null);
    return all;
  }

  private static List<SpanMatcher.Typed> typed(List<Mention> ms) {
    return ms.stream().map(m -> new SpanMatcher.Typed(m.span(), m.type().name())).toList();
  }

  private static Counts countsOf(SpanMatcher.Pairing pairing, List<Mention> g, List<Mention> p, EntityType type) {
    long gold = g.stream().filter(m -> m.type() == type).count();
    long pred = p.stream().filter(m -> m.type() == type).count();
    long matched = 0;
    for (int i = 0; i < g.size(); i++) {
      if (g.get(i).type() == type && pairing.goldToPred()[i] >= 0) {
        matched++;
      }
    }
    return Counts.of(matched, gold, pred);
  }

  static String show(Mention m) {
    return m.span() + " '" + m.text() + "'";
  }
}
