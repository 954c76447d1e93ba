package pressfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProseWrapTest {
  /** A line of exactly 70 characters that stops inside a sentence, on "Police". */
  private static final String LONG_LINE = "We thank the Plano Police Department, Arlington PD, the Corinth Police";

  static Stream<Arguments> breaks() {
    return Stream.of(
        // the shortest wrapped line, stopping mid-sentence: a wrap
        Arguments.of(LONG_LINE + "\nDepartment for their work.", true),
        // the same with a CR LF line end
        Arguments.of(LONG_LINE + "\r\nDepartment for their work.", true),
        // one character shorter: a label or heading, a real break
        Arguments.of(LONG_LINE.substring(1) + "\nDepartment for their work.", false),
        // an empty line between: a paragraph ends
        Arguments.of(LONG_LINE + "\n\nDepartment for their work.", false),
        // the line ends its sentence, also before a closing quote
        Arguments.of(LONG_LINE.substring(0, LONG_LINE.length() - 1) + ".\nDepartment for their work.", false),
        Arguments.of(LONG_LINE.substring(0, LONG_LINE.length() - 2) + ".\u201d\nDepartment for their work.", false));
  }

  @ParameterizedTest
  @MethodSource("breaks")
  void wrapsOnlyLongLinesThatStopInsideASentence(String text, boolean expected) {
    int lineEnd = text.indexOf('\r') >= 0 ? text.indexOf('\r') : text.indexOf('\n');
    assertEquals(expected, ProseWrap.wrapsBetween(text, lineEnd, text.lastIndexOf("Department")));
  }

  @Test
  void aWrapInsideAParagraphFillsItsBlock() {
    String wide = "A line of the same paragraph that runs on a good thirty characters further than the wrap.";
    // the line before the break is as wide as its block: a hard wrap
    String even = LONG_LINE + "\nDepartment for their work.";
    assertTrue(ProseWrap.wrapsParagraph(even, LONG_LINE.length(), even.lastIndexOf("Department")));
    // a line of the block is far wider: the break was made by hand, no wrap; a blank line ends the block
    String uneven = wide + "\n" + LONG_LINE + "\nDepartment for their work.";
    assertFalse(ProseWrap.wrapsParagraph(uneven, uneven.indexOf("\nDepartment"), uneven.lastIndexOf("Department")));
    String apart = wide + "\n\n" + LONG_LINE + "\nDepartment for their work.";
    assertTrue(ProseWrap.wrapsParagraph(apart, apart.indexOf("\nDepartment"), apart.lastIndexOf("Department")));
  }
}
