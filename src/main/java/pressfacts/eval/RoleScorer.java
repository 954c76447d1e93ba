package pressfacts.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pressfacts.doc.Entity;
import pressfacts.doc.Role;
import pressfacts.record.PressRecord;
import pressfacts.text.MatchKey;

/**
 * Roles per document. A predicted role matches a gold one when its person entity matches the gold
 * person entity ({@link EntityScorer#matches}), its title equals the gold title in {@link MatchKey}
 * form, and its organization entity matches the gold organization, or both are null. Roles are
 * paired one to one, so a repeated predicted role is a false positive.
 *
 * <p>A second, looser row ({@link #PERSON_TITLE}) asks only whether the right person holds the right
 * title, whatever the organization: the "person+title" target. Each side is first reduced to its
 * distinct (person, title) pairs, so a person holding one title at two organizations counts once.
 */
public final class RoleScorer {
  static final String METRIC = "roles";
  static final String TYPE = "ROLE";
  static final String PERSON_TITLE = "roles person+title";

  private RoleScorer() {
  }

  static void score(PressRecord gold, PressRecord pred, Tally t) {
    Map<String, Entity> ge = byId(gold);
    Map<String, Entity> pe = byId(pred);
    List<Role> g = gold.roles();
    List<Role> p = pred.roles();
    int[] goldToPred = OneToOne.match(g.size(), p.size(), (i, j) -> matches(g.get(i), ge, p.get(j), pe));
    t.add(METRIC, TYPE, Counts.of(OneToOne.matched(goldToPred), g.size(), p.size()));
    boolean[] used = new boolean[p.size()];
    for (int i = 0; i < g.size(); i++) {
      if (goldToPred[i] < 0) {
        t.error(gold.docId(), "role", ErrorItem.FN, show(g.get(i), ge));
      } else {
        used[goldToPred[i]] = true;
      }
    }
    for (int j = 0; j < p.size(); j++) {
      if (!used[j]) {
        t.error(gold.docId(), "role", ErrorItem.FP, show(p.get(j), pe));
      }
    }
    List<Role> gp = personTitlePairs(g);
    List<Role> pp = personTitlePairs(p);
    int[] pairs = OneToOne.match(gp.size(), pp.size(), (i, j) -> samePersonAndTitle(gp.get(i), ge, pp.get(j), pe));
    t.add(PERSON_TITLE, TYPE, Counts.of(OneToOne.matched(pairs), gp.size(), pp.size()));
  }

  /** The roles with a distinct (person id, title key), in their first order. */
  static List<Role> personTitlePairs(List<Role> roles) {
    Map<String, Role> first = new LinkedHashMap<>();
    for (Role r : roles) {
      first.putIfAbsent(r.person() + "\t" + MatchKey.of(r.title()), r);
    }
    return List.copyOf(first.values());
  }

  static boolean samePersonAndTitle(Role gold, Map<String, Entity> goldEntities, Role pred, Map<String, Entity> predEntities) {
    return Objects.equals(MatchKey.of(gold.title()), MatchKey.of(pred.title()))
        && sameEntity(goldEntities.get(gold.person()), predEntities.get(pred.person()));
  }

  /**
   * A document's role counts for roles read apart from a record ({@code predicted}, whose ids name
   * {@code entities}): the same one-to-one pairing as the score (the learned linker's trainer compares its
   * paths with it).
   */
  public static Counts counts(PressRecord gold, List<Role> predicted, List<Entity> entities) {
    Map<String, Entity> ge = byId(gold);
    Map<String, Entity> pe = byId(entities);
    List<Role> g = gold.roles();
    int[] goldToPred = OneToOne.match(g.size(), predicted.size(), (i, j) -> matches(g.get(i), ge, predicted.get(j), pe));
    return Counts.of(OneToOne.matched(goldToPred), g.size(), predicted.size());
  }

  /** Does {@code candidate} (its ids naming {@code entities}) match one of the gold record's roles? Training labels. */
  public static boolean matchesAny(PressRecord gold, Role candidate, List<Entity> entities) {
    Map<String, Entity> ge = byId(gold);
    Map<String, Entity> pe = byId(entities);
    return gold.roles().stream().anyMatch(g -> matches(g, ge, candidate, pe));
  }

  static boolean matches(Role gold, Map<String, Entity> goldEntities, Role pred, Map<String, Entity> predEntities) {
    if (!Objects.equals(MatchKey.of(gold.title()), MatchKey.of(pred.title()))) {
      return false;
    }
    if (!sameEntity(goldEntities.get(gold.person()), predEntities.get(pred.person()))) {
      return false;
    }
    if (gold.organization() == null || pred.organization() == null) {
      return gold.organization() == null && pred.organization() == null;
    }
    return sameEntity(goldEntities.get(gold.organization()), predEntities.get(pred.organization()));
  }

  /** An id that resolves to no entity matches nothing. */
  private static boolean sameEntity(Entity gold, Entity pred) {
    return gold != null && pred != null && EntityScorer.matches(gold, pred);
  }

  private static Map<String, Entity> byId(PressRecord r) {
    return byId(r.entities());
  }

  private static Map<String, Entity> byId(List<Entity> entities) {
    Map<String, Entity> m = new HashMap<>();
    for (Entity e : entities) {
      m.putIfAbsent(e.id(), e);
    }
    return m;
  }

  private static String show(Role r, Map<String, Entity> entities) {
    return name(r.person(), entities) + " / " + r.title() + " / "
        + (r.organization() == null ? "-" : name(r.organization(), entities));
  }

  private static String name(String id, Map<String, Entity> entities) {
    Entity e = entities.get(id);
    return e == null ? id + " (no such entity)" : "'" + e.name() + "'";
  }
}
