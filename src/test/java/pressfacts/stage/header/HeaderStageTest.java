package pressfacts.stage.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.Header;

class HeaderStageTest {

  /** Compact form: title | repeated line starts | the first characters of the body. */
  private static String describe(String text) {
    Header h = HeaderStage.read(text);
    String title = h.title() == null ? "-" : h.title().of(text);
    String repeats = h.repeatedTitles().stream().map(s -> String.valueOf(s.start())).collect(Collectors.joining(","));
    String body = text.substring(h.bodyStart()).strip();
    return title + " | " + repeats + " | " + body.substring(0, Math.min(12, body.length()));
  }

  static Stream<Arguments> heads() {
    return Stream.of(
        // title, blank, date line, title twice, body (the seed's shape); repeats start at 36 (17 + 1 + 18) and 53
        Arguments.of("Court met envoys\n\n05.08.2008, 12:35\nCourt met envoys\nCourt met envoys\n\nOn Monday the",
            "Court met envoys | 36,53 | On Monday th"),
        // a category date line
        Arguments.of("Plenum held\nCategory: News 8.09.2008 12:35\n  The Plenum met.", "Plenum held |  | The Plenum m"),
        // a date line before the title, and a trailing read counter
        Arguments.of("24 October 2023\nDELEGATION VISITED\nThe delegation", "DELEGATION VISITED |  | The delegati"),
        Arguments.of("Chairman met\n\n  15 November 2018    Read: 1094\nChairman met\n\nA delegation", "Chairman met | 47 | A delegation"),
        // no date line: the body follows the title at once
        Arguments.of("Title only\nBody sentence here.", "Title only |  | Body sentenc"),
        // the title repeated with other spacing and NBSP still counts as a repeat
        Arguments.of("Court  met envoys\nCourt\u00a0met envoys\nBody.", "Court  met envoys | 18 | Body."),
        // a line mentioning a date inside prose is body, not a date line
        Arguments.of("Title\nOn 5 May 2020 the court met.", "Title |  | On 5 May 202"));
  }

  @ParameterizedTest
  @MethodSource("heads")
  void readsTheHead(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  @Test
  void emptyTextHasNoTitle() {
    assertEquals("- |  | ", describe(""));
  }

  @Test
  void titleRepeatedFurtherDownTheBodyIsAlsoReported() {
    String t = "Court met\n\nThe court met today.\n\nCourt met\n";
    assertEquals("Court met | 33 | The court me", describe(t));
  }
}
