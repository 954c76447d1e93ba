package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A company's or a public body's name that ends in "Services", written in running prose, is an ORGANIZATION
 * (ANNOTATION.md: companies, named institutions); a menu item, a headline or one plain word before "Services" is
 * no body's name. Through the entity stage with the tagger's mentions given by hand as in {@link EntityStageTest}.
 * Texts are made up; each expected value was written from ANNOTATION.md before running.
 */
class ServicesNamesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> names() {
    return Stream.of(
        // two capitalised words before "Services" in a sentence: a company
        Arguments.of("Last spring the county paid Tarnow Field Services for repairs to the old pump station.",
            List.of(),
            "ORGANIZATION Tarnow Field Services [Tarnow Field Services]"),
        // one word written as a company writes it
        Arguments.of("Prosecutors said the preparer ran a business called TrelQ Services out of his own home.",
            List.of(),
            "ORGANIZATION TrelQ Services [TrelQ Services]"),
        // a public body; the sentence's article is no part of its name
        Arguments.of("The Adult Protective Services worker described the home to the jury on Tuesday.",
            List.of(),
            "ORGANIZATION Adult Protective Services [Adult Protective Services]"));
  }

  static Stream<Arguments> noNames() {
    return Stream.of(
        // a menu item on its own line
        Arguments.of("Home\nVictim Services\nContact Us\nThe office filed the charges in court on Monday morning.",
            List.of(),
            ""),
        // a headline line: no running prose
        Arguments.of("Voters Back Expanded Housing Services\nThe measure passed by a wide margin in every town.",
            List.of(),
            ""),
        // one plain word before "Services" in a sentence: a kind of help, no one body
        Arguments.of("The office offers Victim Services to every family that reports a crime in the county.",
            List.of(),
            ""),
        // a sentence's verb capitalised by its place, written lower case elsewhere
        Arguments.of("Providing Legal Services to tenants is the aim of the clinic, and providing them costs money.",
            List.of(),
            ""),
        // a longer name goes on after "Services": the finder reads it whole
        Arguments.of("The Tarnow Health and Human Services Agency said the program would start in the fall.",
            List.of(),
            "ORGANIZATION Tarnow Health and Human Services Agency [Tarnow Health and Human Services Agency]"));
  }

  @ParameterizedTest
  @MethodSource("names")
  void aNameEndingInServicesInProseIsAnOrganization(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("noNames")
  void menusHeadlinesAndKindsAreNoBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
