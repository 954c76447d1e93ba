package pressfacts.stage.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;
import pressfacts.doc.CitationLayer;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.doc.Event;
import pressfacts.doc.EventType;
import pressfacts.doc.Header;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;

/**
 * The classifier's text (title and body proper) and the event stage run alone on it: headers are
 * written by hand with offsets counted on the text below, so neither the header stage nor a model
 * decides what is tested.
 */
class EventTextTest {
  private static final String TEXT = "Court Hears Case\nJune 1, 2024\nThe court heard the case.\n"
      + "Latest News\nOther story\n";
  private static final int BODY_START = 30;          // "The court ..."
  private static final int RELEASE_END = 55;         // after "case."
  private static final int SIDEBAR = 56;             // "Latest News"
  private static final CharSpan TITLE = new CharSpan(0, 16);

  @Test
  void offsetsOfTheHandWrittenHeader() {
    assertEquals("Court Hears Case", TITLE.of(TEXT));
    assertEquals("The court heard the case.", TEXT.substring(BODY_START, RELEASE_END));
    assertEquals("Latest News", TEXT.substring(SIDEBAR, SIDEBAR + 11));
  }

  /** The body is the release proper: from the end of the head to its last line, not the sidebar. */
  @Test
  void titleAndBodyOfAReadPage() {
    Header h = new Header(TITLE, List.of(), BODY_START, new CharSpan(0, RELEASE_END), SIDEBAR);
    assertEquals(new EventText("Court Hears Case", "The court heard the case."), EventText.of(TEXT, h, null));
  }

  /** A page not read for its release ends at its sidebar; without one, at the text's end. */
  @Test
  void bodyEndsAtTheSidebarOrTheTextsEnd() {
    Header sidebarOnly = new Header(TITLE, List.of(), BODY_START, null, SIDEBAR);
    assertEquals("The court heard the case.\n", EventText.of(TEXT, sidebarOnly, null).body());
    Header plain = new Header(TITLE, List.of(), BODY_START);
    assertEquals("The court heard the case.\nLatest News\nOther story\n", EventText.of(TEXT, plain, null).body());
  }

  /** A supplied title wins, unless it is a scraper's date line; no title anywhere gives "". */
  @Test
  void theSuppliedTitleUnlessItIsADateLine() {
    Header h = new Header(TITLE, List.of(), BODY_START);
    assertEquals("Judge Rules", EventText.of(TEXT, h, "Judge Rules").title());
    assertEquals("Court Hears Case", EventText.of(TEXT, h, "Jun. 1, 2024 Contact: Jane Roe").title());
    assertEquals("Court Hears Case", EventText.of(TEXT, h, "2024-06-01 Contact").title());
    assertEquals("", EventText.of(TEXT, new Header(null, List.of(), 0), null).title());
  }

  /** A head past the release's end (nothing left of the body) gives an empty body, not an exception. */
  @Test
  void theMonthsOfADateFirstTitleAreTheTwelvePrefixesOfTheSharedMonths() {
    // The pattern the event stage wrote inline before it read lexicon/common/months.tsv.
    assertEquals("(?i)^\\s*(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)",
        EventText.dateFirst(pressfacts.lexicon.Lexicons.load().months().keySet()).pattern());
  }

  @Test
  void aHeadAfterTheReleaseGivesAnEmptyBody() {
    Header h = new Header(TITLE, List.of(), SIDEBAR + 5, new CharSpan(0, RELEASE_END), SIDEBAR);
    assertEquals("", EventText.of(TEXT, h, null).body());
  }

  /** The stage hands the classifier exactly EventText's title and body, and dates the event from the lead. */
  @Test
  void theStageClassifiesEventText() {
    Header h = new Header(TITLE, List.of(), BODY_START, new CharSpan(0, RELEASE_END), SIDEBAR);
    List<String> seen = new ArrayList<>();
    EventTypeClassifier recording = (title, body) -> {
      seen.add(title);
      seen.add(body);
      return EventType.STATEMENT;
    };
    int d = TEXT.indexOf("June 1, 2024");
    DateMention dateLine = DateMention.of(TEXT, new CharSpan(d, d + 12), DateValue.parse("2024-06-01"));
    Annotations in = Annotations.empty().with(Keys.HEADER, h)
        .with(Keys.DATES, new DateLayer(List.of(dateLine), dateLine))
        .with(Keys.CITATIONS, new CitationLayer(List.of()));
    Event got = new EventStage(recording).apply(new Document("d", TEXT, null, "Judge Rules", List.of()), in)
        .get(Keys.EVENT);
    assertEquals(List.of("Judge Rules", "The court heard the case."), seen);
    // the body names no day and the release is itself the event (a statement): the date line's day
    assertEquals(new Event(EventType.STATEMENT, DateValue.parse("2024-06-01")), got);
  }
}
