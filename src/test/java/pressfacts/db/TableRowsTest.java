package pressfacts.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.record.Outcome;

/** TableRows gives the tables, columns and values that a load into the database stores. */
class TableRowsTest {

  @Test
  void tablesAndColumnsAreThoseOfTheSchema(@TempDir Path dir) throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("t.db");
    Migrations.apply(url);
    assertEquals(Tables.ALL, TableRows.TABLES.stream().map(TableRows.Table::name).toList());
    try (Connection c = Connections.open(url); Statement s = c.createStatement()) {
      for (TableRows.Table t : TableRows.TABLES) {
        List<String> expected = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + t.name() + ")")) {
          while (rs.next()) {
            expected.add(rs.getString("name") + " " + typeOf(rs.getString("type")));
          }
        }
        assertEquals(expected, t.columns().stream().map(col -> col.name() + " " + col.type()).toList(), t.name());
      }
    }
  }

  @Test
  void rowsEqualWhatALoadStores(@TempDir Path dir) throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("t.db");
    List<Outcome> outcomes = new ArrayList<>(TestRecords.all());
    outcomes.addAll(RecordDatabaseContract.seedGold());
    try (RecordDatabase db = RecordDatabase.open(url)) {
      outcomes.forEach(db::load);
    }
    try (Connection c = Connections.open(url); Statement s = c.createStatement()) {
      for (TableRows.Table t : TableRows.TABLES) {
        List<String> stored = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + t.name())) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              row.add(String.valueOf(rs.getObject(i)));
            }
            stored.add(String.join(" | ", row));
          }
        }
        List<String> made = new ArrayList<>();
        for (Outcome o : outcomes) {
          for (Object[] r : TableRows.of(o).get(t.name())) {
            List<String> row = new ArrayList<>();
            for (Object v : r) {
              row.add(String.valueOf(v));
            }
            made.add(String.join(" | ", row));
          }
        }
        stored.sort(null);
        made.sort(null);
        assertEquals(stored, made, t.name());
      }
    }
  }

  private static TableRows.Type typeOf(String sqlType) {
    String u = sqlType.toUpperCase(Locale.ROOT);
    return u.startsWith("INTEGER") ? TableRows.Type.INTEGER : u.startsWith("DOUBLE") ? TableRows.Type.DOUBLE
        : TableRows.Type.TEXT;
  }
}
