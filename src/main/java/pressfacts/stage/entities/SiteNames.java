package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * ANNOTATION.md (Conventions, page furniture): a news site's name that is no organization's name ("DA
 * NewsCenter") is no mention. The tagger reads "DA" as a title and "NewsCenter" as the person after it,
 * or runs a person of a title line on into the site's name ("Meet Paralegal A B - DA NewsCenter"). A
 * candidate of any type that starts inside a site's name (lexicon/page/site-names.txt) is dropped; one
 * that starts before it is cut back to its last word before the name and the dash or bar that joins them.
 * Immutable.
 */
final class SiteNames {
  /** What joins a title to the site's name, and spaces: cut off a candidate's end with the name. */
  private static final Pattern TRAILING_JOINER = Pattern.compile("[\\s|\u2013\u2014-]+$");

  private final Pattern names;

  SiteNames() {
    this(LexiconFile.lines("/pressfacts/lexicon/page/site-names.txt"));
  }

  SiteNames(List<String> siteNames) {
    String alternation = siteNames.stream().map(n -> Pattern.quote(n.trim()).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    this.names = alternation.isEmpty() ? null
        : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
  }

  /** The candidates without the site names' words; the same list when no candidate touches one. */
  List<CharSpan> apply(String match, List<CharSpan> spans) {
    if (names == null || spans.isEmpty()) {
      return spans;
    }
    List<CharSpan> sites = new ArrayList<>();
    Matcher m = names.matcher(match);
    while (m.find()) {
      sites.add(new CharSpan(m.start(), m.end()));
    }
    if (sites.isEmpty()) {
      return spans;
    }
    List<CharSpan> out = new ArrayList<>(spans.size());
    boolean changed = false;
    for (CharSpan s : spans) {
      CharSpan kept = s;
      for (CharSpan site : sites) {
        if (kept != null && kept.overlaps(site)) {
          kept = kept.start() < site.start() ? cutBefore(match, kept, site.start()) : null;
        }
      }
      changed |= kept != s;
      if (kept != null) {
        out.add(kept);
      }
    }
    return changed ? out : spans;
  }

  /** {@code s} ending before {@code at}, without the dash and spaces before the site's name; null when nothing is left. */
  private static CharSpan cutBefore(String match, CharSpan s, int at) {
    String head = match.substring(s.start(), at);
    int end = s.start() + TRAILING_JOINER.matcher(head).replaceAll("").length();
    return end > s.start() ? new CharSpan(s.start(), end) : null;
  }
}
