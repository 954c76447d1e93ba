package pressfacts.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;
import pressfacts.stage.tokens.TokenStage;

/**
 * A gold mention becomes a name span of its sentence's tokens only when it starts and ends on token
 * boundaries of one sentence. Expected: "[start..end)" in token indices within the sentence, or "-".
 */
class OrgNameSamplesTest {
  static Stream<Arguments> mentions() {
    return Stream.of(
        // a name on word boundaries: tokens 1..4 of "The High Court Council met ."
        Arguments.of("The High Court Council met.", "High Court Council", "[1..4)"),
        // the second sentence's tokens count from 0 again
        Arguments.of("It rained. The Blue Lantern met.", "Blue Lantern", "[1..3)"),
        // a mention that ends inside a token ("Lantern" of "Lanterns") does not align
        Arguments.of("The Blue Lanterns met.", "Blue Lantern", "-"),
        // a mention that starts inside a token does not align
        Arguments.of("The BlueLantern met.", "Lantern", "-"),
        // a possessive is a token of its own: the name before it aligns
        Arguments.of("The Blue Lantern's head met.", "Blue Lantern", "[1..3)"),
        // a mention across a sentence break does not align
        Arguments.of("He met Blue. Lantern agreed.", "Blue. Lantern", "-"));
  }

  @ParameterizedTest
  @MethodSource("mentions")
  void alignsOnTokenBoundaries(String text, String mention, String expected) {
    int at = text.indexOf(mention);
    Span s = OrgNameSamples.align(TokenStage.tokenize(text), new CharSpan(at, at + mention.length()));
    assertEquals(expected, s == null ? "-" : "[" + s.getStart() + ".." + s.getEnd() + ")");
  }
}
