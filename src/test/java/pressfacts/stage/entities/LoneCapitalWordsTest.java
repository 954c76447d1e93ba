package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A word in capitals that the tagger took for a person on a line with no lower case: a banner's or a
 * cut headline's word unless another name of the document holds it. Through the entity stage with
 * the tagger's mentions given by hand as in {@link EntityStageTest}; made-up texts, expected values
 * written from ANNOTATION.md before running.
 */
class LoneCapitalWordsTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // a banner in small capitals, one letter a line: no person
        Arguments.of("Paul Dent was charged today.\nT\nHE\nD\nISTRICT\nA\nTTORNEY'S\nO\nFFICE\n",
            List.of("PER=Paul Dent", "PER=TTORNEY"),
            "PERSON Paul Dent [Paul Dent]"),
        // a headline of another release, cut short in a list
        Arguments.of("Recent Posts\nJURY CONVICTS MAN OF THEFT FROM FIVE STORES BETWE\nPaul Dent was charged today.",
            List.of("PER=Paul Dent", "PER=BETWE"),
            "PERSON Paul Dent [Paul Dent]"),
        // the headline's surname of a person the body names stays, one entity with him
        Arguments.of("DENT SENTENCED FOR THEFT\nPaul Dent was sentenced today.",
            List.of("PER=DENT", "PER=Paul Dent"),
            "PERSON Paul Dent [DENT|Paul Dent]"),
        // a name of two words in a capitals headline is no lone word
        Arguments.of("PAUL DENT SENTENCED FOR THEFT\nThe court sentenced him today.",
            List.of("PER=PAUL DENT"),
            "PERSON PAUL DENT [PAUL DENT]"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheShape(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
