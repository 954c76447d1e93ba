package pressfacts.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pressfacts.doc.EntityType;

/**
 * The scores of one evaluation, in a fixed order of rows: every P/R/F1 metric with its counts,
 * per type and over all types, then the shares (citation attributes, published, event). Formats
 * as a fixed-width table and as JSON; both depend only on the counts, so the same input gives the
 * same bytes. "n/a" (null in JSON) marks a metric with nothing on either side.
 */
public record EvalReport(int documents, List<Row> rows, List<ShareRow> shares, List<ErrorItem> errors,
                         List<String> notes) {
  static final String ALL = "all";

  /** One P/R/F1 line: metric, type ("all" sums the types above it) and counts. */
  public record Row(String metric, String type, Counts counts) {
  }

  /** One share line: metric and hits of total. */
  public record ShareRow(String metric, Share share) {
  }

  public EvalReport {
    rows = List.copyOf(rows);
    shares = List.copyOf(shares);
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
  }

  static EvalReport of(int documents, Tally t, List<String> notes) {
    List<Row> rows = new ArrayList<>();
    for (String metric : List.of(MentionScorer.STRICT, MentionScorer.LENIENT, EntityScorer.METRIC)) {
      Counts all = Counts.ZERO;
      for (EntityType type : EntityType.values()) {
        Counts c = t.counts(metric, type.name());
        rows.add(new Row(metric, type.name(), c));
        all = all.plus(c);
      }
      rows.add(new Row(metric, ALL, all));
    }
    for (String metric : List.of(DateScorer.STRICT, DateScorer.LENIENT, DateScorer.VALUE)) {
      rows.add(new Row(metric, DateScorer.TYPE, t.counts(metric, DateScorer.TYPE)));
    }
    for (String metric : List.of(CitationScorer.STRICT, CitationScorer.LENIENT)) {
      rows.add(new Row(metric, CitationScorer.TYPE, t.counts(metric, CitationScorer.TYPE)));
    }
    rows.add(new Row(RoleScorer.METRIC, RoleScorer.TYPE, t.counts(RoleScorer.METRIC, RoleScorer.TYPE)));
    rows.add(new Row(RoleScorer.PERSON_TITLE, RoleScorer.TYPE, t.counts(RoleScorer.PERSON_TITLE, RoleScorer.TYPE)));
    List<ShareRow> shares = new ArrayList<>();
    for (String metric : List.of(CitationScorer.KIND, CitationScorer.TITLE, CitationScorer.JURISDICTION,
        CitationScorer.PROVISION, Evaluator.PUBLISHED, Evaluator.EVENT_TYPE, Evaluator.EVENT_DATE)) {
      shares.add(new ShareRow(metric, t.share(metric)));
    }
    return new EvalReport(documents, rows, shares, t.errors(), notes);
  }

  /** The counts of one row; fails on a name that is not in the report (a typo in a caller). */
  public Counts counts(String metric, String type) {
    return rows.stream().filter(r -> r.metric.equals(metric) && r.type.equals(type)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + metric + " / " + type)).counts();
  }

  public Share share(String metric) {
    return shares.stream().filter(s -> s.metric.equals(metric)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no share " + metric)).share();
  }

  /** The fixed-width table, lines ending in '\n'. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append("pressfacts eval: ").append(documents).append(documents == 1 ? " document\n" : " documents\n");
    b.append(line(String.format(Locale.ROOT, "%-20s %-13s %6s %6s %6s %6s %6s %6s",
        "metric", "type", "P", "R", "F1", "tp", "fp", "fn")));
    for (Row r : rows) {
      Optional<Prf> prf = r.counts.prf();
      b.append(line(String.format(Locale.ROOT, "%-20s %-13s %6s %6s %6s %6d %6d %6d", r.metric, r.type,
          Prf.format(prf.map(Prf::precision)), Prf.format(prf.map(Prf::recall)), Prf.format(prf.map(Prf::f1)),
          r.counts.tp(), r.counts.fp(), r.counts.fn())));
    }
    b.append('\n');
    b.append(line(String.format(Locale.ROOT, "%-34s %6s %6s %6s", "share (citation: of lenient pairs)",
        "value", "equal", "of")));
    for (ShareRow s : shares) {
      b.append(line(String.format(Locale.ROOT, "%-34s %6s %6d %6d", s.metric, Prf.format(s.share.value()),
          s.share.hits(), s.share.total())));
    }
    for (String n : notes) {
      b.append("note: ").append(n).append('\n');
    }
    return b.toString();
  }

  /** The error list, one tab-separated line each: doc id, FP/FN/MISMATCH, kind, detail. */
  public String errorLines() {
    StringBuilder b = new StringBuilder();
    for (ErrorItem e : errors) {
      b.append(e.line()).append('\n');
    }
    return b.toString();
  }

  /** The report as pretty JSON (ending in '\n'); the error list only when {@code withErrors}. */
  public String json(boolean withErrors) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("documents", documents);
    ArrayNode ms = root.putArray("metrics");
    for (Row r : rows) {
      ObjectNode n = ms.addObject();
      n.put("metric", r.metric);
      n.put("type", r.type);
      Optional<Prf> prf = r.counts.prf();
      n.put("p", round(prf.map(Prf::precision)));
      n.put("r", round(prf.map(Prf::recall)));
      n.put("f1", round(prf.map(Prf::f1)));
      n.put("tp", r.counts.tp());
      n.put("fp", r.counts.fp());
      n.put("fn", r.counts.fn());
    }
    ArrayNode ss = root.putArray("shares");
    for (ShareRow s : shares) {
      ObjectNode n = ss.addObject();
      n.put("metric", s.metric);
      n.put("value", round(s.share.value()));
      n.put("equal", s.share.hits());
      n.put("of", s.share.total());
    }
    ArrayNode ns = root.putArray("notes");
    notes.forEach(ns::add);
    if (withErrors) {
      ArrayNode es = root.putArray("errors");
      for (ErrorItem e : errors) {
        ObjectNode n = es.addObject();
        n.put("doc_id", e.docId());
        n.put("error", e.error());
        n.put("kind", e.kind());
        n.put("detail", e.detail());
      }
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Four decimals, or null for n/a: enough to compare runs, and the same bytes for the same counts. */
  private static BigDecimal round(Optional<Double> v) {
    return v.map(d -> BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_EVEN)).orElse(null);
  }

  private static String line(String s) {
    return s.stripTrailing() + "\n";
  }
}
