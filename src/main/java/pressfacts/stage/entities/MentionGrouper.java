package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * Groups the mentions of one document into entities: equal names (case, spacing and punctuation
 * ignored) are one entity, and a person's surname, or initial plus surname, joins the full name
 * it shortens. {@code name} is the longest mention. Ids are "e1", "e2", ... by first mention.
 */
public final class MentionGrouper {

  private MentionGrouper() {
  }

  public static List<Entity> group(List<Mention> mentions) {
    List<List<Mention>> clusters = new ArrayList<>();
    List<Mention> longestFirst = new ArrayList<>(mentions);
    longestFirst.sort(Comparator.comparingInt((Mention m) -> -m.text().length()).thenComparing(m -> m.span()));
    for (Mention m : longestFirst) {
      List<Mention> home = null;
      for (List<Mention> c : clusters) {
        if (c.get(0).type() == m.type() && sameThing(c.get(0), m)) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(m);
    }
    clusters.sort(Comparator.comparing(c -> c.stream().map(Mention::span).min(Comparator.naturalOrder()).orElseThrow()));
    List<Entity> entities = new ArrayList<>();
    for (List<Mention> c : clusters) {
      entities.add(new Entity("e" + (entities.size() + 1), c.get(0).type(), c.get(0).text(), c));
    }
    return entities;
  }

  /** Does {@code shorter} name the same thing as {@code full} (the longest mention of a cluster)? */
  static boolean sameThing(Mention full, Mention shorter) {
    String a = key(full.text());
    String b = key(shorter.text());
    if (a.equals(b)) {
      return true;
    }
    if (full.type() != EntityType.PERSON) {
      return false;
    }
    String[] fa = a.split(" ");
    String[] sb = b.split(" ");
    if (!fa[fa.length - 1].equals(sb[sb.length - 1])) {
      return false;
    }
    // "Takahashi" joins "Atsuki Takahashi"; "A Huseynov" joins "Azer Huseynov" when the initial fits.
    return sb.length == 1 || (sb.length == 2 && sb[0].length() == 1 && fa[0].startsWith(sb[0]));
  }

  /** Matching key: lower case, punctuation as space, spaces folded. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
