package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * ANNOTATION.md (Conventions, page furniture): social-media link labels are no mentions. A candidate
 * organization on a line made only of such labels ("Facebook", "Share on Twitter", "Facebook | Twitter |
 * Instagram", "Follow us on Facebook, Twitter and Instagram.") is dropped: every piece of the line
 * between separators is a furniture phrase of lexicon/page/furniture.txt, or two of them joined by
 * "on". The same network named in a story's sentence ("her friend on Facebook") stays. Immutable.
 */
final class SocialLabels {
  /** What separates the labels of one line: bars, bullets, slashes, commas, "and". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[|\u2022\u00b7/,]|\\band\\b)\\s*");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
  private static final Pattern ON = Pattern.compile("\\s+on\\s+");

  private final Set<String> furniture;

  SocialLabels() {
    this.furniture = Set.copyOf(LexiconFile.lines("/pressfacts/lexicon/page/furniture.txt").stream()
        .map(s -> s.trim().toLowerCase(Locale.ROOT)).toList());
  }

  /** The candidates without those that stand on a line of link labels; the same list when none does. */
  List<CharSpan> apply(String match, List<CharSpan> orgs) {
    List<CharSpan> out = new ArrayList<>(orgs.size());
    for (CharSpan o : orgs) {
      int lineStart = match.lastIndexOf('\n', o.start() - 1) + 1;
      int lineEnd = match.indexOf('\n', o.end());
      if (!isLabelLine(match.substring(lineStart, lineEnd < 0 ? match.length() : lineEnd))) {
        out.add(o);
      }
    }
    return out.size() == orgs.size() ? orgs : out;
  }

  private boolean isLabelLine(String line) {
    boolean any = false;
    for (String piece : SEPARATOR.split(line.toLowerCase(Locale.ROOT))) {
      String p = EDGE_PUNCTUATION.matcher(piece).replaceAll("");
      if (p.isEmpty()) {
        continue;
      }
      String[] parts = ON.split(p, 2);
      if (!furniture.contains(p) && !(parts.length == 2 && furniture.contains(parts[0]) && furniture.contains(parts[1]))) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
