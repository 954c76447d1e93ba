package pressfacts.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;

/**
 * A database opened for loading records: the {@code --db} value resolved to a URL, the schema
 * migrated to the current version, one connection and its {@link RecordLoader}. This is what the
 * {@code load} command and {@code extract --db} share.
 */
public final class RecordDatabase implements AutoCloseable {
  /** The longest driver message an error record quotes. */
  private static final int MAX_REASON = 300;

  private final String url;
  private final Connection connection;
  private final RecordLoader loader;

  private RecordDatabase(String url, Connection connection, RecordLoader loader) {
    this.url = url;
    this.connection = connection;
    this.loader = loader;
  }

  /**
   * Opens the database that an option value names (see {@link JdbcUrls#resolve}) and migrates it.
   * Throws {@link IllegalArgumentException} for an unsupported URL and {@link DatabaseException}
   * when the database cannot be reached or migrated.
   */
  public static RecordDatabase open(String dbOption) {
    String url = JdbcUrls.resolve(dbOption);
    JdbcUrls.vendor(url);
    Connection c = null;
    try {
      Migrations.apply(url);
      c = Connections.open(url);
      return new RecordDatabase(url, c, new RecordLoader(c));
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c, e);
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new DatabaseException("cannot open " + JdbcUrls.redact(url) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Replaces the outcome's document in one transaction; throws {@link DatabaseException} when the
   * database refuses it (its previous version stays) or fails. This is what {@code load} does.
   */
  public void load(Outcome outcome) {
    loader.replace(outcome);
  }

  /**
   * Stores one outcome of {@code extract --db} and returns what the database now holds for its
   * document, which the caller writes to its output so that the two agree. That is the outcome
   * itself or, when the database {@link DatabaseException#refused refuses} it (a NUL character, or
   * a doc_id over 1,000 characters, in PostgreSQL), an error record {@code DATABASE_REFUSED} saying
   * why, stored in its place: the document is accounted for like any other that gave no record, and
   * a rerun or {@code --resume} does not stop on it again. An error record the database refuses
   * keeps its code, with NUL characters in its message written as their escape (a backslash and
   * u0000). When the doc_id itself cannot be stored, the error row goes under {@link #standInKey}
   * and the message says so.
   * Throws {@link DatabaseException} only when the database fails (a lost connection, say): then
   * the caller stops, and resumes later.
   */
  public Outcome store(Outcome outcome) {
    DatabaseException refusal;
    try {
      loader.replace(outcome);
      return outcome;
    } catch (DatabaseException e) {
      if (!e.refused()) {
        throw e;
      }
      refusal = e;
    }
    ErrorRecord error = outcome instanceof ErrorRecord e
        ? new ErrorRecord(e.docId(), e.code(), printable(e.message()))
        : new ErrorRecord(outcome.docId(), ErrorCode.DATABASE_REFUSED,
            "the database refused the record: " + reason(refusal));
    if (!error.equals(outcome)) {
      try {
        loader.replace(error);
        return error;
      } catch (DatabaseException e) {
        if (!e.refused()) {
          throw e;
        }
      }
    }
    // Still refused: the doc_id is what the database cannot hold.
    String key = standInKey(outcome.docId());
    ErrorRecord named = new ErrorRecord(outcome.docId(), error.code(), error.message()
        + "; the database cannot hold this doc_id either, so this error is stored under doc_id '" + key + "'");
    loader.replace(new ErrorRecord(key, named.code(), named.message()), SourceHash.of(named));
    return named;
  }

  /**
   * The key an error row is stored under when the database cannot hold its doc_id: {@code sha256:}
   * and the hex sha-256 of the doc_id's UTF-8 bytes (71 characters, no NUL), so a rerun finds and
   * replaces the same row.
   */
  public static String standInKey(String docId) {
    return "sha256:" + SourceHash.sha256(docId);
  }

  /** What the driver said, on one line, short, without NUL characters: for an error record's message. */
  private static String reason(DatabaseException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (cause instanceof SQLException s && s.getNextException() != null) {
      // A JDBC batch: the first line names the statement (with its values); the next exception says why.
      cause = s.getNextException();
    }
    String m = cause instanceof SQLException && cause.getMessage() != null ? cause.getMessage() : cause.toString();
    m = printable(m.strip().lines().findFirst().orElse(""));
    return m.length() > MAX_REASON ? m.substring(0, MAX_REASON) + "..." : m;
  }

  /** NUL, which PostgreSQL cannot store in text, written as its escape: a backslash and u0000, six characters. */
  private static String printable(String s) {
    return s.replace("\0", "\\u0000");
  }

  /** Whether the connection still works (after a failed document: the record's fault or the database's). */
  public boolean usable() {
    try {
      return connection.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  public Map<String, Long> rowCounts() {
    try {
      Map<String, Long> counts = Tables.rowCounts(connection);
      connection.commit();
      return counts;
    } catch (SQLException e) {
      throw new DatabaseException("cannot count rows: " + e.getMessage(), e);
    }
  }

  /** The URL with its password hidden, for messages. */
  public String describe() {
    return JdbcUrls.redact(url);
  }

  @Override
  public void close() {
    try (Connection c = connection) {
      loader.close();
    } catch (SQLException e) {
      throw new DatabaseException("closing " + describe() + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection c, Exception cause) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
