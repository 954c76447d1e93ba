package pressfacts.doc;

import java.util.Comparator;
import java.util.List;

/**
 * Entities of a document, each with its mentions, in order of first mention (ties, which disjoint
 * mentions never make, by id); the entity stage numbers them "e1", "e2", ... in that same order.
 */
public record EntityLayer(List<Entity> entities) {
  private static final Comparator<Entity> BY_FIRST_MENTION =
      Comparator.comparing((Entity e) -> e.mentions().get(0)).thenComparing(Entity::id);

  public EntityLayer {
    entities = entities.stream().sorted(BY_FIRST_MENTION).toList();
  }
}
