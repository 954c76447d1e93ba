package pressfacts.db;

import java.sql.Connection;
import java.sql.SQLException;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;

/**
 * Puts one outcome into the database in its own transaction: delete what is stored for its
 * doc_id (the cascade takes every child row), insert it again, commit. So loading a document
 * twice leaves it once, and a failure or a kill in the middle leaves the document as it was
 * before; a batch loses at most the document in flight. Not thread-safe: one loader per connection.
 */
public final class RecordLoader implements AutoCloseable {
  private final Connection connection;
  private final RecordRows rows;

  /** Takes over the connection's transactions (auto-commit off); the caller still owns the connection. */
  public RecordLoader(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    this.rows = new RecordRows(connection);
  }

  /**
   * Replaces the document's rows with the outcome's, or leaves them untouched and throws a
   * {@link DatabaseException} that says whether the database {@link DatabaseException#refused} the data.
   */
  public void replace(Outcome outcome) {
    replace(outcome, SourceHash.of(outcome));
  }

  /** As {@link #replace(Outcome)}, with the source hash given: that of the line the rows stand for. */
  void replace(Outcome outcome, String sha256) {
    try {
      rows.delete(outcome.docId());
      if (outcome instanceof PressRecord r) {
        rows.insert(r, sha256);
      } else {
        rows.insert((ErrorRecord) outcome, sha256);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      throw new DatabaseException("document " + outcome.docId() + " not loaded: " + e.getMessage(), e,
          DatabaseException.isRefusal(e));
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }

  @Override
  public void close() throws SQLException {
    rows.close();
  }
}
