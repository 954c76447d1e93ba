package pressfacts.stage.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Document;
import pressfacts.doc.Sentence;
import pressfacts.doc.WarningCode;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.stage.tokens.TokenStage;

class NerStageWarningTest {
  private static NerStage stage;

  @BeforeAll
  static void load() {
    stage = new NerStage(NerModel.loadDefault());
  }

  private static Annotations run(String text) throws Exception {
    return stage.apply(Document.of("t", text), Annotations.empty().with(Keys.TOKENS, TokenStage.tokenize(text)));
  }

  @Test
  void aSentenceWithinTheCapIsTaggedWholeWithoutWarning() throws Exception {
    assertEquals(List.of(), run("John Smith met the board in Paris.").warnings());
  }

  @Test
  void aSentenceOverTheCapIsSplitAndSaysSo() throws Exception {
    // "Short one." is 3 tokens; then 130 words and a period: one sentence of 131 tokens from offset 11
    String text = "Short one.\n" + "word ".repeat(130) + ".";
    Annotations out = run(text);
    assertEquals(List.of(WarningCode.LONG_SENTENCE_SPLIT), out.warnings().stream().map(w -> w.code()).toList());
    assertEquals("1 sentence(s) longer than 120 tokens were tagged in pieces of 120, the first at offset 11;"
        + " a name cut where a piece ends may be missing or split", out.warnings().get(0).message());
  }

  @Test
  void theWarningCountsEverySplitSentenceAndPointsAtTheFirst() {
    Sentence first = new Sentence(new CharSpan(40, 900), 0, 150);
    assertEquals("2 sentence(s) longer than 120 tokens were tagged in pieces of 120, the first at offset 40;"
        + " a name cut where a piece ends may be missing or split", NerStage.longSentences(2, first).message());
  }
}
