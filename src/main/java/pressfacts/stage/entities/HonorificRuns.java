package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * Runs of the honorifics that Commonwealth and Malaysian releases write before a name, one word or a
 * fixed sequence ("Tan Sri Dato' Seri", "The Rt Hon", "Dame": lexicon/entities/honorific-sequences.txt),
 * then a capitalised word. ANNOTATION.md keeps honorifics out of a PERSON span, so a name starts after
 * such a run, and a run opens a name as a title does.
 */
final class HonorificRuns {
  /** One form: its words joined by spaces or tabs, each with an optional period ("Rt. Hon."). */
  private static final String FORMS = String.join("|", LexiconFile.lines(EntityLexicons.LEXICON_DIR + "honorific-sequences.txt")
      .stream().sorted(Comparator.comparingInt(String::length).reversed())
      .map(f -> String.join("[ \\t]+", Arrays.stream(f.trim().split("\\s+")).map(w -> Pattern.quote(w) + "\\.?").toList()))
      .toList());
  /** Forms one after another, not glued to a letter, digit or apostrophe before, each closed by a space; a capital after. */
  private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019])(?:(?:" + FORMS + ")[ \\t]+)+(?=\\p{Lu})");

  private HonorificRuns() {
  }

  /** The end of the run of honorifics that starts at {@code start}, or {@code start} when none does. */
  static int endAt(String text, int start) {
    Matcher m = RUN.matcher(text).region(start, text.length());
    m.useTransparentBounds(true);
    return m.lookingAt() ? m.end() : start;
  }

  /** Every run of honorifics in {@code text}, in text order. */
  static List<CharSpan> find(String text) {
    List<CharSpan> out = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      out.add(new CharSpan(m.start(), m.end()));
    }
    return out;
  }
}
