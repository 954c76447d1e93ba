package pressfacts.stage.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Document;
import pressfacts.doc.Sentence;
import pressfacts.doc.Token;
import pressfacts.doc.TokenLayer;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.text.TextView;

/**
 * The token stage alone on a small release of our own: every token and sentence is checked by its
 * text in the original (span.of(text)), so offsets stay those of the text as written even where the
 * matching form differs (a non-breaking space, curly quotes).
 */
class TokenStageTest {
  private static final String TEXT = "Man Sentenced in Fraud Case\n"
      + "John Smith, 45, was sentenced today for a long-running scheme. He pleaded guilty in\u00a0May.\n"
      + "\n"
      + "\u201cJustice was served,\u201d said the U.S. Attorney.\n";

  private static final TokenLayer LAYER = TokenStage.tokenize(TEXT);

  @Test
  void tokensAreTheWordsAsWritten() {
    List<String> expected = List.of(
        "Man", "Sentenced", "in", "Fraud", "Case",
        "John", "Smith", ",", "45", ",", "was", "sentenced", "today", "for", "a", "long-running", "scheme", ".",
        "He", "pleaded", "guilty", "in", "May", ".",
        "\u201c", "Justice", "was", "served", ",", "\u201d", "said", "the", "U.S.", "Attorney", ".");
    assertEquals(expected, LAYER.tokens().stream().map(t -> t.span().of(TEXT)).toList());
  }

  @Test
  void anEmDashWithoutSpacesIsATokenOfItsOwn() {
    String text = "WESTPORT\u2014Acme Noodle Inc. and a long-running Dallas\u2013Fort Worth deal.\n";
    List<String> expected = List.of("WESTPORT", "\u2014", "Acme", "Noodle", "Inc.", "and", "a", "long-running",
        "Dallas\u2013Fort", "Worth", "deal", ".");
    assertEquals(expected, TokenStage.tokenize(text).tokens().stream().map(t -> t.span().of(text)).toList());
  }

  @Test
  void tokenIndexesCountFromZeroInOrder() {
    List<Token> tokens = LAYER.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(i, tokens.get(i).index());
    }
  }

  /** A line ends a sentence even without a period (the title); a period ends one inside a line; "U.S." does not. */
  @Test
  void sentencesEndAtLineBreaksAndFinalPeriods() {
    List<String> expected = List.of(
        "Man Sentenced in Fraud Case",
        "John Smith, 45, was sentenced today for a long-running scheme.",
        "He pleaded guilty in\u00a0May.",
        "\u201cJustice was served,\u201d said the U.S. Attorney.");
    assertEquals(expected, LAYER.sentences().stream().map(s -> s.span().of(TEXT)).toList());
    // token ranges: 5 title words, 13 tokens, 6 tokens, 11 tokens
    assertEquals(List.of(0, 5, 18, 24), LAYER.sentences().stream().map(Sentence::firstToken).toList());
    assertEquals(List.of(5, 18, 24, 35), LAYER.sentences().stream().map(Sentence::endToken).toList());
  }

  /** Offsets are the original text's: "May" starts right after the non-breaking space, the quote is the curly one. */
  @Test
  void offsetsAreTheOriginalTextsWhereTheMatchingFormDiffers() {
    Token may = LAYER.tokens().get(22);
    int at = TEXT.indexOf("\u00a0May") + 1;
    assertEquals(at, may.span().start());
    assertEquals(at + 3, may.span().end());
    Token open = LAYER.tokens().get(24);
    assertEquals(TEXT.indexOf('\u201c'), open.span().start());
    assertEquals("\u201c", open.span().of(TEXT));
    // the matching form is what the taggers read: the curly quote as a straight one
    assertEquals("\"", open.match());
  }

  @Test
  void theStageAddsTheTokenLayerOfTheDocumentsText() {
    TokenStage stage = new TokenStage();
    assertEquals(Set.of(Keys.TEXT), stage.needs());
    assertEquals(Set.of(Keys.TOKENS), stage.adds());
    Annotations out = stage.apply(Document.of("d", TEXT), Annotations.empty().with(Keys.TEXT, TextView.of(TEXT)));
    assertEquals(LAYER, out.get(Keys.TOKENS));
  }

  @Test
  void emptyAndBlankTextsHaveNoTokens() {
    assertEquals(new TokenLayer(List.of(), List.of()), TokenStage.tokenize(""));
    assertEquals(new TokenLayer(List.of(), List.of()), TokenStage.tokenize("\n \n\n"));
  }
}
