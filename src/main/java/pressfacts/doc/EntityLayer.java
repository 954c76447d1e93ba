package pressfacts.doc;

import java.util.List;

/** Entities of a document, each with its mentions; ids are "e1", "e2", ... in order of first mention. */
public record EntityLayer(List<Entity> entities) {
  public EntityLayer {
    entities = List.copyOf(entities);
  }
}
