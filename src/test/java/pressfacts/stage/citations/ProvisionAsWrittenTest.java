package pressfacts.stage.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pressfacts.stage.citations.CitationFixtures.compact;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.DateLayer;

/**
 * A provision's id is reported as written (ANNOTATION.md, "Legal citations"): the grammar matches the
 * normalized form, where an en dash is a hyphen, a no-break space a space and a curly quote a straight
 * one, but the id keeps the document's characters. Quotes around a lettered id are no part of it,
 * whatever their shape. Titles are compared without punctuation and keep their matching form.
 */
class ProvisionAsWrittenTest {
  private static final CitationStage STAGE = new CitationStage();
  private static final String CA = "LOS ANGELES, Calif. - The District Attorney announced it today. ";

  static Stream<Arguments> rows() {
    return Stream.of(
        // an en dash between two article numbers
        Arguments.of("The court applied Articles 324\u2013327.1 of the Criminal Code of the Russian Federation.",
            List.of("Articles 324\u2013327.1 of the Criminal Code of the Russian Federation"
                + " => code | Criminal Code | RU | - | article 324\u2013327.1")),
        // an en dash in a range of sections after a section sign
        Arguments.of("WASHINGTON - He was charged under 18 U.S.C. \u00A7\u00A7 1961\u20131968 today.",
            List.of("18 U.S.C. \u00A7\u00A7 1961\u20131968 => code | United States Code | US | - | section 1961\u20131968")),
        // a no-break space inside a list of sections
        Arguments.of(CA + "He is charged under Penal Code sections 187\u00A0and 664 in the case.",
            List.of("Penal Code sections 187\u00A0and 664 => code | Penal Code | US-CA | - | section 187\u00A0and 664")),
        // a no-break space between the unit and its id is no part of the id
        Arguments.of("The court applied Article\u00A05 of the Law of Ukraine \u201COn Courts\u201D.",
            List.of("Article\u00A05 of the Law of Ukraine \u201COn Courts\u201D => law | On Courts | UA | - | article 5")),
        // curly quotes around lettered ids are no part of them
        Arguments.of("He was charged under article 109 provisions \u201Ca\u201D and \u201Ct\u201D of the Criminal Code of Georgia.",
            List.of("article 109 provisions \u201Ca\u201D and \u201Ct\u201D of the Criminal Code of Georgia"
                + " => code | Criminal Code | GE | - | article 109, subparagraph a and t")));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void keepsTheIdAsWritten(String text, List<String> expected) {
    assertEquals(expected, compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }
}
