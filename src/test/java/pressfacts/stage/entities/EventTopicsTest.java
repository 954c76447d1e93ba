package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The subject of a course, workshop or meeting is no body (issue 16, "organizations"; ANNOTATION.md:
 * named institutions only), through the entity stage with the tagger's mentions given by hand as in
 * {@link EntityStageTest}. Texts are made up; each expected value was written from ANNOTATION.md
 * before running.
 */
class EventTopicsTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // an activity's name after "Course on the": the deed, no body
        Arguments.of("The office held a Regional Training Course on the Prosecution of Money Laundering in Tirana.",
            List.of("ORG=Prosecution of Money Laundering", "LOC=Tirana"),
            "LOCATION Tirana [Tirana]"),
        // a workshop's purpose after "to"
        Arguments.of("The Regional Workshop to Enhance Border Enforcement opened in Skopje.",
            List.of("LOC=Skopje"),
            "LOCATION Skopje [Skopje]"),
        // the words of a quoted subject, after their own "of"
        Arguments.of("A round table on \u201cAccess of Citizens to Constitutional Justice\u201d was held in Sofia.",
            List.of("ORG=Citizens to Constitutional Justice", "LOC=Sofia"),
            "LOCATION Sofia [Sofia]"),
        // a body's name as the subject stays a body
        Arguments.of("A seminar on the European Court of Human Rights was held with the Ministry of Justice.",
            List.of("ORG=European Court of Human Rights"),
            "ORGANIZATION European Court of Human Rights [European Court of Human Rights];"
                + " ORGANIZATION Ministry of Justice [Ministry of Justice]"),
        // an activity head inside a body's name, not after a gathering, stays a body
        Arguments.of("The Office for the Prosecution of Economic Crimes held a meeting on Monday.",
            List.of(),
            "ORGANIZATION Office for the Prosecution of Economic Crimes [Office for the Prosecution of Economic Crimes]"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void dropsTheSubjectOnly(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
