package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;

/**
 * Names right after a title that the tagger missed, whatever the language they come from ("Justice
 * Catherine Button", "Judge Ayşe Öztürk-Yılmaz", "President Zühtü ARSLAN"): a run of capitalised
 * words on one line that opens with title words and ends with two or three other words holds a name
 * in those (a run with a body before its title, "Orange County District Attorney Anonymous Tip
 * Hotline", is left to the tagger, since such a run names things as often as people) when each of those is shaped like a name (a capital and lower-case letters, with a
 * hyphen or apostrophe between parts, or a surname in capitals beside a word that is not) and none is
 * a title, honorific, org head, known place, month, function word, or a word the document also writes
 * in lower case (the words of a title-case headline: "Judge Sentences Man"). A run of honorifics
 * ("Tan Sri", "The Rt Hon": {@link HonorificRuns}) opens a run as titles do; a name particle ("bin",
 * "a/l": {@link NameParticles}) may stand between name words, and then the name may have four; post-
 * nominal letters end the run before them; one word alone is a name only when it has a letter English
 * does not use ("Judge Godauskaitė"), which the tagger often misses.
 */
final class TitledNames {
  /** A run of capitalised words joined by single spaces, not glued to a letter, digit or period before it. */
  private static final Pattern CAPITALISED_RUN = Pattern.compile(
      "(?<![\\p{L}\\p{N}.'\u2019-])\\p{Lu}[\\p{L}'\u2019-]*(?: (?:(?:" + NameParticles.ALTERNATION + ") )?\\p{Lu}[\\p{L}'\u2019-]*)+");
  /** A word of a name in mixed case: "Button", "Öztürk-Yılmaz", "O'Neill" (not "Director-in-Charge"). */
  private static final Pattern MIXED_NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+|['\u2019]\\p{Lu}?\\p{Ll}+)*");
  /** A surname in capitals: "ARSLAN", "BAT-ERDENE". */
  private static final Pattern CAPITALS_NAME_WORD = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})?");
  /**
   * What follows the first name of a list: a comma or "and", then the next capitalised word; or the body of
   * that name before the list goes on ("Paralegal Specialists A of the Fraud Section, and B of ...").
   */
  private static final Pattern LIST_AFTER = Pattern.compile(",?[ \\t]+and[ \\t]+\\p{Lu}|,[ \\t]+\\p{Lu}|[ \\t]+of[ \\t]+(?:the[ \\t]+)?\\p{Lu}");
  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 3;

  private final EntityLexicons lex;
  private final Predicate<String> titleOrHonorific;
  private final Set<String> functionWords;

  TitledNames(EntityLexicons lex, Predicate<String> titleOrHonorific, Set<String> functionWords) {
    this.lex = lex;
    this.titleOrHonorific = titleOrHonorific;
    this.functionWords = functionWords;
  }

  /** The names after titles in {@code match}; {@code writtenLower} says whether the document writes a word in lower case. */
  List<CharSpan> find(String match, Predicate<String> writtenLower) {
    List<CharSpan> out = new ArrayList<>();
    Matcher run = CAPITALISED_RUN.matcher(match);
    while (run.find()) {
      // an honorific run ("Tan Sri Dato' Seri", "Rt Hon"), after "The" or not, counts as title words
      int honorificsEnd = HonorificRuns.endAt(match, run.start());
      if (honorificsEnd == run.start() && run.group().startsWith("The ")) {
        honorificsEnd = HonorificRuns.endAt(match, run.start() + 4);
        honorificsEnd = honorificsEnd == run.start() + 4 ? run.start() : honorificsEnd;
      }
      int runEnd = run.end();
      String[] words = match.substring(run.start(), runEnd).split(" ");
      int n = words.length; // "... Luxonby MP": post-nominal letters end the run before them
      while (n > 1 && NameSuffixes.isPostNominal(words[n - 1])) {
        runEnd -= words[n - 1].length() + 1;
        n--;
      }
      words = Arrays.copyOf(words, n);
      int lastTitle = honorificsEnd > run.start() ? wordsIn(match.substring(run.start(), honorificsEnd)) - 1 : -1;
      if (lastTitle < 0 && closesTitleInCharge(match, run.start(), words[0])) {
        lastTitle = 0;
      }
      while (lastTitle + 1 < words.length && titleOrHonorific.test(words[lastTitle + 1])) {
        lastTitle++;
      }
      // "Detective Investigators Ruben Soto and Paul Greer": a plural title before the first name of a list
      // ("DA Investigators Seek Public's Help" is a headline: no list after it)
      if (lastTitle + 1 < words.length && isPluralTitle(words[lastTitle + 1])
          && LIST_AFTER.matcher(match).region(run.end(), match.length()).lookingAt()) {
        lastTitle++;
      }
      int particles = 0;
      for (int i = lastTitle + 2; i < words.length - 1; i++) {
        particles += NameParticles.isParticle(words[i]) ? 1 : 0;
      }
      // "Tengku Maimun binti Tuan Mat": a name with a particle may have one more capitalised word
      int names = words.length - lastTitle - 1 - particles;
      // one word with a letter English does not use is a surname the tagger missed ("Judge Godauskaitė")
      boolean lone = names == 1 && !isAscii(words[words.length - 1]);
      if (lastTitle < 0 || (names < MIN_NAME_WORDS && !lone) || names > MAX_NAME_WORDS + Math.min(particles, 1)
          || words[lastTitle].equals(words[lastTitle].toUpperCase(Locale.ROOT))) {
        continue; // no title, too few or many words after it, or a headline in capitals
      }
      boolean mixed = false;
      boolean allNames = true;
      for (int i = lastTitle + 1; i < words.length && allNames; i++) {
        mixed |= MIXED_NAME_WORD.matcher(words[i]).matches();
        allNames = isNameWord(words[i], writtenLower)
            || (i > lastTitle + 1 && i < words.length - 1 && NameParticles.isParticle(words[i]))
            || (i == lastTitle + 1 && names >= MIN_NAME_WORDS && isGivenNameAlsoDateOrPlace(words[lastTitle], words[i], writtenLower));
      }
      if (allNames && mixed) {
        int start = run.start();
        for (int i = 0; i <= lastTitle; i++) {
          start += words[i].length() + 1;
        }
        out.add(new CharSpan(start, runEnd));
      }
    }
    return out;
  }

  /**
   * Two or three capitalised words, a comma, and a title of one to four capitalised words that ends its
   * clause (a comma, period, semicolon or "of" after it): "Grace Achieng, Senior Registrar, spoke",
   * "A B, Acting Chief Justice of X". Groups: the name, the title.
   */
  private static final Pattern NAME_COMMA_TITLE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.'\u2019-])(?<name>\\p{Lu}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*){1,2}), "
          + "(?<title>\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,3})(?=[,.;]|\\s+of\\s)");
  /** Qualifiers of a title (lexicon/roles/title-modifiers.txt, the roles stage's list; one-word entries). */
  private static final Set<String> QUALIFIERS = EntityLexicons.titleQualifiers();
  /** What may stand right before such a name: nothing, a line or sentence end, a comma, "and" or "by" (no capitalised word). */
  private static final Pattern BEFORE_APPOSED_NAME = Pattern.compile("(?:^|[\\n.!?:;,(]\\s*|\\s(?:and|by|with)\\s+)$");

  /**
   * "Grace Achieng, Senior Registrar, spoke": a name written before a comma and its holder's title (ANNOTATION
   * Roles: apposition) that the tagger missed; it reads names it has not seen less often when a qualifier
   * ("Senior", "Acting") opens the title after them. The title is qualifiers of the roles stage's list
   * ({@link #QUALIFIERS}) and title words, ending in a title word; the name's
   * words pass the same checks as a name after a title, and the name opens its clause.
   */
  List<CharSpan> findBeforeTitles(String match, Predicate<String> writtenLower) {
    List<CharSpan> out = new ArrayList<>();
    Matcher m = NAME_COMMA_TITLE.matcher(match);
    int from = 0;
    while (from < match.length() && m.find(from)) {
      from = m.start() + 1;
      String[] title = m.group("title").split(" ");
      boolean isTitle = titleOrHonorific.test(title[title.length - 1]);
      for (int i = 0; i < title.length - 1 && isTitle; i++) {
        isTitle = QUALIFIERS.contains(title[i].toLowerCase(Locale.ROOT)) || titleOrHonorific.test(title[i]);
      }
      String[] name = m.group("name").split(" ");
      String last = title[title.length - 1];
      // "..., Mr. Smith": an honorific opens the next name, no title of this one
      boolean allNames = isTitle && !lex.isOrgHead(last.toLowerCase(Locale.ROOT)) && !lex.honorificGender().containsKey(last);
      boolean mixed = false;
      for (int i = 0; i < name.length && allNames; i++) {
        allNames = isNameWord(name[i], writtenLower);
        mixed |= MIXED_NAME_WORD.matcher(name[i]).matches();
      }
      if (allNames && mixed
          && BEFORE_APPOSED_NAME.matcher(match.substring(Math.max(0, m.start() - 40), m.start())).find()) {
        out.add(new CharSpan(m.start("name"), m.end("name")));
      }
    }
    return out;
  }

  /** A title word, " in ", then the run: the run's first word "Charge" ends a title ("Special Agent in Charge"). */
  private static final Pattern TITLE_IN_BEFORE = Pattern.compile("(?<![\\p{L}'\u2019-])(\\p{Lu}\\p{L}*) in $");

  /**
   * "Special Agent in Charge Will Holt", "Inspector in Charge Ann Lee": the lower-case "in" breaks the
   * capitalised run, so "Charge" opens it; after a title word and "in" it is the title's last word
   * (lexicon/roles/titles.tsv holds these titles whole), and the name follows it.
   */
  private boolean closesTitleInCharge(String match, int runStart, String first) {
    if (!first.equals("Charge")) {
      return false;
    }
    Matcher before = TITLE_IN_BEFORE.matcher(match.substring(Math.max(0, runStart - 40), runStart));
    return before.find() && titleOrHonorific.test(before.group(1));
  }

  /**
   * "Judges Tomka, Abraham, Cançado Trindade and Xue", "Justices Kiefel and Gageler": after a plural
   * title, a list of two names or more (each one to three name words, joined by commas or "and") names
   * one person each (ANNOTATION.md: every mention of a person is a mention); the list ends at the first
   * item that is no name ("Judges Training and Selection": the words are written in lower case too).
   */
  List<CharSpan> findListed(String match, Predicate<String> writtenLower) {
    List<CharSpan> out = new ArrayList<>();
    Matcher title = PLURAL_TITLE.matcher(match);
    while (title.find()) {
      if (!isPluralTitle(title.group(1))) {
        continue;
      }
      List<CharSpan> items = new ArrayList<>();
      int at = title.end();
      while (true) {
        Matcher item = LIST_ITEM.matcher(match).region(at, match.length());
        if (!item.lookingAt() || !allNameWords(item.group(), writtenLower)) {
          break;
        }
        items.add(new CharSpan(item.start(), item.end()));
        Matcher gap = LIST_GAP.matcher(match).region(item.end(), match.length());
        if (!gap.lookingAt()) {
          break;
        }
        at = gap.end();
      }
      if (items.size() >= 2) {
        out.addAll(items);
      }
    }
    return out;
  }

  private boolean allNameWords(String item, Predicate<String> writtenLower) {
    for (String w : item.split(" ")) {
      if (!isNameWord(w, writtenLower)) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word ending in "s" and one space, not glued to a letter before: perhaps a plural title. */
  private static final Pattern PLURAL_TITLE = Pattern.compile("(?<![\\p{L}.-])(\\p{Lu}[\\p{L}-]*s) (?=\\p{Lu})");
  /** One item of a list of names: one to three capitalised words, not running into another word. */
  private static final Pattern LIST_ITEM = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*){0,2}(?![\\p{L}\\p{N}'\u2019-]| \\p{Lu})");
  /** Between two items of a list: a comma, "and", or both. */
  private static final Pattern LIST_GAP = Pattern.compile(",[ \\t]*(?:and[ \\t]+)?|[ \\t]+and[ \\t]+");

  private static boolean isAscii(String word) {
    return word.chars().allMatch(c -> c < 128);
  }

  private static int wordsIn(String text) {
    return text.trim().split("[ \\t]+").length;
  }

  /** A title in the plural ("Investigators", "Specialists"): a list of holders follows it. */
  private boolean isPluralTitle(String word) {
    return word.length() > 2 && word.endsWith("s") && titleOrHonorific.test(word.substring(0, word.length() - 1));
  }

  /**
   * "Mr Jan Passer", "Ms June Field", "Judge Florence Ng": a given name that is also a month, a weekday or
   * a known place, right after an honorific or title and before a surname: what follows a title is its
   * holder's name, so there the word opens the name (a date or place does not stand between a title and
   * a surname). A word the document also writes in lower case ("May") counts only after an honorific
   * proper ("Mr", "Ms"), which no verb follows ("Judge May Rule" is a headline).
   */
  private boolean isGivenNameAlsoDateOrPlace(String before, String word, Predicate<String> writtenLower) {
    if (!MIXED_NAME_WORD.matcher(word).matches()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    boolean dateOrPlace = lex.nameStops().contains(lower) || lex.knownPlaces().contains(word);
    if (!dateOrPlace || titleOrHonorific.test(word) || lex.isOrgHead(lower) || functionWords.contains(lower)) {
      return false;
    }
    boolean afterHonorific = lex.honorificGender().containsKey(before.replace(".", ""));
    return afterHonorific || !writtenLower.test(lower);
  }

  private boolean isNameWord(String word, Predicate<String> writtenLower) {
    if (!MIXED_NAME_WORD.matcher(word).matches() && !CAPITALS_NAME_WORD.matcher(word).matches()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !titleOrHonorific.test(word) && !NameSuffixes.isPostNominal(word) && !lex.isOrgHead(lower) && !lex.knownPlaces().contains(word)
        && !lex.nameStops().contains(lower) && !functionWords.contains(lower) && !writtenLower.test(lower);
  }
}
