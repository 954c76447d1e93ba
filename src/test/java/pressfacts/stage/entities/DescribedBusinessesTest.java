package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A capitalised name that an apposition calls a business ("Harbor One, a national bank,") is an
 * ORGANIZATION wherever the document writes it (ANNOTATION.md: companies, named institutions), through the
 * entity stage with the tagger's mentions given by hand as in {@link EntityStageTest}. Texts are made up;
 * each expected value was written from ANNOTATION.md before running.
 */
class DescribedBusinessesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> businesses() {
    return Stream.of(
        // nothing tagged: the described name and its later mentions, a possessive's too
        Arguments.of("Since 2016, Harbor One, a national bank, called debtors. Harbor One\u2019s agents kept calling.",
            List.of(),
            "ORGANIZATION Harbor One [Harbor One|Harbor One]"),
        // lower-case words between the article and the kind, and a participle after it
        Arguments.of("He delivered crates to Pell Farm, a fruit and vegetable store located on the corner.",
            List.of(),
            "ORGANIZATION Pell Farm [Pell Farm]"),
        // a "-based" compound among the describing words; "and" goes on with the apposition
        Arguments.of("She taught at Quill Venture, an Arden-based swim school and program for children.",
            List.of(),
            "ORGANIZATION Quill Venture [Quill Venture]"));
  }

  static Stream<Arguments> noBusinesses() {
    return Stream.of(
        // a person's job: the kind goes on as a noun ("bank teller"), and the name is a person's
        Arguments.of("Mara Quell, a bank teller, testified.",
            List.of("PER=Mara Quell"),
            "PERSON Mara Quell [Mara Quell]"),
        // one word opening a sentence, capitalised by its place
        Arguments.of("The men fled. Meanwhile, a store owned by the city closed.",
            List.of(),
            ""),
        // an age is no name
        Arguments.of("Dovan Reel, 62, a vendor from the city, was hurt.",
            List.of("PER=Dovan Reel"),
            "PERSON Dovan Reel [Dovan Reel]"));
  }

  @ParameterizedTest
  @MethodSource("businesses")
  void aNameCalledABusinessIsAnOrganization(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("noBusinesses")
  void otherAppositionsNameNoBusiness(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
