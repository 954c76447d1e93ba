package pressfacts.stage.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TitleLexicon#next} tries its pattern only where a title can start: it must find what a plain
 * search of the pattern finds, from every offset of texts with the cases a quick test could get wrong.
 */
class TitleLexiconTest {
  private static TitleLexicon titles;

  @BeforeAll
  static void load() {
    titles = TitleLexicon.load();
  }

  @Test
  void readsModifiersAndTitleFromTheFirstWord() {
    String text = "Senior Deputy District Attorney Jane Roe spoke.";
    TitleLexicon.Found t = titles.next(text, 0);
    assertEquals(0, t.start());
    assertEquals("Senior Deputy District Attorney".length(), t.end());
    // from inside "Senior" the next place a title starts is "Deputy"
    assertEquals("Senior ".length(), titles.next(text, 1).start());
    assertNull(titles.next(text, "Senior Deputy District Attorney".length()));
    assertNull(titles.next(text, text.length()));
  }

  @Test
  void findsWhatAPlainSearchOfThePatternFinds() {
    List<String> texts = List.of(
        "Senior Deputy District Attorney Jane Roe and DISTRICT ATTORNEY JOHN DOE met the director.",
        "The subdirector, an ex-Director and the Prime-Minister's O'Director met Vice-President Lee.",
        "Acting\nDirector Lee; Acting \n Director Lee; Chairmen and Chiefs Justice; Attorneys General",
        "Charg\u00e9 d'Affaires Ann Lee and the charg\u00e9 d\u2019affaires; judge's attorneys; district attorney",
        "Special Agent in Charge Ann Lee, 'Chief' Bob, DA Smith, Judge-Rapporteur Kim. Minister",
        "");
    for (String text : texts) {
      for (int from = 0; from <= text.length(); from++) {
        Matcher m = titles.pattern().matcher(text);
        TitleLexicon.Found t = titles.next(text, from);
        if (m.find(from)) {
          assertEquals(m.start("title"), t == null ? -1 : t.start(), "from " + from + " in: " + text);
        } else {
          assertNull(t, "from " + from + " in: " + text);
        }
      }
    }
  }
}
