package pressfacts.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import pressfacts.doc.Document;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.testing.SpanInvariants;
import pressfacts.testing.TestModels;

/**
 * Random and mutated texts through the whole pipeline: no stage may fail, and every span must be
 * inside the text with its text equal to the substring (Lucene's checkRandomData idea).
 */
class PipelineFuzzIT {
  private final Extractor extractor = new Extractor(TestModels.pipeline());

  /** Pieces of real press-release language, so mutations land near the patterns the stages look for. */
  private static final String[] PIECES = {
      "Military Chamber of the Supreme Court of the Republic of Azerbaijan", "05.08.2008, 12:35", "\n", "\n\n",
      "On 19th of September 2019", "Mr.", "Aziz\u00a0Seyidov", "section 144(1) of Criminal Code", "the law \u201cOn Courts\u201d",
      "(UNTOC)", "the Convention", "Article 5, paragraph 2", "judges A. Huseynov, F.Karimov and R. Rzayev", "Category: News 8.09.2008 12:35",
      "from 1 to 3 June 2021", "last year", "Friday", "\r\n", "\u2019s", "\uD83D\uDE00", "\uFFFD", "  ", "Chairman of the", ",", ".",
      "Decree of the President dated", "2003", "October 19-21, 2023", "\t", "\"", "(", ")", "\u0410\u0437\u0435\u0440", "of", "the"};

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(12);
    Arbitrary<String> mixed = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, piece), net.jqwik.api.Tuple.of(1, noise));
    return mixed.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Property(tries = 1000, seed = "20261128")
  void everyTextGivesAValidRecord(@ForAll("texts") String text) {
    Outcome o = extractor.extract(Document.of("fuzz", text));
    if (o instanceof ErrorRecord e) {
      throw new AssertionError("stage failed on " + escape(text) + ": " + e.message());
    }
    PressRecord r = (PressRecord) o;
    SpanInvariants.assertSpansMatch(text, r);
    assertEquals("fuzz", r.docId());
    assertTrue(r.entities().stream().allMatch(e -> !e.mentions().isEmpty()));
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }

}
