package pressfacts.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityLayer;
import pressfacts.doc.Role;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Pipeline;
import pressfacts.pipeline.Stage;
import pressfacts.pipeline.StageFailure;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;

/**
 * The role stage scored alone ({@code eval --roles-on-gold-entities}): its roles read again on each gold
 * record's own entities, so a role error left is the role stage's, not that of an entity the pipeline cut
 * short, overran or missed. The text and tokens come from the pipeline's own stages before the role stage,
 * run only as far as the role stage needs them (not the entity stages). Each prediction then carries the gold
 * entities, which its roles' ids name: its entity rows score the gold itself, and only the role rows and role
 * errors tell.
 */
public final class GoldEntityRoles {
  private GoldEntityRoles() {
  }

  /**
   * {@code predictions} with each record of a gold document given the gold entities and the roles {@code pipeline}'s
   * stage named "roles" reads on them; a record whose document the stages fail on, and any other outcome, as it is.
   */
  public static List<Outcome> apply(List<GoldDoc> gold, List<Outcome> predictions, Pipeline pipeline) {
    Stage roles = pipeline.stages().stream().filter(s -> s.name().equals("roles")).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the pipeline has no role stage: " + pipeline.stageNames()));
    Map<String, GoldDoc> byId = new HashMap<>();
    gold.forEach(g -> byId.put(g.docId(), g));
    List<Outcome> out = new ArrayList<>();
    for (Outcome o : predictions) {
      GoldDoc g = o instanceof PressRecord r ? byId.get(r.docId()) : null;
      List<Role> read = g == null ? null : rolesOnGold(g, pipeline, roles);
      out.add(read == null ? o : withRoles((PressRecord) o, g.gold().entities(), read));
    }
    return out;
  }

  /** The roles {@code roles} reads on the gold entities of {@code g}, or null when a stage fails on it. */
  private static List<Role> rolesOnGold(GoldDoc g, Pipeline pipeline, Stage roles) {
    Set<Key<?>> needed = new HashSet<>(roles.needs());
    needed.remove(Keys.ENTITIES);
    Annotations a = Annotations.empty();
    try {
      for (Stage s : pipeline.stages()) {
        if (s == roles || a.keys().containsAll(needed)) {
          break;
        }
        a = s.apply(g.document(), a);
      }
      return roles.apply(g.document(), a.with(Keys.ENTITIES, new EntityLayer(g.gold().entities()))).get(Keys.ROLES).roles();
    } catch (RuntimeException | StageFailure e) {
      return null;
    }
  }

  private static PressRecord withRoles(PressRecord r, List<Entity> entities, List<Role> roles) {
    return new PressRecord(r.schemaVersion(), r.docId(), r.title(), r.published(), entities, r.dates(), r.citations(),
        roles, r.event(), r.warnings(), r.text(), r.body(), r.source());
  }
}
