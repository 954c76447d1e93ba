package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pressfacts.doc.EntityType.LOCATION;
import static pressfacts.doc.EntityType.ORGANIZATION;
import static pressfacts.doc.EntityType.PERSON;
import static pressfacts.doc.InstrumentKind.CODE;
import static pressfacts.doc.InstrumentKind.LAW;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.EventType;

/**
 * Every rule of "How the scorer compares" on one invented sentence ({@link Rec#TEXT}); expected
 * counts worked out by hand. A row gives gold, prediction, the metric, the type (null for a share)
 * and the expected "tp= fp= fn=" or "hits/total".
 */
class ScorerTest {

  static Arguments row(Supplier<Rec> gold, Supplier<Rec> pred, String metric, String type, String expected) {
    return Arguments.of(gold, pred, metric, type, expected);
  }

  static Rec brown() {
    return Rec.doc().entity("e1", PERSON, "Mary Brown", "Mary Brown", "Brown#2");
  }

  static Rec court() {
    return Rec.doc().entity("e2", ORGANIZATION, "Northland District Court", "Northland District Court");
  }

  static Stream<Arguments> mentions() {
    String strict = MentionScorer.STRICT;
    String lenient = MentionScorer.LENIENT;
    return Stream.of(
        // the same mention on both sides
        row(() -> Rec.doc().entity("e1", PERSON, "Mary Brown", "Mary Brown"),
            () -> Rec.doc().entity("x", PERSON, "Mary Brown", "Mary Brown"), strict, "PERSON", "tp=1 fp=0 fn=0"),
        // empty prediction: the gold mentions are missed
        row(ScorerTest::brown, Rec::doc, strict, "PERSON", "tp=0 fp=0 fn=2"),
        // empty gold: the predicted mention is a false positive
        row(Rec::doc, ScorerTest::brown, strict, "PERSON", "tp=0 fp=2 fn=0"),
        // both empty: zero counts (printed n/a)
        row(Rec::doc, Rec::doc, strict, "PERSON", "tp=0 fp=0 fn=0"),
        // a shorter span: wrong strictly, right leniently
        row(() -> Rec.doc().entity("e1", PERSON, "Mary Brown", "Mary Brown"),
            () -> Rec.doc().entity("x", PERSON, "Brown", "Brown"), strict, "PERSON", "tp=0 fp=1 fn=1"),
        row(() -> Rec.doc().entity("e1", PERSON, "Mary Brown", "Mary Brown"),
            () -> Rec.doc().entity("x", PERSON, "Brown", "Brown"), lenient, "PERSON", "tp=1 fp=0 fn=0"),
        // an overlapping span of another type does not match leniently
        row(ScorerTest::court, () -> Rec.doc().entity("x", LOCATION, "Northland", "Northland"),
            lenient, "ORGANIZATION", "tp=0 fp=0 fn=1"),
        row(ScorerTest::court, () -> Rec.doc().entity("x", LOCATION, "Northland", "Northland"),
            lenient, "LOCATION", "tp=0 fp=1 fn=0"),
        // the same mention predicted twice (in two entities): the second is a false positive
        row(() -> Rec.doc().entity("e1", PERSON, "Mary Brown", "Mary Brown"),
            () -> Rec.doc().entity("x", PERSON, "Mary Brown", "Mary Brown").entity("y", PERSON, "Mary Brown", "Mary Brown"),
            strict, "PERSON", "tp=1 fp=1 fn=0"),
        // two predictions inside one gold span: the gold is matched once, the other prediction is wrong
        row(ScorerTest::court, () -> Rec.doc().entity("x", ORGANIZATION, "Northland District", "Northland District")
                .entity("y", ORGANIZATION, "District Court", "District Court"),
            lenient, "ORGANIZATION", "tp=1 fp=1 fn=0"));
  }

  static Stream<Arguments> entities() {
    String m = EntityScorer.METRIC;
    return Stream.of(
        // same name
        row(ScorerTest::brown, () -> Rec.doc().entity("x", PERSON, "Mary Brown", "Mary Brown"), m, "PERSON", "tp=1 fp=0 fn=0"),
        // the predicted name "Brown" equals the text of a gold mention
        row(ScorerTest::brown, () -> Rec.doc().entity("x", PERSON, "Brown", "Brown#2"), m, "PERSON", "tp=1 fp=0 fn=0"),
        // a leading article and case ignored: "the northland district court" = "Northland District Court"
        row(ScorerTest::court, () -> Rec.doc().entity("x", ORGANIZATION, "the northland district court", "District Court"),
            m, "ORGANIZATION", "tp=1 fp=0 fn=0"),
        // spacing and punctuation ignored: "Peter  Green." = "Peter Green"
        row(() -> Rec.doc().entity("e3", PERSON, "Peter Green", "Peter Green"),
            () -> Rec.doc().entity("x", PERSON, "Peter  Green.", "Green"), m, "PERSON", "tp=1 fp=0 fn=0"),
        // no shared name: one false positive and one false negative
        row(() -> Rec.doc().entity("e3", PERSON, "Peter Green", "Peter Green"),
            () -> Rec.doc().entity("x", PERSON, "Mary Brown", "Mary Brown"), m, "PERSON", "tp=0 fp=1 fn=1"),
        // a duplicated predicted entity: the gold is matched once, the duplicate is a false positive
        row(ScorerTest::brown, () -> Rec.doc().entity("x", PERSON, "Mary Brown", "Mary Brown")
            .entity("y", PERSON, "Mary Brown", "Brown#2"), m, "PERSON", "tp=1 fp=1 fn=0"),
        // the largest one-to-one matching: gold "Brown" could take either prediction, gold "Mary Brown"
        // only the first; pairing gold "Brown" with the second keeps both (a greedy pass would get 1)
        row(() -> Rec.doc().entity("e1", PERSON, "Brown", "Brown#2").entity("e2", PERSON, "Mary Brown", "Mary Brown"),
            () -> Rec.doc().entity("x", PERSON, "Mary Brown", "Mary Brown", "Brown#2").entity("y", PERSON, "Brown", "Brown#2"),
            m, "PERSON", "tp=2 fp=0 fn=0"),
        // same name, other type: no match
        row(ScorerTest::court, () -> Rec.doc().entity("x", LOCATION, "Northland District Court", "Northland District Court"),
            m, "ORGANIZATION", "tp=0 fp=0 fn=1"),
        // empty gold and prediction
        row(Rec::doc, Rec::doc, m, "LOCATION", "tp=0 fp=0 fn=0"));
  }

  static Stream<Arguments> dates() {
    Supplier<Rec> gold = () -> Rec.doc().date("3 May 2021", "2021-05-03");
    return Stream.of(
        // exact span and value
        row(gold, () -> Rec.doc().date("3 May 2021", "2021-05-03"), DateScorer.STRICT, "DATE", "tp=1 fp=0 fn=0"),
        row(gold, () -> Rec.doc().date("3 May 2021", "2021-05-03"), DateScorer.VALUE, "DATE", "tp=1 fp=0 fn=0"),
        // shorter span, same value: strict miss, lenient and value hits
        row(gold, () -> Rec.doc().date("May 2021", "2021-05-03"), DateScorer.STRICT, "DATE", "tp=0 fp=1 fn=1"),
        row(gold, () -> Rec.doc().date("May 2021", "2021-05-03"), DateScorer.LENIENT, "DATE", "tp=1 fp=0 fn=0"),
        row(gold, () -> Rec.doc().date("May 2021", "2021-05-03"), DateScorer.VALUE, "DATE", "tp=1 fp=0 fn=0"),
        // overlapping, other value: lenient hit, value miss
        row(gold, () -> Rec.doc().date("May 2021", "2021-05"), DateScorer.VALUE, "DATE", "tp=0 fp=1 fn=1"),
        // no overlap: a value cannot count
        row(gold, () -> Rec.doc().date("Judge", "2021-05-03"), DateScorer.VALUE, "DATE", "tp=0 fp=1 fn=1"),
        // the date predicted twice: one true positive, one false positive
        row(gold, () -> Rec.doc().date("3 May 2021", "2021-05-03").date("3 May 2021", "2021-05-03"),
            DateScorer.VALUE, "DATE", "tp=1 fp=1 fn=0"),
        // empty prediction
        row(gold, Rec::doc, DateScorer.LENIENT, "DATE", "tp=0 fp=0 fn=1"));
  }

  static Stream<Arguments> citations() {
    Supplier<Rec> gold = () -> Rec.doc().citation("Article 5 of the Civil Code", CODE, "Civil Code", null, "article 5");
    return Stream.of(
        // exact
        row(gold, gold, CitationScorer.STRICT, "CITATION", "tp=1 fp=0 fn=0"),
        row(gold, gold, CitationScorer.PROVISION, null, "1/1"),
        // instrument only: strict miss, lenient hit, provision differs
        row(gold, () -> Rec.doc().citation("Civil Code", CODE, "Civil Code", null),
            CitationScorer.STRICT, "CITATION", "tp=0 fp=1 fn=1"),
        row(gold, () -> Rec.doc().citation("Civil Code", CODE, "Civil Code", null),
            CitationScorer.LENIENT, "CITATION", "tp=1 fp=0 fn=0"),
        row(gold, () -> Rec.doc().citation("Civil Code", CODE, "Civil Code", null), CitationScorer.PROVISION, null, "0/1"),
        // title compared without case and punctuation
        row(gold, () -> Rec.doc().citation("Civil Code", CODE, "civil code.", null), CitationScorer.TITLE, null, "1/1"),
        // other words in the title
        row(gold, () -> Rec.doc().citation("Civil Code", CODE, "Code", null), CitationScorer.TITLE, null, "0/1"),
        // other kind
        row(gold, () -> Rec.doc().citation("Civil Code", LAW, "Civil Code", null), CitationScorer.KIND, null, "0/1"),
        // jurisdiction given where gold has null
        row(gold, () -> Rec.doc().citation("Civil Code", CODE, "Civil Code", "NL"), CitationScorer.JURISDICTION, null, "0/1"),
        row(gold, gold, CitationScorer.JURISDICTION, null, "1/1"),
        // no lenient match: no attribute compared (n/a)
        row(gold, Rec::doc, CitationScorer.KIND, null, "0/0"));
  }

  /** Gold: Mary Brown is judge at the Northland District Court; Peter Green holds nothing. */
  static Rec judgeBrown() {
    return brown().entity("e2", ORGANIZATION, "Northland District Court", "Northland District Court")
        .entity("e3", PERSON, "Peter Green", "Peter Green").role("e1", "judge", "e2");
  }

  /** A prediction's entities (other ids than the gold's), its roles still to add. */
  static Rec roleEntities() {
    return Rec.doc().entity("p7", PERSON, "Mary Brown", "Mary Brown")
        .entity("p8", PERSON, "Peter Green", "Peter Green")
        .entity("p9", ORGANIZATION, "Northland District Court", "Northland District Court");
  }

  static Stream<Arguments> roles() {
    String m = RoleScorer.METRIC;
    String t = RoleScorer.TYPE;
    Supplier<Rec> gold = ScorerTest::judgeBrown;
    Supplier<Rec> predEntities = ScorerTest::roleEntities;
    return Stream.of(
        // other ids, same entities; title case ignored
        row(gold, () -> predEntities.get().role("p7", "Judge", "p9"), m, t, "tp=1 fp=0 fn=0"),
        // a leading article and punctuation in the title ignored
        row(gold, () -> predEntities.get().role("p7", "the judge.", "p9"), m, t, "tp=1 fp=0 fn=0"),
        // organization missing in the prediction
        row(gold, () -> predEntities.get().role("p7", "judge", null), m, t, "tp=0 fp=1 fn=1"),
        // organization null on both sides
        row(() -> gold.get().role("e3", "mayor", null), () -> predEntities.get().role("p8", "mayor", null)
            .role("p7", "judge", "p9"), m, t, "tp=2 fp=0 fn=0"),
        // the person found by a mention text ("Brown")
        row(gold, () -> Rec.doc().entity("p1", PERSON, "Brown", "Brown#2")
            .entity("p9", ORGANIZATION, "Northland District Court", "Northland District Court")
            .role("p1", "judge", "p9"), m, t, "tp=1 fp=0 fn=0"),
        // the same role predicted twice: a false positive
        row(gold, () -> predEntities.get().role("p7", "judge", "p9").role("p7", "Judge", "p9"), m, t, "tp=1 fp=1 fn=0"),
        // a person id that resolves to no entity matches nothing
        row(gold, () -> predEntities.get().role("p5", "judge", "p9"), m, t, "tp=0 fp=1 fn=1"),
        // another title
        row(gold, () -> predEntities.get().role("p7", "chief judge", "p9"), m, t, "tp=0 fp=1 fn=1"),
        // the wrong person
        row(gold, () -> predEntities.get().role("p8", "judge", "p9"), m, t, "tp=0 fp=1 fn=1"));
  }

  static Stream<Arguments> personTitle() {
    String m = RoleScorer.PERSON_TITLE;
    String t = RoleScorer.TYPE;
    Supplier<Rec> gold = ScorerTest::judgeBrown;
    Supplier<Rec> predEntities = ScorerTest::roleEntities;
    return Stream.of(
        // the organization missed: still the right person with the right title
        row(gold, () -> predEntities.get().role("p7", "judge", null), m, t, "tp=1 fp=0 fn=0"),
        // another organization: the same
        row(gold, () -> predEntities.get().role("p7", "Judge", "p8"), m, t, "tp=1 fp=0 fn=0"),
        // one title at two organizations is one pair on each side
        row(() -> gold.get().role("e1", "judge", null), () -> predEntities.get().role("p7", "judge", "p9"), m, t,
            "tp=1 fp=0 fn=0"),
        // the wrong person or another title still fails
        row(gold, () -> predEntities.get().role("p8", "judge", "p9"), m, t, "tp=0 fp=1 fn=1"),
        row(gold, () -> predEntities.get().role("p7", "chief judge", "p9"), m, t, "tp=0 fp=1 fn=1"));
  }

  static Stream<Arguments> documentValues() {
    return Stream.of(
        // equal published values
        row(() -> Rec.doc().published("2021-05-03"), () -> Rec.doc().published("2021-05-03"), Evaluator.PUBLISHED, null, "1/1"),
        // another precision is another value
        row(() -> Rec.doc().published("2021-05-03"), () -> Rec.doc().published("2021-05-03T10:00"),
            Evaluator.PUBLISHED, null, "0/1"),
        // no published on either side: equal
        row(Rec::doc, Rec::doc, Evaluator.PUBLISHED, null, "1/1"),
        // published missed
        row(() -> Rec.doc().published("2021-05-03"), Rec::doc, Evaluator.PUBLISHED, null, "0/1"),
        // same event type, event date missed
        row(() -> Rec.doc().event(EventType.MEETING, "2021-05-03"), () -> Rec.doc().event(EventType.MEETING, null),
            Evaluator.EVENT_TYPE, null, "1/1"),
        row(() -> Rec.doc().event(EventType.MEETING, "2021-05-03"), () -> Rec.doc().event(EventType.MEETING, null),
            Evaluator.EVENT_DATE, null, "0/1"),
        // other event type
        row(() -> Rec.doc().event(EventType.MEETING, null), () -> Rec.doc().event(EventType.VISIT, null),
            Evaluator.EVENT_TYPE, null, "0/1"));
  }

  @ParameterizedTest
  @MethodSource({"mentions", "entities", "dates", "citations", "roles", "personTitle", "documentValues"})
  void scoresAsTheRulesSay(Supplier<Rec> gold, Supplier<Rec> pred, String metric, String type, String expected) {
    Tally t = new Tally();
    Evaluator.score(gold.get().build(), pred.get().build(), t);
    assertEquals(expected, type == null ? t.share(metric).toString() : t.counts(metric, type).toString());
  }
}
