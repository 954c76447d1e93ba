package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.text.LexiconFile;

/**
 * US states written as abbreviations with a period (lexicon/entities/state-abbreviations.txt: "Va.",
 * "Tex.", "D.C."). The period is part of the abbreviation, so it stays in the LOCATION span where it also
 * ends the sentence ("of Salem, Va. He was ..."), which the tokenizer cuts off; such an abbreviation
 * after a place and a comma ("Austin, Tex.") is a LOCATION whatever the tagger took it for. "Washington,
 * D.C." is the city's one name, so one mention (the period kept only when written: "Washington, D.C,"
 * keeps its text). Immutable.
 */
final class StateAbbreviations {
  /** "Washington" (any case), a comma and "D.C" with its period when there is one. */
  private static final Pattern WASHINGTON_DC = Pattern.compile("(?i:washington), D\\.C\\.?(?![\\p{L}\\p{N}])");

  /** The abbreviations as written, without their final period ("Va", "W.Va", "D.C"). */
  private final Set<String> withoutPeriod;

  StateAbbreviations() {
    this(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "state-abbreviations.txt"));
  }

  StateAbbreviations(List<String> abbreviations) {
    this.withoutPeriod = Set.copyOf(abbreviations.stream().map(a -> a.substring(0, a.length() - 1)).toList());
  }

  /** The mentions with the abbreviations' periods, their type and "Washington, D.C." read in, in span order. */
  List<Mention> apply(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (withoutPeriod.contains(m.text()) || withoutPeriod.contains(withoutFinalPeriod(m.text()))) {
        int end = m.span().end();
        boolean periodCut = withoutPeriod.contains(m.text()) && end < text.length() && text.charAt(end) == '.'
            && (i + 1 == mentions.size() || mentions.get(i + 1).span().start() > end);
        boolean afterPlace = !out.isEmpty() && out.get(out.size() - 1).type() == EntityType.LOCATION
            && text.startsWith(", ", m.span().start() - 2) && out.get(out.size() - 1).span().end() == m.span().start() - 2;
        if (m.type() == EntityType.LOCATION || afterPlace) {
          m = Mention.of(text, new CharSpan(m.span().start(), periodCut ? end + 1 : end), EntityType.LOCATION);
        }
      }
      out.add(m);
    }
    return withWashingtonDc(text, out);
  }

  /** "Washington" and "D.C." read apart become one LOCATION mention of the city's whole name. */
  private static List<Mention> withWashingtonDc(String text, List<Mention> mentions) {
    Matcher w = WASHINGTON_DC.matcher(text);
    List<Mention> out = mentions;
    while (w.find()) {
      CharSpan city = new CharSpan(w.start(), w.end());
      List<Mention> inside = out.stream().filter(m -> m.span().start() < city.end() && city.start() < m.span().end()).toList();
      boolean onlyPlacesInside = inside.stream().allMatch(m -> m.type() == EntityType.LOCATION
          && m.span().start() >= city.start() && m.span().end() <= city.end());
      if (inside.isEmpty() || !onlyPlacesInside || inside.get(0).span().equals(city)) {
        continue; // a body named with it ("Washington, D.C. Police") or already one mention: left as read
      }
      List<Mention> next = new ArrayList<>(out.size());
      for (Mention m : out) {
        if (!inside.contains(m)) {
          next.add(m);
        }
      }
      next.add(Mention.of(text, city, EntityType.LOCATION));
      next.sort(null);
      out = next;
    }
    return out;
  }

  private static String withoutFinalPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
