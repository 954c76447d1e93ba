package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateMention;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;
import pressfacts.record.PressRecord;

/** One broken thing per row, applied to the valid fixture record; the expected problems are written by hand. */
class RecordValidatorTest {

  static Stream<Arguments> records() {
    return Stream.of(
        // The fixture as made: nothing to report.
        Arguments.of("valid", (UnaryOperator<PressRecord>) r -> r, List.of()),
        // A date moved one character right while keeping its old text.
        Arguments.of("date text off its offsets", (UnaryOperator<PressRecord>) r -> withDate(r,
            new DateMention(shift(ReviewFixtures.span("2 April 2021"), 1), "2 April 2021", r.dates().get(1).value())),
            List.of("date [" + (ReviewFixtures.span("2 April 2021").start() + 1) + ","
                + (ReviewFixtures.span("2 April 2021").end() + 1) + ") says '2 April 2021' but the text there is ' April 2021.'")),
        // A mention past the end of the text.
        Arguments.of("span outside the text", (UnaryOperator<PressRecord>) r -> withEntity(r, new Entity("e9",
            EntityType.LOCATION, "Nowhere", List.of(new Mention(new CharSpan(ReviewFixtures.TEXT.length(),
                ReviewFixtures.TEXT.length() + 3), "abc", EntityType.LOCATION)))),
            List.of("mention of e9 [" + ReviewFixtures.TEXT.length() + "," + (ReviewFixtures.TEXT.length() + 3)
                + ") lies outside the text (length " + ReviewFixtures.TEXT.length() + ")")),
        // A role whose person was dropped from the entities.
        Arguments.of("role person unknown", (UnaryOperator<PressRecord>) r -> withRole(r, new Role("e7", "judge", null)),
            List.of("person of role 'judge' names e7, which is not an entity of the record")),
        // A role whose organization is a person.
        Arguments.of("organization is a person", (UnaryOperator<PressRecord>) r -> withRole(r, new Role("e1", "judge", "e2")),
            List.of("organization of role 'judge' names e2, which is of type PERSON, not ORGANIZATION")),
        // Two entities with one id.
        Arguments.of("duplicate id", (UnaryOperator<PressRecord>) r -> withEntity(r, new Entity("e1", EntityType.PERSON,
            "Tom Berg", r.entities().get(1).mentions())), List.of("entity id e1 is used twice")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void reportsEveryProblem(String name, UnaryOperator<PressRecord> change, List<String> expected) {
    assertEquals(expected, RecordValidator.problems(change.apply(ReviewFixtures.record()), ReviewFixtures.TEXT));
  }

  private static CharSpan shift(CharSpan s, int by) {
    return new CharSpan(s.start() + by, s.end() + by);
  }

  private static PressRecord withDate(PressRecord r, DateMention d) {
    List<DateMention> dates = new ArrayList<>(r.dates());
    dates.set(1, d);
    return new PressRecord(r.schemaVersion(), r.docId(), r.title(), r.published(), r.entities(), dates, r.citations(),
        r.roles(), r.event(), r.warnings(), r.text());
  }

  private static PressRecord withEntity(PressRecord r, Entity e) {
    List<Entity> es = new ArrayList<>(r.entities());
    es.add(e);
    return new PressRecord(r.schemaVersion(), r.docId(), r.title(), r.published(), es, r.dates(), r.citations(),
        r.roles(), r.event(), r.warnings(), r.text());
  }

  private static PressRecord withRole(PressRecord r, Role ro) {
    return new PressRecord(r.schemaVersion(), r.docId(), r.title(), r.published(), r.entities(), r.dates(), r.citations(),
        List.of(ro), r.event(), r.warnings(), r.text());
  }
}
