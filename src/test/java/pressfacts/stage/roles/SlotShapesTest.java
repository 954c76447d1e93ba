package pressfacts.stage.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.Entity;
import pressfacts.doc.Role;
import pressfacts.stage.tokens.TokenStage;
import pressfacts.text.TextView;

/**
 * The slot language alone: one row's slot pattern, a text with entities given by hand (as in
 * {@link RoleStageTest}), the roles expected as "person|title|organization|evidence" joined by "; ".
 */
class SlotShapesTest {
  private static TitleLexicon titles;

  @BeforeAll
  static void load() {
    titles = TitleLexicon.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("PERSON , the TITLE of ORG", "Yesterday Ann Lee, the Chairman of Acme Bank, spoke.",
            List.of("PER=Ann Lee", "ORG=Acme Bank"), "Ann Lee|Chairman|Acme Bank|Ann Lee, the Chairman of Acme Bank"),
        // literals match case-insensitively, with any white space between tokens
        Arguments.of("PERSON , the TITLE of ORG", "Ann Lee ,  THE Chairman of \t Acme Bank spoke.",
            List.of("PER=Ann Lee", "ORG=Acme Bank"), "Ann Lee|Chairman|Acme Bank|Ann Lee ,  THE Chairman of \t Acme Bank"),
        Arguments.of("ORG TITLE PERSON", "Acme Bank Chairman Ann Lee spoke.",
            List.of("PER=Ann Lee", "ORG=Acme Bank"), "Ann Lee|Chairman|Acme Bank|Acme Bank Chairman Ann Lee"),
        // no ORG slot: no organization
        Arguments.of("PERSON , TITLE", "Ann Lee, Chairman, spoke.",
            List.of("PER=Ann Lee"), "Ann Lee|Chairman|null|Ann Lee, Chairman"),
        // a plural title reads as its singular
        Arguments.of("PERSON , TITLE", "Ann Lee, judges, spoke.",
            List.of("PER=Ann Lee"), "Ann Lee|judge|null|Ann Lee, judges"),
        // a literal ends a word: "the" is not the start of "there"
        Arguments.of("PERSON , the TITLE", "Ann Lee, there Chairman.", List.of("PER=Ann Lee"), ""),
        // the slot wants the mention's type: an organization is no PERSON
        Arguments.of("PERSON , TITLE", "Acme Bank, Chairman, spoke.", List.of("ORG=Acme Bank"), ""),
        // one sentence only
        Arguments.of("PERSON . TITLE", "Ann Lee spoke. Chairman of it.", List.of("PER=Ann Lee"), ""),
        // a title is the whole title the lexicon reads: not "District Attorney" inside "Deputy District Attorney"
        Arguments.of("TITLE PERSON", "Deputy District Attorney Ann Lee spoke.", List.of("PER=Ann Lee"),
            "Ann Lee|Deputy District Attorney|null|Deputy District Attorney Ann Lee"),
        Arguments.of("TITLE PERSON", "He met Chairmen Ann Lee.", List.of("PER=Ann Lee"), "Ann Lee|Chairman|null|Chairmen Ann Lee"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void reads(String pattern, String text, List<String> given, String expected) {
    SlotShapes shapes = SlotShapes.parse(titles, "t.tsv", "test\t" + pattern + "\t0.6\n");
    List<Entity> entities = RoleStageTest.entities(text, given);
    Map<String, String> names = entities.stream().collect(Collectors.toMap(Entity::id, Entity::name));
    List<Role> roles = shapes.find(text, TextView.of(text).matching(), TokenStage.tokenize(text), entities);
    assertEquals(expected, roles.stream()
        .map(r -> names.get(r.person()) + "|" + r.title() + "|" + (r.organization() == null ? "null" : names.get(r.organization()))
            + "|" + r.evidence().of(text))
        .collect(Collectors.joining("; ")));
    roles.forEach(r -> {
      assertEquals("test", r.pattern());
      assertEquals(0.6, r.confidence());
    });
  }

  @Test
  void aBadRowFailsWithItsFileAndLine() {
    String ok = "# comment\nfine\tPERSON , TITLE\t0.7\n";
    assertTrue(SlotShapes.parse(titles, "s.tsv", ok).find("x", "x", TokenStage.tokenize("x"), List.of()).isEmpty());
    for (String bad : List.of("bad\tPERSON , TITEL\t0.7", "bad\tPERSON , of ORG\t0.7", "bad\tTITLE ORG\t0.7",
        "bad\tPERSON TITLE PERSON\t0.7", "bad\tPERSON TITLE\tsure", "bad\tPERSON TITLE\t1.5", "bad\tPERSON TITLE")) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> SlotShapes.parse(titles, "s.tsv", ok + bad + "\n"));
      assertTrue(e.getMessage().startsWith("s.tsv:3: "), e.getMessage());
    }
  }

  /** In RoleFinder: a slot shape adds a role where the rules read none, and loses where they read one. */
  @Test
  void theRulesWinAndSlotShapesFillIn() {
    SlotShapes shapes = SlotShapes.parse(titles, "t.tsv", "slot\tTITLE PERSON\t0.6\nslot-of\tTITLE PERSON of the ORG\t0.6\n");
    RoleFinder finder = new RoleFinder(titles, pressfacts.lexicon.Lexicons.load(), shapes);
    // the rules read "Chairman Ann Lee of the Acme Bank" (title-person, with the bank): the slot shapes' reading
    // of the same person and title (without the bank, or with it) is not added
    String text = "Chairman Ann Lee of the Acme Bank spoke.";
    List<Role> roles = finder.find(text, TextView.of(text).matching(), TokenStage.tokenize(text),
        RoleStageTest.entities(text, List.of("PER=Ann Lee", "ORG=Acme Bank")));
    assertEquals(List.of("title-person"), roles.stream().map(Role::pattern).toList());
    // a title taken for a name ("Commissioner" as an organization) gives the rules no title: the slot shape reads it
    text = "Commissioner Ann Lee of the Acme Police Department spoke.";
    List<Entity> entities = RoleStageTest.entities(text, List.of("PER=Ann Lee", "ORG=Acme Police Department", "ORG=Commissioner"));
    roles = finder.find(text, TextView.of(text).matching(), TokenStage.tokenize(text), entities);
    assertEquals(List.of("slot-of|Commissioner|e2"), roles.stream().map(r -> r.pattern() + "|" + r.title() + "|" + r.organization()).toList());
  }

  @Test
  void theShippedFileCompiles() {
    SlotShapes.load(titles);
  }
}
