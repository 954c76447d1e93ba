package pressfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;

class TextViewTest {

  @Test
  void holdsTheOriginalItsMatchingFormAndItsLines() {
    String text = "\u201CTitle\u201D\r\n\n  A\u00A0b \u2013 c.  ";
    TextView v = TextView.of(text);
    assertEquals(text, v.original());
    assertEquals("\"Title\"\r\n\n  A b - c.  ", v.matching());
    // "\"Title\"" is [0,7); "\r\n" ends it, the empty line stands at 9, the third line is trimmed to [12,20)
    assertEquals(List.of(new CharSpan(0, 7), new CharSpan(9, 9), new CharSpan(12, 20)), v.lines());
    assertEquals("A b - c.", v.lines().get(2).of(v.matching()));
  }

  @Test
  void refusesAMatchingFormOfAnotherLength() {
    assertThrows(IllegalArgumentException.class, () -> new TextView("ab", "a", List.of()));
  }
}
