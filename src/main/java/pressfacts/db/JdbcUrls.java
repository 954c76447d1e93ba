package pressfacts.db;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the {@code --db} option names, as a JDBC URL. A value starting with {@code jdbc:} is taken
 * as it is; anything else is the path of an SQLite file; no value at all is {@link #DEFAULT_FILE}
 * in the working directory, so a first run needs no server.
 */
public final class JdbcUrls {
  /** The SQLite file used when {@code --db} is given without a value. */
  public static final String DEFAULT_FILE = "pressfacts.db";

  /** The databases the schema migrations are written for. */
  public enum Vendor { SQLITE, POSTGRESQL }

  // password=... in a URL's query string, up to the next '&' or ';': hidden in messages.
  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  private JdbcUrls() {
  }

  /** The JDBC URL for an option value (null or blank: the default SQLite file). */
  public static String resolve(String dbOption) {
    if (dbOption == null || dbOption.isBlank()) {
      return "jdbc:sqlite:" + DEFAULT_FILE;
    }
    String v = dbOption.strip();
    return v.regionMatches(true, 0, "jdbc:", 0, 5) ? v : "jdbc:sqlite:" + v;
  }

  /** Which database a URL points at; throws {@link IllegalArgumentException} for any other. */
  public static Vendor vendor(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:sqlite:")) {
      return Vendor.SQLITE;
    }
    if (u.startsWith("jdbc:postgresql:")) {
      return Vendor.POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported database URL " + redact(url)
        + ": give jdbc:sqlite:FILE, jdbc:postgresql://HOST:PORT/DB?user=U&password=P, or a file path for SQLite");
  }

  /**
   * Whether a command-line word is meant as the value of {@code --db} rather than the next
   * argument: a JDBC URL or a file named like an SQLite database. This is what lets
   * {@code --db} stand without a value before an input file.
   */
  public static boolean looksLikeDatabase(String arg) {
    String a = arg.toLowerCase(Locale.ROOT);
    if (a.startsWith("jdbc:") || a.endsWith(".db") || a.endsWith(".sqlite") || a.endsWith(".sqlite3")) {
      return true;
    }
    // A bare name ("--db mydatabase") is a database too, unless it could be an input: an option,
    // standard input, an existing path, or a name with an input's extension.
    boolean inputLike = a.startsWith("-") || a.endsWith(".jsonl") || a.endsWith(".txt") || a.endsWith(".html")
        || a.endsWith(".htm") || java.nio.file.Files.exists(java.nio.file.Path.of(arg));
    return !inputLike;
  }

  /** The URL with any password replaced by ***, for messages. */
  public static String redact(String url) {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }
}
