package pressfacts.stage.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * Bodies named in Vietnamese, as US county prosecutors' pages write them in their Vietnamese news
 * items: "Văn Phòng Công Tố Quận Orange" (the Orange County District Attorney's Office). Vietnamese
 * puts the head first and writes every syllable of a proper name with a capital, so a head of
 * lexicon/entities/vietnamese-body-heads.txt and the capitalised syllables after it on its line are
 * one maximal name; the first syllable in lower case ("... Quận Orange kêu gọi") is the sentence's.
 * The English finder has no head for these words and read none of them.
 */
final class VietnameseBodyNames {
  private final Pattern name;

  VietnameseBodyNames() {
    Set<String> forms = new LinkedHashSet<>();
    for (String head : LexiconFile.lines(EntityLexicons.LEXICON_DIR + "vietnamese-body-heads.txt")) {
      String h = head.trim();
      // a page may write the accents as combining marks: both forms, so that offsets stay the text's
      forms.add(Pattern.quote(Normalizer.normalize(h, Normalizer.Form.NFC)));
      forms.add(Pattern.quote(Normalizer.normalize(h, Normalizer.Form.NFD)));
    }
    // the head, then one or more capitalised syllables, each after spaces on the same line
    this.name = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + String.join("|", forms) + ")"
        + "(?: +\\p{Lu}[\\p{L}\\p{M}]*)+(?![\\p{L}\\p{M}\\p{N}])");
  }

  /** The Vietnamese bodies' names of a text, disjoint, in order. */
  List<CharSpan> find(String match) {
    List<CharSpan> out = new ArrayList<>();
    Matcher m = name.matcher(match);
    while (m.find()) {
      out.add(new CharSpan(m.start(), m.end()));
    }
    return out;
  }

  /** The candidates with the Vietnamese names in, and those that overlap one out; the same list when none. */
  List<CharSpan> apply(String match, List<CharSpan> orgs) {
    return WholeNames.overCandidates(orgs, find(match));
  }
}
