package pressfacts.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateMention;
import pressfacts.doc.Entity;
import pressfacts.doc.Mention;
import pressfacts.record.PressRecord;

/** Checks "offsets are sacred" on a produced record: every text equals the substring at its offsets. */
public final class SpanInvariants {
  private SpanInvariants() {
  }

  public static void assertSpansMatch(String text, PressRecord r) {
    for (Entity e : r.entities()) {
      for (Mention m : e.mentions()) {
        check(text, m.span(), m.text(), "mention of " + e.id());
      }
    }
    for (DateMention d : r.dates()) {
      check(text, d.span(), d.text(), "date");
    }
    for (Citation c : r.citations()) {
      check(text, c.span(), c.text(), "citation");
    }
    if (r.published() != null && r.published().span() != null) {
      check(text, r.published().span(), r.published().text(), "published");
    }
  }

  private static void check(String text, CharSpan s, String t, String what) {
    assertTrue(s.end() <= text.length(), what + " " + s + " is outside the text");
    assertEquals(s.of(text), t, what + " text differs from the substring at " + s);
  }
}
