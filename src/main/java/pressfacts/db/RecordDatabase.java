package pressfacts.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import pressfacts.record.Outcome;

/**
 * A database opened for loading records: the {@code --db} value resolved to a URL, the schema
 * migrated to the current version, one connection and its {@link RecordLoader}. This is what the
 * {@code load} command and {@code extract --db} share.
 */
public final class RecordDatabase implements AutoCloseable {
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

  /** Replaces the outcome's document in one transaction; throws {@link DatabaseException}. */
  public void load(Outcome outcome) {
    loader.replace(outcome);
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
