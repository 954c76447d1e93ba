package pressfacts.doc;

import java.util.Objects;

/** One level of a provision: "section 144(1)" is {@code (SECTION, "144(1)")}; the id is kept as written. */
public record Provision(ProvisionUnit unit, String id) {
  public Provision {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(id, "id");
  }
}
