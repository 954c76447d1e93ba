package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.text.LexiconFile;

/**
 * "the Fairview Youth Pathways Initiative (FYPI)", "the Fairview Cargo-Theft Response Detail (FCRD)": a
 * place that opens a run of capitalised words which an acronym in parentheses right after spells out, the
 * place's initial first, is the first word of that one name, no place of its own (ANNOTATION.md: the place
 * inside an organization's name is not a separate mention; an acronym defined after a name abbreviates the
 * whole name). Such names have no body's head ("Initiative", "Detail"), so no finder read them and the
 * place stood alone. The place's mention becomes the whole name, an ORGANIZATION; DefinedShortNames then
 * reads the acronym and its repeats as the same body.
 *
 * <p>Left alone: a name that ends in a site's or street's head ("Fairview State Penitentiary (FSP)" is a
 * place), an instrument's head ("Fairview Clean Water Act (FCWA)") or a program's noun; a run another
 * mention reaches into; an acronym that does not begin with the place's initial ("Fairview Harbor Drug
 * Task Area (HDTA)": the place is not spelled, so the text does not say it is inside the name). Immutable.
 */
final class PlaceOpenedNames {
  /** Words after the place on the same line, then the parentheses with two to seven capitals (dots allowed). */
  private static final Pattern RUN = Pattern.compile(
      "((?:[ \\t]+(?:\\p{Lu}[\\p{L}\\d'\u2019.-]*|of|and|for|the|on|&)){1,8})[ \\t]*\\(((?:\\p{Lu}\\.?){2,7})\\)");
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "for", "the", "on", "&");
  private final Set<String> nonBodyEnds;

  PlaceOpenedNames() {
    Set<String> ends = new HashSet<>();
    for (String file : new String[] {"site-heads.txt", "street-heads.txt", "instrument-heads.txt", "program-nouns.txt"}) {
      for (String line : LexiconFile.lines(EntityLexicons.LEXICON_DIR + file)) {
        String w = line.trim().toLowerCase(Locale.ROOT);
        ends.add(w.substring(w.lastIndexOf(' ') + 1));
      }
    }
    this.nonBodyEnds = Set.copyOf(ends);
  }

  /** The mentions with each such place widened to its name and typed ORGANIZATION; the same list when none. */
  List<Mention> apply(String text, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      CharSpan name = m.type() == EntityType.LOCATION ? nameOpenedBy(text, m, i + 1 < mentions.size() ? mentions.get(i + 1) : null) : null;
      if (name != null && out == null) {
        out = new ArrayList<>(mentions.subList(0, i));
      }
      if (out != null) {
        out.add(name != null ? Mention.of(text, name, EntityType.ORGANIZATION) : m);
      }
    }
    return out == null ? mentions : out;
  }

  /** The whole name a place opens, up to the end of its last word before the parentheses, or null. */
  private CharSpan nameOpenedBy(String text, Mention place, Mention next) {
    Matcher run = RUN.matcher(text).region(place.span().end(), text.length());
    if (!run.lookingAt()) {
      return null;
    }
    int end = run.end(1);
    if (next != null && next.span().start() < run.end()) {
      return null; // another mention inside the run or the parentheses: the finders read it otherwise
    }
    String[] words = run.group(1).strip().split("[ \\t]+");
    String last = words[words.length - 1].replaceAll("[.\u2019']+$", "").toLowerCase(Locale.ROOT);
    if (FUNCTION_WORDS.contains(last) || nonBodyEnds.contains(last) || nonBodyEnds.contains(last.replaceAll("s$", ""))) {
      return null;
    }
    List<String> all = new ArrayList<>(List.of(place.text().strip().split("\\s+")));
    all.addAll(List.of(words));
    String acronym = run.group(2).replace(".", "");
    return spells(all, 0, acronym, 0) ? new CharSpan(place.span().start(), end) : null;
  }

  /**
   * Do the words from {@code i} spell {@code acronym} from {@code j}: each capitalised word gives its
   * initial, or a hyphenated word the initials of its capitalised parts; a function word may give its
   * initial or nothing. Every capitalised word must count.
   */
  private static boolean spells(List<String> words, int i, String acronym, int j) {
    if (i == words.size()) {
      return j == acronym.length();
    }
    String w = words.get(i);
    if (FUNCTION_WORDS.contains(w)) {
      if (spells(words, i + 1, acronym, j)) {
        return true;
      }
      return !w.equals("&") && j < acronym.length() && Character.toUpperCase(w.charAt(0)) == acronym.charAt(j)
          && spells(words, i + 1, acronym, j + 1);
    }
    if (j < acronym.length() && w.charAt(0) == acronym.charAt(j) && spells(words, i + 1, acronym, j + 1)) {
      return true;
    }
    String[] parts = w.split("-");
    if (parts.length > 1 && j + parts.length <= acronym.length()) {
      for (int p = 0; p < parts.length; p++) {
        if (parts[p].isEmpty() || parts[p].charAt(0) != acronym.charAt(j + p)) {
          return false;
        }
      }
      return spells(words, i + 1, acronym, j + parts.length);
    }
    return false;
  }
}
