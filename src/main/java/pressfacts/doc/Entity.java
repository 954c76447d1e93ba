package pressfacts.doc;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One person, organization or place of a document with all its mentions. {@code name} is the
 * fullest form the document gives. {@code attributes} holds optional facts such as
 * {@code honorific} or {@code gender}; it is sorted so output stays deterministic.
 */
public record Entity(String id, EntityType type, String name, List<Mention> mentions,
                     Map<String, String> attributes) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = mentions.stream().sorted().toList();
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no mention");
    }
    for (Mention m : mentions) {
      if (m.type() != type) {
        throw new IllegalArgumentException("entity " + id + " of type " + type + " holds mention " + m);
      }
    }
    attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  public Entity(String id, EntityType type, String name, List<Mention> mentions) {
    this(id, type, name, mentions, Map.of());
  }
}
