package pressfacts.stage.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A court act told of a case, not court words told of people in general (sentences written for this test). */
class CaseActsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "John Roe was sentenced on Monday to ten years.|true",
      "Roe, who was convicted in 2019, appealed.|true",
      "The jury found the defendant guilty of theft.|true",
      "The appeal was dismissed by the regional court.|true",
      "Maria Lopez se declaró culpable de robo.|true",
      "People who were arrested but never charged may apply.|false",
      "You were convicted of a crime if a judgment says so.|false",
      "Offenders charged with a felony must wait for trial.|false",
      "Sentences increased for most offences last year.|false"})
  void toldOfACase(String body, boolean expected) {
    assertEquals(expected, CaseActs.told(body));
  }
}
