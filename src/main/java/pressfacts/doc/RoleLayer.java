package pressfacts.doc;

import java.util.List;

/** Roles of a document. */
public record RoleLayer(List<Role> roles) {
  public RoleLayer {
    roles = List.copyOf(roles);
  }
}
