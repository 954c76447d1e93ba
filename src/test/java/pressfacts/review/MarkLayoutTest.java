package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Marks over the text "abcdef". Highlights are written "K start end" (K: first letter of the
 * kind); the layout is written compactly: "<K" opens a mark with its id, "<K+" opens a continued
 * piece (no id), ">" closes the innermost mark. Expected strings worked out by hand.
 */
class MarkLayoutTest {
  private static final String TEXT = "abcdef";

  static Stream<Arguments> layouts() {
    return Stream.of(
        // No highlight: the text alone.
        Arguments.of("", "abcdef"),
        // One span in the middle.
        Arguments.of("D 1 3", "a<Dbc>def"),
        // A date inside a citation nests inside it.
        Arguments.of("C 0 6, D 2 4", "<Cab<Dcd>ef>"),
        // Same start: the longer span is the outer one, whatever the input order.
        Arguments.of("D 0 2, C 0 4", "<C<Dab>cd>ef"),
        // Same stretch: the kind order decides (role evidence outside a person's name).
        Arguments.of("P 0 2, R 0 2", "<R<Pab>>cdef"),
        // Adjacent spans stay siblings.
        Arguments.of("D 0 2, D 2 4", "<Dab><Dcd>ef"),
        // Crossing spans: the inner one is cut at the outer one's end and continues after it.
        Arguments.of("P 0 3, O 2 5", "<Pab<Oc>><O+de>f"),
        // An empty span and a span past the end of the text get no mark.
        Arguments.of("D 2 2, C 4 9", "abcdef"),
        // A span up to the very end closes at the end.
        Arguments.of("L 3 6", "abc<Ldef>"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("layouts")
  void laysMarksOutAsNestedPieces(String highlights, String expected) {
    assertEquals(expected, compact(MarkLayout.layout(TEXT, parse(highlights))));
  }

  private static List<Highlight> parse(String spec) {
    List<Highlight> out = new ArrayList<>();
    if (spec.isEmpty()) {
      return out;
    }
    int n = 0;
    for (String h : spec.split(", ")) {
      String[] f = h.split(" ");
      SpanKind kind = switch (f[0]) {
        case "R" -> SpanKind.ROLE;
        case "C" -> SpanKind.CITATION;
        case "O" -> SpanKind.ORGANIZATION;
        case "L" -> SpanKind.LOCATION;
        case "P" -> SpanKind.PERSON;
        case "D" -> SpanKind.DATE;
        default -> throw new IllegalArgumentException(f[0]);
      };
      out.add(new Highlight(Integer.parseInt(f[1]), Integer.parseInt(f[2]), kind, "h" + n++, "tip"));
    }
    return out;
  }

  private static String compact(List<MarkLayout.Piece> pieces) {
    StringBuilder b = new StringBuilder();
    for (MarkLayout.Piece p : pieces) {
      if (p.open() != null) {
        b.append('<').append(Character.toUpperCase(p.open().cssClass().charAt(2)));
        if (p.open().domId().isEmpty()) {
          b.append('+');
        }
      } else if (p.close()) {
        b.append('>');
      } else {
        b.append(p.text());
      }
    }
    return b.toString();
  }
}
