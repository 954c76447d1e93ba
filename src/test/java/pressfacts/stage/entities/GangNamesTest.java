package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A gang or crew named before or after the lower-case noun that says what it is ("the Pell Row street
 * gang", "a crew named Dune Runners") is an ORGANIZATION (ANNOTATION.md: named institutions), through the
 * entity stage with the tagger's mentions given by hand as in {@link EntityStageTest}. Texts are made up;
 * each expected value was written from ANNOTATION.md before running.
 */
class GangNamesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> gangs() {
    return Stream.of(
        // nothing tagged: the name before a modifier and the noun
        Arguments.of("Both men are members of the Pell Row street gang, the police said.",
            List.of(),
            "ORGANIZATION Pell Row [Pell Row]"),
        // quoted: a name whatever the tagger read in it (a town's name here)
        Arguments.of("He led a group of robbers known as the \u201cFernvale Quintero\u201d gang in the valley.",
            List.of("LOC=Fernvale Quintero"),
            "ORGANIZATION Fernvale Quintero [Fernvale Quintero]"),
        // the tagger's person before the noun is the gang
        Arguments.of("His role in the Marlo Dace crew dates back years.",
            List.of("PER=Marlo Dace"),
            "ORGANIZATION Marlo Dace [Marlo Dace]"),
        // after the noun and a naming verb; the acronym defined after it joins it
        Arguments.of("The victims belong to a crew named Dune Runners (DR), and one DR member testified.",
            List.of(),
            "ORGANIZATION Dune Runners [Dune Runners|DR|DR]"),
        // "The" at a sentence's start is no word of the name
        Arguments.of("The Vell Hawks gang controlled the block.",
            List.of(),
            "ORGANIZATION Vell Hawks [Vell Hawks]"));
  }

  static Stream<Arguments> noGangs() {
    return Stream.of(
        // a place before the noun: a gang from the town, no name
        Arguments.of("A Fernvale gang member was sentenced.",
            List.of("LOC=Fernvale"),
            "LOCATION Fernvale [Fernvale]"),
        // a people's word, and a sentence's first word the text writes in lower case elsewhere
        Arguments.of("Rival gang members fled. A Hispanic gang was blamed for the rival attack.",
            List.of(),
            ""),
        // one word at a sentence's start, capitalised by its place alone
        Arguments.of("The men left. Road crew members found the car.",
            List.of(),
            ""),
        // a person's possessive: the gang is his, not named
        Arguments.of("He joined Marlo Dace\u2019s crew in 2019.",
            List.of("PER=Marlo Dace"),
            "PERSON Marlo Dace [Marlo Dace]"),
        // "gang-related" is no noun
        Arguments.of("The Pell Row gang-related shooting was solved.",
            List.of(),
            ""));
  }

  @ParameterizedTest
  @MethodSource("gangs")
  void aGangNamedByItsNounIsAnOrganization(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("noGangs")
  void otherGangWordsNameNoBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
