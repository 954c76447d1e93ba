package pressfacts.stage.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Citation;
import pressfacts.doc.DateLayer;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

/**
 * The seed release against its gold: every gold citation with equal span, kind, title,
 * jurisdiction, date and provision, and nothing more. The DateLayer is the gold's dates, so the
 * test measures citations alone. Skipped when ../shared is not beside the repository.
 */
class CitationSeedTest {
  private static final Path SHARED = Path.of("..", "shared");

  @Test
  void findsEveryGoldCitationOfTheSeed() throws Exception {
    Path txt = SHARED.resolve("seed-press-release.txt");
    Path gold = SHARED.resolve("seed-press-release.gold.json");
    assumeTrue(Files.isRegularFile(txt) && Files.isRegularFile(gold), "../shared is absent");
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    PressRecord g = (PressRecord) RecordJson.read(Files.readString(gold, StandardCharsets.UTF_8));

    List<Citation> found = new CitationStage().citations(text, new DateLayer(g.dates(), null)).citations();

    assertEquals(describe(g.citations()), describe(found));
  }

  /** Span and every compared field; antecedents are left out, as the gold does not give them. */
  private static List<String> describe(List<Citation> cs) {
    return cs.stream().map(c -> c.span() + " " + c.text() + " => " + c.instrument().kind().wireName() + " | "
        + c.instrument().title() + " | " + c.instrument().jurisdiction() + " | "
        + (c.instrument().date() == null ? null : c.instrument().date().iso()) + " | " + c.provision()).toList();
  }
}
