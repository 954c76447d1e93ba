package pressfacts.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pressfacts.doc.Citation;
import pressfacts.doc.Entity;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;

/** How many rows each table should hold for a list of outcomes, counted from the records in Java (also for the cli tests). */
public final class FactCounts {
  private FactCounts() {
  }

  public static Map<String, Long> of(List<Outcome> outcomes) {
    Map<String, Long> n = new LinkedHashMap<>();
    Tables.ALL.forEach(t -> n.put(t, 0L));
    for (Outcome o : outcomes) {
      if (o instanceof ErrorRecord) {
        n.merge("errors", 1L, Long::sum);
        continue;
      }
      PressRecord r = (PressRecord) o;
      n.merge("documents", 1L, Long::sum);
      n.merge("entities", (long) r.entities().size(), Long::sum);
      for (Entity e : r.entities()) {
        n.merge("entity_attributes", (long) e.attributes().size(), Long::sum);
        n.merge("mentions", (long) e.mentions().size(), Long::sum);
      }
      n.merge("dates", (long) r.dates().size(), Long::sum);
      n.merge("citations", (long) r.citations().size(), Long::sum);
      for (Citation c : r.citations()) {
        n.merge("provisions", (long) c.provision().size(), Long::sum);
      }
      n.merge("roles", (long) r.roles().size(), Long::sum);
      n.merge("warnings", (long) r.warnings().size(), Long::sum);
    }
    return n;
  }
}
