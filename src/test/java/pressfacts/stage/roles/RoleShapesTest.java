package pressfacts.stage.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.Document;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityLayer;
import pressfacts.doc.Role;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.stage.tokens.TokenStage;
import pressfacts.text.TextView;

/**
 * The role shapes of the classes of errors seen on real releases (made-up names, the shapes real), each
 * expected by hand from ANNOTATION.md's Roles section and Conventions: entities given as in
 * {@link RoleStageTest}, roles "person|title|organization" sorted and joined by "; ".
 */
class RoleShapesTest {
  private static RoleStage stage;

  @BeforeAll
  static void load() {
    stage = new RoleStage();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // one title at two bodies joined by "and": two roles (Conventions)
        Arguments.of("Chairman of the High Court and Judges' Council R. Tal opened the session.",
            List.of("PER=R. Tal", "ORG=High Court", "ORG=Judges' Council"),
            "R. Tal|Chairman|High Court; R. Tal|Chairman|Judges' Council"),
        Arguments.of("Ivan Petrov, Chairman of the High Court and the Judges' Council, opened the session.",
            List.of("PER=Ivan Petrov", "ORG=High Court", "ORG=Judges' Council"),
            "Ivan Petrov|Chairman|High Court; Ivan Petrov|Chairman|Judges' Council"),
        // ... but "and" that joins the subjects of a verb is no second body of the title
        Arguments.of("Ivan Petrov, judge of the High Court and the Bar Board signed a memorandum.",
            List.of("PER=Ivan Petrov", "ORG=High Court", "ORG=Bar Board"), "Ivan Petrov|judge|High Court"),
        // ... nor an "and" inside one body's name that the entity stage split (its first part ends in no head word)
        Arguments.of("Specialist Prosecutor Ivan Petrov of CPS Northshire and Westshire Complex Casework Unit spoke.",
            List.of("PER=Ivan Petrov", "ORG=CPS Northshire", "ORG=Westshire Complex Casework Unit"),
            "Ivan Petrov|Specialist Prosecutor|CPS Northshire"),
        Arguments.of("Chairman of the HCJ and the Judges' Council R. Tal opened the session.",
            List.of("PER=R. Tal", "ORG=HCJ", "ORG=Judges' Council"), "R. Tal|Chairman|HCJ; R. Tal|Chairman|Judges' Council"),
        // a title's domain is part of the title, not a body, even when two domains are joined by "and"
        Arguments.of("Minister of Fisheries and the Coast Guard Omar Aziz visited the port.", List.of("PER=Omar Aziz"),
            "Omar Aziz|Minister of Fisheries and the Coast Guard|null"),
        Arguments.of("Minister of Fisheries and Coast Guard Omar Aziz visited the port.", List.of("PER=Omar Aziz"),
            "Omar Aziz|Minister of Fisheries and Coast Guard|null"),
        // ... and when the entity stage tagged the domain as an organization
        Arguments.of("Minister of Trade Omar Aziz visited the port.", List.of("PER=Omar Aziz", "ORG=Trade"),
            "Omar Aziz|Minister of Trade|null"),
        Arguments.of("Omar Aziz, Minister of Trade, visited the port.", List.of("PER=Omar Aziz", "ORG=Trade"),
            "Omar Aziz|Minister of Trade|null"),
        Arguments.of("Minister of Fisheries and the Coast Guard Omar Aziz visited the port.",
            List.of("PER=Omar Aziz", "ORG=Fisheries", "ORG=Coast Guard"),
            "Omar Aziz|Minister of Fisheries and the Coast Guard|null"),
        // a body's name (a head word, an acronym) after a title that takes a domain stays the body
        Arguments.of("Inspector General of FBI Omar Aziz spoke.", List.of("PER=Omar Aziz", "ORG=FBI"),
            "Omar Aziz|Inspector General|FBI"),
        Arguments.of("Minister of Trade Council Omar Aziz spoke.", List.of("PER=Omar Aziz", "ORG=Trade Council"),
            "Omar Aziz|Minister|Trade Council"),
        Arguments.of("Minister of Trade and Attorney General Omar Aziz spoke.", List.of("PER=Omar Aziz", "ORG=Trade"),
            "Omar Aziz|Attorney General|null; Omar Aziz|Minister of Trade|null"),
        // "Head of State" is a title, the State no body
        Arguments.of("Head of State Omar Aziz received the envoys.", List.of("PER=Omar Aziz"), "Omar Aziz|Head of State|null"),
        // a body linked by "to" and a possessive: the envoy holds his post at the council, not the post of its head
        Arguments.of("Special Envoy to the Council of Nations' Secretary General Omar Aziz arrived.",
            List.of("PER=Omar Aziz", "ORG=Council of Nations"), "Omar Aziz|Special Envoy|Council of Nations"),
        // titles and names alternating in a comma list: each title goes with its own name
        Arguments.of("The meeting was attended by Mr. A. Dorn, chair of the Bar Board, Minister of Trade, Mr. S. Pike, and others.",
            List.of("PER=A. Dorn", "PER=S. Pike", "ORG=Bar Board"),
            "A. Dorn|chair|Bar Board; S. Pike|Minister of Trade|null"),
        // hyphenated, qualified and misspelt titles stay as written (Conventions)
        Arguments.of("Commander-in-Chief Omar Aziz reviewed the troops.", List.of("PER=Omar Aziz"),
            "Omar Aziz|Commander-in-Chief|null"),
        Arguments.of("Acting Assistant Attorney General Omar Aziz announced the charges.", List.of("PER=Omar Aziz"),
            "Omar Aziz|Acting Assistant Attorney General|null"),
        Arguments.of("Omar Aziz, vise-chairman of the High Court, spoke.", List.of("PER=Omar Aziz", "ORG=High Court"),
            "Omar Aziz|vise-chairman|High Court"),
        Arguments.of("Deputy Chief Prosecutor Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Deputy Chief Prosecutor|null"),
        // an acronym body right before the title: the unit when a parent stands before it (D11), else the one body
        Arguments.of("The case was heard by the HC GC judge I. Roe on Monday.", List.of("PER=I. Roe", "ORG=HC GC"),
            "I. Roe|judge|HC GC"),
        Arguments.of("The case was heard by the HC GC judge I. Roe on Monday.", List.of("PER=I. Roe", "ORG=HC", "ORG=GC"),
            "I. Roe|judge|GC"),
        // a nameless title is no role, however far back a person was named
        Arguments.of("Omar Aziz opened the exhibition on Monday.\n\nIt runs until May.\n\n"
                + "The Press Officer of the High Court said tickets are free.",
            List.of("PER=Omar Aziz", "ORG=High Court"), ""),
        Arguments.of("Omar Aziz opened the exhibition, which runs until May, and later the Press Officer of the High Court said "
                + "tickets are free.", List.of("PER=Omar Aziz", "ORG=High Court"), ""),
        // common titles of officials
        Arguments.of("Labor Commissioner Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Labor Commissioner|null"),
        Arguments.of("Inspector General Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Inspector General|null"),
        Arguments.of("Ombudsman Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Ombudsman|null"),
        Arguments.of("Registrar Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Registrar|null"),
        Arguments.of("Prosecutor General Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Prosecutor General|null"),
        Arguments.of("Solicitor General Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Solicitor General|null"),
        Arguments.of("Chief Justice Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Chief Justice|null"),
        Arguments.of("Attorney General Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Attorney General|null"),
        Arguments.of("Police Commissioner Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Police Commissioner|null"),
        Arguments.of("Sheriff Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Sheriff|null"),
        Arguments.of("Court Clerk Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Court Clerk|null"),
        Arguments.of("Chief Prosecutor Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Chief Prosecutor|null"),
        Arguments.of("Omar Aziz, Auditor General of the Nordic Council, spoke.", List.of("PER=Omar Aziz", "ORG=Nordic Council"),
            "Omar Aziz|Auditor General|Nordic Council"),
        Arguments.of("Treasurer Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Treasurer|null"),
        Arguments.of("Chief Judge Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Chief Judge|null"),
        Arguments.of("Vice President Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Vice President|null"),
        Arguments.of("Lieutenant Governor Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Lieutenant Governor|null"),
        Arguments.of("Head of Government Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Head of Government|null"),
        Arguments.of("Coroner Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Coroner|null"),
        Arguments.of("Councillor Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Councillor|null"),
        Arguments.of("Secretary of State Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Secretary of State|null"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheShape(String text, List<String> given, String expected) {
    assertEquals(expected, rolesRead(stage, text, given));
  }

  /** The roles the stage reads in the text with the given entities, as "person|title|organization" sorted and joined by "; ". */
  static String rolesRead(RoleStage stage, String text, List<String> given) {
    List<Entity> entities = RoleStageTest.entities(text, given);
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text))
        .with(Keys.TOKENS, TokenStage.tokenize(text))
        .with(Keys.ENTITIES, new EntityLayer(entities));
    List<Role> roles = stage.apply(Document.of("t", text), in).get(Keys.ROLES).roles();
    Map<String, String> names = entities.stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return roles.stream()
        .map(r -> names.get(r.person()) + "|" + r.title() + "|" + (r.organization() == null ? "null" : names.get(r.organization())))
        .sorted().collect(Collectors.joining("; "));
  }
}
