package pressfacts.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.doc.Citation;
import pressfacts.doc.Entity;
import pressfacts.doc.Role;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.record.PressRecord;

/**
 * The three analyst queries of the README, run on the gold records of corpus/synthetic/test loaded into
 * SQLite, give the answers computed from the same records in plain Java: an independent second
 * computation, since the corpus is too large for answers worked out by hand.
 */
class CorpusQueriesTest {
  @TempDir
  Path dir;

  private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

  private String loadCorpusTest() throws IOException {
    String url = "jdbc:sqlite:" + dir.resolve("corpus.db");
    List<PressRecord> records = gold();
    RecordDatabaseContract.load(url, records);
    return url;
  }

  private static List<PressRecord> gold() throws IOException {
    return GoldCorpus.read(Path.of("corpus", "synthetic", "test")).stream().map(GoldDoc::gold).toList();
  }

  private static String sql(String name) throws IOException {
    try (InputStream in = CorpusQueriesTest.class.getResourceAsStream("/pressfacts/db/queries/" + name + ".sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String cell(Object o) {
    return o == null ? "-" : o.toString();
  }

  @Test
  void whoHeldWhichTitleWhere() throws Exception {
    String url = loadCorpusTest();
    record Key(String person, String title, String org) {
    }
    Map<Key, Set<String>> docs = new HashMap<>();
    for (PressRecord r : gold()) {
      Map<String, String> names = r.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
      for (Role ro : r.roles()) {
        docs.computeIfAbsent(new Key(names.get(ro.person()), ro.title(), ro.organization() == null ? null
            : names.get(ro.organization())), k -> new HashSet<>()).add(r.docId());
      }
    }
    String expected = docs.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<Key, Set<String>> e) -> e.getKey().person())
            .thenComparing(e -> e.getKey().title())
            .thenComparing(e -> e.getKey().org(), NULLS_LAST))
        .map(e -> e.getKey().person() + "|" + e.getKey().title() + "|" + cell(e.getKey().org()) + "|" + e.getValue().size())
        .collect(Collectors.joining(";"));
    assertTrue(docs.size() > 50, "corpus/synthetic/test should hold many roles");
    assertEquals(expected, RecordDatabaseContract.query(url, sql("titles-held")));
  }

  @Test
  void whichInstrumentsAreCitedMost() throws Exception {
    String url = loadCorpusTest();
    record Key(String kind, String title, String jurisdiction) {
    }
    Map<Key, Integer> citations = new HashMap<>();
    Map<Key, Set<String>> releases = new HashMap<>();
    for (PressRecord r : gold()) {
      for (Citation c : r.citations()) {
        Key k = new Key(c.instrument().kind().wireName(), c.instrument().title(), c.instrument().jurisdiction());
        citations.merge(k, 1, Integer::sum);
        releases.computeIfAbsent(k, x -> new HashSet<>()).add(r.docId());
      }
    }
    List<Key> keys = new ArrayList<>(citations.keySet());
    keys.sort(Comparator.comparing((Key k) -> -citations.get(k)).thenComparing(k -> -releases.get(k).size())
        .thenComparing(Key::kind).thenComparing(Key::title, NULLS_LAST).thenComparing(Key::jurisdiction, NULLS_LAST));
    String expected = keys.stream().limit(20).map(k -> k.kind() + "|" + cell(k.title()) + "|" + cell(k.jurisdiction())
        + "|" + citations.get(k) + "|" + releases.get(k).size()).collect(Collectors.joining(";"));
    assertEquals(expected, RecordDatabaseContract.query(url, sql("instruments-cited-most")));
  }

  @Test
  void releasesPerEventTypeAndMonth() throws Exception {
    String url = loadCorpusTest();
    Map<String, Integer> counts = new TreeMap<>(Comparator.<String>naturalOrder());
    int withoutMonth = 0;
    Map<String, Integer> noMonth = new TreeMap<>();
    for (PressRecord r : gold()) {
      if (r.event() == null) {
        continue;
      }
      if (r.published() == null) {
        noMonth.merge(r.event().type().wireName(), 1, Integer::sum);
        withoutMonth++;
      } else {
        String month = r.published().value().firstDay().toString().substring(0, 7);
        counts.merge(month + "|" + r.event().type().wireName(), 1, Integer::sum);
      }
    }
    List<String> rows = new ArrayList<>();
    counts.forEach((k, v) -> rows.add(k + "|" + v));
    noMonth.forEach((k, v) -> rows.add("-|" + k + "|" + v));
    assertTrue(withoutMonth < rows.size());
    assertEquals(String.join(";", rows), RecordDatabaseContract.query(url, sql("releases-per-event-month")));
  }
}
