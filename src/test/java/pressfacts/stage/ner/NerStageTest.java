package pressfacts.stage.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Document;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.StageFailure;
import pressfacts.stage.tokens.TokenStage;

/**
 * The NER stage alone (the token stage's layer as its only input) on sentences of our own with
 * names the CRF knows well. Each mention is checked by its original text, which must be the
 * substring at its span: offsets come from the tokens, never from the tagger's strings.
 */
class NerStageTest {
  private static NerStage stage;

  @BeforeAll
  static void loadModel() {
    stage = new NerStage(NerModel.loadDefault()); // a few seconds: once for the class
  }

  private static List<Mention> tag(String text) throws StageFailure {
    Annotations in = Annotations.empty().with(Keys.TOKENS, TokenStage.tokenize(text));
    return stage.apply(Document.of("d", text), in).get(Keys.NER_MENTIONS).mentions();
  }

  private static void assertSpansAreTheText(String text, List<Mention> ms) {
    for (Mention m : ms) {
      assertEquals(text.substring(m.span().start(), m.span().end()), m.text(), m.toString());
    }
  }

  @Test
  void personOrganizationAndLocation() throws StageFailure {
    String text = "John Smith joined the Federal Bureau of Investigation in Chicago.";
    List<Mention> ms = tag(text);
    assertSpansAreTheText(text, ms);
    assertEquals(List.of("PERSON John Smith", "ORGANIZATION Federal Bureau of Investigation", "LOCATION Chicago"),
        ms.stream().map(m -> m.type() + " " + m.text()).toList());
    assertEquals(0, ms.get(0).span().start());
    assertEquals(text.indexOf("Chicago"), ms.get(2).span().start());
  }

  /** A non-breaking space inside a name: the tagger reads a space, the mention keeps the text as written. */
  @Test
  void aMentionKeepsTheOriginalCharacters() throws StageFailure {
    String text = "Yesterday John\u00a0Smith spoke.";
    List<Mention> ms = tag(text);
    assertEquals(1, ms.size(), ms.toString());
    assertEquals(EntityType.PERSON, ms.get(0).type());
    assertEquals("John\u00a0Smith", ms.get(0).text());
    assertEquals(text.indexOf("John"), ms.get(0).span().start());
  }

  /** A run-on sentence is tagged in windows of MAX_WINDOW tokens; a name past the first window keeps its offsets. */
  @Test
  void aNameBeyondTheFirstWindowIsFound() throws StageFailure {
    String filler = "and ".repeat(NerStage.MAX_WINDOW + 5);
    String text = filler + "John Smith visited Paris.";
    List<Mention> ms = tag(text);
    assertSpansAreTheText(text, ms);
    assertEquals(List.of("PERSON John Smith", "LOCATION Paris"), ms.stream().map(m -> m.type() + " " + m.text()).toList());
    assertEquals(filler.length(), ms.get(0).span().start());
  }

  @Test
  void textWithoutNamesHasNoMentions() throws StageFailure {
    assertEquals(List.of(), tag("the man was sentenced today to ten years in prison."));
  }

  @Test
  void onlyTheThreeClassesAreKept() {
    assertEquals(EntityType.PERSON, NerStage.map("PERSON"));
    assertEquals(EntityType.ORGANIZATION, NerStage.map("ORGANIZATION"));
    assertEquals(EntityType.LOCATION, NerStage.map("LOCATION"));
    assertNull(NerStage.map("O"));
    assertNull(NerStage.map("MISC"));
    assertNull(NerStage.map(null));
  }

  @Test
  void itNeedsTokensAndAddsNerMentions() {
    assertEquals(Set.of(Keys.TOKENS), stage.needs());
    assertEquals(Set.of(Keys.NER_MENTIONS), stage.adds());
  }
}
