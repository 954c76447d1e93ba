package pressfacts.stage.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;

/**
 * Invariants on random text made of the grammar's own pieces (kind words, units, quotes of both
 * kinds, brackets, NBSP, line breaks, dates): the stage never fails, every span is text of the
 * original, spans are sorted and disjoint, antecedents point to earlier-or-later citations of the
 * same instrument, and a second run gives the same layer.
 */
class CitationInvariantsTest {
  private static final String[] PIECES = {
      "the", "The", "Law", "law", "Code", "Criminal", "Convention", "protocol", "Decree", "Presidential",
      "of", "on", "to", "against", "Republic", "Azerbaijan", "United", "Nations", "Article", "section", "§",
      "5", "144(1)", "144-1", "and", ",", ".", "\"", "\u201c", "\u201d", "'", "(", ")", "UNTOC", "FCPA",
      "\u00a0", "\n", "dated", "from", "adopted", "on", "No.", "16", "said", "its", "U.S.C.", "18", "DATE"};

  @Test
  void randomTextKeepsTheInvariants() {
    Random rnd = new Random(20240611L);
    CitationStage stage = new CitationStage();
    for (int doc = 0; doc < 300; doc++) {
      StringBuilder sb = new StringBuilder();
      List<CharSpan> dateSpans = new ArrayList<>();
      int n = 5 + rnd.nextInt(60);
      for (int i = 0; i < n; i++) {
        String p = PIECES[rnd.nextInt(PIECES.length)];
        if (p.equals("DATE")) {
          int s = sb.length();
          sb.append("3 April 2019");
          dateSpans.add(new CharSpan(s, sb.length()));
        } else {
          sb.append(p);
        }
        sb.append(rnd.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      List<DateMention> ds = dateSpans.stream().map(s -> DateMention.of(text, s, DateValue.parse("2019-04-03"))).toList();
      DateLayer dates = new DateLayer(ds, null);
      CitationStage.Result layer = stage.citations(text, dates);
      List<Citation> cs = layer.citations();
      for (int i = 0; i < cs.size(); i++) {
        Citation c = cs.get(i);
        assertEquals(c.span().of(text), c.text(), "text of " + c.span() + " in: " + text);
        if (i > 0) {
          assertTrue(cs.get(i - 1).span().end() <= c.span().start(), "overlap at " + c.span() + " in: " + text);
        }
        if (c.antecedent() != null) {
          assertTrue(c.antecedent() >= 0 && c.antecedent() < cs.size() && c.antecedent() != i, "antecedent in: " + text);
          assertEquals(cs.get(c.antecedent()).instrument(), c.instrument(), "antecedent instrument in: " + text);
        }
      }
      assertEquals(layer, stage.citations(text, dates), "second run differs on: " + text);
    }
  }
}
