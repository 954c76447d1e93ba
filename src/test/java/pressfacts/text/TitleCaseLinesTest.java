package pressfacts.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleCaseLinesTest {

  private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "the", "to", "in", "and");

  private static boolean titleCase(String line) {
    return TitleCaseLines.isTitleCase(line, 0, line.length(), FUNCTION_WORDS);
  }

  @Test
  void aHeadlineWithFourCapitalisedWordsBesidesFunctionWordsIsTitleCase() {
    assertTrue(titleCase("Former Clerk Sentenced to Prison for Theft"));
    assertTrue(titleCase("Man Sentenced For Robbing the Bank of Nome"));
  }

  @Test
  void aLowerCaseWordOtherThanAFunctionWordBreaksIt() {
    assertFalse(titleCase("Former clerk Sentenced to Prison for Theft"));
  }

  @Test
  void fewerThanFourWordsIsALabelNotATitleCaseLine() {
    assertFalse(titleCase("Office of the Attorney"));
  }

  @Test
  void wordsInCapitalsNeitherCountNorBreakIt() {
    assertFalse(titleCase("CONSTITUTIONAL COURT Holds Hearing"));
    assertTrue(titleCase("CONSTITUTIONAL COURT Holds Public Hearing Today"));
  }

  @Test
  void onlyTheGivenRegionIsRead() {
    String text = "the report says\nJudge Upholds Fine Against Firm\nand more";
    int start = text.indexOf("Judge");
    int end = text.indexOf('\n', start);
    assertTrue(TitleCaseLines.isTitleCase(text, start, end, FUNCTION_WORDS));
    assertFalse(TitleCaseLines.isTitleCase(text, 0, end, FUNCTION_WORDS));
  }
}
