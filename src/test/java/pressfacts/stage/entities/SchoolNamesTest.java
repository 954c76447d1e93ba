package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A university's professional school ("X School of Law", "X College of Law") is one ORGANIZATION
 * (ANNOTATION.md: universities; the span is the maximal name, the place inside it no mention), through
 * the entity stage with the tagger's mentions given by hand as in {@link EntityStageTest}. Texts are
 * made up; each expected value was written from ANNOTATION.md before running.
 */
class SchoolNamesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> schools() {
    return Stream.of(
        // a place inside the name: the tagger's place is no mention of its own
        Arguments.of("The clinic is run with the Norwood Dallas College of Law and the county.",
            List.of("LOC=Dallas"),
            "ORGANIZATION Norwood Dallas College of Law [Norwood Dallas College of Law]"),
        // letters and a donor's name, nothing tagged, a lower-case descriptor after the field
        Arguments.of("Students of the KMU Haldane School of Law criminal clinic helped.",
            List.of(),
            "ORGANIZATION KMU Haldane School of Law [KMU Haldane School of Law]"),
        Arguments.of("She studied at the North Fernvale College of Law before the office.",
            List.of("LOC=Fernvale"),
            "ORGANIZATION North Fernvale College of Law [North Fernvale College of Law]"),
        // a founder's name inside it is no person; "Dean" before it is a title, not the name's
        Arguments.of("She thanked Dean Tomas Reyes of the Amos Whitcombe School of Law for the grant.",
            List.of("PER=Tomas Reyes", "PER=Amos Whitcombe"),
            "PERSON Tomas Reyes [Tomas Reyes]; ORGANIZATION Amos Whitcombe School of Law [Amos Whitcombe School of Law]"),
        // "University of X" before the school, a two-word field
        Arguments.of("He graduated from the University of Fernvale School of Public Health in 2009.",
            List.of("LOC=Fernvale"),
            "ORGANIZATION University of Fernvale School of Public Health [University of Fernvale School of Public Health]"),
        // a sentence's first word the text writes in lower case elsewhere opens no name
        Arguments.of("He studied there after the war. After Brinley College of Law he joined the office.",
            List.of(),
            "ORGANIZATION Brinley College of Law [Brinley College of Law]"));
  }

  static Stream<Arguments> noSchools() {
    return Stream.of(
        // no name before the head: a bare "School of Law" is left to the finder
        Arguments.of("The School of Law hosted the event.",
            List.of(),
            ""),
        // a field the list does not hold
        Arguments.of("She taught at the Norwood School of Dance for years.",
            List.of("LOC=Norwood"),
            "LOCATION Norwood [Norwood]"));
  }

  @ParameterizedTest
  @MethodSource("schools")
  void aProfessionalSchoolIsOneOrganization(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("noSchools")
  void otherSchoolWordsStay(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
