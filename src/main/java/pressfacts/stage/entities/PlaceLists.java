package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * "Collin, Denton, and Tarrant Counties", "Alameda, Fresno, Orange and Yolo counties": the names listed
 * before a plural "counties" are places (LOCATION), whatever the tagger took them for, so a county
 * named like a person or a fruit is still a place there.
 */
final class PlaceLists {
  /** One listed name: one or two capitalised words ("San Diego"). */
  private static final String NAME = "\\p{Lu}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*)?";
  /** Names joined by commas and a last "and", then "counties" (bounded, so the search stays linear). */
  private static final Pattern LIST = Pattern.compile("(?<![\\p{L}\\p{N}])" + NAME + "(?:, " + NAME + "){0,12},? (?:and|&) "
      + NAME + " (?:[Cc]ounties|COUNTIES)\\b");
  private static final Pattern ONE_NAME = Pattern.compile(NAME);

  private PlaceLists() {
  }

  /** The mentions with the listed names as places: a person or body of that exact span retyped, a name no mention touches added. */
  static List<Mention> apply(String text, List<Mention> mentions) {
    Set<CharSpan> listed = new HashSet<>();
    if (!text.contains("ounties") && !text.contains("OUNTIES")) {
      return mentions; // no list ends here: spare the pattern's try at every position
    }
    Matcher list = LIST.matcher(text);
    while (list.find()) {
      int end = list.end() - " counties".length();
      Matcher name = ONE_NAME.matcher(text).region(list.start(), end);
      while (name.find()) {
        if (!name.group().equals("and")) {
          listed.add(new CharSpan(name.start(), name.end()));
        }
      }
    }
    if (listed.isEmpty()) {
      return mentions;
    }
    Coverage taken = Coverage.of(mentions.stream().map(Mention::span).toList());
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(m.type() != EntityType.LOCATION && listed.contains(m.span()) ? Mention.of(text, m.span(), EntityType.LOCATION) : m);
    }
    for (CharSpan s : listed) {
      if (!taken.overlaps(s)) {
        out.add(Mention.of(text, s, EntityType.LOCATION));
      }
    }
    out.sort(null);
    return out;
  }
}
