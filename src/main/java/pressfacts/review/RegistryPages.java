package pressfacts.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import pressfacts.doc.Entity;
import pressfacts.record.PressRecord;
import pressfacts.registry.Registry;
import pressfacts.registry.RegistryJson;

/**
 * The registry's pages beside the review report: {@code registry.html} (every person and
 * organization), {@code person-ID.html} (aliases, the role timeline, the releases in date order)
 * and {@code org-ID.html} (names, the posts held there, the releases). Each release links to its
 * document page when the report has one. Same templates and escaping as the report.
 */
public final class RegistryPages {
  /** A release in a person's or organization's list; {@code href} null when the report has no page for it. */
  public record Release(String date, String docId, String href, String title, String written) {
  }

  /** One post on the timeline; {@code left} and {@code width} place its bar (percent of the span of all dates). */
  public record Post(String title, String organization, String orgHref, String first, String last, int releases,
                     List<Release> docs, String left, String width, String who, String whoHref) {
  }

  public record PersonView(String id, String name, List<String> aliases, List<Post> roles, List<Release> releases,
                           String from, String to) {
  }

  public record OrgView(String id, String name, List<String> aliases, List<Post> posts, List<Release> releases) {
  }

  public record Entry(String href, String name, int aliases, int releases, int roles, String first, String last) {
  }

  public record IndexView(List<Entry> persons, List<Entry> organizations) {
  }

  private final RegistryTemplates templates;

  public RegistryPages(RegistryTemplates templates) {
    this.templates = templates;
  }

  /**
   * Writes the registry pages into {@code dir} beside the report of {@code items}; returns the
   * number of pages written.
   */
  public int write(Path registryFile, List<ReviewItem> items, Path dir) throws IOException {
    List<Registry.Person> persons = new ArrayList<>();
    List<Registry.Organization> orgs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(registryFile, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = RegistryJson.tree(line);
        switch (n.path("type").asText()) {
          case "PERSON" -> persons.add(RegistryJson.person(n));
          case "ORGANIZATION" -> orgs.add(RegistryJson.organization(n));
          default -> throw new IllegalArgumentException(registryFile + ":" + lineNo + ": not a registry entry");
        }
      }
    }
    Files.createDirectories(dir);
    PageNames pages = new PageNames(items);
    Map<String, PressRecord> records = new HashMap<>();
    for (ReviewItem item : items) {
      if (item.outcome() instanceof PressRecord r) {
        records.putIfAbsent(r.docId(), r);
      }
    }
    Map<String, String> orgNames = new HashMap<>();
    orgs.forEach(o -> orgNames.put(o.id(), o.name()));
    Map<String, String> personNames = new HashMap<>();
    persons.forEach(p -> personNames.put(p.id(), p.name()));
    int n = 0;
    List<Entry> personRows = new ArrayList<>();
    for (Registry.Person p : persons) {
      List<Release> releases = releases(p.mentions(), records, pages);
      List<Post> roles = timeline(p.roles(), orgNames, releases);
      String first = releases.stream().map(Release::date).filter(d -> d != null).findFirst().orElse(null);
      String last = releases.stream().map(Release::date).filter(d -> d != null).reduce((a, b) -> b).orElse(null);
      Files.writeString(dir.resolve(personPage(p.id())), templates.person(
          new PersonView(p.id(), p.name(), p.aliases(), roles, releases, first, last)), StandardCharsets.UTF_8);
      personRows.add(new Entry(personPage(p.id()), p.name(), p.aliases().size(), p.mentions().size(), p.roles().size(), first, last));
      n++;
    }
    List<Entry> orgRows = new ArrayList<>();
    for (Registry.Organization o : orgs) {
      List<Release> releases = releases(o.mentions(), records, pages);
      List<Post> posts = new ArrayList<>();
      for (Registry.Post post : o.persons()) {
        posts.add(new Post(post.title(), o.name(), null, post.first(), post.last(), 0, List.of(), null, null,
            personNames.get(post.person()), personPage(post.person())));
      }
      Files.writeString(dir.resolve(orgPage(o.id())), templates.organization(new OrgView(o.id(), o.name(), o.aliases(), posts,
          releases)), StandardCharsets.UTF_8);
      orgRows.add(new Entry(orgPage(o.id()), o.name(), o.aliases().size(), o.mentions().size(), o.persons().size(),
          releases.isEmpty() ? null : releases.get(0).date(), null));
      n++;
    }
    Files.writeString(dir.resolve("registry.html"), templates.index(new IndexView(personRows, orgRows)), StandardCharsets.UTF_8);
    return n + 1;
  }

  static String personPage(String id) {
    return "person-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + ".html";
  }

  static String orgPage(String id) {
    return "org-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + ".html";
  }

  /** The releases of an entry in date order (undated last), with the name each writes and a link to its page. */
  private static List<Release> releases(List<Registry.Mention> mentions, Map<String, PressRecord> records, PageNames pages) {
    List<Release> out = new ArrayList<>();
    for (Registry.Mention m : mentions) {
      PressRecord r = records.get(m.docId());
      String written = null;
      String title = null;
      String href = null;
      if (r != null) {
        title = r.title();
        written = r.entities().stream().filter(e -> e.id().equals(m.entity())).map(Entity::name).findFirst().orElse(null);
        href = pages.of(r.docId()) + ".html";
      }
      out.add(new Release(m.date(), m.docId(), href, title, written));
    }
    out.sort(Comparator.comparing(Release::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Release::docId));
    return out;
  }

  /** The posts with bars placed on one axis from the first to the last dated release. */
  private static List<Post> timeline(List<Registry.Role> roles, Map<String, String> orgNames, List<Release> releases) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (Registry.Role r : roles) {
      for (String d : new String[] {r.first(), r.last()}) {
        Long day = day(d);
        if (day != null) {
          min = Math.min(min, day);
          max = Math.max(max, day);
        }
      }
    }
    Map<String, Release> byDoc = new HashMap<>();
    releases.forEach(x -> byDoc.putIfAbsent(x.docId(), x));
    List<Post> out = new ArrayList<>();
    for (Registry.Role r : roles) {
      Long a = day(r.first());
      Long b = day(r.last());
      String left = null;
      String width = null;
      if (a != null && b != null) {
        double span = Math.max(1, max - min);
        left = String.format(Locale.ROOT, "%.1f", 100.0 * (a - min) / span * 0.97);
        width = String.format(Locale.ROOT, "%.1f", Math.max(3.0, 100.0 * (b - a) / span * 0.97));
      }
      List<Release> docs = r.docs().stream().map(d -> byDoc.getOrDefault(d, new Release(null, d, null, null, null)))
          .sorted(Comparator.comparing(Release::date, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
      out.add(new Post(r.title(), r.organization() == null ? null : orgNames.getOrDefault(r.organization(), r.organization()),
          r.organization() == null ? null : orgPage(r.organization()), r.first(), r.last(), r.docs().size(), docs, left, width,
          null, null));
    }
    return out;
  }

  private static Long day(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      String d = iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso.substring(0, Math.min(10, iso.length()));
      return LocalDate.parse(d).toEpochDay();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
