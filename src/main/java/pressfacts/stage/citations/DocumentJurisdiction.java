package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state a document speaks of, for instruments whose own words name none ("Criminal Code",
 * "Presidential decree"): each cue of document-jurisdiction-cues.tsv found in the text adds its
 * weight to its code; the highest sum wins. A tie or a sum below {@link #MIN_SCORE} gives null
 * (unknown), as the contract asks rather than a guess.
 */
final class DocumentJurisdiction {
  static final int MIN_SCORE = 2;

  private record Cue(Pattern pattern, String code, int weight) {
  }

  private final List<Cue> cues;

  DocumentJurisdiction(CitationLexicon lex) {
    List<Cue> out = new ArrayList<>();
    for (CitationLexicon.JurisdictionCue c : lex.jurisdictionCues) {
      // word boundaries that also hold for cues ending in a dot ("U.S.")
      out.add(new Cue(Pattern.compile("(?<![\\w.])" + Pattern.quote(c.phrase()) + "(?!\\w)"), c.code(), c.weight()));
    }
    cues = List.copyOf(out);
  }

  /** The document's jurisdiction code, or null. */
  String of(String matchingText) {
    return best(scores(matchingText, 0, matchingText.length()));
  }

  /**
   * The state of the paragraph holding {@code offset} when the paragraph names exactly one
   * (a release about a foreign delegation tells of its host's law in a paragraph that names the
   * host only), else {@code documentCode}.
   */
  String at(String matchingText, int offset, String documentCode) {
    int from = matchingText.lastIndexOf("\n\n", offset);
    from = from < 0 ? 0 : from;
    int to = matchingText.indexOf("\n\n", offset);
    to = to < 0 ? matchingText.length() : to;
    Map<String, Integer> local = scores(matchingText, from, to);
    return local.size() == 1 ? local.keySet().iterator().next() : documentCode;
  }

  private Map<String, Integer> scores(String matchingText, int from, int to) {
    Map<String, Integer> score = new TreeMap<>();
    for (Cue c : cues) {
      Matcher m = c.pattern().matcher(matchingText).region(from, to);
      while (m.find()) {
        score.merge(c.code(), c.weight(), Integer::sum);
      }
    }
    return score;
  }

  private static String best(Map<String, Integer> score) {
    String best = null;
    int top = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : score.entrySet()) {
      if (e.getValue() > top) {
        best = e.getKey();
        top = e.getValue();
        tie = false;
      } else if (e.getValue() == top) {
        tie = true;
      }
    }
    return tie || top < MIN_SCORE ? null : best;
  }
}
