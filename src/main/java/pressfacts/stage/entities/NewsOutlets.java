package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * News agencies and outlets named as sources, which ANNOTATION.md (Conventions) makes ORGANIZATION
 * ("..., Report informs"), in the shapes where the tagger misses them or reads a place in them:
 * <ul>
 *   <li>a newspaper's name after "the": capitalised words ending in an outlet head
 *       (lexicon/entities/outlet-heads.txt: "told The Dallas Morning News", where the tagger gives
 *       "Dallas" a place), the span without "the";</li>
 *   <li>a clause closed by its source: ", Report informs.", ", Trend reports." (a comma, one to three
 *       capitalised words, the source verb, the sentence's end);</li>
 *   <li>the words that "news agency" (lower case, so a descriptor and not part of the name) follows or
 *       precedes: "Trend news agency", "news agency Interfax".</li>
 * </ul>
 * A candidate inside a person's name of two words or more, a word of such a name elsewhere in the
 * document, or one holding a title word or a function word is left alone.
 */
final class NewsOutlets {
  /** One capitalised word of a name ("Dallas", "Express-News", "Day.Az", "AT&T"). */
  private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&'-]|\\.(?=\\p{L}))*";
  /** The space between the words of one name: never a line break. */
  private static final String GAP = "[ \\t]+";
  /** A clause's source: ", Report informs." / ", APA reported" at a sentence's end. */
  private static final Pattern SOURCE_CLAUSE = Pattern.compile(
      ",\\s+(" + WORD + "(?:" + GAP + WORD + "){0,2})" + GAP + "(?:reports|informs|reported)(?=\\s*(?:[.;]|$))",
      Pattern.MULTILINE);
  /** "Trend news agency": the name before a lower-case descriptor. */
  private static final Pattern NAME_NEWS_AGENCY = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(" + WORD + "(?:" + GAP + WORD + "){0,2})" + GAP + "news\\s+agency\\b");
  /** "news agency Interfax": the name after the descriptor. */
  private static final Pattern NEWS_AGENCY_NAME = Pattern.compile(
      "\\b[Nn]ews\\s+agency\\s+(" + WORD + "(?:" + GAP + WORD + "){0,2})(?![\\p{L}\\p{N}])");

  private final Pattern newspaper;
  private final Set<String> genericWords;
  private final Predicate<String> isTitleOrHonorific;
  private final Set<String> functionWords;

  /**
   * {@code isTitleOrHonorific}: is this word a title or an honorific ("Sheriff", "Mr");
   * {@code functionWords}: lower-case words that join a name's parts ("of", "and", "on").
   */
  NewsOutlets(Predicate<String> isTitleOrHonorific, Set<String> functionWords) {
    String heads = LexiconFile.lines(EntityLexicons.LEXICON_DIR + "outlet-heads.txt").stream()
        .map(Pattern::quote).collect(Collectors.joining("|"));
    // "the", one to four capitalised words, the head; then no further capitalised word, hyphen or "of"
    // ("the Post-Conviction Bureau", "the Official Journal of ...", "The Times Square Alliance")
    this.newspaper = Pattern.compile("\\b[Tt]he\\s+((?:" + WORD + GAP + "){1,4}(?:" + heads + "))"
        + "(?![\\p{L}\\p{N}'-])(?!\\s+(?:\\p{Lu}|of\\b))");
    this.genericWords = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "outlet-generic-words.txt"));
    this.isTitleOrHonorific = isTitleOrHonorific;
    this.functionWords = functionWords;
  }

  /** The outlets' spans in {@code match}, in text order; none that overlaps a person of several words. */
  List<CharSpan> find(String match, List<CharSpan> people) {
    List<CharSpan> out = new ArrayList<>();
    Matcher m = newspaper.matcher(match);
    while (m.find()) {
      if (!allGeneric(m.group(1))) {
        add(match, new CharSpan(m.start(1), m.end(1)), people, out);
      }
    }
    for (Pattern p : List.of(SOURCE_CLAUSE, NEWS_AGENCY_NAME)) {
      m = p.matcher(match);
      while (m.find()) {
        add(match, new CharSpan(m.start(1), m.end(1)), people, out);
      }
    }
    m = NAME_NEWS_AGENCY.matcher(match);
    while (m.find()) {
      String last = m.group(1).substring(m.group(1).lastIndexOf(' ') + 1);
      // "Russian news agency", and at a sentence's start "State news agency IRNA"
      if (!ResidencePlaces.PEOPLE_ENDING.matcher(last).matches() && !(atSentenceStart(match, m.start(1)) && allGeneric(m.group(1) + " agency"))) {
        add(match, new CharSpan(m.start(1), m.end(1)), people, out);
      }
    }
    out.sort(null);
    return out;
  }

  private void add(String match, CharSpan span, List<CharSpan> people, List<CharSpan> out) {
    for (String w : match.substring(span.start(), span.end()).split("\\s+")) {
      // a capitalised "On" or "The" inside: a headline in title case ("Sheriff Speaks to The Rotary Club
      // On Safety News"), not one name
      if (isTitleOrHonorific.test(w.replace(".", "")) || functionWords.contains(w.toLowerCase(Locale.ROOT))
          || w.equals("The")) {
        return;
      }
    }
    String text = match.substring(span.start(), span.end());
    for (CharSpan p : people) {
      String name = match.substring(p.start(), p.end());
      boolean longer = name.indexOf(' ') >= 0;
      // inside a person's name, or the surname of one named whole elsewhere ("..., Creuzot reported.")
      if (longer && ((p.start() < span.end() && span.start() < p.end()) || List.of(name.split("\\s+")).contains(text))) {
        return;
      }
    }
    if (!out.contains(span)) {
      out.add(span);
    }
  }

  /**
   * "Latest News", "Justice News": section headings whose words before the head (the run's last word)
   * are all generic.
   */
  private boolean allGeneric(String run) {
    String[] words = run.split("\\s+");
    for (int i = 0; i < words.length - 1; i++) {
      if (!genericWords.contains(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** Does the word at {@code at} open a line or a sentence (where any word is capitalised)? */
  private static boolean atSentenceStart(String match, int at) {
    int i = at - 1;
    while (i >= 0 && match.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || match.charAt(i) == '\n' || match.charAt(i) == '.' || match.charAt(i) == '!' || match.charAt(i) == '?';
  }
}
