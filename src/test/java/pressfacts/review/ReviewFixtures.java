package pressfacts.review;

import java.util.List;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Event;
import pressfacts.doc.EventType;
import pressfacts.doc.Instrument;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.Mention;
import pressfacts.doc.Provision;
import pressfacts.doc.ProvisionUnit;
import pressfacts.doc.Role;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.record.Published;
import pressfacts.record.PressRecord;

/**
 * Hand-made records over a small invented release (no corpus text): two persons with roles (one
 * with an evidence span), a court with three mentions, a date inside a citation, a
 * back-reference, and a script tag in the text that must show as text. Spans are found by
 * searching the text, so each fact's text is the substring at its offsets by construction.
 */
final class ReviewFixtures {
  static final String TITLE = "Harbour Court of Eastland reviews its docket";
  /** Lines of filler that push the body below the first screen, so scrolling can be seen. */
  static final String FILLER = "A line of filler text that keeps the next paragraph out of view.\n".repeat(40);
  static final String TEXT = TITLE + "\n\n03.04.2021, 10:15\n" + FILLER
      + "Judge Maria Olsen of the Harbour Court met Tom Berg, adviser to the Harbour Court, on 2 April 2021.\n"
      + "Article 5 of the Law \"On Courts\" from 1 June 2020 was discussed. "
      + "The Law applies to <script>alert(1)</script> every judge.\n";

  private ReviewFixtures() {
  }

  /** The span of the {@code nth} (0-based) occurrence of {@code needle} in {@code text}. */
  static CharSpan span(String text, String needle, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + needle + "' occurs fewer than " + (nth + 1) + " times");
      }
    }
    return new CharSpan(at, at + needle.length());
  }

  static CharSpan span(String needle) {
    return span(TEXT, needle, 0);
  }

  private static Mention mention(String needle, int nth, EntityType type) {
    return Mention.of(TEXT, span(TEXT, needle, nth), type);
  }

  /** The release with the given id, warnings and event type. */
  static PressRecord record(String docId, List<Warning> warnings, EventType event) {
    Entity olsen = new Entity("e1", EntityType.PERSON, "Maria Olsen", List.of(mention("Maria Olsen", 0, EntityType.PERSON)));
    Entity berg = new Entity("e2", EntityType.PERSON, "Tom Berg", List.of(mention("Tom Berg", 0, EntityType.PERSON)));
    Entity court = new Entity("e3", EntityType.ORGANIZATION, "Harbour Court of Eastland", List.of(
        mention("Harbour Court of Eastland", 0, EntityType.ORGANIZATION),
        mention("Harbour Court", 1, EntityType.ORGANIZATION),
        mention("Harbour Court", 2, EntityType.ORGANIZATION)));
    List<DateMention> dates = List.of(
        DateMention.of(TEXT, span("03.04.2021, 10:15"), DateValue.parse("2021-04-03T10:15")),
        DateMention.of(TEXT, span("2 April 2021"), DateValue.parse("2021-04-02")),
        DateMention.of(TEXT, span("1 June 2020"), DateValue.parse("2020-06-01")));
    Instrument law = new Instrument(InstrumentKind.LAW, "On Courts", null, DateValue.parse("2020-06-01"));
    CharSpan cited = span("Article 5 of the Law \"On Courts\" from 1 June 2020");
    CharSpan backRef = span(TEXT, "Law", 1);
    List<Citation> citations = List.of(
        new Citation(cited, cited.of(TEXT), law, List.of(new Provision(ProvisionUnit.ARTICLE, "5")), null),
        new Citation(backRef, backRef.of(TEXT), law, List.of(), 0));
    List<Role> roles = List.of(
        new Role("e1", "judge", "e3", span("Judge Maria Olsen of the Harbour Court"), 0, 0.9),
        new Role("e2", "adviser", "e3"));
    DateMention published = dates.get(0);
    return new PressRecord(PressRecord.SCHEMA_VERSION, docId, TITLE, Published.of(published),
        List.of(olsen, berg, court), dates, citations, roles, new Event(event, DateValue.parse("2021-04-02")),
        warnings, null);
  }

  static PressRecord record() {
    return record("harbour", List.of(new Warning(WarningCode.PUBLISHED_BEFORE_EVENT, "the date line is before the event")),
        EventType.MEETING);
  }

  /**
   * The fixture record under {@code docId} as 'extract' gives it for a source that supplies the
   * publication date (a JSONL "published" of 2021-04-03): a value without offsets. {@code text}
   * is the text the record carries (an HTML input), or null.
   */
  static PressRecord supplied(String docId, String text) {
    PressRecord r = record(docId, List.of(), EventType.MEETING);
    return new PressRecord(r.schemaVersion(), docId, r.title(), Published.supplied(DateValue.parse("2021-04-03")),
        r.entities(), r.dates(), r.citations(), r.roles(), r.event(), r.warnings(), text);
  }

  /** Three documents for the index: one warned of its date line, one of a repeated title, one clean hearing. */
  static List<ReviewItem> items() {
    return List.of(
        new ReviewItem(record(), TEXT),
        new ReviewItem(record("harbour-repeated", List.of(new Warning(WarningCode.REPEATED_TITLE, "title repeated")),
            EventType.MEETING), TEXT),
        new ReviewItem(record("harbour-clean", List.of(), EventType.HEARING), TEXT));
  }
}
