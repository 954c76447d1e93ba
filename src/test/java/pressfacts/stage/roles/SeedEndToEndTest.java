package pressfacts.stage.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Document;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;
import pressfacts.run.Extractor;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;
import pressfacts.text.Normalization;

/**
 * The seed release end to end, with the real CRF (a few seconds to load): exactly the gold persons,
 * organizations and roles, nothing spurious. Skipped when ../shared is absent.
 */
class SeedEndToEndTest {
  private static final Path SEED = Path.of("../shared/seed-press-release.txt");
  private static final Path GOLD = Path.of("../shared/seed-press-release.gold.json");

  @Test
  void seedGivesTheGoldPersonsOrganizationsAndRoles() throws Exception {
    assumeTrue(Files.exists(SEED) && Files.exists(GOLD), "../shared is absent");
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    PressRecord gold = (PressRecord) RecordJson.read(Files.readString(GOLD, StandardCharsets.UTF_8));
    PressRecord got = (PressRecord) new Extractor(StandardPipeline.build(ModelStore.load()))
        .extract(Document.of("seed-press-release", text));
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
      assertEquals(names(gold.entities(), type), names(got.entities(), type), type + " entities");
    }
    assertEquals(roles(gold), roles(got), "roles");
  }

  /** Names compared in their matching form: the gold may write a non-breaking space where we read a space. */
  private static String plain(String name) {
    return Normalization.forMatching(name).replaceAll("\\s+", " ");
  }

  private static String names(List<Entity> entities, EntityType type) {
    return entities.stream().filter(e -> e.type() == type).map(e -> plain(e.name()))
        .collect(Collectors.toCollection(TreeSet::new)).toString();
  }

  private static String roles(PressRecord r) {
    Map<String, String> names = r.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return r.roles().stream().map(x -> plain(names.get(x.person())) + "|" + x.title().toLowerCase() + "|"
        + (x.organization() == null ? "null" : plain(names.get(x.organization()))))
        .collect(Collectors.toCollection(TreeSet::new)).toString();
  }
}
