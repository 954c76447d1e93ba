package pressfacts.stage.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Document;
import pressfacts.doc.Header;
import pressfacts.lexicon.Lexicons;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;
import pressfacts.text.Lines;
import pressfacts.text.TextView;

/**
 * Finds the head of a release: the title line, the lines that repeat it, and where the body
 * starts. Press-release sites print the title, a date line, and often the title again one to
 * six times; the body starts at the first line that is none of those. Navigation and labels
 * before the title ("Skip to content", "Press Release") are not the title, and the release
 * proper is told from the page's sidebars and footers by {@link PageLayout}.
 */
public final class HeaderStage implements Stage {

  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * A line that holds only a date line's material: digits, punctuation, month names and the
   * words sites put around them ("Category: News 8.09.2008 12:35", "15 November 2018  Read: 1094"),
   * from the shared vocabulary (lexicon/common/months.tsv, date-line-words.tsv).
   */
  private final Pattern dateLineWords;

  /** Loads the shared vocabulary; a pipeline passes its own to {@link #HeaderStage(Lexicons)}. */
  public HeaderStage() {
    this(Lexicons.load());
  }

  public HeaderStage(Lexicons common) {
    this.dateLineWords = dateLineWords(common);
  }

  private static Pattern dateLineWords(Lexicons common) {
    List<String> words = new ArrayList<>(common.headerDateLineWords());
    words.addAll(common.months().keySet());
    return Pattern.compile("(?i)\\b(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")\\b");
  }

  /** The date-line words of {@link #read(String)}, read once on first use. */
  private static final class Standard {
    static final Pattern DATE_LINE_WORDS = dateLineWords(Lexicons.load());
  }

  /** True for a date line by the standard date-line words ({@link FurnitureLines} asks it line by line). */
  static boolean isDateLine(String line) {
    return isDateLine(line, Standard.DATE_LINE_WORDS);
  }

  @Override
  public String name() {
    return "header";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.HEADER);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    return in.with(Keys.HEADER, read(in.get(Keys.TEXT), dateLineWords));
  }

  /** The header of {@code text}, with the standard vocabulary; pure, so it can be tested without a pipeline. */
  public static Header read(String text) {
    return read(TextView.of(text), Standard.DATE_LINE_WORDS);
  }

  /** The header of the text {@code view} holds, with the standard vocabulary. */
  public static Header read(TextView view) {
    return read(view, Standard.DATE_LINE_WORDS);
  }

  private static Header read(TextView view, Pattern dateLineWords) {
    String match = view.matching();
    List<CharSpan> lines = view.lines();
    CharSpan title = null;
    String titleKey = null;
    List<CharSpan> repeats = new ArrayList<>();
    int bodyStart = 0;
    for (CharSpan line : lines) {
      if (line.length() == 0) {
        continue;
      }
      String content = line.of(match);
      if (title == null) {
        if (isDateLine(content, dateLineWords) || PageLayout.standard().isFurniture(content)) {
          bodyStart = line.end();
          continue;
        }
        title = line;
        titleKey = key(content);
        bodyStart = line.end();
        continue;
      }
      if (key(content).equals(titleKey)) {
        repeats.add(line);
        bodyStart = line.end();
      } else if (isDateLine(content, dateLineWords) && repeats.isEmpty() && bodyStart == title.end()) {
        bodyStart = line.end();
      } else {
        break;
      }
    }
    // Repeats further down the body count too: they are what the analyst should be warned about.
    for (CharSpan line : lines) {
      if (title != null && line.start() > bodyStart && line.length() > 0
          && key(line.of(match)).equals(titleKey)) {
        repeats.add(line);
      }
    }
    PageLayout.Layout layout = PageLayout.standard().layout(match, lines, title == null ? 0 : title.start());
    return new Header(title, repeats, bodyStart, layout.release(), layout.sidebarStart());
  }

  /**
   * A date line is short: a date with its time and labels ("Category: News 8.09.2008 12:35") fits in
   * 60 characters; a longer line stays text even when it holds only numbers and date words, so the
   * header does not skip it as furniture.
   */
  private static final int LONGEST_DATE_LINE_CHARS = 60;

  /** True for a short line of digits, punctuation and date words only. */
  static boolean isDateLine(String line, Pattern dateLineWords) {
    if (line.length() > LONGEST_DATE_LINE_CHARS || !HAS_DIGIT.matcher(line).find()) {
      return false;
    }
    return !HAS_LETTER.matcher(dateLineWords.matcher(line).replaceAll("")).find();
  }

  private static String key(String line) {
    return WHITESPACE.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
