package pressfacts.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema up to date with Flyway, from the versioned SQL scripts in
 * {@link #LOCATION}. The same scripts serve SQLite and PostgreSQL (they use only portable types),
 * and Flyway records what it applied, so running this on every start is cheap and safe, also from
 * several processes at once. On PostgreSQL Flyway takes a lock on the server. On SQLite it takes
 * none (two processes migrating a new file both ran the first script, and one failed with
 * SQLITE_BUSY), so migrations of an SQLite file are serialized here: by a lock on the file
 * {@link #lockFileOf FILE.migration-lock} beside it across processes, and by a monitor within one
 * (a JVM cannot lock one file twice). The second migration then finds the scripts applied and
 * does nothing. Flyway connects with the settings loaders use (WAL, a busy timeout), so it waits
 * for a process that is loading rather than failing.
 */
public final class Migrations {
  /** Where the scripts live on the class path: V1__records.sql, V2__..., never edited once released. */
  public static final String LOCATION = "classpath:pressfacts/db/migration";

  /** Added to an SQLite file's name for the lock file beside it. */
  static final String LOCK_SUFFIX = ".migration-lock";

  /** Serializes the SQLite migrations of this JVM, which the file lock cannot (it belongs to the process). */
  private static final Object SQLITE_MIGRATION = new Object();

  private Migrations() {
  }

  /** Applies the pending migrations; returns how many were applied. */
  public static int apply(String jdbcUrl) {
    if (JdbcUrls.vendor(jdbcUrl) != JdbcUrls.Vendor.SQLITE) {
      return migrate(jdbcUrl);
    }
    Connections.createParentFolder(jdbcUrl);
    Optional<Path> file = Connections.sqliteFile(jdbcUrl);
    synchronized (SQLITE_MIGRATION) {
      if (file.isEmpty()) {
        return migrate(jdbcUrl); // in memory: no other process can see it
      }
      Path lock = lockFileOf(file.get());
      try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
           FileLock held = ch.lock()) {
        return migrate(jdbcUrl);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lock " + lock + " to migrate the database: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The lock file of an SQLite database: {@code FILE.migration-lock}, empty, left in place (removing
   * it while another process waits on it would let a third lock a new file at the same time).
   */
  static Path lockFileOf(Path sqliteFile) {
    return sqliteFile.resolveSibling(sqliteFile.getFileName() + LOCK_SUFFIX);
  }

  private static int migrate(String jdbcUrl) {
    Map<String, String> settings = new HashMap<>();
    Connections.properties(jdbcUrl, false).forEach((k, v) -> settings.put(k.toString(), v.toString()));
    // User and password, when needed, travel in the URL (PostgreSQL: ?user=...&password=...).
    Flyway flyway = Flyway.configure()
        .dataSource(jdbcUrl, null, null)
        .jdbcProperties(settings)
        .locations(LOCATION)
        // Through SLF4J (bound to no-op here): Flyway would otherwise log a dozen INFO lines per run.
        .loggers("slf4j")
        .load();
    MigrateResult r = flyway.migrate();
    return r.migrationsExecuted;
  }
}
