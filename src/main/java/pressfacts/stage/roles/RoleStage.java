package pressfacts.stage.roles;

import java.util.List;
import java.util.Set;
import pressfacts.doc.Document;
import pressfacts.doc.RoleLayer;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;

/** Resolves who holds which position where. (Rules land with the roles issue.) */
public final class RoleStage implements Stage {
  @Override
  public String name() {
    return "roles";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.TOKENS, Keys.ENTITIES);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.ROLES);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    return in.with(Keys.ROLES, new RoleLayer(List.of()));
  }
}
