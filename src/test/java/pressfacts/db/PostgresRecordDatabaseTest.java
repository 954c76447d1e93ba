package pressfacts.db;


import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import pressfacts.testing.Skips;

/**
 * The record database contract on a real PostgreSQL server, named by the environment variable
 * PRESSFACTS_TEST_PG_URL (a jdbc:postgresql URL with user and password; .ci/run sets it). Skipped
 * when it is unset. Each test gets its own new schema, dropped afterwards, so the database's
 * other contents are left alone.
 */
class PostgresRecordDatabaseTest extends RecordDatabaseContract {
  static final String ENV = "PRESSFACTS_TEST_PG_URL";

  private final List<String> schemas = new ArrayList<>();

  @BeforeEach
  void serverGiven() {
    String url = System.getenv(ENV);
    Skips.unless(url != null && !url.isBlank(), ENV + " is not set; the PostgreSQL tests skip");
  }

  @Override
  boolean holdsNulAndLongDocIds() {
    return false;
  }

  @Override
  String freshUrl() throws SQLException {
    String base = System.getenv(ENV);
    String schema = "pressfacts_test_" + Long.toString(System.nanoTime(), 36);
    try (Connection c = Connections.open(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    schemas.add(schema);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @AfterEach
  void dropSchemas() throws SQLException {
    if (schemas.isEmpty()) {
      return; // skipped, or nothing created
    }
    try (Connection c = Connections.open(System.getenv(ENV)); Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
