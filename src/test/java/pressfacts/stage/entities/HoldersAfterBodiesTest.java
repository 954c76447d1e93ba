package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A title, "of", a body's name and the holder's name the tagger did not know ("head of the OSCE Baku
 * Office Koray Targay", ANNOTATION.md's role example), through the entity stage with the tagger's
 * mentions given by hand as in {@link EntityStageTest}. Texts are made up; each expected value was
 * written from ANNOTATION.md before running.
 */
class HoldersAfterBodiesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // the body ends at its place; the two words after it are the dean
        Arguments.of("The forum was opened by the Dean of the Faculty of Law of the University of Latvia Ilze Berzina-Kalna.",
            List.of("ORG=Faculty of Law of the University of Latvia Ilze Berzina-Kalna"),
            "ORGANIZATION Faculty of Law of the University of Latvia [Faculty of Law of the University of Latvia];"
                + " PERSON Ilze Berzina-Kalna [Ilze Berzina-Kalna]"),
        // ... and at its head, a lower-case title before "of the"
        Arguments.of("The head of the Freedonia Field Office Tarik Osmanli spoke at the opening.",
            List.of("ORG=Freedonia Field Office Tarik Osmanli"),
            "ORGANIZATION Freedonia Field Office [Freedonia Field Office]; PERSON Tarik Osmanli [Tarik Osmanli]"),
        // a title of several words takes its body with "for"; a middle name makes the holder three words
        Arguments.of("Acting Assistant Attorney General for the Freedonia Rights Division Jane Maria Roe and others announced it.",
            List.of("ORG=Freedonia Rights Division Jane Maria Roe"),
            "ORGANIZATION Freedonia Rights Division [Freedonia Rights Division]; PERSON Jane Maria Roe [Jane Maria Roe]"),
        // ... or a middle initial
        Arguments.of("Acting Assistant Attorney General of the Freedonia Trade Division Tom K. Baxley announced it.",
            List.of("ORG=Freedonia Trade Division Tom K. Baxley"),
            "ORGANIZATION Freedonia Trade Division [Freedonia Trade Division]; PERSON Tom K. Baxley [Tom K. Baxley]"),
        // a region's part ends the body's name: no holder
        Arguments.of("Jo Poe, Chief Crown Prosecutor for the Freedonia Office Ruritania South, added a note.",
            List.of("ORG=Freedonia Office Ruritania South"),
            "ORGANIZATION Freedonia Office Ruritania South [Freedonia Office Ruritania South]"),
        // no title before the body: its name is left whole
        Arguments.of("The grant went to the Freedonia Field Office Tarik Osmanli.",
            List.of("ORG=Freedonia Field Office Tarik Osmanli"),
            "ORGANIZATION Freedonia Field Office Tarik Osmanli [Freedonia Field Office Tarik Osmanli]"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void splitsTheHolder(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
