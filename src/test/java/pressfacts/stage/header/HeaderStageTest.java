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

  /** Navigation and labels before the headline are page furniture, not the title. */
  @Test
  void navigationBeforeTheHeadlineIsNotTheTitle() {
    assertEquals("First DA Citizens' Academy |  | The office a",
        describe("Skip to main content\nFirst DA Citizens' Academy\n\nJanuary 5, 2024\n\nThe office announces a course."));
    assertEquals("Courts increase sentences |  | The press re",
        describe("Category: Press Releases\nCourts increase sentences\nThe press release issued today."));
    assertEquals("Court decision |  | Published: 1",
        describe("Press Release\n\n\nCourt decision\n\nPublished: 10/19/2018"));
  }

  /**
   * The release proper runs from its title to its last prose line; a sidebar heading after the
   * first prose line opens the sidebars (its teasers, dates and footers are outside the release).
   */
  @Test
  void theReleaseEndsWhereItsSidebarsBegin() {
    String text = "Man charged\nHome\nNews\nA man was charged today with murder in the city of Escondido.\n"
        + "He was held on bail and will be arraigned in the court next week as planned.\nShare\nLatest Posts\n"
        + "Woman sentenced\nJune 3, 2026\nThe District Attorney announced today that a woman was sentenced\n";
    Header h = HeaderStage.read(text);
    assertEquals("Man charged", h.title().of(text));
    assertEquals(0, h.release().start());
    assertEquals(text.indexOf("\nShare"), h.release().end());
    assertEquals(text.indexOf("Latest Posts"), h.sidebarStart());
  }

  /** A sidebar heading before any prose is a category label ("In The News"), and a page without prose has no release. */
  @Test
  void aHeadingBeforeTheProseOpensNoSidebar() {
    String text = "Skip to main content\nIn The News\nMEASURE BEFORE THE GOVERNOR\nJune 16, 2025\n"
        + "On the final day of the session the assembly passed a measure on gun permits.\n";
    Header h = HeaderStage.read(text);
    assertEquals(Integer.MAX_VALUE, h.sidebarStart());
    assertEquals(text.length() - 1, h.release().end());
    assertEquals(null, HeaderStage.read("Title\nHome\nNews\n").release());
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
