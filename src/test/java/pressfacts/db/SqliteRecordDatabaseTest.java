package pressfacts.db;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The record database contract on SQLite, the default: a new file per test. */
class SqliteRecordDatabaseTest extends RecordDatabaseContract {
  @TempDir
  Path dir;

  private int n;

  @Override
  boolean holdsNulAndLongDocIds() {
    return true;
  }

  @Override
  String freshUrl() {
    // in a folder that does not exist yet: opening must create it
    return "jdbc:sqlite:" + dir.resolve("sub").resolve("t" + (n++) + ".db");
  }
}
