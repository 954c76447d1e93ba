package pressfacts.eval.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;
import pressfacts.eval.Counts;

/**
 * Exact-span scoring on one hand-made document. Its text is
 * "Jan Smit visited New York for Acme Bank and Dutch fans ." with the offsets
 * Jan 0-3, Smit 4-8, visited 9-16, New 17-20, York 21-25, for 26-29, Acme 30-34, Bank 35-39,
 * and 40-43, Dutch 44-49, fans 50-54, . 55-56.
 */
class ConllScoreTest {

  private static ConllDocument doc() throws ConllFormatException {
    return ConllReader.parse(Path.of("t"), List.of("Jan B-PER", "Smit I-PER", "visited O", "New B-LOC", "York I-LOC",
        "for O", "Acme B-ORG", "Bank I-ORG", "and O", "Dutch B-MISC", "fans O", ". O")).get(0);
  }

  @Test
  void aMentionMapsToTokensOnlyWhenItStartsAndEndsOnTokenBoundaries() throws ConllFormatException {
    ConllDocument d = doc();
    assertEquals("Jan Smit visited New York for Acme Bank and Dutch fans .", d.text());
    assertEquals(List.of(3, 5), d.tokenRange(new CharSpan(17, 25)).map(r -> List.of(r[0], r[1])).orElseThrow());
    assertEquals(Optional.empty(), d.tokenRange(new CharSpan(17, 21)).map(r -> List.of(r[0], r[1])), "takes the space after New");
    assertEquals(Optional.empty(), d.tokenRange(new CharSpan(18, 25)).map(r -> List.of(r[0], r[1])), "starts inside New");
    assertEquals(Optional.empty(), d.tokenRange(new CharSpan(4, 6)).map(r -> List.of(r[0], r[1])), "ends inside Smit");
  }

  @Test
  void countsExactSpansPerTypeAndMisalignedMentionsAsFalsePositives() throws ConllFormatException {
    List<Prediction> predicted = List.of(
        new Prediction(new CharSpan(0, 8), "PER"),    // Jan Smit: right
        new Prediction(new CharSpan(4, 6), "PER"),    // "Sm": cuts a token, a false positive
        new Prediction(new CharSpan(17, 20), "LOC"),  // New: too short, so a false positive and New York missed
        new Prediction(new CharSpan(30, 39), "ORG"),  // Acme Bank: right
        new Prediction(new CharSpan(30, 39), "ORG"),  // the same again counts once
        new Prediction(new CharSpan(44, 49), "MISC")); // not scored, like gold MISC
    ConllScore s = ConllScore.of(doc(), predicted);
    assertEquals(new Counts(1, 1, 0), s.counts("PER"));
    assertEquals(new Counts(0, 1, 1), s.counts("LOC"));
    assertEquals(new Counts(1, 0, 0), s.counts("ORG"));
    assertEquals(new Counts(2, 2, 1), s.overall());
    assertEquals(1, s.misaligned());
  }

  @Test
  void theRightSpanWithTheWrongTypeIsAFalsePositiveOfOneTypeAndAMissOfTheOther() throws ConllFormatException {
    ConllScore s = ConllScore.of(doc(), List.of(new Prediction(new CharSpan(17, 25), "ORG")));
    assertEquals(new Counts(0, 1, 1), s.counts("ORG"), "predicted as ORG, and Acme Bank missed");
    assertEquals(new Counts(0, 0, 1), s.counts("LOC"), "New York missed");
    assertEquals(new Counts(0, 0, 1), s.counts("PER"));
    assertEquals(ConllScore.of(doc(), List.of()).plus(s).overall(), new Counts(0, 1, 6));
  }

  @Test
  void theTablePrintsPercentsWorkedOutByHand() throws ConllFormatException {
    ConllScore s = ConllScore.of(doc(), List.of(new Prediction(new CharSpan(0, 8), "PER"),
        new Prediction(new CharSpan(4, 6), "PER")));
    String table = ConllTable.format("t", List.of(doc()), List.of(new SystemRun("x", s, 1, 0, 1.0, 0.5, 2)));
    // PER: 1 gold, 2 predicted, 1 right: P 50%, R 100%, F1 2*0.5*1/1.5 = 66.67%.
    assertTrue(table.contains("PER        1 |      2  50.00 100.00  66.67\n"), table);
    // all: 3 gold (PER, LOC, ORG), 2 predicted, 1 right: P 50%, R 33.33%, F1 40%.
    assertTrue(table.contains("all        3 |      2  50.00  33.33  40.00\n"), table);
    assertTrue(table.contains("x: 2.0 docs/s"), table);
    assertTrue(table.contains("gold MISC not scored (1 chunks)"), table);
  }

  @Test
  void errorLinesNameEachMissAndEachWrongPredictionInTextOrder() throws ConllFormatException {
    List<String> lines = ConllErrors.lines("x", doc(), List.of(new Prediction(new CharSpan(0, 8), "PER"),
        new Prediction(new CharSpan(17, 20), "LOC"), new Prediction(new CharSpan(44, 49), "MISC")));
    assertEquals(List.of("x\tconll-1\tFN\tLOC\tNew York", "x\tconll-1\tFP\tLOC\tNew",
        "x\tconll-1\tFN\tORG\tAcme Bank"), lines);
  }
}
