package pressfacts.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Entity;
import pressfacts.doc.Mention;
import pressfacts.doc.Provision;
import pressfacts.doc.Role;
import pressfacts.doc.Warning;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.Published;

/**
 * The rows the database sink stores for one outcome, as plain values: the tables and columns of
 * V1__records.sql, in their order, with the values {@link RecordRows} binds. For sinks that are not
 * a database (the Spark job's Parquet tables), so that they have the database's shape.
 * {@code TableRowsTest} checks the values against what a load into SQLite stores.
 */
public final class TableRows {
  /** A column's type: TEXT and VARCHAR are {@link String}, INTEGER {@link Integer}, DOUBLE PRECISION {@link Double}. */
  public enum Type { TEXT, INTEGER, DOUBLE }

  public record Column(String name, Type type) {
  }

  public record Table(String name, List<Column> columns) {
  }

  private static final Type T = Type.TEXT;
  private static final Type I = Type.INTEGER;

  /** Every table of {@link Tables#ALL}, in that order, with its columns in the order of V1__records.sql. */
  public static final List<Table> TABLES = List.of(
      table("documents", "doc_id", T, "schema_version", T, "title", T, "published_value", T, "published_day", T,
          "published_month", T, "published_text", T, "published_start", I, "published_end", I, "event_type", T,
          "event_date", T, "event_day", T, "source_sha256", T, "doc_text", T),
      table("entities", "doc_id", T, "entity_id", T, "entity_type", T, "name", T),
      table("entity_attributes", "doc_id", T, "entity_id", T, "name", T, "value", T),
      table("mentions", "doc_id", T, "entity_id", T, "ordinal", I, "start_offset", I, "end_offset", I, "text", T),
      table("dates", "doc_id", T, "ordinal", I, "start_offset", I, "end_offset", I, "text", T, "date_value", T,
          "first_day", T, "last_day", T),
      table("citations", "doc_id", T, "ordinal", I, "start_offset", I, "end_offset", I, "text", T, "kind", T,
          "title", T, "jurisdiction", T, "instrument_date", T, "antecedent", I),
      table("provisions", "doc_id", T, "citation", I, "level", I, "unit", T, "provision", T),
      table("roles", "doc_id", T, "ordinal", I, "person_id", T, "title", T, "organization_id", T, "evidence_start", I,
          "evidence_end", I, "sentence", I, "confidence", Type.DOUBLE),
      table("warnings", "doc_id", T, "ordinal", I, "code", T, "message", T),
      table("errors", "doc_id", T, "code", T, "message", T, "source_sha256", T));

  private TableRows() {
  }

  private static Table table(Object... nameTypes) {
    List<Column> cols = new ArrayList<>();
    for (int i = 1; i < nameTypes.length; i += 2) {
      cols.add(new Column((String) nameTypes[i], (Type) nameTypes[i + 1]));
    }
    return new Table((String) nameTypes[0], List.copyOf(cols));
  }

  /**
   * The rows of one outcome per table name (every table of {@link #TABLES} is a key, in that order);
   * each row holds its columns' values in column order, null for SQL NULL.
   */
  public static Map<String, List<Object[]>> of(Outcome o) {
    Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    TABLES.forEach(t -> rows.put(t.name(), new ArrayList<>()));
    String sha = SourceHash.of(o);
    if (o instanceof ErrorRecord e) {
      rows.get("errors").add(row(e.docId(), e.code().name(), e.message(), sha));
      return rows;
    }
    PressRecord r = (PressRecord) o;
    String id = r.docId();
    Published p = r.published();
    DateValue ev = r.event() == null ? null : r.event().date();
    String pubDay = p == null ? null : p.value().firstDay().toString();
    rows.get("documents").add(row(id, r.schemaVersion(), r.title(), p == null ? null : p.value().iso(), pubDay,
        pubDay == null ? null : pubDay.substring(0, 7), p == null ? null : p.text(),
        p == null || p.span() == null ? null : p.span().start(), p == null || p.span() == null ? null : p.span().end(),
        r.event() == null ? null : r.event().type().wireName(), ev == null ? null : ev.iso(),
        ev == null ? null : ev.firstDay().toString(), sha, r.text()));
    for (Entity e : r.entities()) {
      rows.get("entities").add(row(id, e.id(), e.type().name(), e.name()));
      for (Map.Entry<String, String> a : e.attributes().entrySet()) {
        rows.get("entity_attributes").add(row(id, e.id(), a.getKey(), a.getValue()));
      }
      int k = 0;
      for (Mention m : e.mentions()) {
        rows.get("mentions").add(row(id, e.id(), k++, m.span().start(), m.span().end(), m.text()));
      }
    }
    int k = 0;
    for (DateMention d : r.dates()) {
      DateValue v = d.value();
      rows.get("dates").add(row(id, k++, d.span().start(), d.span().end(), d.text(), v == null ? null : v.iso(),
          v == null ? null : v.firstDay().toString(), v == null ? null : v.lastDay().toString()));
    }
    k = 0;
    for (Citation c : r.citations()) {
      DateValue date = c.instrument().date();
      rows.get("citations").add(row(id, k, c.span().start(), c.span().end(), c.text(), c.instrument().kind().wireName(),
          c.instrument().title(), c.instrument().jurisdiction(), date == null ? null : date.iso(), c.antecedent()));
      int level = 0;
      for (Provision pv : c.provision()) {
        rows.get("provisions").add(row(id, k, level++, pv.unit().wireName(), pv.id()));
      }
      k++;
    }
    k = 0;
    for (Role ro : r.roles()) {
      CharSpan evd = ro.evidence();
      rows.get("roles").add(row(id, k++, ro.person(), ro.title(), ro.organization(), evd == null ? null : evd.start(),
          evd == null ? null : evd.end(), ro.sentence(), ro.confidence()));
    }
    k = 0;
    for (Warning w : r.warnings()) {
      rows.get("warnings").add(row(id, k++, w.code().name(), w.message()));
    }
    return rows;
  }

  private static Object[] row(Object... values) {
    return Arrays.copyOf(values, values.length);
  }
}
