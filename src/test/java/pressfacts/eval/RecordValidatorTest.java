package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pressfacts.doc.EntityType.ORGANIZATION;
import static pressfacts.doc.EntityType.PERSON;
import static pressfacts.doc.InstrumentKind.CODE;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.Citation;
import pressfacts.doc.Instrument;
import pressfacts.record.PressRecord;

/** The invariants on predicted records, as tests call them after a pipeline run. */
class RecordValidatorTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // a consistent record
        Arguments.of(Rec.doc().entity("e1", PERSON, "Mary Brown", "Mary Brown")
            .entity("e2", ORGANIZATION, "Northland District Court", "Northland District Court")
            .role("e1", "judge", "e2").build(), ""),
        // the same role twice
        Arguments.of(Rec.doc().entity("e1", PERSON, "Mary Brown", "Mary Brown").role("e1", "judge", null)
            .role("e1", "Judge", null).build(),
            "d1: roles[e1/Judge/null]: the same role is listed twice (one role per person, title and organization)"),
        // the same mention in two entities overlaps itself
        Arguments.of(Rec.doc().entity("e1", PERSON, "Brown", "Brown#2").entity("e2", PERSON, "Brown", "Brown#2").build(),
            "d1: entities[e1].mentions [93,98): PERSON mention 'Brown' overlaps PERSON mention 'Brown' at [93,98)"
                + " (entities[e2].mentions)"),
        // a jurisdiction that is no country code
        Arguments.of(Rec.doc().citation("Civil Code", CODE, "Civil Code", "Northland").build(),
            "d1: citations.instrument.jurisdiction [122,132): 'Northland' is not an ISO 3166-1 alpha-2 code, an ISO 3166-2 code, INT or null"),
        // a back-reference bound to itself
        Arguments.of(withSelfAntecedent(),
            "d1: citations.antecedent [122,132): antecedent 0 is not the index of another citation (0..0)"));
  }

  static PressRecord withSelfAntecedent() {
    Citation c = new Citation(Rec.span("Civil Code"), "Civil Code", new Instrument(CODE, "Civil Code", null, null),
        List.of(), 0);
    return new PressRecord(PressRecord.SCHEMA_VERSION, "d1", null, null, List.of(), List.of(), List.of(c), List.of(),
        null, List.of(), null);
  }

  @ParameterizedTest
  @MethodSource("rows")
  void findsBrokenInvariants(PressRecord r, String expected) {
    assertEquals(expected, RecordValidator.validate(r, Rec.TEXT, r.docId()).stream().map(Problem::toString)
        .collect(Collectors.joining("\n")));
  }
}
