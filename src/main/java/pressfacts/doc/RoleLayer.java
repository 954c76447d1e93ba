package pressfacts.doc;

import java.util.List;

/**
 * Roles of a document, in the order the role stage reads them: by the title it read each at, in
 * text order, and for one title its persons in text order, each person's chained titles after the
 * title next to the name ("President of the Court, Judge A": A's Judge, then A's President). The
 * records keep this order, so the layer does not sort: no order over a role's own fields gives it
 * (sorted by evidence start, 20 of the 401 records with two roles or more, over the release pool and
 * the corpora, would change).
 */
public record RoleLayer(List<Role> roles) {
  public RoleLayer {
    roles = List.copyOf(roles);
  }
}
