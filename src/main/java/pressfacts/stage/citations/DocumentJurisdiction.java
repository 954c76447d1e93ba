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
    Map<String, Integer> score = new TreeMap<>();
    for (Cue c : cues) {
      Matcher m = c.pattern().matcher(matchingText);
      while (m.find()) {
        score.merge(c.code(), c.weight(), Integer::sum);
      }
    }
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
