package pressfacts.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pressfacts.registry.Registry;

/**
 * Writes a registry into its tables (V2_1__registry.sql): {@code persons}, {@code organizations},
 * {@code person_aliases}, {@code person_mentions}, {@code person_roles}, {@code person_role_docs},
 * {@code organization_aliases}, {@code organization_mentions}. The registry is replaced whole in
 * one transaction, so a reader sees the old registry or the new one, never half of each; the
 * record tables are not touched.
 */
public final class RegistryTables {
  /** Children before parents: the order rows are deleted in. */
  public static final List<String> ALL = List.of("person_role_docs", "person_roles", "person_mentions", "person_aliases",
      "organization_mentions", "organization_aliases", "persons", "organizations");

  private RegistryTables() {
  }

  /** Opens (and migrates) the database an option value names, and replaces its registry. */
  public static void replace(String dbOption, Registry registry) {
    String url = JdbcUrls.resolve(dbOption);
    JdbcUrls.vendor(url);
    try {
      Migrations.apply(url);
      try (Connection c = Connections.open(url)) {
        replace(c, registry);
      }
    } catch (SQLException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new DatabaseException("cannot write the registry into " + JdbcUrls.redact(url) + ": " + e.getMessage(), e);
    }
  }

  /** Replaces the registry tables' rows with {@code registry}, in one transaction. */
  static void replace(Connection c, Registry registry) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String t : ALL) {
          // Table names come from the fixed list above, never from input.
          s.executeUpdate("DELETE FROM " + t);
        }
      }
      insertOrganizations(c, registry.organizations());
      insertPersons(c, registry.persons());
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static void insertOrganizations(Connection c, List<Registry.Organization> orgs) throws SQLException {
    try (PreparedStatement o = c.prepareStatement("INSERT INTO organizations (organization_id, name) VALUES (?, ?)");
         PreparedStatement a = c.prepareStatement("INSERT INTO organization_aliases (organization_id, alias) VALUES (?, ?)");
         PreparedStatement m = c.prepareStatement(
             "INSERT INTO organization_mentions (organization_id, ordinal, doc_id, entity_id, doc_date) VALUES (?, ?, ?, ?, ?)")) {
      for (Registry.Organization org : orgs) {
        o.setString(1, org.id());
        o.setString(2, org.name());
        o.addBatch();
        for (String alias : org.aliases()) {
          a.setString(1, org.id());
          a.setString(2, alias);
          a.addBatch();
        }
        mentions(m, org.id(), org.mentions());
      }
      o.executeBatch();
      a.executeBatch();
      m.executeBatch();
    }
  }

  private static void insertPersons(Connection c, List<Registry.Person> persons) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO persons (person_id, name) VALUES (?, ?)");
         PreparedStatement a = c.prepareStatement("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)");
         PreparedStatement m = c.prepareStatement(
             "INSERT INTO person_mentions (person_id, ordinal, doc_id, entity_id, doc_date) VALUES (?, ?, ?, ?, ?)");
         PreparedStatement r = c.prepareStatement("INSERT INTO person_roles (person_id, ordinal, title, organization_id,"
             + " first_date, last_date, releases) VALUES (?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement d = c.prepareStatement(
             "INSERT INTO person_role_docs (person_id, role_ordinal, doc_id, doc_date) VALUES (?, ?, ?, ?)")) {
      int n = 0;
      for (Registry.Person person : persons) {
        if (++n % 2000 == 0) {
          // Parents before children, a slice at a time: bounded memory on large registries.
          executeAll(p, a, m, r, d);
        }
        p.setString(1, person.id());
        p.setString(2, person.name());
        p.addBatch();
        for (String alias : person.aliases()) {
          a.setString(1, person.id());
          a.setString(2, alias);
          a.addBatch();
        }
        mentions(m, person.id(), person.mentions());
        addRoles(r, d, person);
      }
      executeAll(p, a, m, r, d);
    }
  }

  /** A person's roles in order (their ordinal), each with the releases that state it and their dates. */
  private static void addRoles(PreparedStatement r, PreparedStatement d, Registry.Person person) throws SQLException {
    Map<String, String> dateOf = new LinkedHashMap<>();
    person.mentions().forEach(x -> dateOf.putIfAbsent(x.docId(), x.date()));
    int ordinal = 0;
    for (Registry.Role role : person.roles()) {
      r.setString(1, person.id());
      r.setInt(2, ordinal);
      r.setString(3, role.title());
      r.setString(4, role.organization());
      r.setString(5, role.first());
      r.setString(6, role.last());
      r.setInt(7, role.docs().size());
      r.addBatch();
      for (String doc : role.docs()) {
        d.setString(1, person.id());
        d.setInt(2, ordinal);
        d.setString(3, doc);
        d.setString(4, dateOf.get(doc));
        d.addBatch();
      }
      ordinal++;
    }
  }

  private static void executeAll(PreparedStatement... statements) throws SQLException {
    for (PreparedStatement s : statements) {
      s.executeBatch();
    }
  }

  private static void mentions(PreparedStatement m, String id, List<Registry.Mention> mentions) throws SQLException {
    int ordinal = 0;
    for (Registry.Mention x : mentions) {
      m.setString(1, id);
      m.setInt(2, ordinal++);
      m.setString(3, x.docId());
      m.setString(4, x.entity());
      m.setString(5, x.date());
      m.addBatch();
    }
  }

  /** Rows per registry table, parents first. */
  public static Map<String, Long> rowCounts(Connection c) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (int i = ALL.size() - 1; i >= 0; i--) {
        String t = ALL.get(i);
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
          rs.next();
          counts.put(t, rs.getLong(1));
        }
      }
    }
    return counts;
  }
}
