package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceOpeningsTest {

  @Test
  void theTextALineOrASentenceOpensAtItsFirstWord() {
    assertTrue(SentenceOpenings.opensSentence("Meanwhile, a clerk", 0));
    String text = "He left. Meanwhile it rained.\nRoads closed: Crews worked";
    assertTrue(SentenceOpenings.opensSentence(text, text.indexOf("Meanwhile")));
    assertTrue(SentenceOpenings.opensSentence(text, text.indexOf("Roads")));
    assertTrue(SentenceOpenings.opensSentence(text, text.indexOf("Crews")));
  }

  @Test
  void anOpeningQuoteOrSpacesBeforeTheWordDoNotHideTheOpening() {
    String text = "She said. \t\u201cStores close early.";
    assertTrue(SentenceOpenings.opensSentence(text, text.indexOf("Stores")));
  }

  @Test
  void aWordInsideASentenceDoesNotOpenIt() {
    String text = "He met Pell Farm, a store.";
    assertFalse(SentenceOpenings.opensSentence(text, text.indexOf("Pell")));
    assertFalse(SentenceOpenings.opensSentence(text, text.indexOf("Farm")));
  }
}
