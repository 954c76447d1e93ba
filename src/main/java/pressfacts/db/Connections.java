package pressfacts.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens a connection with the settings the loader relies on, per vendor. SQLite enforces
 * foreign keys only when asked, on every connection, and the cascade that replaces a document
 * depends on it. WAL with synchronous=NORMAL makes a commit per document cheap while a crash
 * of the process still loses nothing committed (a power cut may lose the last commits, never
 * consistency).
 */
public final class Connections {
  private Connections() {
  }

  public static Connection open(String jdbcUrl) throws SQLException {
    if (JdbcUrls.vendor(jdbcUrl) == JdbcUrls.Vendor.SQLITE) {
      createParentFolder(jdbcUrl);
    }
    return DriverManager.getConnection(jdbcUrl, properties(jdbcUrl, true));
  }

  /**
   * The driver settings of {@link #open}. Migrations use them too, without SQLite's foreign keys
   * ({@code foreignKeys} false): a later script that rebuilds a table must not cascade into its
   * children, and SQLite ignores the setting inside the transaction a script runs in.
   */
  static Properties properties(String jdbcUrl, boolean foreignKeys) {
    Properties p = new Properties();
    switch (JdbcUrls.vendor(jdbcUrl)) {
      case SQLITE -> {
        if (foreignKeys) {
          p.setProperty("foreign_keys", "true");
        }
        p.setProperty("journal_mode", "WAL");
        p.setProperty("synchronous", "NORMAL");
        // Another process (a second load, an analyst's query) may hold the file for a moment.
        p.setProperty("busy_timeout", "30000");
      }
      case POSTGRESQL ->
          // One round trip for a document's rows of one table instead of one per row.
          p.setProperty("reWriteBatchedInserts", "true");
    }
    return p;
  }

  /**
   * The file an SQLite URL names, or empty for an in-memory database, a {@code file:} URI, or
   * another vendor.
   */
  static Optional<Path> sqliteFile(String jdbcUrl) {
    if (JdbcUrls.vendor(jdbcUrl) != JdbcUrls.Vendor.SQLITE) {
      return Optional.empty();
    }
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(path));
  }

  /** SQLite creates the file but not its folder (also needed before migrating: Flyway connects first). */
  static void createParentFolder(String jdbcUrl) {
    Optional<Path> file = sqliteFile(jdbcUrl);
    if (file.isEmpty()) {
      return;
    }
    Path parent = file.get().toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file.get(), e);
    }
  }
}
