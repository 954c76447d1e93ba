package pressfacts.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.record.PressRecord;
import pressfacts.text.MatchKey;

/**
 * Entities per document and type, compared as sets. A predicted entity may match a gold one of the
 * same type when its name or any of its mention texts equals the gold name or the text of a gold
 * mention, in {@link MatchKey} form. Each gold entity is matched at most once and each prediction
 * too (largest one-to-one matching, {@link OneToOne}), so a duplicated prediction is a false positive.
 */
public final class EntityScorer {
  static final String METRIC = "entities";

  private EntityScorer() {
  }

  static void score(PressRecord gold, PressRecord pred, Tally t) {
    for (EntityType type : EntityType.values()) {
      List<Entity> g = ofType(gold, type);
      List<Entity> p = ofType(pred, type);
      int[] goldToPred = OneToOne.match(g.size(), p.size(), (i, j) -> matches(g.get(i), p.get(j)));
      t.add(METRIC, type.name(), Counts.of(OneToOne.matched(goldToPred), g.size(), p.size()));
      boolean[] used = new boolean[p.size()];
      for (int i = 0; i < g.size(); i++) {
        if (goldToPred[i] < 0) {
          t.error(gold.docId(), type + " entity", ErrorItem.FN, show(g.get(i)));
        } else {
          used[goldToPred[i]] = true;
        }
      }
      for (int j = 0; j < p.size(); j++) {
        if (!used[j]) {
          t.error(gold.docId(), type + " entity", ErrorItem.FP, show(p.get(j)));
        }
      }
    }
  }

  /** Whether a predicted entity may match a gold one: same type and a shared name key. */
  public static boolean matches(Entity gold, Entity pred) {
    if (gold.type() != pred.type()) {
      return false;
    }
    Set<String> goldKeys = keys(gold);
    for (String k : keys(pred)) {
      if (goldKeys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** The name and every mention text, in {@link MatchKey} form; empty keys (all punctuation) never match. */
  private static Set<String> keys(Entity e) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(MatchKey.of(e.name()));
    for (Mention m : e.mentions()) {
      keys.add(MatchKey.of(m.text()));
    }
    keys.remove("");
    return keys;
  }

  private static List<Entity> ofType(PressRecord r, EntityType type) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : r.entities()) {
      if (e.type() == type) {
        out.add(e);
      }
    }
    return out;
  }

  static String show(Entity e) {
    Set<String> texts = new LinkedHashSet<>();
    for (Mention m : e.mentions()) {
      texts.add(m.text());
    }
    return "'" + e.name() + "' (" + e.mentions().size() + " mentions: " + String.join(" | ", texts) + ")";
  }
}
