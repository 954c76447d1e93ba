package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static pressfacts.doc.EntityType.ORGANIZATION;
import static pressfacts.doc.EntityType.PERSON;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Document;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Pipeline;
import pressfacts.pipeline.Stage;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.stage.roles.RoleStage;
import pressfacts.stage.text.TextStage;
import pressfacts.stage.tokens.TokenStage;

/** The role stage scored alone: its roles read on the gold entities, whatever entities the prediction has. */
class GoldEntityRolesTest {
  /** Stands where the entity stages stand: never run, as the gold entities take their place. */
  private static final class NoEntities implements Stage {
    @Override
    public String name() {
      return "entities";
    }

    @Override
    public Set<Key<?>> needs() {
      return Set.of(Keys.TOKENS);
    }

    @Override
    public Set<Key<?>> adds() {
      return Set.of(Keys.ENTITIES);
    }

    @Override
    public Annotations apply(Document doc, Annotations in) {
      throw new AssertionError("the entity stage ran");
    }
  }

  @Test
  void readsTheRolesOnTheGoldEntitiesAndCarriesThem() {
    // "Judge Mary Brown of the Northland District Court ...": by hand, one role, Mary Brown judge at the court
    PressRecord gold = Rec.doc().entity("e1", PERSON, "Mary Brown", "Mary Brown", "Brown#2")
        .entity("e2", ORGANIZATION, "Northland District Court", "Northland District Court")
        .role("e1", "Judge", "e2").build("a");
    GoldDoc doc = new GoldDoc("a", Document.of("a", Rec.TEXT), gold, "a.json");
    PressRecord predicted = Rec.doc().entity("p1", PERSON, "Mary", "Mary").build("a"); // an entity cut short, no role
    Pipeline pipeline = Pipeline.builder().add(new TextStage()).add(new TokenStage()).add(new NoEntities())
        .add(new RoleStage()).build();

    List<Outcome> out = GoldEntityRoles.apply(List.of(doc), List.of(predicted), pipeline);

    PressRecord r = (PressRecord) out.get(0);
    assertEquals(gold.entities(), r.entities());
    assertEquals(List.of("e1|Judge|e2"), r.roles().stream().map(x -> x.person() + "|" + x.title() + "|" + x.organization()).toList());
    assertEquals("tp=1 fp=0 fn=0", tally(RoleScorer.counts(gold, r.roles(), r.entities())));
  }

  @Test
  void leavesARecordOfNoGoldDocumentAsItIs() {
    PressRecord other = Rec.doc().build("b");
    GoldDoc doc = new GoldDoc("a", Document.of("a", Rec.TEXT), Rec.doc().build("a"), "a.json");
    Pipeline pipeline = Pipeline.builder().add(new TextStage()).add(new TokenStage()).add(new NoEntities())
        .add(new RoleStage()).build();
    assertSame(other, GoldEntityRoles.apply(List.of(doc), List.of(other), pipeline).get(0));
  }

  private static String tally(Counts c) {
    return "tp=" + c.tp() + " fp=" + c.fp() + " fn=" + c.fn();
  }
}
