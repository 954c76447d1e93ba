package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.EntityType;

/**
 * A title's holder named right after the body ("Dean of the ... University of Moldova Marta
 * Olsen-Vikere") is a person, not the end of the body's name (issue 16), through the entity stage with
 * the tagger's mentions given by hand as in {@link EntityStageTest}. Texts are made up; each expected
 * value was written from ANNOTATION.md before running.
 */
class HoldersAfterBodiesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // a place closes the body's name; the hyphenated surname has no surname ending to go by
        Arguments.of("The session was opened by the Dean of the Faculty of Law of the University of Moldova"
                + " Marta Olsen-Vikere.",
            List.of("ORG=University of Moldova Marta Olsen-Vikere"),
            "ORGANIZATION University of Moldova [University of Moldova]; PERSON Marta Olsen-Vikere [Marta Olsen-Vikere]"),
        // the body's head closes it, after a title's "for the"
        Arguments.of("Acting Assistant Attorney General for the Civil Rights Division Loretta King said so.",
            List.of("ORG=Civil Rights Division Loretta King"),
            "ORGANIZATION Civil Rights Division [Civil Rights Division]; PERSON Loretta King [Loretta King]"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheHolder(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  /** Without a title before the body, capitalised words after it are no one's name. */
  @Test
  void noTitleNoHolder() {
    assertTrue(EntityStageTest.run("The guests visited the University of Moldova Botanical Garden.", List.of()).stream()
        .noneMatch(e -> e.type() == EntityType.PERSON));
  }

  /** Words that go on after the two ("... Human Rights Office") are the body's own. */
  @Test
  void aLongerRunIsTheBodys() {
    assertTrue(EntityStageTest.run("The Head of the UN Human Rights Office spoke.", List.of()).stream()
        .noneMatch(e -> e.type() == EntityType.PERSON));
  }
}
