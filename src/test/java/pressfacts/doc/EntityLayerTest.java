package pressfacts.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLayerTest {
  private static final String TEXT = "Judge Anna Lee of the High Court met Ivan Petrov in Baku. Anna Lee spoke.";

  private static Entity entity(String id, EntityType type, String... forms) {
    List<Mention> mentions = new java.util.ArrayList<>();
    for (String form : forms) {
      for (int i = TEXT.indexOf(form); i >= 0; i = TEXT.indexOf(form, i + 1)) {
        mentions.add(Mention.of(TEXT, new CharSpan(i, i + form.length()), type));
      }
    }
    return new Entity(id, type, forms[0], mentions);
  }

  @Test
  void holdsEntitiesInOrderOfFirstMentionWhateverOrderTheyAreGivenIn() {
    Entity baku = entity("e4", EntityType.LOCATION, "Baku");
    Entity anna = entity("e1", EntityType.PERSON, "Anna Lee");
    Entity petrov = entity("e3", EntityType.PERSON, "Ivan Petrov");
    Entity court = entity("e2", EntityType.ORGANIZATION, "High Court");
    // Anna Lee at 6 (and 58), High Court at 22, Ivan Petrov at 37, Baku at 52
    assertEquals(List.of("e1", "e2", "e3", "e4"),
        new EntityLayer(List.of(baku, anna, petrov, court)).entities().stream().map(Entity::id).toList());
  }
}
