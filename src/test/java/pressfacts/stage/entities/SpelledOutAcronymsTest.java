package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An acronym written alone that a body's name of the same text spells out is a mention of that body
 * (ANNOTATION.md: acronyms are mentions of the entity they abbreviate), through the entity stage with the
 * tagger's mentions given by hand as in {@link EntityStageTest}. Texts are made up; each expected value
 * was written from ANNOTATION.md before running.
 */
class SpelledOutAcronymsTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> acronyms() {
    return Stream.of(
        // the acronym alone, after the name, not defined in parentheses: a mention of the body
        Arguments.of("Officers of the Calder Hills Police Department found the car. If so, CHPD has been told to wait.",
            List.of("ORG=Calder Hills Police Department"),
            "ORGANIZATION Calder Hills Police Department [Calder Hills Police Department|CHPD]"),
        // before the name, and with a possessive
        Arguments.of("At BVPD, I was a detective. Later CHPD's chief called. I left the Bell Valley Police Department in May.",
            List.of("ORG=Bell Valley Police Department"),
            "ORGANIZATION Bell Valley Police Department [BVPD|Bell Valley Police Department]"),
        // "of" is no initial
        Arguments.of("The Office of Rural Grants paid the funds. The ORG funding helps the county.",
            List.of("ORG=Office of Rural Grants"),
            "ORGANIZATION Office of Rural Grants [Office of Rural Grants|ORG]"),
        // a file name, a hyphenated compound and a headline in capitals are no mentions
        Arguments.of("The Calder Hills Police Department said so.\nSee CHPD-report.pdf and ICE-CHPD today.\nCHPD ARRESTS MAN",
            List.of("ORG=Calder Hills Police Department"),
            "ORGANIZATION Calder Hills Police Department [Calder Hills Police Department]"),
        // a word the text also writes in lower case is a word, not an acronym
        Arguments.of("The Association of Rural Mayors met. ARM members voted; he hurt his arm.",
            List.of("ORG=Association of Rural Mayors"),
            "ORGANIZATION Association of Rural Mayors [Association of Rural Mayors]"),
        // no name spells it out: nothing found from the acronym alone
        Arguments.of("Officers said CHPD has been told to wait.",
            List.of(),
            ""));
  }

  @ParameterizedTest
  @MethodSource("acronyms")
  void anAcronymThatANameSpellsOutIsItsMention(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
