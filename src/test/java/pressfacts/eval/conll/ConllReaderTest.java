package pressfacts.eval.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;

/** A hand-made CoNLL sample: texts, offsets and chunks worked out by hand from the lines. */
class ConllReaderTest {
  private static final Path FILE = Path.of("sample.conll");

  private static List<ConllDocument> parse(String... lines) throws ConllFormatException {
    return ConllReader.parse(FILE, List.of(lines));
  }

  @Test
  void rebuildsTextOffsetsAndChunksOfEachDocument() throws ConllFormatException {
    List<ConllDocument> docs = parse(
        "-DOCSTART- -X- -X- O",
        "",
        "Ferry NNP B-NP B-ORG",
        "strike NN I-NP O",
        "hits VBZ B-VP O",
        "Danish JJ B-NP B-MISC",
        "ports NNS I-NP O",
        ". . O O",
        "",
        "Ole NNP B-NP B-PER",
        "Hansen NNP I-NP I-PER",
        "",
        "-DOCSTART- -X- -X- O",
        "",
        "Oslo NNP B-NP B-LOC",
        "waits VBZ B-VP O");
    assertEquals(2, docs.size());
    ConllDocument first = docs.get(0);
    assertEquals("conll-1", first.id());
    assertEquals(1, first.line());
    assertEquals("Ferry strike hits Danish ports .\nOle Hansen", first.text());
    assertEquals(2, first.sentences());
    assertEquals(List.of(new CharSpan(0, 5), new CharSpan(6, 12), new CharSpan(13, 17), new CharSpan(18, 24),
        new CharSpan(25, 30), new CharSpan(31, 32), new CharSpan(33, 36), new CharSpan(37, 43)), first.tokens());
    assertEquals(List.of(new ConllChunk(0, 1, "ORG"), new ConllChunk(3, 4, "MISC"), new ConllChunk(6, 8, "PER")),
        first.gold());
    ConllDocument second = docs.get(1);
    assertEquals("conll-2", second.id());
    assertEquals(13, second.line());
    assertEquals("Oslo waits", second.text());
    assertEquals(List.of(new ConllChunk(0, 1, "LOC")), second.gold());
  }

  /** IOB1 (the original files): I- starts a chunk after O or another type; B- only splits two of one type. */
  @Test
  void decodesChunksAsConllevalDid() throws ConllFormatException {
    ConllDocument doc = parse(
        "Ana I-PER",
        "Ruiz I-PER",
        "Jose B-PER",
        "of O",
        "Acme I-ORG",
        "Lima I-LOC",
        "Lima I-LOC",
        "",
        "Bo I-PER").get(0);
    assertEquals(List.of(new ConllChunk(0, 2, "PER"), new ConllChunk(2, 3, "PER"), new ConllChunk(4, 5, "ORG"),
        new ConllChunk(5, 7, "LOC"), new ConllChunk(7, 8, "PER")), doc.gold());
    assertEquals("Ana Ruiz Jose of Acme Lima Lima\nBo", doc.text());
  }

  /** A chunk never runs across a sentence break, even when the next sentence opens with I- of its type. */
  @Test
  void aSentenceBreakEndsTheOpenChunk() throws ConllFormatException {
    ConllDocument doc = parse("Rio I-LOC", "", "Grande I-LOC", "flows O").get(0);
    assertEquals(List.of(new ConllChunk(0, 1, "LOC"), new ConllChunk(1, 2, "LOC")), doc.gold());
  }

  @Test
  void aMalformedLineIsReportedWithFileAndLine() {
    ConllFormatException oneField = assertThrows(ConllFormatException.class,
        () -> parse("-DOCSTART- O", "", "Oslo B-LOC", "lonely"));
    assertEquals("sample.conll:4: expected 'TOKEN TAG' (token first, tag last), found 'lonely'", oneField.getMessage());
    ConllFormatException badTag = assertThrows(ConllFormatException.class, () -> parse("Oslo NNP B-NP LOC"));
    assertEquals("sample.conll:1: expected the tag O, B-TYPE or I-TYPE as the last field, found 'LOC'",
        badTag.getMessage());
  }

  @Test
  void documentsWithoutTokensAreSkipped() throws ConllFormatException {
    List<ConllDocument> docs = parse("-DOCSTART- O", "", "-DOCSTART- O", "", "Bo B-PER", "", "");
    assertEquals(1, docs.size());
    assertEquals("conll-1", docs.get(0).id());
    assertEquals(3, docs.get(0).line());
    assertEquals(List.of(), parse("", "-DOCSTART- O", ""));
  }
}
