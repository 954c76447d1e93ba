package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import pressfacts.doc.Token;

/**
 * Finds the forms of the known-organizations lexicon in a sentence's tokens, word by word: forms of
 * one or two words exactly as listed ("UNDP", "Milli Majlis"), longer ones with their first word as
 * listed and the others in any case ("European Court of Human rights").
 * Immutable; built once per process with the lexicons.
 */
final class KnownOrganizations {
  /** A match over tokens [start, end); {@code acronym} when the form is one all-capitals word. */
  record Match(int start, int end, boolean acronym) {
  }

  private static final Pattern WORD_GAP = Pattern.compile("\\s+");

  /** Forms by their first word, longest first, so the longest form at a position wins. */
  private final Map<String, List<List<String>>> formsByFirstWord = new HashMap<>();

  KnownOrganizations(List<List<String>> bodies) {
    for (List<String> forms : bodies) {
      for (String form : forms) {
        List<String> words = words(form);
        formsByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
      }
    }
    formsByFirstWord.values().forEach(l -> l.sort((x, y) -> Integer.compare(y.size(), x.size())));
  }

  /** Non-overlapping matches in {@code toks}, left to right, the longest at each position. */
  List<Match> find(List<Token> toks) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      List<List<String>> candidates = formsByFirstWord.get(toks.get(i).match());
      List<String> hit = null;
      if (candidates != null) {
        for (List<String> words : candidates) {
          if (matchesAt(toks, i, words)) {
            hit = words;
            break;
          }
        }
      }
      if (hit == null) {
        i++;
      } else {
        out.add(new Match(i, i + hit.size(), hit.size() == 1 && OrganizationFinder.UPPER_WORD.matcher(hit.get(0)).matches()));
        i += hit.size();
      }
    }
    return out;
  }

  private static boolean matchesAt(List<Token> toks, int i, List<String> words) {
    if (i + words.size() > toks.size()) {
      return false;
    }
    // Long names as non-native writers case them ("European Court of Human rights"); short forms exactly.
    boolean anyCase = words.size() >= 3;
    for (int k = 0; k < words.size(); k++) {
      String t = toks.get(i + k).match();
      if (!(anyCase && k > 0 ? t.equalsIgnoreCase(words.get(k)) : t.equals(words.get(k)))) {
        return false;
      }
    }
    return true;
  }

  /** A form's words as the tokenizer splits them: "Children's" is "Children" and "'s", a comma a word. */
  static List<String> words(String form) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_GAP.split(form.strip())) {
      String rest = w;
      String comma = rest.endsWith(",") ? "," : null;
      if (comma != null) {
        rest = rest.substring(0, rest.length() - 1);
      }
      if (rest.endsWith("'s")) {
        out.add(rest.substring(0, rest.length() - 2));
        out.add("'s");
      } else {
        out.add(rest);
      }
      if (comma != null) {
        out.add(comma);
      }
    }
    return List.copyOf(out);
  }
}
