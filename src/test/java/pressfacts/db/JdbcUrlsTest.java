package pressfacts.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcUrlsTest {

  static Stream<Arguments> optionValues() {
    return Stream.of(
        // no value: the default file, so a first run needs no server
        Arguments.of(null, "jdbc:sqlite:pressfacts.db"),
        Arguments.of("", "jdbc:sqlite:pressfacts.db"),
        // a path is an SQLite file
        Arguments.of("facts/2026.db", "jdbc:sqlite:facts/2026.db"),
        // a JDBC URL is taken as it is, whatever its case
        Arguments.of("jdbc:postgresql://127.0.0.1:5432/pf?user=u", "jdbc:postgresql://127.0.0.1:5432/pf?user=u"),
        Arguments.of("JDBC:sqlite:x.db", "JDBC:sqlite:x.db"));
  }

  @ParameterizedTest
  @MethodSource("optionValues")
  void resolvesTheOptionValue(String option, String url) {
    assertEquals(url, JdbcUrls.resolve(option));
  }

  static Stream<Arguments> vendors() {
    return Stream.of(
        Arguments.of("jdbc:sqlite:pressfacts.db", JdbcUrls.Vendor.SQLITE),
        Arguments.of("jdbc:postgresql://h/db", JdbcUrls.Vendor.POSTGRESQL));
  }

  @ParameterizedTest
  @MethodSource("vendors")
  void knowsTheVendor(String url, JdbcUrls.Vendor vendor) {
    assertEquals(vendor, JdbcUrls.vendor(url));
  }

  @ParameterizedTest
  @MethodSource("unsupported")
  void refusesOtherDatabasesWithoutShowingThePassword(String url) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JdbcUrls.vendor(url));
    assertEquals(false, e.getMessage().contains("secret"), e.getMessage());
  }

  static Stream<String> unsupported() {
    return Stream.of("jdbc:mysql://h/db?user=u&password=secret", "jdbc:h2:mem:x;password=secret");
  }

  static Stream<Arguments> words() {
    return Stream.of(
        // what --db takes as its value when it stands before another word
        Arguments.of("jdbc:postgresql://h/db", true),
        Arguments.of("out/facts.DB", true),
        Arguments.of("facts.sqlite", true),
        Arguments.of("facts.sqlite3", true),
        // issue: a bare name was read as an input ("--db mydatabase docs/")
        Arguments.of("mydatabase", true),
        // and what it leaves to the command: input files
        Arguments.of("records.jsonl", false),
        Arguments.of("corpus/synthetic/dev/", false),
        Arguments.of("-", false),
        Arguments.of("--threads", false),
        Arguments.of("doc.txt", false),
        Arguments.of("page.html", false));
  }

  @ParameterizedTest
  @MethodSource("words")
  void tellsADatabaseFromAnInput(String word, boolean database) {
    assertEquals(database, JdbcUrls.looksLikeDatabase(word));
  }

  static Stream<Arguments> redactions() {
    return Stream.of(
        Arguments.of("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true",
            "jdbc:postgresql://h/db?user=u&password=***&ssl=true"),
        Arguments.of("jdbc:postgresql://h/db?password=s3cret", "jdbc:postgresql://h/db?password=***"),
        // nothing to hide
        Arguments.of("jdbc:sqlite:pressfacts.db", "jdbc:sqlite:pressfacts.db"));
  }

  @ParameterizedTest
  @MethodSource("redactions")
  void hidesPasswords(String url, String shown) {
    assertEquals(shown, JdbcUrls.redact(url));
  }
}
