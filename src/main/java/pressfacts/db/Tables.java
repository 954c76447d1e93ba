package pressfacts.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of the schema (V1__records.sql), and their row counts for summaries and checks. */
public final class Tables {
  /** Every table that holds record facts, parents before children. */
  public static final List<String> ALL = List.of("documents", "entities", "entity_attributes", "mentions", "dates",
      "citations", "provisions", "roles", "warnings", "errors");

  private Tables() {
  }

  /** Rows per table, in the order of {@link #ALL}. */
  public static Map<String, Long> rowCounts(Connection c) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String t : ALL) {
        // Table names come from the fixed list above, never from input.
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
          rs.next();
          counts.put(t, rs.getLong(1));
        }
      }
    }
    return counts;
  }
}
