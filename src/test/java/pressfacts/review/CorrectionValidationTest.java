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
import pressfacts.eval.RecordValidator;
import pressfacts.record.PressRecord;

/**
 * The checks the correction server relies on (it uses the same validator as {@code corpus check}): one
 * broken thing per row, applied to the valid fixture record; the expected fields are written by hand.
 */
class CorrectionValidationTest {

  static Stream<Arguments> records() {
    return Stream.of(
        // The fixture as made: nothing to report.
        Arguments.of("valid", (UnaryOperator<PressRecord>) r -> r, List.of()),
        // A date moved one character right while keeping its old text.
        Arguments.of("date text off its offsets", (UnaryOperator<PressRecord>) r -> withDate(r,
            new DateMention(shift(ReviewFixtures.span("2 April 2021"), 1), "2 April 2021", r.dates().get(1).value())),
            List.of("dates")),
        // A mention past the end of the text.
        Arguments.of("span outside the text", (UnaryOperator<PressRecord>) r -> withEntity(r, new Entity("e9",
            EntityType.LOCATION, "Nowhere", List.of(new Mention(new CharSpan(ReviewFixtures.TEXT.length(),
                ReviewFixtures.TEXT.length() + 3), "abc", EntityType.LOCATION)))),
            List.of("entities[e9].mentions")),
        // A role whose person was dropped from the entities.
        Arguments.of("role person unknown", (UnaryOperator<PressRecord>) r -> withRole(r, new Role("e7", "judge", null)),
            List.of("roles[e7/judge/null].person")),
        // A role whose organization is a person.
        Arguments.of("organization is a person", (UnaryOperator<PressRecord>) r -> withRole(r, new Role("e1", "judge", "e2")),
            List.of("roles[e1/judge/e2].organization")),
        // Two entities with one id; the copy reuses the other's mentions, so they also overlap.
        Arguments.of("duplicate id", (UnaryOperator<PressRecord>) r -> withEntity(r, new Entity("e1", EntityType.PERSON,
            "Tom Berg", r.entities().get(1).mentions())), List.of("entities[e1]", "entities[e1].mentions")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void reportsEveryProblem(String name, UnaryOperator<PressRecord> change, List<String> expected) {
    assertEquals(expected, RecordValidator.validate(change.apply(ReviewFixtures.record()), ReviewFixtures.TEXT, "d")
        .stream().map(p -> p.field()).toList());
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
