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
        Arguments.of("TITLE PERSON", "He met Chairmen Ann Lee.", List.of("PER=Ann Lee"), "Ann Lee|Chairman|null|Chairmen Ann Lee"),
        // choices: one of the words stands there
        Arguments.of("ORG headed|led by TITLE PERSON", "The Acme Unit led by Chief Ann Lee spoke.",
            List.of("PER=Ann Lee", "ORG=Acme Unit"), "Ann Lee|Chief|Acme Unit|Acme Unit led by Chief Ann Lee"),
        Arguments.of("ORG headed|led by TITLE PERSON", "The Acme Unit chaired by Chief Ann Lee spoke.",
            List.of("PER=Ann Lee", "ORG=Acme Unit"), ""),
        // optional literals, each present or left out
        Arguments.of("ORG [,] [which|that] [is] headed|led by [its|the] TITLE [,] PERSON",
            "The Acme Unit, which is headed by its Chief, Ann Lee, spoke.", List.of("PER=Ann Lee", "ORG=Acme Unit"),
            "Ann Lee|Chief|Acme Unit|Acme Unit, which is headed by its Chief, Ann Lee"),
        Arguments.of("ORG [,] [which|that] [is] headed|led by [its|the] TITLE [,] PERSON",
            "The Acme Unit headed by Chief Ann Lee spoke.", List.of("PER=Ann Lee", "ORG=Acme Unit"),
            "Ann Lee|Chief|Acme Unit|Acme Unit headed by Chief Ann Lee"),
        // the first choice reads "Mr" but leaves the "." that no slot takes: the next choice is tried
        Arguments.of("TITLE mr|mr. PERSON", "Chairman Mr. Ann Lee spoke.", List.of("PER=Ann Lee"),
            "Ann Lee|Chairman|null|Chairman Mr. Ann Lee"));
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
        "bad\tPERSON TITLE PERSON\t0.7", "bad\tPERSON TITLE\tsure", "bad\tPERSON TITLE\t1.5", "bad\tPERSON TITLE",
        "bad\t[PERSON] , TITLE\t0.7", "bad\tPERSON a||b TITLE\t0.7", "bad\tPERSON [a TITLE\t0.7", "bad\tPERSON [] TITLE\t0.7")) {
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

  /**
   * In RoleFinder: where the rules read a title and its person with no body, a data shape that reads the same
   * title and person with one gives the role its body, its name and confidence; the evidence is the rules'
   * (title to person).
   */
  @Test
  void aSlotShapeNamesTheBodyTheRulesMiss() {
    SlotShapes shapes = SlotShapes.parse(titles, "t.tsv", "slot\tORG , led by TITLE PERSON\t0.6\n");
    RoleFinder finder = new RoleFinder(titles, pressfacts.lexicon.Lexicons.load(), shapes);
    String text = "The Acme Unit, led by Chief Ann Lee, spoke.";
    List<Entity> entities = RoleStageTest.entities(text, List.of("PER=Ann Lee", "ORG=Acme Unit"));
    List<Role> roles = finder.find(text, TextView.of(text).matching(), TokenStage.tokenize(text), entities);
    assertEquals(List.of("slot|Chief|Acme Unit|0.6|Chief Ann Lee"), roles.stream().map(r -> r.pattern() + "|" + r.title()
        + "|" + name(entities, r.organization()) + "|" + r.confidence() + "|" + r.evidence().of(text)).toList());
    // the rules' own body wins: "of the Acme Bank" after the name
    String text2 = "The Acme Unit, led by Chief Ann Lee of the Acme Bank, spoke.";
    List<Entity> entities2 = RoleStageTest.entities(text2, List.of("PER=Ann Lee", "ORG=Acme Unit", "ORG=Acme Bank"));
    roles = finder.find(text2, TextView.of(text2).matching(), TokenStage.tokenize(text2), entities2);
    assertEquals(List.of("title-person|Chief|Acme Bank"), roles.stream().map(r -> r.pattern() + "|" + r.title()
        + "|" + name(entities2, r.organization())).toList());
  }

  /** The shipped headed-by row: the body led is named before "which is headed by", "led by its", "chaired by". */
  @Test
  void theShippedHeadedByRowNamesTheBodyLed() {
    RoleFinder finder = new RoleFinder(titles, pressfacts.lexicon.Lexicons.load());
    for (String[] c : new String[][] {
        {"It was handled by the Public Integrity Section, which is headed by Chief Lisa Phelan.", "Public Integrity Section",
            "Chief|Public Integrity Section|Chief Lisa Phelan"},
        {"The seven-member Advisory Board, chaired by former Prime Minister Lisa Phelan, met.", "Advisory Board",
            "former Prime Minister|Advisory Board|former Prime Minister Lisa Phelan"},
        {"The seven-member Advisory Board, chaired by previous Chief Justice Lisa Phelan, met.", "Advisory Board",
            "previous Chief Justice|Advisory Board|previous Chief Justice Lisa Phelan"},
        {"The seven-member Advisory Board, chaired by past President Lisa Phelan, met.", "Advisory Board",
            "past President|Advisory Board|past President Lisa Phelan"},
        {"They met the Acme Bar Association, led by its Chairman, Lisa Phelan.", "Acme Bar Association",
            "Chairman|Acme Bar Association|Chairman, Lisa Phelan"}}) {
      List<Entity> entities = RoleStageTest.entities(c[0], List.of("PER=Lisa Phelan", "ORG=" + c[1]));
      List<Role> roles = finder.find(c[0], TextView.of(c[0]).matching(), TokenStage.tokenize(c[0]), entities);
      assertEquals(List.of("headed-by|0.8|" + c[2]), roles.stream().map(r -> r.pattern() + "|" + r.confidence() + "|" + r.title()
          + "|" + name(entities, r.organization()) + "|" + r.evidence().of(c[0])).toList(), c[0]);
    }
  }

  /** The shipped acronym-in-brackets row: a body's short form in parentheses right before the title names its body. */
  @Test
  void theShippedBracketRowNamesTheBodyBeforeTheTitle() {
    RoleFinder finder = new RoleFinder(titles, pressfacts.lexicon.Lexicons.load());
    String text = "They thanked the Harbour Drug Area (HDA) Director Lisa Phelan for her work.";
    List<Entity> entities = RoleStageTest.entities(text, List.of("PER=Lisa Phelan", "ORG=HDA"));
    List<Role> roles = finder.find(text, TextView.of(text).matching(), TokenStage.tokenize(text), entities);
    assertEquals(List.of("acronym-in-brackets-title-person|0.9|Director|HDA|Director Lisa Phelan"), roles.stream()
        .map(r -> r.pattern() + "|" + r.confidence() + "|" + r.title() + "|" + name(entities, r.organization()) + "|"
            + r.evidence().of(text)).toList());
  }

  /** The shipped appointed-to row: the body a titled holder was appointed or elected to is the title's body. */
  @Test
  void theShippedAppointedToRowNamesTheBodyJoined() {
    RoleFinder finder = new RoleFinder(titles, pressfacts.lexicon.Lexicons.load());
    for (String[] c : new String[][] {
        {"Justice Lisa Phelan was appointed to the Supreme Court of Borduria in 2009.", "Supreme Court of Borduria",
            "Justice|Supreme Court of Borduria"},
        {"Judge Lisa Phelan has been elected to the Constitutional Court of Syldavia.", "Constitutional Court of Syldavia",
            "Judge|Constitutional Court of Syldavia"}}) {
      List<Entity> entities = RoleStageTest.entities(c[0], List.of("PER=Lisa Phelan", "ORG=" + c[1]));
      List<Role> roles = finder.find(c[0], TextView.of(c[0]).matching(), TokenStage.tokenize(c[0]), entities);
      assertEquals(List.of("title-person-appointed-to|0.75|" + c[2]), roles.stream().map(r -> r.pattern() + "|"
          + r.confidence() + "|" + r.title() + "|" + name(entities, r.organization())).toList(), c[0]);
    }
  }

  private static String name(List<Entity> entities, String id) {
    return entities.stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse("null");
  }

  @Test
  void theShippedFileCompiles() {
    SlotShapes.load(titles);
  }
}
