package pressfacts.stage.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;

/**
 * Random text built from date fragments, traps and odd separators (NBSP, dashes, line breaks):
 * the finder must not fail, must report sorted, non-overlapping spans whose text is the original
 * substring, and must find exactly what it finds when its rules run over the whole text (the
 * anchor windows are only a speed-up).
 */
class DateFinderRandomTest {

  private static final String[] FRAGMENTS = {
      "19th of September 2019", "May, 18 2011", "October 23 , 2014", "On the March, 15", "05.08.2008",
      "8.09.2008 12:35", "2016-01-22", "June 2005", "2009 Jun", "since 2003", "first half of 2014",
      "from 1 to 3 June 2021", "1\u20133 June 2021", "October 19-21, 2023", "between 2018 and 2020",
      "yesterday", "on Friday", "last year", "end of last year", "this week", "next month",
      "10 years", "the past year", "Article 144(1)", "case No. 1-2/2019", "$865 million", "5,000 manats",
      "+994 12 2019 45", "12:35", "the 10th anniversary", "from", "between", "and", "to", "-", "the",
      "will", "Court", "Baku.", "31.02.2019", "29 February", "Sept.", "MAY", "1999", "2100", "0",
      "from September to December 2020", "second quarter of the previous year", "1 June", "3 July 2021"};
  private static final String[] SEPARATORS = {" ", "\u00A0", "  ", ", ", ". ", "\n", "\u2014", "", " to ", " and "};

  @Test
  void randomTextKeepsTheInvariants() {
    Random random = new Random(20260601L);
    DateLexicon lex = DateLexicon.load();
    DateFinder windowed = new DateFinder(lex, true);
    DateFinder whole = new DateFinder(lex, false);
    DateValue reference = DateValue.parse("2016-01-22");
    for (int doc = 0; doc < 300; doc++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        if (random.nextInt(10) == 0) {
          text.append("x".repeat(random.nextInt(120))); // a long gap between anchors
        }
      }
      String t = text.toString();
      List<DateMention> found = windowed.find(t, reference);
      int end = 0;
      for (DateMention m : found) {
        assertTrue(m.span().start() >= end, "sorted, not overlapping: " + t);
        assertEquals(t.substring(m.span().start(), m.span().end()), m.text());
        end = m.span().end();
      }
      assertEquals(DateFinderTest.show(whole.find(t, reference)), DateFinderTest.show(found), t);
    }
  }

  @Test
  void hugeTextWithoutDates() {
    String t = "The court met. ".repeat(20_000);
    assertEquals(0, DateFinder.standard().find(t, null).size());
  }
}
