package pressfacts.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import pressfacts.doc.EntityType;
import pressfacts.record.Outcome;

/**
 * The headline scores side by side: all documents, each family of the release pool
 * ({@code official-intl}, {@code us-county}, {@code us-federal}), and, when the sites of a dev split
 * are known, the documents of sites that dev never saw. Each column is a full {@link EvalReport}
 * of its documents; the table shows the figures the project is judged by.
 */
public record FamilyTable(List<Column> columns) {
  /** The column of documents from sites that have nothing in the dev split. */
  public static final String UNSEEN = "unseen sites";
  static final String ALL = "all";

  /** One column: its name and the report over its documents. */
  public record Column(String name, EvalReport report) {
  }

  /** One headline figure: its label and how it is read off a report (empty: n/a). */
  private record Figure(String label, Function<EvalReport, Optional<Double>> value) {
  }

  private static final List<Figure> FIGURES = figures();

  public FamilyTable {
    columns = List.copyOf(columns);
  }

  /**
   * The table for {@code gold}; {@code seenSites} are the sites of the dev split (null: no unseen
   * column). Null when no gold document belongs to a family (a corpus outside the pool).
   */
  public static FamilyTable of(List<GoldDoc> gold, List<? extends Outcome> predictions, Set<String> seenSites) {
    TreeSet<String> families = new TreeSet<>();
    gold.forEach(g -> {
      if (g.family() != null) {
        families.add(g.family());
      }
    });
    if (families.isEmpty()) {
      return null;
    }
    List<Column> cols = new ArrayList<>();
    cols.add(new Column(ALL, Evaluator.evaluate(gold, predictions)));
    for (String f : families) {
      cols.add(column(f, gold, predictions, g -> f.equals(g.family())));
    }
    if (seenSites != null) {
      cols.add(column(UNSEEN, gold, predictions, g -> g.site() != null && !seenSites.contains(g.site())));
    }
    return new FamilyTable(cols);
  }

  private static Column column(String name, List<GoldDoc> gold, List<? extends Outcome> predictions,
                               Predicate<GoldDoc> in) {
    List<GoldDoc> part = gold.stream().filter(in).toList();
    Set<String> ids = new TreeSet<>();
    part.forEach(g -> ids.add(g.docId()));
    List<Outcome> preds = predictions.stream().filter(o -> ids.contains(o.docId())).map(o -> (Outcome) o).toList();
    return new Column(name, Evaluator.evaluate(part, preds));
  }

  /** The column with this name (tests and quality floors). */
  public EvalReport column(String name) {
    return columns.stream().filter(c -> c.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no column " + name)).report();
  }

  /** The fixed-width table, lines ending in '\n'. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-28s", "per family (F1 or share)"));
    columns.forEach(c -> b.append(String.format(Locale.ROOT, " %13s", c.name)));
    b.append('\n');
    b.append(String.format(Locale.ROOT, "%-28s", "documents"));
    columns.forEach(c -> b.append(String.format(Locale.ROOT, " %13d", c.report.documents())));
    b.append('\n');
    for (Figure f : FIGURES) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s", f.label));
      columns.forEach(c -> line.append(String.format(Locale.ROOT, " %13s", Prf.format(f.value.apply(c.report)))));
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  /** The table as JSON: one object per column with the headline figures (null for n/a). */
  public void addTo(ObjectNode root) {
    ArrayNode cols = root.putArray("families");
    for (Column c : columns) {
      ObjectNode n = cols.addObject();
      n.put("name", c.name);
      n.put("documents", c.report.documents());
      for (Figure f : FIGURES) {
        n.put(f.label, f.value.apply(c.report).map(v -> BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN))
            .orElse(null));
      }
    }
  }

  private static List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    out.add(new Figure("role triple F1", r -> f1(r, RoleScorer.METRIC, RoleScorer.TYPE)));
    out.add(new Figure("role person+title F1", r -> f1(r, RoleScorer.PERSON_TITLE, RoleScorer.TYPE)));
    for (EntityType t : EntityType.values()) {
      out.add(new Figure(t.name() + " entity F1", r -> f1(r, EntityScorer.METRIC, t.name())));
    }
    out.add(new Figure("mentions strict F1", r -> f1(r, MentionScorer.STRICT, EvalReport.ALL)));
    out.add(new Figure("dates lenient F1", r -> f1(r, DateScorer.LENIENT, DateScorer.TYPE)));
    out.add(new Figure("dates value F1", r -> f1(r, DateScorer.VALUE, DateScorer.TYPE)));
    out.add(new Figure("citations lenient F1", r -> f1(r, CitationScorer.LENIENT, CitationScorer.TYPE)));
    for (String s : List.of(CitationScorer.KIND, CitationScorer.TITLE, CitationScorer.JURISDICTION,
        CitationScorer.PROVISION, Evaluator.PUBLISHED, Evaluator.EVENT_TYPE, Evaluator.EVENT_DATE)) {
      out.add(new Figure(s, r -> r.share(s).value()));
    }
    return List.copyOf(out);
  }

  private static Optional<Double> f1(EvalReport r, String metric, String type) {
    return r.counts(metric, type).prf().map(Prf::f1);
  }
}
