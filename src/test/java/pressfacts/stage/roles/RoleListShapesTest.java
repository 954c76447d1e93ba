package pressfacts.stage.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lists, rosters and clauses of titles and names as international court and government releases write them
 * (made-up names, the shapes real), each expected by hand from ANNOTATION.md's Roles section and Conventions:
 * plural titles give one role each in the singular; one person with two titles has two roles; a role's body is
 * the one the sentence names for that position ("consisting of", "composed as follows", "its"), else null.
 * Entities given as in {@link RoleStageTest}; roles "person|title|organization" sorted and joined by "; ".
 */
class RoleListShapesTest {
  private static RoleStage stage;

  @BeforeAll
  static void load() {
    stage = new RoleStage();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // a plural title before a list of names: each holds the title in the singular, no body named
        Arguments.of("The hearing was attended by Judges Amir Tolk, Bea Rahm and Carl Yost.",
            List.of("PER=Amir Tolk", "PER=Bea Rahm", "PER=Carl Yost"),
            "Amir Tolk|Judge|null; Bea Rahm|Judge|null; Carl Yost|Judge|null"),
        // a roster with semicolons after "composed as follows:": each item's title, at the body composed
        Arguments.of("The Court was composed as follows: President Ana Salo; Vice-President Ben Teb; Judges Carl Tomm, "
                + "Dan Abra; Registrar Gus Gaut.",
            List.of("ORG=Court", "PER=Ana Salo", "PER=Ben Teb", "PER=Carl Tomm", "PER=Dan Abra", "PER=Gus Gaut"),
            "Ana Salo|President|Court; Ben Teb|Vice-President|Court; Carl Tomm|Judge|Court; Dan Abra|Judge|Court; "
                + "Gus Gaut|Registrar|Court"),
        // ... "ad hoc" after the plural belongs to the title ("Judge ad hoc")
        Arguments.of("The Court was composed as follows: President Ana Salo; Judges ad hoc Eva Gaj, Finn Daud; "
                + "Registrar Gus Gaut.",
            List.of("ORG=Court", "PER=Ana Salo", "PER=Eva Gaj", "PER=Finn Daud", "PER=Gus Gaut"),
            "Ana Salo|President|Court; Eva Gaj|Judge ad hoc|Court; Finn Daud|Judge ad hoc|Court; Gus Gaut|Registrar|Court"),
        // ... and the roster on lines of its own
        Arguments.of("The Chamber was composed as follows:\nPresident Ana Salo;\nJudges Carl Tomm, Dan Abra;\n"
                + "Registrar Gus Gaut.\n",
            List.of("ORG=Chamber", "PER=Ana Salo", "PER=Carl Tomm", "PER=Dan Abra", "PER=Gus Gaut"),
            "Ana Salo|President|Chamber; Carl Tomm|Judge|Chamber; Dan Abra|Judge|Chamber; Gus Gaut|Registrar|Chamber"),
        // a roster whose body is not named ("the court" in lower case is no mention): the titles alone
        Arguments.of("The bench was composed as follows: President Ana Salo; Judges Carl Tomm, Dan Abra.",
            List.of("PER=Ana Salo", "PER=Carl Tomm", "PER=Dan Abra"),
            "Ana Salo|President|null; Carl Tomm|Judge|null; Dan Abra|Judge|null"),
        // ... names written with initials
        Arguments.of("The panel of the Appeals Chamber consisting of presiding judge A. Tolk, judges B. Rahm and C. Yost heard the case.",
            List.of("ORG=Appeals Chamber", "PER=A. Tolk", "PER=B. Rahm", "PER=C. Yost"),
            "A. Tolk|presiding judge|Appeals Chamber; B. Rahm|judge|Appeals Chamber; C. Yost|judge|Appeals Chamber"),
        Arguments.of("Judge ad hoc F. Daud appended a declaration.", List.of("PER=F. Daud"), "F. Daud|Judge ad hoc|null"),
        // a composition that puts each title after its holder (and a place in parentheses after the name)
        Arguments.of("The Chamber was composed of: Ana Salo (Ruritania), President, Carl Tomm (Borduria), Dan Abra (Syldavia), "
                + "judges, and Gus Gaut, Section Registrar.",
            List.of("ORG=Chamber", "PER=Ana Salo", "PER=Carl Tomm", "PER=Dan Abra", "PER=Gus Gaut", "LOC=Ruritania",
                "LOC=Borduria", "LOC=Syldavia"),
            "Ana Salo|President|Chamber; Carl Tomm|judge|Chamber; Dan Abra|judge|Chamber; Gus Gaut|Section Registrar|Chamber"),
        // a plural title of a body before the list
        Arguments.of("The judges of the Appeals Chamber Amir Tolk, Bea Rahm and Carl Yost dissented.",
            List.of("ORG=Appeals Chamber", "PER=Amir Tolk", "PER=Bea Rahm", "PER=Carl Yost"),
            "Amir Tolk|judge|Appeals Chamber; Bea Rahm|judge|Appeals Chamber; Carl Yost|judge|Appeals Chamber"),
        // a place in parentheses after each name of the list
        Arguments.of("The hearing was attended by Judges Amir Tolk (Ruritania), Bea Rahm (Borduria) and Carl Yost (Syldavia).",
            List.of("PER=Amir Tolk", "PER=Bea Rahm", "PER=Carl Yost", "LOC=Ruritania", "LOC=Borduria", "LOC=Syldavia"),
            "Amir Tolk|Judge|null; Bea Rahm|Judge|null; Carl Yost|Judge|null"),
        // two titles of one person, the second right before the name: two roles
        Arguments.of("The President of the Court, Judge Amir Tolk, opened the hearing.", List.of("ORG=Court", "PER=Amir Tolk"),
            "Amir Tolk|Judge|null; Amir Tolk|President|Court"),
        // titles and names alternating, the last joined by "and"
        Arguments.of("Present were Mr. A. Dorn, chair of the Bar Board, and Minister of Trade Mr. S. Pike.",
            List.of("PER=A. Dorn", "PER=S. Pike", "ORG=Bar Board"), "A. Dorn|chair|Bar Board; S. Pike|Minister of Trade|null"),
        Arguments.of("Present were Ana Salo, President of the Court, and Gus Gaut, Registrar.",
            List.of("PER=Ana Salo", "PER=Gus Gaut", "ORG=Court"), "Ana Salo|President|Court; Gus Gaut|Registrar|null"),
        // an honorific ends a title's domain: the name follows it
        Arguments.of("Minister of Justice Mr. Ivan Petrov met the delegation.", List.of("PER=Ivan Petrov"),
            "Ivan Petrov|Minister of Justice|null"),
        // a list of titled names and a plural title after it: the titles before the names and the plural after
        Arguments.of("The minister announced the appointment of Justice Amir Tolk, Justice Bea Rahm and Mr Carl Yost as judges "
                + "of the Federal Court.",
            List.of("PER=Amir Tolk", "PER=Bea Rahm", "PER=Carl Yost", "ORG=Federal Court"),
            "Amir Tolk|Justice|null; Amir Tolk|judge|Federal Court; Bea Rahm|Justice|null; Bea Rahm|judge|Federal Court; "
                + "Carl Yost|judge|Federal Court"),
        Arguments.of("Justice Amir Tolk, Justice Bea Rahm and Mr Carl Yost were appointed as judges of the Federal Court.",
            List.of("PER=Amir Tolk", "PER=Bea Rahm", "PER=Carl Yost", "ORG=Federal Court"),
            "Amir Tolk|Justice|null; Amir Tolk|judge|Federal Court; Bea Rahm|Justice|null; Bea Rahm|judge|Federal Court; "
                + "Carl Yost|judge|Federal Court"),
        // a panel "consisting of" with no body named: the titles, no body
        Arguments.of("The panel of judges consisting of presiding judge Amir Tolk, judges Bea Rahm and Carl Yost heard the case.",
            List.of("PER=Amir Tolk", "PER=Bea Rahm", "PER=Carl Yost"),
            "Amir Tolk|presiding judge|null; Bea Rahm|judge|null; Carl Yost|judge|null"),
        // a body's possessive before the title
        Arguments.of("The Court's President Amir Tolk opened the session.", List.of("ORG=Court", "PER=Amir Tolk"),
            "Amir Tolk|President|Court"),
        // "its" points back to the body named earlier in the sentence
        Arguments.of("The minister made two appointments to the Copyright Board, naming Justice Amir Tolk as its President.",
            List.of("ORG=Copyright Board", "PER=Amir Tolk"),
            "Amir Tolk|Justice|null; Amir Tolk|President|Copyright Board"),
        Arguments.of("The Bar Council met on Monday, and its Chairman Amir Tolk opened the session.",
            List.of("ORG=Bar Council", "PER=Amir Tolk"), "Amir Tolk|Chairman|Bar Council"),
        // appositions and clauses after the name
        Arguments.of("Amir Tolk, who serves as Registrar of the High Court, spoke.", List.of("PER=Amir Tolk", "ORG=High Court"),
            "Amir Tolk|Registrar|High Court"),
        Arguments.of("Amir Tolk was appointed Registrar of the High Court.", List.of("PER=Amir Tolk", "ORG=High Court"),
            "Amir Tolk|Registrar|High Court"),
        Arguments.of("Amir Tolk, the newly elected President of the Bar Council, spoke.", List.of("PER=Amir Tolk", "ORG=Bar Council"),
            "Amir Tolk|President|Bar Council"),
        // a nameless title is nobody's, however near a name stands in another sentence
        Arguments.of("Amir Tolk opened the session. The Press Officer of the High Court said tickets are free.",
            List.of("PER=Amir Tolk", "ORG=High Court"), ""));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheShape(String text, List<String> given, String expected) {
    assertEquals(expected, RoleShapesTest.rolesRead(stage, text, given));
  }
}
