package pressfacts.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
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
import pressfacts.record.PressRecord;
import pressfacts.record.Published;

/**
 * The SQL that deletes and inserts one document's rows, as prepared statements made once per
 * connection. It does not commit: {@link RecordLoader} owns the transaction. Rows of one table
 * go in one JDBC batch. Child rows are keyed by their position in the record's (sorted) lists.
 */
final class RecordRows implements AutoCloseable {
  private final PreparedStatement deleteDocument;
  private final PreparedStatement deleteError;
  private final PreparedStatement document;
  private final PreparedStatement entity;
  private final PreparedStatement attribute;
  private final PreparedStatement mention;
  private final PreparedStatement date;
  private final PreparedStatement citation;
  private final PreparedStatement provision;
  private final PreparedStatement role;
  private final PreparedStatement warning;
  private final PreparedStatement error;
  private final List<PreparedStatement> all = new ArrayList<>();

  RecordRows(Connection c) throws SQLException {
    deleteDocument = prepare(c, "DELETE FROM documents WHERE doc_id = ?");
    deleteError = prepare(c, "DELETE FROM errors WHERE doc_id = ?");
    document = prepare(c, "INSERT INTO documents (doc_id, schema_version, title, published_value, published_day,"
        + " published_month, published_text, published_start, published_end, event_type, event_date, event_day,"
        + " source_sha256, doc_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    entity = prepare(c, "INSERT INTO entities (doc_id, entity_id, entity_type, name) VALUES (?, ?, ?, ?)");
    attribute = prepare(c, "INSERT INTO entity_attributes (doc_id, entity_id, name, value) VALUES (?, ?, ?, ?)");
    mention = prepare(c, "INSERT INTO mentions (doc_id, entity_id, ordinal, start_offset, end_offset, text)"
        + " VALUES (?, ?, ?, ?, ?, ?)");
    date = prepare(c, "INSERT INTO dates (doc_id, ordinal, start_offset, end_offset, text, date_value, first_day,"
        + " last_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    citation = prepare(c, "INSERT INTO citations (doc_id, ordinal, start_offset, end_offset, text, kind, title,"
        + " jurisdiction, instrument_date, antecedent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    provision = prepare(c, "INSERT INTO provisions (doc_id, citation, level, unit, provision) VALUES (?, ?, ?, ?, ?)");
    role = prepare(c, "INSERT INTO roles (doc_id, ordinal, person_id, title, organization_id, evidence_start,"
        + " evidence_end, sentence, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    warning = prepare(c, "INSERT INTO warnings (doc_id, ordinal, code, message) VALUES (?, ?, ?, ?)");
    error = prepare(c, "INSERT INTO errors (doc_id, code, message, source_sha256) VALUES (?, ?, ?, ?)");
  }

  private PreparedStatement prepare(Connection c, String sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    all.add(ps);
    return ps;
  }

  /** Deletes whatever is stored for the doc_id, as a record (with all its children) or as an error. */
  void delete(String docId) throws SQLException {
    deleteDocument.setString(1, docId);
    deleteDocument.executeUpdate();
    deleteError.setString(1, docId);
    deleteError.executeUpdate();
  }

  void insert(ErrorRecord e, String sha256) throws SQLException {
    error.setString(1, e.docId());
    error.setString(2, e.code().name());
    error.setString(3, e.message());
    error.setString(4, sha256);
    error.executeUpdate();
  }

  void insert(PressRecord r, String sha256) throws SQLException {
    String id = r.docId();
    insertDocument(r, sha256);
    for (Entity e : r.entities()) {
      entity.setString(1, id);
      entity.setString(2, e.id());
      entity.setString(3, e.type().name());
      entity.setString(4, e.name());
      entity.addBatch();
    }
    entity.executeBatch();
    for (Entity e : r.entities()) {
      for (Map.Entry<String, String> a : e.attributes().entrySet()) {
        attribute.setString(1, id);
        attribute.setString(2, e.id());
        attribute.setString(3, a.getKey());
        attribute.setString(4, a.getValue());
        attribute.addBatch();
      }
      int k = 0;
      for (Mention m : e.mentions()) {
        mention.setString(1, id);
        mention.setString(2, e.id());
        mention.setInt(3, k++);
        mention.setInt(4, m.span().start());
        mention.setInt(5, m.span().end());
        mention.setString(6, m.text());
        mention.addBatch();
      }
    }
    attribute.executeBatch();
    mention.executeBatch();
    insertDates(id, r.dates());
    insertCitations(id, r.citations());
    insertRoles(id, r.roles());
    int k = 0;
    for (Warning w : r.warnings()) {
      warning.setString(1, id);
      warning.setInt(2, k++);
      warning.setString(3, w.code().name());
      warning.setString(4, w.message());
      warning.addBatch();
    }
    warning.executeBatch();
  }

  private void insertDocument(PressRecord r, String sha256) throws SQLException {
    Published p = r.published();
    DateValue ev = r.event() == null ? null : r.event().date();
    String pubDay = p == null ? null : p.value().firstDay().toString();
    document.setString(1, r.docId());
    document.setString(2, r.schemaVersion());
    document.setString(3, r.title());
    document.setString(4, p == null ? null : p.value().iso());
    document.setString(5, pubDay);
    document.setString(6, pubDay == null ? null : pubDay.substring(0, 7));
    document.setString(7, p == null ? null : p.text());
    setInt(document, 8, p == null || p.span() == null ? null : p.span().start());
    setInt(document, 9, p == null || p.span() == null ? null : p.span().end());
    document.setString(10, r.event() == null ? null : r.event().type().wireName());
    document.setString(11, ev == null ? null : ev.iso());
    document.setString(12, ev == null ? null : ev.firstDay().toString());
    document.setString(13, sha256);
    document.setString(14, r.text());
    document.executeUpdate();
  }

  private void insertDates(String id, List<DateMention> dates) throws SQLException {
    int k = 0;
    for (DateMention d : dates) {
      date.setString(1, id);
      date.setInt(2, k++);
      date.setInt(3, d.span().start());
      date.setInt(4, d.span().end());
      date.setString(5, d.text());
      date.setString(6, d.value() == null ? null : d.value().iso());
      date.setString(7, d.value() == null ? null : d.value().firstDay().toString());
      date.setString(8, d.value() == null ? null : d.value().lastDay().toString());
      date.addBatch();
    }
    date.executeBatch();
  }

  private void insertCitations(String id, List<Citation> citations) throws SQLException {
    int k = 0;
    for (Citation c : citations) {
      citation.setString(1, id);
      citation.setInt(2, k);
      citation.setInt(3, c.span().start());
      citation.setInt(4, c.span().end());
      citation.setString(5, c.text());
      citation.setString(6, c.instrument().kind().wireName());
      citation.setString(7, c.instrument().title());
      citation.setString(8, c.instrument().jurisdiction());
      citation.setString(9, c.instrument().date() == null ? null : c.instrument().date().iso());
      setInt(citation, 10, c.antecedent());
      citation.addBatch();
      int level = 0;
      for (Provision p : c.provision()) {
        provision.setString(1, id);
        provision.setInt(2, k);
        provision.setInt(3, level++);
        provision.setString(4, p.unit().wireName());
        provision.setString(5, p.id());
        provision.addBatch();
      }
      k++;
    }
    citation.executeBatch();
    provision.executeBatch();
  }

  private void insertRoles(String id, List<Role> roles) throws SQLException {
    int k = 0;
    for (Role ro : roles) {
      CharSpan ev = ro.evidence();
      role.setString(1, id);
      role.setInt(2, k++);
      role.setString(3, ro.person());
      role.setString(4, ro.title());
      role.setString(5, ro.organization());
      setInt(role, 6, ev == null ? null : ev.start());
      setInt(role, 7, ev == null ? null : ev.end());
      setInt(role, 8, ro.sentence());
      if (ro.confidence() == null) {
        role.setNull(9, Types.DOUBLE);
      } else {
        role.setDouble(9, ro.confidence());
      }
      role.addBatch();
    }
    role.executeBatch();
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }


  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (PreparedStatement ps : all) {
      try {
        ps.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
