package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code corpus check} on tiny hand-made gold files (src/test/resources/pressfacts/eval/check/):
 * each broken file differs from valid.json in one way. The text of every fixture is
 * "Northland Court News\n12.03.2022, 10:15\nJudge Mary Brown of the Northland District Court met
 * Peter Green in Southport on 3 May 2021. Brown cited Article 5 of the Civil Code of Northland from
 * 1 June 2020.\n" (203 characters): "Mary Brown" is [45,55), "Northland District Court" [63,87),
 * "Peter Green" [92,103), the date line [21,38), the citation [144,201), "Civil Code" [161,171).
 */
class CorpusCheckerTest {

  static Path fixtures() throws URISyntaxException {
    return Path.of(CorpusCheckerTest.class.getResource("/pressfacts/eval/check/valid.json").toURI()).getParent();
  }

  static Stream<Arguments> files() {
    return Stream.of(
        // a correct file
        Arguments.of("valid", ""),
        // a mention text of the right length that is not the text at its offsets
        Arguments.of("text-differs", "entities[e1].mentions [45,55): text 'Mary Brawn' is not the text at these offsets: 'Mary Brown'"),
        // a mention text longer than its span (caught before reading: the record could not hold it)
        Arguments.of("text-too-long", "entities[1].mentions[0] [92,103): text 'Peter Greene' has 12 characters, the span 11"),
        // a date that ends after the text
        Arguments.of("span-outside", "dates [201,206): span ends after the text (length 203)"),
        // an instrument kind that the contract does not have
        Arguments.of("bad-kind", "citations[0].instrument.kind: 'statute' is not one of act, agreement, charter, code,"
            + " constitution, convention, decision, decree, directive, law, memorandum, order, other, protocol,"
            + " regulation, resolution, treaty"),
        // a provision unit that the contract does not have
        Arguments.of("bad-unit", "citations[0].provision[0].unit: 'verse' is not one of article, chapter, clause,"
            + " paragraph, part, point, section, subparagraph"),
        // an event type that the contract does not have
        Arguments.of("bad-event", "event.type: 'party' is not one of agreement, appointment, ceremony, conference,"
            + " hearing, legislation, meeting, other, plenum, statement, training, visit"),
        // an entity type that the contract does not have
        Arguments.of("bad-entity-type", "entities[3].type: 'PLACE' is not one of LOCATION, ORGANIZATION, PERSON"),
        // two entities with the id e2
        Arguments.of("duplicate-id", "entities[e2]: entity id 'e2' is used twice"),
        // a role of an unknown id, a role at a LOCATION, a role held by an ORGANIZATION
        Arguments.of("bad-roles", "roles[e9/judge/null].person: 'e9' is no entity id\n"
            + "roles[e2/mayor/e4].organization: 'e4' is of type LOCATION, not ORGANIZATION\n"
            + "roles[e3/judge/null].person: 'e3' is of type ORGANIZATION, not PERSON"),
        // a PERSON inside an ORGANIZATION mention, an ORGANIZATION inside a citation; the date inside
        // the citation is fine
        Arguments.of("overlap", "entities[e5].mentions [63,72): PERSON mention 'Northland' overlaps ORGANIZATION"
            + " mention 'Northland District Court' at [63,87) (entities[e3].mentions)\n"
            + "citations [144,201): citation 'Article 5 of the Civil Code of Northland from 1 June 2020' overlaps"
            + " ORGANIZATION mention 'Civil Code' at [161,171) (entities[e6].mentions)"),
        // doc_id is not the file name
        Arguments.of("doc-id-differs", "doc_id: 'another-id' differs from the file name 'doc-id-differs'"),
        // the date line is not among the dates
        Arguments.of("published-not-in-dates", "published [21,38): the date line (value 2022-03-12T10:15) is not"
            + " also in dates with the same offsets and value"),
        // no text file beside the gold file
        Arguments.of("no-text", "file: no text file no-text.txt beside it (nor a \"pool\" reference)"));
  }

  @ParameterizedTest
  @MethodSource("files")
  void saysWhatIsWrongWhere(String id, String expected) throws URISyntaxException {
    Path json = fixtures().resolve(id + ".json");
    List<Problem> problems = CorpusChecker.checkFile(json);
    String prefix = json + ": ";
    for (Problem p : problems) {
      assertTrue(p.toString().startsWith(prefix), p::toString);
    }
    assertEquals(expected, problems.stream().map(p -> p.toString().substring(prefix.length()))
        .collect(Collectors.joining("\n")));
  }

  @Test
  void reportsJsonThatDoesNotParse() throws URISyntaxException {
    List<Problem> problems = CorpusChecker.checkFile(fixtures().resolve("not-json.json"));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).toString().contains("not-json.json: json: not JSON: "), problems.get(0)::toString);
  }

  @Test
  void checksEveryFileOfAFolder() throws URISyntaxException {
    CorpusChecker.Result r = CorpusChecker.check(List.of(fixtures()));
    // 15 .json fixtures; valid.json is the only one without a problem
    assertEquals(15, r.files());
    assertEquals(14, r.problems().stream().map(Problem::where).distinct().count());
  }

  @Test
  void readsAValidGoldFileForEval() throws Exception {
    List<GoldDoc> docs = GoldCorpus.read(fixtures().resolve("valid.json"));
    assertEquals(1, docs.size());
    assertEquals("valid", docs.get(0).docId());
    assertEquals(203, docs.get(0).text().length());
  }

  /** The seed's gold file keeps every rule, and scores 1.0 against itself. */
  @Test
  void seedGoldPasses() throws Exception {
    Path seed = Path.of("../shared/seed-press-release.gold.json");
    assumeTrue(Files.isRegularFile(seed), "no ../shared folder here");
    assertEquals(List.of(), CorpusChecker.check(List.of(seed)).problems());
    List<GoldDoc> docs = GoldCorpus.read(seed);
    EvalReport report = Evaluator.evaluate(docs, List.of(docs.get(0).gold()));
    for (EvalReport.Row row : report.rows()) {
      assertEquals(0, row.counts().fp() + row.counts().fn(), row::toString);
    }
    for (EvalReport.ShareRow s : report.shares()) {
      assertEquals(s.share().total(), s.share().hits(), s::toString);
    }
  }
}
