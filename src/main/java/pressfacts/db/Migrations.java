package pressfacts.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema up to date with Flyway, from the versioned SQL scripts in
 * {@link #LOCATION}. The same scripts serve SQLite and PostgreSQL (they use only portable types),
 * and Flyway records what it applied, so running this on every start is cheap and safe, also
 * from several processes at once (PostgreSQL: Flyway takes a lock).
 */
public final class Migrations {
  /** Where the scripts live on the class path: V1__records.sql, V2__..., never edited once released. */
  public static final String LOCATION = "classpath:pressfacts/db/migration";

  private Migrations() {
  }

  /** Applies the pending migrations; returns how many were applied. */
  public static int apply(String jdbcUrl) {
    Connections.createParentFolder(jdbcUrl);
    // User and password, when needed, travel in the URL (PostgreSQL: ?user=...&password=...).
    Flyway flyway = Flyway.configure()
        .dataSource(jdbcUrl, null, null)
        .locations(LOCATION)
        // Through SLF4J (bound to no-op here): Flyway would otherwise log a dozen INFO lines per run.
        .loggers("slf4j")
        .load();
    MigrateResult r = flyway.migrate();
    return r.migrationsExecuted;
  }
}
