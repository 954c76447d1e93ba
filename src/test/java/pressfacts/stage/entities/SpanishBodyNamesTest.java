package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies named in Spanish in US county prosecutors' Spanish news items, through the entity stage with
 * the tagger's mentions given by hand as in {@link EntityStageTest}. Texts are made up; each expected
 * value was written from ANNOTATION.md (the maximal name, its "of"-complements included) before running.
 */
class SpanishBodyNamesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // a title-case headline ran the tagger's "Condado de Norte" on: the office's whole name, the headline's words out
        Arguments.of("Línea de Denuncias de la Fiscalía del Distrito del Condado de Norte Piden Ayuda Sobre el Incendio",
            List.of("ORG=Condado de Norte Piden Ayuda Sobre el Incendio"),
            "ORGANIZATION Fiscalía del Distrito del Condado de Norte [Fiscalía del Distrito del Condado de Norte]"),
        // "de la" joins a unit to its office; the county inside is no place of its own
        Arguments.of("El caso fue procesado por la Unidad de Trata de Personas de la Fiscalía del Condado de Ruritania.",
            List.of("ORG=Unidad de Trata", "LOC=Condado de Ruritania"),
            "ORGANIZATION Unidad de Trata de Personas de la Fiscalía del Condado de Ruritania"
                + " [Unidad de Trata de Personas de la Fiscalía del Condado de Ruritania]"),
        // a two-word place closes the name; a word after a one-word place is the headline's verb
        Arguments.of("La Oficina del Fiscal de Distrito del Condado de San Marcos anunció hoy.", List.of(),
            "ORGANIZATION Oficina del Fiscal de Distrito del Condado de San Marcos"
                + " [Oficina del Fiscal de Distrito del Condado de San Marcos]"),
        Arguments.of("Fiscalía del Condado de Norte Lanza una Nueva Unidad", List.of(),
            "ORGANIZATION Fiscalía del Condado de Norte [Fiscalía del Condado de Norte]"),
        // a person the tagger ran into the body through "de la" keeps her name alone
        Arguments.of("El caso será procesado por la fiscal asistente Ana Berg de la\nUnidad de Asalto Sexual.",
            List.of("PER=Ana Berg de la\nUnidad de Asalto Sexual"),
            "PERSON Ana Berg [Ana Berg]; ORGANIZATION Unidad de Asalto Sexual [Unidad de Asalto Sexual]"),
        // a wrapped line after a link goes on with the name
        Arguments.of("Gracias al Centro de Defensa de los\nNiños de Ruritania y al equipo.", List.of(),
            "ORGANIZATION Centro de Defensa de los\nNiños de Ruritania [Centro de Defensa de los\nNiños de Ruritania]"),
        // a title ("Fiscal") is no body's head: the title and the place stay apart
        Arguments.of("El Fiscal del Condado de Norte Juan Ruiz habló.", List.of("PER=Juan Ruiz", "LOC=Condado de Norte"),
            "LOCATION Condado de Norte [Condado de Norte]; PERSON Juan Ruiz [Juan Ruiz]"),
        // a head without a complement names no body
        Arguments.of("Gracias al Investigador de la Fiscalía Tim Berg.", List.of("PER=Tim Berg"),
            "PERSON Tim Berg [Tim Berg]"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheSpanishBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
