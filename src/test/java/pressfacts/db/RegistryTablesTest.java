package pressfacts.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.registry.Registry;
import pressfacts.registry.RegistryTest;
import pressfacts.stage.entities.EntityLexicons;

/** The registry tables on SQLite: what is written, that writing again replaces, and the README's query. */
class RegistryTablesTest {
  @TempDir
  Path dir;

  private static Registry registry(String... specs) {
    Registry r = new Registry(EntityLexicons.load());
    for (String s : specs) {
      r.add(RegistryTest.rec(s));
    }
    return r;
  }

  private static final String[] RECORDS = {
      "d1 2010-01-26 | Ramiz Rzayev: Chairman @ Supreme Court | Mehman Ibrahim: chief @ IT Division",
      "d2 2013-12-12 | Ramiz Rzayev: Chairman @ Supreme Court; President @ Supreme Court",
      "d3 2014-02-07 | R.Rzayev: chairman @ Supreme Court | Azer Huseynov: judge @ Supreme Court"};

  @Test
  void writingTwiceReplacesTheRegistryAndTheQueryAnswersByYear() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("r.db");
    RegistryTables.replace(url, registry(RECORDS));
    RegistryTables.replace(url, registry(RECORDS));
    try (Connection c = Connections.open(url)) {
      // persons: Rzayev, Ibrahim, Huseynov; organization mentions 2 + 1 + 1; roles: Rzayev 2, Ibrahim 1,
      // Huseynov 1; role docs: 3 + 1 + 1 + 1
      assertEquals("{organizations=2, persons=3, organization_aliases=0, organization_mentions=4, person_aliases=1,"
          + " person_mentions=5, person_roles=4, person_role_docs=6}", RegistryTables.rowCounts(c).toString());
      assertEquals(List.of(
          "IT Division|chief|2010|Mehman Ibrahim|1",
          "Supreme Court|Chairman|2010|Ramiz Rzayev|1",
          "Supreme Court|Chairman|2013|Ramiz Rzayev|1",
          "Supreme Court|Chairman|2014|Ramiz Rzayev|1",
          "Supreme Court|President|2013|Ramiz Rzayev|1",
          "Supreme Court|judge|2014|Azer Huseynov|1"), rows(c, query("registry-title-holders-by-year.sql")));
    }
    // a smaller registry replaces the larger one whole
    RegistryTables.replace(url, registry(RECORDS[0]));
    try (Connection c = Connections.open(url)) {
      assertEquals(2L, RegistryTables.rowCounts(c).get("persons"));
    }
  }

  static String query(String file) throws IOException {
    try (InputStream in = RegistryTablesTest.class.getResourceAsStream("/pressfacts/db/queries/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }
}
