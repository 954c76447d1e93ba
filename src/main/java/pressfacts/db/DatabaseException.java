package pressfacts.db;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A database operation failed; the message names the document and what the driver said.
 * {@link #refused()} tells the two kinds apart: the database <em>refused</em> a document's data
 * (a constraint, or a value it cannot hold, such as a NUL character or a doc_id over 1,000
 * characters in PostgreSQL), which would happen again on every retry; or the database
 * <em>failed</em> (connection lost, file locked, disk full), which a rerun may get past.
 */
public final class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** SQLite's primary result codes for data it refuses: SQLITE_TOOBIG, SQLITE_CONSTRAINT, SQLITE_MISMATCH. */
  private static final int SQLITE_TOOBIG = 18;
  private static final int SQLITE_CONSTRAINT = 19;
  private static final int SQLITE_MISMATCH = 20;

  private final boolean refused;

  public DatabaseException(String message, Throwable cause) {
    this(message, cause, false);
  }

  DatabaseException(String message, Throwable cause, boolean refused) {
    super(message, cause);
    this.refused = refused;
  }

  /** Whether the database refused the document's data (rather than failing): retrying the same data is useless. */
  public boolean refused() {
    return refused;
  }

  /**
   * Whether an exception says the data was refused: SQLState class 22 (data exception: a value too
   * long, a NUL byte PostgreSQL's driver will not send) or 23 (integrity constraint), or SQLite's
   * codes for the same. Any other {@link SQLException} (a lost connection, a lock held too long)
   * is a failure. A {@link RuntimeException} raised while turning the record into rows comes from
   * the record, not the database, and counts as refused.
   */
  static boolean isRefusal(Exception e) {
    if (!(e instanceof SQLException)) {
      return e instanceof RuntimeException;
    }
    // A JDBC batch wraps the statement's exception: as the next exception (PostgreSQL) or the cause (SQLite).
    Deque<Throwable> todo = new ArrayDeque<>(List.of(e));
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (!seen.add(t) || !(t instanceof SQLException s)) {
        continue;
      }
      String state = s.getSQLState();
      if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
        return true;
      }
      if (s instanceof org.sqlite.SQLiteException l) {
        int code = l.getResultCode().code & 0xFF;
        if (code == SQLITE_TOOBIG || code == SQLITE_CONSTRAINT || code == SQLITE_MISMATCH) {
          return true;
        }
      }
      if (s.getNextException() != null) {
        todo.push(s.getNextException());
      }
      if (s.getCause() != null) {
        todo.push(s.getCause());
      }
    }
    return false;
  }
}
