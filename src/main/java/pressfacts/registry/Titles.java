package pressfacts.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.text.LexiconFile;

/**
 * Role titles compared across documents. A title's key is its words, lower case, without
 * punctuation, with the short forms releases use spelled out ("DA" "district attorney", "U.S."
 * "united states") and words that do not change the post dropped ("acting", "former", "interim").
 * Two titles are compatible when the words of one contain those of the other ("judge" and
 * "district judge"; "chief justice" and "justice"), which is how one post is written in many ways.
 */
final class Titles {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Map<String, String> SHORT_FORMS = shortForms("/pressfacts/lexicon/registry/title-short-forms.tsv");
  private static final Set<String> IDLE_WORDS = Set.copyOf(LexiconFile.lines("/pressfacts/lexicon/registry/title-idle-words.txt"));

  private Titles() {
  }

  /** The comparison key of a title ("Acting U.S. Attorney" "united states attorney"). */
  static String key(String title) {
    String t = " " + NOT_WORD.matcher(PersonName.fold(title).replace("u.s.", "us")).replaceAll(" ").trim() + " ";
    for (Map.Entry<String, String> e : SHORT_FORMS.entrySet()) {
      t = t.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
    }
    StringBuilder sb = new StringBuilder();
    for (String w : t.trim().split(" ")) {
      if (!w.isEmpty() && !IDLE_WORDS.contains(w)) {
        sb.append(sb.length() == 0 ? "" : " ").append(w);
      }
    }
    return sb.toString();
  }

  private static Map<String, String> shortForms(String file) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String[] row : LexiconFile.rows(file, 2)) {
      m.put(row[0], row[1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** Do two title keys name one post, or one a narrower form of the other? */
  static boolean compatible(String keyA, String keyB) {
    if (keyA.isEmpty() || keyB.isEmpty()) {
      return false;
    }
    List<String> a = Arrays.asList(keyA.split(" "));
    List<String> b = Arrays.asList(keyB.split(" "));
    return a.containsAll(b) || b.containsAll(a);
  }
}
