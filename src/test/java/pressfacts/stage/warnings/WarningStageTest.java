package pressfacts.stage.warnings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.doc.Event;
import pressfacts.doc.EventType;
import pressfacts.doc.TokenLayer;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.stage.header.HeaderStage;

class WarningStageTest {
  private static final WarningStage STAGE = new WarningStage(LanguageCheck.load());
  private static final DateValue JAN_1 = new DateValue.Day(LocalDate.of(2020, 1, 1));
  private static final DateValue FEB_1 = new DateValue.Day(LocalDate.of(2020, 2, 1));

  private static List<Warning> run(Document doc, DateValue eventDate, TokenLayer tokens, List<Warning> fromStages) {
    Annotations in = Annotations.empty()
        .with(Keys.HEADER, HeaderStage.read(doc.text()))
        .with(Keys.TOKENS, tokens)
        .with(Keys.DATES, new DateLayer(List.of(), null))
        .with(Keys.EVENT, new Event(EventType.OTHER, eventDate))
        .withWarnings(fromStages);
    return STAGE.apply(doc, in).get(Keys.WARNINGS).warnings();
  }

  private static TokenLayer english() {
    return new TokenLayer(LanguageCheckTest.tokens(10, 20, 0), List.of());
  }

  @Test
  void aCleanDocumentHasNoWarnings() {
    Document doc = new Document("d", "Title\nBody text.", JAN_1, null, List.of());
    assertEquals(List.of(), run(doc, JAN_1, english(), List.of()));
  }

  @Test
  void mergesSourceOwnStageAndLanguageWarningsInOrder() {
    // "Title\n" is 6 characters: the repeat stands at offset 6
    Document doc = new Document("d", "Title\nTitle\nBody text.", JAN_1, null,
        List.of(new Warning(WarningCode.INVALID_UTF8, "source")));
    Warning fromNer = new Warning(WarningCode.LONG_SENTENCE_SPLIT, "ner");
    Warning fromCitations = new Warning(WarningCode.UNRESOLVED_REFERENCE, "citations");
    TokenLayer notEnglish = new TokenLayer(LanguageCheckTest.tokens(0, 30, 0), List.of());
    List<Warning> out = run(doc, FEB_1, notEnglish, List.of(fromNer, fromCitations));
    assertEquals(List.of(WarningCode.INVALID_UTF8, WarningCode.REPEATED_TITLE, WarningCode.PUBLISHED_BEFORE_EVENT,
        WarningCode.LONG_SENTENCE_SPLIT, WarningCode.UNRESOLVED_REFERENCE, WarningCode.NOT_ENGLISH),
        out.stream().map(Warning::code).toList());
    assertEquals("the title line stands 1 more time(s) in the text, first at offset 6; it is counted once",
        out.get(1).message());
    assertEquals("the date line (2020-01-01) is earlier than the event it reports (2020-02-01); check which is right",
        out.get(2).message());
    assertEquals(fromNer, out.get(3));
    assertEquals(fromCitations, out.get(4));
    assertEquals("only 0% of the words are English function words; the text does not look like English and the"
        + " facts found in it are unreliable", out.get(5).message());
  }

  @Test
  void anEventOnThePublishedDayIsNoWarning() {
    Document doc = new Document("d", "Title\nBody text.", FEB_1, null, List.of());
    assertEquals(List.of(), run(doc, FEB_1, english(), List.of()));
  }
}
