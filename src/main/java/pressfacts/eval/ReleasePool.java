package pressfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pool of real, unlabelled releases that {@code corpus/real} labels: JSON Lines files
 * ({@code FAMILY.jsonl}, one release {@code {"id", "text", "title"?, "county"?, "source"}} a line)
 * that stay outside the project. A gold file names its release by pool id and the sha256 of the
 * text it was labelled on; {@link #text} hands out the text only when that sha256 still matches,
 * so a changed pool can never silently move the gold offsets.
 *
 * <p>Where it is: the folder named by the environment variable {@code PRESSFACTS_POOL}, else the
 * first {@code shared/releases} beside the gold file's folder or one of its parents, up to the
 * project's top folder (the one with {@code pom.xml}), whose {@code ../shared/releases} is the
 * last place looked at.
 */
public final class ReleasePool {
  /** The environment variable that names the pool folder. */
  public static final String ENV = "PRESSFACTS_POOL";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One release: its family (the pool file's name), the site it came from, its exact text. */
  public record Release(String id, String family, String site, String text, String title) {
  }

  private final Path folder;
  private Map<String, Release> byId;

  private ReleasePool(Path folder) {
    this.folder = folder;
  }

  /** The pool for gold files at {@code near}, or empty when no pool folder is found. */
  public static Optional<ReleasePool> near(Path near) {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return Optional.of(new ReleasePool(Path.of(env)));
    }
    for (Path p = near.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("releases");
      if (Files.isDirectory(candidate)) {
        return Optional.of(new ReleasePool(candidate));
      }
      if (Files.exists(p.resolve("pom.xml"))) {
        // The project's top folder: the pool is beside it (../shared/releases) or nowhere; folders
        // further up belong to nobody here.
        Path beside = p.resolveSibling("shared").resolve("releases");
        return Files.isDirectory(beside) ? Optional.of(new ReleasePool(beside)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A pool in a given folder (tests). */
  public static ReleasePool at(Path folder) {
    return new ReleasePool(folder);
  }

  public Path folder() {
    return folder;
  }

  /** The release with this id, whose text's sha256 is {@code sha256}; an error says which differs. */
  public Release text(String id, String sha256) throws IOException {
    Release r = releases().get(id);
    if (r == null) {
      throw new IOException("no release '" + id + "' in the pool " + folder);
    }
    String actual = sha256(r.text());
    if (!actual.equalsIgnoreCase(sha256)) {
      throw new IOException("release '" + id + "' in the pool has sha256 " + actual + ", not the " + sha256
          + " it was labelled on: the pool text changed, so the gold offsets cannot be trusted");
    }
    return r;
  }

  private synchronized Map<String, Release> releases() throws IOException {
    if (byId != null) {
      return byId;
    }
    if (!Files.isDirectory(folder)) {
      throw new IOException("the release pool " + folder + " is not there");
    }
    Map<String, Release> all = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String family = name.substring(0, name.length() - ".jsonl".length());
      JsonLines.forEach(f, (line, n) -> {
        JsonNode d;
        try {
          d = MAPPER.readTree(line);
        } catch (IOException e) {
          throw new IOException(f + ":" + n + ": not a JSON line of the pool: " + e.getMessage(), e);
        }
        String id = d.path("id").asText(null);
        if (id == null || !d.path("text").isTextual()) {
          throw new IOException(f + ":" + n + ": a pool line needs \"id\" and \"text\"");
        }
        String site = site(d);
        all.putIfAbsent(id, new Release(id, family, site == null ? family : site, d.get("text").asText(),
            d.hasNonNull("title") ? d.get("title").asText() : null));
      });
    }
    byId = all;
    return all;
  }

  /**
   * The site a release came from, for the unseen-site split: a county's name for county pages, the
   * web site (without "www.", "old.", "test.") for others, else the family (one publisher).
   */
  static String site(JsonNode d) {
    if (d.hasNonNull("county")) {
      return d.get("county").asText();
    }
    String site = d.path("source").path("site").asText("");
    if (!site.isEmpty()) {
      return site.replaceFirst("^(www|old|test)\\.", "");
    }
    return null;
  }

  /** Hex sha256 of the text's UTF-8 bytes, as the pool states it. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
