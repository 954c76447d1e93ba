package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Instrument;

/** Factories for the citation tests: hand-built date layers and compact expected strings. */
final class CitationFixtures {
  private CitationFixtures() {
  }

  /**
   * A DateLayer from "TEXT=ISO" pairs, each TEXT found (first occurrence) in {@code text}, as the
   * date stage would give it.
   */
  static DateLayer dates(String text, String... pairs) {
    List<DateMention> out = new ArrayList<>();
    for (String p : pairs) {
      int eq = p.lastIndexOf('=');
      String t = p.substring(0, eq);
      int at = text.indexOf(t);
      if (at < 0) {
        throw new IllegalArgumentException("date text '" + t + "' not in the test sentence");
      }
      out.add(DateMention.of(text, new CharSpan(at, at + t.length()), DateValue.parse(p.substring(eq + 1))));
    }
    return new DateLayer(out, null);
  }

  /**
   * One citation as {@code TEXT => kind | title | jurisdiction | date | unit id, unit id [-> antecedent]},
   * with "-" for null and nothing after the last bar when there is no provision.
   */
  static String compact(Citation c) {
    Instrument in = c.instrument();
    String prov = c.provision().stream().map(p -> p.unit().wireName() + " " + p.id()).collect(Collectors.joining(", "));
    return c.text() + " => " + in.kind().wireName() + " | " + dash(in.title()) + " | " + dash(in.jurisdiction()) + " | "
        + (in.date() == null ? "-" : in.date().iso()) + " | " + prov + (c.antecedent() == null ? "" : " -> " + c.antecedent());
  }

  static List<String> compact(List<Citation> cs) {
    return cs.stream().map(CitationFixtures::compact).toList();
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
