package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameOrderTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Rzayev R.|R. Rzayev",
      "Huseynova S.R.|S.R. Huseynova",
      "Aliyev Kh. A.|Kh. A. Aliyev",
      "IVANOV Sergei Petrovich|Sergei Petrovich IVANOV",
      "BAT-ERDENE Batbayar|Batbayar BAT-ERDENE",
      // written given name first, or no surname first: as written
      "Ramiz Rzayev|Ramiz Rzayev",
      "R. Rzayev|R. Rzayev",
      "Zühtü ARSLAN|Zühtü ARSLAN",
      "Taylor Jr.|Taylor Jr.",
      "NATO Smith Jones Brown Green|NATO Smith Jones Brown Green"})
  void putsTheGivenNameFirst(String written, String expected) {
    assertEquals(expected, PersonNameOrder.givenFirst(written));
  }
}
