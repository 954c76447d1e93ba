package pressfacts.db;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.Published;

/**
 * Four hand-made outcomes whose facts and query answers are worked out by hand in the tests.
 * Spans are made up (no document text is checked here); only their lengths must fit the text.
 *
 * <pre>
 * a1  published 2024-03-05 (in text), meeting 2024-03-04
 *     e1 PERSON Anna Berg (2 mentions), e2 ORG Supreme Court (1), e3 PERSON Carl Dahl (1)
 *     roles: Anna Berg Chairman Supreme Court; Carl Dahl Judge Supreme Court
 *     citations: Criminal Code AZ [section 144(1)]; ECHR INT [article 6, paragraph 1]
 *     dates: 2, warnings: 1
 * b2  published 2024-03-20 (in text), meeting
 *     e1 PERSON Anna Berg (1), e2 ORG Supreme Court (1); role Anna Berg Chairman Supreme Court
 *     citations: Criminal Code AZ [article 12]; dates: 1
 * c3  published 2024-04-02 (supplied), hearing 2024-04-01
 *     e1 PERSON Eva Falk (1, attribute honorific=Ms), e2 ORG Ministry of Justice (1), e3 PERSON Carl Dahl (1)
 *     roles: Eva Falk Minister Ministry of Justice; Carl Dahl Judge (no organization)
 *     citations: ECHR INT (no provision); untitled decree AZ of 2023-12-01
 * d4  error record EMPTY_INPUT
 * </pre>
 */
public final class TestRecords {
  static final String ECHR = "European Convention on Human Rights";

  private TestRecords() {
  }

  public static List<Outcome> all() {
    return List.of(a1(), b2(), c3(), d4());
  }

  /** {@link #all} with {@code suffix} added to every doc_id: another batch of the same facts. */
  public static List<Outcome> all(String suffix) {
    return all().stream().map(o -> renamed(o, o.docId() + suffix)).toList();
  }

  /** The outcome under another doc_id. */
  public static Outcome renamed(Outcome o, String docId) {
    return RepeatedRecords.withDocId(o, docId);
  }

  /** The record with another title. */
  public static PressRecord retitled(PressRecord r, String title) {
    return new PressRecord(r.schemaVersion(), r.docId(), title, r.published(), r.entities(), r.dates(), r.citations(),
        r.roles(), r.event(), r.warnings(), r.text());
  }

  public static PressRecord a1() {
    Entity anna = entity("e1", EntityType.PERSON, "Anna Berg", 100, 300);
    Entity court = entity("e2", EntityType.ORGANIZATION, "Supreme Court", 0);
    Entity carl = entity("e3", EntityType.PERSON, "Carl Dahl", 400);
    List<Citation> cits = List.of(
        citation(500, "section 144(1) of the Criminal Code", InstrumentKind.CODE, "Criminal Code", "AZ", null,
            List.of(new Provision(ProvisionUnit.SECTION, "144(1)"))),
        citation(600, "Article 6 paragraph 1 of the Convention", InstrumentKind.CONVENTION, ECHR, "INT", null,
            List.of(new Provision(ProvisionUnit.ARTICLE, "6"), new Provision(ProvisionUnit.PARAGRAPH, "1"))));
    List<DateMention> dates = List.of(date(50, "4 March 2024", day(2024, 3, 4)),
        date(700, "March 2024", new DateValue.Month(YearMonth.of(2024, 3))));
    return new PressRecord("1", "a1", "Court meets delegation",
        new Published("05.03.2024", day(2024, 3, 5), new CharSpan(30, 40)),
        List.of(anna, court, carl), dates, cits,
        List.of(new Role("e1", "Chairman", "e2", new CharSpan(100, 140), 1, 0.9),
            new Role("e3", "Judge", "e2", new CharSpan(400, 430), 3, 0.8)),
        new Event(EventType.MEETING, day(2024, 3, 4)),
        List.of(new Warning(WarningCode.REPEATED_TITLE, "the title stands again in the body")), null);
  }

  public static PressRecord b2() {
    return new PressRecord("1", "b2", "Chairman receives visitors",
        new Published("20.03.2024", day(2024, 3, 20), new CharSpan(30, 40)),
        List.of(entity("e1", EntityType.PERSON, "Anna Berg", 100), entity("e2", EntityType.ORGANIZATION, "Supreme Court", 0)),
        List.of(date(60, "19 March", day(2024, 3, 19))),
        List.of(citation(300, "Article 12 of the Criminal Code", InstrumentKind.CODE, "Criminal Code", "AZ", null,
            List.of(new Provision(ProvisionUnit.ARTICLE, "12")))),
        List.of(new Role("e1", "Chairman", "e2")),
        new Event(EventType.MEETING, null), List.of(), null);
  }

  public static PressRecord c3() {
    Entity eva = new Entity("e1", EntityType.PERSON, "Eva Falk",
        List.of(mention(10, "Eva Falk", EntityType.PERSON)), Map.of("honorific", "Ms"));
    return new PressRecord("1", "c3", null, Published.supplied(day(2024, 4, 2)),
        List.of(eva, entity("e2", EntityType.ORGANIZATION, "Ministry of Justice", 40),
            entity("e3", EntityType.PERSON, "Carl Dahl", 200)),
        List.of(),
        List.of(citation(250, "the Convention", InstrumentKind.CONVENTION, ECHR, "INT", null, List.of()),
            citation(300, "the decree of 1 December 2023", InstrumentKind.DECREE, null, "AZ", day(2023, 12, 1), List.of())),
        List.of(new Role("e1", "Minister", "e2"), new Role("e3", "Judge", null)),
        new Event(EventType.HEARING, day(2024, 4, 1)), List.of(), null);
  }

  public static ErrorRecord d4() {
    return new ErrorRecord("d4", ErrorCode.EMPTY_INPUT, "d4: the input holds no text");
  }

  static DateValue day(int y, int m, int d) {
    return new DateValue.Day(LocalDate.of(y, m, d));
  }

  /** An entity whose mentions all read its name, at the given starts. */
  static Entity entity(String id, EntityType type, String name, int... starts) {
    List<Mention> ms = new ArrayList<>();
    for (int s : starts) {
      ms.add(mention(s, name, type));
    }
    return new Entity(id, type, name, ms);
  }

  static Mention mention(int start, String text, EntityType type) {
    return new Mention(new CharSpan(start, start + text.length()), text, type);
  }

  static DateMention date(int start, String text, DateValue v) {
    return new DateMention(new CharSpan(start, start + text.length()), text, v);
  }

  static Citation citation(int start, String text, InstrumentKind kind, String title, String jurisdiction,
                           DateValue date, List<Provision> provision) {
    return new Citation(new CharSpan(start, start + text.length()), text,
        new Instrument(kind, title, jurisdiction, date), provision, null);
  }
}
