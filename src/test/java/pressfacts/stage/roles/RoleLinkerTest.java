package pressfacts.stage.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Document;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityLayer;
import pressfacts.doc.Role;
import pressfacts.eval.RoleScorer;
import pressfacts.lexicon.Lexicons;
import pressfacts.model.ModelFile;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.record.PressRecord;
import pressfacts.stage.tokens.TokenStage;
import pressfacts.text.TextView;

/**
 * The learned linker's candidates, features and labels on one sentence worked out by hand, and the model the
 * build ships choosing the role of a clear case.
 */
class RoleLinkerTest {
  // offsets: "Tom Berg" 0-8, "Judge" 13-18, "Anna Lee" 19-27, "Supreme Court" 35-48
  private static final String TEXT = "Tom Berg met Judge Anna Lee of the Supreme Court.";
  private static final List<String> GIVEN = List.of("PER=Anna Lee", "ORG=Supreme Court", "PER=Tom Berg");

  private static Lexicons common;

  @BeforeAll
  static void load() {
    common = Lexicons.load();
  }

  private static Annotations annotations(List<Entity> entities) {
    return Annotations.empty().with(Keys.TEXT, TextView.of(TEXT)).with(Keys.TOKENS, TokenStage.tokenize(TEXT))
        .with(Keys.ENTITIES, new EntityLayer(entities));
  }

  @Test
  void theRulesReadAndTheAlternativesBesideItAreLabelledByTheScorersMatch() {
    List<Entity> entities = RoleStageTest.entities(TEXT, GIVEN); // e1 Anna Lee, e2 Supreme Court, e3 Tom Berg
    List<RoleLinker.Choice> choices = new RoleStage(common, Optional.empty()).choices(annotations(entities));

    // title-person reads Anna Lee at the Supreme Court ("TITLE PERSON of ORG"; the data shape title-person-of-org
    // reads the same and is kept once); beside it, no organization, and the other person of the sentence, Tom
    // Berg (before the title; after it the nearest person is Anna Lee herself). No other organization stands there.
    assertEquals(List.of("e1|Judge|e2|RULE|title-person", "e1|Judge|null|NO_ORG|title-person",
        "e3|Judge|e2|OTHER_PERSON|title-person"), choices.stream().map(c -> c.candidate().person().id() + "|"
        + c.candidate().title() + "|" + (c.candidate().org() == null ? null : c.candidate().org().id()) + "|"
        + c.candidate().source() + "|" + c.candidate().shape()).toList());
    assertEquals("Judge", choices.get(0).candidate().titleSpan().of(TEXT));

    // by hand: Anna Lee right after the title (nothing but a space between), the court after her, 4 words
    // ("Anna Lee of the") from the title, one person between
    assertTrue(choices.get(0).features().containsAll(List.of("settled=true", "src=RULE", "p=after", "pw=0", "pg=none",
        "plist=0", "sentpersons=2", "o=after", "ow=3-5", "og=long", "opersons=1", "onear=true", "o-vs-p=org-farther",
        "sentorgs=1", "osame=true", "tdomain=false", "twords=1", "tcap=true")), choices.get(0).features().toString());
    assertTrue(choices.get(1).features().containsAll(List.of("settled=false", "src=NO_ORG", "o=none")),
        choices.get(1).features().toString());
    // Tom Berg before the title, "met" between; the court on the other side
    assertTrue(choices.get(2).features().containsAll(List.of("settled=false", "src=OTHER_PERSON", "p=before", "pw=1",
        "pg=met", "pnear=true", "o-vs-p=opposite")), choices.get(2).features().toString());

    // the gold: Anna Lee is Judge at the Supreme Court; only the first candidate states it
    List<Entity> goldEntities = RoleStageTest.entities(TEXT, GIVEN);
    PressRecord gold = new PressRecord(PressRecord.SCHEMA_VERSION, "t", null, null, goldEntities, List.of(), List.of(),
        List.of(new Role("e1", "judge", "e2")), null, List.of(), TEXT);
    assertEquals(List.of(true, false, false), choices.stream()
        .map(c -> RoleScorer.matchesAny(gold, c.candidate().toRole(1.0, null), entities)).toList());
  }

  @Test
  void theShippedModelLoadsAndLinksAClearCase() {
    RoleLinker linker = ModelFile.ROLE_LINKER.loadAnyway(RoleLinker::load).orElseThrow();
    List<Entity> entities = RoleStageTest.entities(TEXT, GIVEN);
    List<Role> roles = new RoleStage(common, Optional.of(linker)).apply(Document.of("t", TEXT), annotations(entities))
        .get(Keys.ROLES).roles();
    assertEquals(1, roles.size(), roles.toString());
    Role r = roles.get(0);
    assertEquals("e1|Judge|e2|title-person", r.person() + "|" + r.title() + "|" + r.organization() + "|" + r.pattern());
    assertEquals("Judge Anna Lee", r.evidence().of(TEXT));
    assertTrue(r.confidence() >= 0.5 && r.confidence() <= 1, "the model's probability: " + r.confidence());
  }
}
