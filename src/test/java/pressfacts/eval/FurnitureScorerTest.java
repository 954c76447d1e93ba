package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;

/** Furniture is the positive class; counts checked by hand on a three-line page. */
class FurnitureScorerTest {

  @Test
  void countsLinesWithFurnitureAsThePositiveClass() {
    // "Home" [0,4) furniture, "Title" [5,10) release, "Share" [11,16) furniture
    FurnitureGold page = new FurnitureGold("p1", "us-county", "Home\nTitle\nShare", List.of(
        new FurnitureGold.Line(1, new CharSpan(0, 4), true),
        new FurnitureGold.Line(2, new CharSpan(5, 10), false),
        new FurnitureGold.Line(3, new CharSpan(11, 16), true)));
    // the detector calls "Home" and "Title" furniture: one hit, one release line lost, "Share" kept
    FurnitureScorer.Result r = FurnitureScorer.score(List.of(page),
        text -> List.of(new CharSpan(0, 4), new CharSpan(5, 10)));
    assertEquals(new Counts(1, 1, 1), r.all());
    assertEquals(new Counts(1, 1, 1), r.byFamily().get("us-county"));
    assertEquals(List.of(2, 3), r.misses().stream().map(m -> m.line().number()).toList());
  }
}
