package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;

class FirmNamesTest {
  private static CharSpan span(String text, String part) {
    int i = text.indexOf(part);
    return new CharSpan(i, i + part.length());
  }

  @Test
  void firmEndingsMakeOrganizations() {
    String t = "Thanks to Carter Bramwell PLLC, Whitcomb Law and the Law Offices of Peter Ganz.\nThe Court, Case Law, and more.";
    FirmNames.Split s = new FirmNames().apply(t, List.of(),
        List.of(span(t, "Carter Bramwell"), span(t, "Whitcomb Law"), span(t, "Peter Ganz"), span(t, "Case Law")));
    assertEquals(List.of(span(t, "Carter Bramwell PLLC"), span(t, "Whitcomb Law"), span(t, "Law Offices of Peter Ganz")), s.orgs());
    assertEquals(List.of(span(t, "Case Law")), s.persons());
  }

  @Test
  void peoplesWordsAreNoPersons() {
    String t = "The members were African-American, said Ann Hale.";
    assertEquals(List.of(span(t, "Ann Hale")),
        new NationalityWords().without(t, List.of(span(t, "African-American"), span(t, "Ann Hale"))));
    assertTrue(new NationalityWords().isPeople("Asian-Americans"));
  }

  @Test
  void anInitialAndLawIsAPerson() {
    String t = "Queensland captain S. Law scored 80.";
    FirmNames.Split s = new FirmNames().apply(t, List.of(), List.of(span(t, "S. Law")));
    assertEquals(List.of(), s.orgs());
    assertEquals(List.of(span(t, "S. Law")), s.persons());
  }
}
