package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Comparator;
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
 * A university's professional school named by its founder, place or university and "School of" /
 * "College of" a field ("SMU Dedman School of Law", "UNT Dallas College of Law", "University of Texas
 * School of Law", "Thomas Jefferson School of Law"): ANNOTATION.md makes universities ORGANIZATION,
 * and the span is the maximal name, the place or person inside it no mention. "school" heads no body
 * alone (a high school is a site) and "Law" reads as an instrument's head, so the finder left these
 * names out or kept only the place or the person in them. The fields are data
 * (lexicon/entities/school-fields.txt). One to five capitalised words must stand before the head, on
 * one line; "of" only in "University of X"; opening function words and titles ("At", "Dean") are left
 * out of the name, and so is a sentence's first word that the text writes in lower case elsewhere
 * ("After"). Immutable.
 */
final class SchoolNames {
  /** One capitalised word of a name ("SMU", "A&M", "Texas", "O'Connor"). */
  private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&'\u2019-]|\\.(?=\\p{L}))*";
  /** The space between the words of one name: never a line break. */
  private static final String GAP = "[ \\t]+";

  private final Pattern school;
  private final Set<String> functionWords;
  private final Predicate<String> isTitleOrHonorific;

  /**
   * {@code functionWords}: lower-case words that join or open a phrase ("at", "the", "before");
   * {@code isTitleOrHonorific}: is this word a title or an honorific ("Dean", "Professor").
   */
  SchoolNames(Set<String> functionWords, Predicate<String> isTitleOrHonorific) {
    String fields = LexiconFile.lines(EntityLexicons.LEXICON_DIR + "school-fields.txt").stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(f -> Pattern.quote(f.trim()).replace(" ", "\\E" + GAP + "\\Q")).collect(Collectors.joining("|"));
    this.school = Pattern.compile("(?<![\\p{L}\\p{N}])((?:(?:University" + GAP + "of" + GAP + ")?" + WORD + GAP + "){1,5})"
        + "(?:Graduate" + GAP + ")?(?:School|College)" + GAP + "of" + GAP + "(?:" + fields + ")(?![\\p{L}\\p{N}&'-])");
    this.functionWords = functionWords;
    this.isTitleOrHonorific = isTitleOrHonorific;
  }

  /** The schools' names in {@code match}, in text order. */
  List<CharSpan> find(String match) {
    List<CharSpan> out = new ArrayList<>();
    Matcher m = school.matcher(match);
    while (m.find()) {
      int start = m.start(1);
      int nameEnd = m.end(1);
      // leave out the words that open the phrase rather than the name ("At", "The", "Dean")
      while (start < nameEnd) {
        int wordEnd = start;
        while (wordEnd < nameEnd && !Character.isWhitespace(match.charAt(wordEnd))) {
          wordEnd++;
        }
        String word = match.substring(start, wordEnd);
        String lower = word.toLowerCase(Locale.ROOT);
        if (!functionWords.contains(lower) && !isTitleOrHonorific.test(word.replace(".", ""))
            && !(SentenceOpenings.opensSentence(match, start) && !lower.equals(word) && HeadlineNames.attested(match, lower))) {
          break;
        }
        start = wordEnd;
        while (start < nameEnd && Character.isWhitespace(match.charAt(start))) {
          start++;
        }
      }
      if (start < nameEnd) {
        out.add(new CharSpan(start, m.end()));
      }
    }
    return out;
  }
}
