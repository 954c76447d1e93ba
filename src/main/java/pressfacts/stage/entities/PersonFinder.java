package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.text.LexiconFile;

/**
 * Person name spans: the tagger's PERSON mentions without leading titles or honorifics, plus
 * initial-and-surname names the tagger misses ("R.Rzayev", "A. Huseynov").
 */
final class PersonFinder {
  /**
   * One capital letter, or a two-letter one of lexicon/entities/initial-digraphs.txt ("Kh."), and a
   * period.
   */
  private static final String ONE_INITIAL = "(?:" + String.join("|",
      pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "initial-digraphs.txt")) + "|\\p{Lu})\\.";
  /**
   * One initial not glued to a letter or period before it (so not the "S." of "U.S."). Not two: "E.D.
   * Pa." is a federal district, and the tagger reads "A.A. Khan".
   */
  private static final String INITIAL = "(?<![\\p{L}.])" + ONE_INITIAL;
  /** Optional space after the initial: "R.Rzayev" and "R. Rzayev" are both written. */
  private static final String GAP = " ?";
  /** A capitalised surname, possibly double-barrelled ("Aliyeva-Huseynova"). */
  private static final String SURNAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
  /**
   * A second initial when glued to both the first and the surname ("A.A.Aliyev"), or spaced from both
   * before a surname of four letters or more ("T. Sh. Shokirov": the tagger cuts a two-letter initial
   * off the surname); not glued to the first and spaced from the surname, as a district is written
   * ("E.D. Pa.", "N.D. Ill.").
   */
  private static final String SECOND_INITIAL = "(?:" + ONE_INITIAL + "(?=\\p{Lu}\\p{Ll})| " + ONE_INITIAL + "(?= \\p{Lu}\\p{Ll}{3}))?";
  /** A surname in capitals after an initial ("D. BATTSETSEG"), as Central Asian sites write it: three letters or more. */
  private static final String CAPITALS_SURNAME = "\\p{Lu}{3,}(?:-\\p{Lu}{2,})?";
  private static final Pattern INITIAL_NAME = Pattern.compile(INITIAL + SECOND_INITIAL + GAP + "(" + SURNAME + "|" + CAPITALS_SURNAME + ")\\b");
  /**
   * Initials written after a lone surname ("Aliyev A.", "Mammadov R.S."), then the end of the line, a
   * lower-case word or punctuation: a capitalised word after them may be the next sentence or name.
   */
  private static final Pattern TRAILING_INITIALS = Pattern.compile(
      "^ " + ONE_INITIAL + "(?:" + ONE_INITIAL + ")?(?=$|\\n|[,;:)]| [\\p{Ll}\\p{N}])");
  /** A surname written in capitals ("AKHMEDOV"), or the given name before it. */
  private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})?");
  /** Given name and surname: two capitalised words (the surname's ending is checked against the lexicon). */
  private static final Pattern GIVEN_AND_SURNAME = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}+)\\b");
  /** Text before a name that ends an "of"-complement: "... of the Republic of ", "... of the X Mission to ". */
  private static final Pattern AFTER_OF = Pattern.compile("\\bof\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}-]*|to|in|for)\\s+)*$");
  /** The first word of a tagged name and the space after it. */
  private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}-]+)\\s+");
  /**
   * A title, "of", a capitalised name of a body (two words or more), then two capitalised words that end
   * the capitalised run: group "given" and "surname" may be the holder ("Secretary of the High Council of
   * Justice Levan Tsiklauri said"), the surname also in capitals ("President of the Constitutional Court
   * Zühtü ARSLAN").
   */
  private static final Pattern TITLE_OF_BODY_NAME = Pattern.compile(
      "\\b(?<title>\\p{L}+)\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+(?:of|the|and|for|on|\\p{Lu}[\\p{L}'-]*))+?"
          + "\\s+(?<given>\\p{Lu}\\p{Ll}+) (?<surname>\\p{Lu}\\p{Ll}+|\\p{Lu}{2,})\\b(?!\\s+\\p{Lu})(?!-)");
  /** A capitalised word and one space right before a name (the region ends at the name), at a line's start or after a word. */
  private static final Pattern GIVEN_BEFORE = Pattern.compile(
      "(?:(?<linestart>\\n)|(?<![\\p{L}.'\u2019-])(?<before>\\p{L}+\\.?) )(?<given>\\p{Lu}\\p{Ll}+) $");
  /** The capitalised word and one space right before a position on the same line ("Papua " before "New Guinea"). */
  private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}.'\u2019-])(\\p{Lu}\\p{L}+) $");
  /** Capitalised function words that start a sentence before a name ("The", "And", "By"). */
  private static final Set<String> NOT_GIVEN = Set.of("the", "a", "an", "and", "or", "by", "of",
      "for", "to", "with", "from", "at", "in", "on", "as", "when", "after", "before", "while", "said", "says");
  /** A leading word of a tagged name that is a title or honorific: "Judge", "Chairman", "Mr." */
  private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+(?:-\\p{L}+)*)\\.?\\s+");
  /** "U.S." or "U. S." inside a title, before its title word ("U. S. Attorneys"): part of the title (Conventions). */
  private static final Pattern COUNTRY_INITIALS = Pattern.compile("^U\\.\\s?S\\.\\s+");

  private final EntityLexicons lex;
  /** The world's states by name (lexicon/entities/world-states.tsv). */
  private final StateNames states = StateNames.load();
  /** A region's parts ("South", "Western": lexicon/entities/compass-words.txt), as written. */
  private final Set<String> compassWords = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "compass-words.txt"));
  /** Forms of a state before its name, lower case ("republic"): lexicon/common/state-forms.tsv. */
  private final Set<String> stateWords;
  private final TitledNames titledNames;
  /** Lower-case words that join a name's parts but never end a name (NOT_GIVEN and the function words). */
  private final Set<String> functionWords;

  /** Title-case headline verbs a name ran into ("A Issues Statement"). */
  private final HeadlineVerbs headlineVerbs;

  PersonFinder(EntityLexicons lex) {
    this(lex, LexiconFile.lines(EntityLexicons.LEXICON_DIR + "resident-nouns.txt"));
  }

  /** {@code residentNouns}: lexicon/entities/resident-nouns.txt, as the stage read it. */
  PersonFinder(EntityLexicons lex, List<String> residentNouns) {
    this.lex = lex;
    this.headlineVerbs = new HeadlineVerbs(residentNouns);
    this.stateWords = lex.common().stateFormsLowerCase();
    Set<String> functionWords = new HashSet<>(NOT_GIVEN);
    functionWords.addAll(lex.common().functionWords());
    this.titledNames = new TitledNames(lex, this::isTitleOrHonorific, functionWords);
    this.functionWords = Set.copyOf(functionWords);
  }

  List<CharSpan> find(String match, List<Mention> tagged) {
    List<CharSpan> out = new ArrayList<>();
    // Each tagged non-person's text and, when it has several words, its last word: a word is one of
    // these exactly when some such mention is it or ends with " " + it (a set, not a search per name).
    Set<String> bodyWords = new HashSet<>();
    for (Mention m : tagged) {
      if (m.type() != EntityType.PERSON) {
        bodyWords.add(m.text());
        int space = m.text().lastIndexOf(' ');
        if (space >= 0) {
          bodyWords.add(m.text().substring(space + 1));
        }
      }
    }
    Words words = new Words(match);
    Set<Integer> bodyEnds = new HashSet<>();
    for (Mention m : tagged) {
      if (m.type() != EntityType.PERSON) {
        bodyEnds.add(m.span().end());
      }
    }
    Set<String> outlets = outletNames(match, tagged);
    List<CharSpan> honorifics = HonorificRuns.find(match);
    for (Mention m : tagged) {
      if (m.type() != EntityType.PERSON || isPlaceOrBody(m.text()) || outlets.contains(m.text())) {
        continue;
      }
      for (CharSpan piece : atInnerTitles(match, m.span())) {
        CharSpan s = stripTitles(match, afterHonorifics(piece, honorifics));
        if (s != null && opensBrokenTitle(match, s)) {
          s = null; // "DA Victim" before "\nAdvocate A": what is left after "DA" opens the title
        }
        if (s != null) {
          s = withoutLeadingPlace(match, s, bodyWords);
        }
        if (s != null) {
          s = withGivenName(match, s, words, false, bodyEnds);
        }
        if (s != null) {
          s = withGivenInCapitals(match, s, words, bodyEnds);
        }
        if (s != null) {
          out.add(s);
        }
      }
    }
    Coverage covered = Coverage.of(out);
    Matcher im = INITIAL_NAME.matcher(match);
    while (im.find()) {
      String surname = im.group(1).toLowerCase(Locale.ROOT);
      if (lex.titleWords().contains(surname) || lex.isOrgHead(surname) || isTitleOrPluralTitle(im.group(1))
          || NOT_GIVEN.contains(surname) || lex.common().functionWords().contains(surname) // "Aliyev T. The court"
          || lex.locationAlias().containsKey(MentionGrouper.key(match.substring(im.start(), im.start(1))))) {
        continue; // "U.S. Marshals": a place's initials and a title
      }
      if (CAPITALS_WORD.matcher(im.group(1)).matches() && (!lineHasLowerCase(match, im.start())
          || lex.knownPlaces().contains(im.group(1)) || lex.nameStops().contains(surname))) {
        continue; // a headline in capitals ("PLAN B. OUTLINED") is no prose that names a person so
      }
      // "Judge Clay D. Land": the given name before a middle initial belongs to the name
      CharSpan s = withGivenName(match, new CharSpan(im.start(), im.end()), words, true, Set.of());
      // A tagged name that overlaps gives way when the initial form covers it ("Rzayev" inside "R.Rzayev").
      if (covered.overlaps(s)) {
        out.removeIf(o -> {
          boolean inside = o.overlaps(s) && s.contains(o);
          if (inside) {
            covered.remove(o);
          }
          return inside;
        });
      }
      if (!covered.overlaps(s)) {
        out.add(s);
        covered.add(s);
      }
    }
    // Names the tagger ran into a neighbouring organization ("... of Georgia Levan Beridze").
    Matcher gm = GIVEN_AND_SURNAME.matcher(match);
    for (int from = 0; gm.find(from); from = gm.start(2)) {
      String given = gm.group(1).toLowerCase(Locale.ROOT);
      if (!lex.looksLikeSurname(gm.group(2)) || lex.titleWords().contains(given) || lex.isOrgHead(given)
          || lex.honorificGender().containsKey(gm.group(1)) || lex.looksLikeSurname(gm.group(1))) {
        continue;
      }
      CharSpan s = new CharSpan(gm.start(), gm.end());
      if (!covered.overlaps(s)) {
        out.add(s);
        covered.add(s);
      }
    }
    addHoldersAfterBodies(match, out);
    addTitledNames(match, words, tagged, out);
    out = new ArrayList<>(NicknameNames.joined(match, out, this::isTitleOrHonorific));
    out.replaceAll(s -> withTrailingInitials(match, s));
    out.replaceAll(s -> NameSuffixes.withSuffix(match, NameSuffixes.withoutPostNominals(match, s)));
    out.replaceAll(s -> withoutTrailingFunctionWords(match, s));
    out.replaceAll(s -> s == null ? null : headlineVerbs.without(match, s));
    out.removeIf(s -> s == null || endsWithPluralTitle(match, s));
    out.sort(null);
    return LoneCapitalWords.without(match, NameParticles.joined(match, out));
  }

  /** A period, spaces, then a capitalised word and a space: where a title may open the next sentence inside a tagged name. */
  /**
   * The span without the lower-case function words it ends with: the tagger can run a name into the
   * "of the" that opens its holder's body ("Investigator A Prince of the New York City Department of ..."),
   * and a name never ends with one (ANNOTATION.md: the span is the name alone). Null when nothing is left.
   */
  private CharSpan withoutTrailingFunctionWords(String match, CharSpan s) {
    int end = s.end();
    Matcher last = LAST_LOWER_WORD.matcher(match.substring(s.start(), end));
    while (last.find() && functionWords.contains(last.group(1))) {
      end = s.start() + last.start();
      last = LAST_LOWER_WORD.matcher(match.substring(s.start(), end));
    }
    return end == s.end() ? s : end > s.start() ? new CharSpan(s.start(), end) : null;
  }

  /** A span's last word when it is written in lower case, with the white space before it. */
  private static final Pattern LAST_LOWER_WORD = Pattern.compile("\\s+(\\p{Ll}+)$");

  /** A word of two letters or more: a surname, where initials alone are not one. */
  private static final Pattern SURNAME_WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern PERIOD_THEN_WORD = Pattern.compile("\\.[ \\t]+(\\p{Lu}[\\p{L}-]*)[ \\t]");

  /**
   * The tagged span cut before each title that follows a period inside it ("Lebedkin V.M. Justice
   * Pelletier concurred": the tagger ran a name ending in initials into the next sentence's titled name);
   * the pieces are two names (ANNOTATION.md: the span is the name alone, no title).
   */
  private List<CharSpan> atInnerTitles(String match, CharSpan span) {
    List<CharSpan> out = new ArrayList<>(1);
    int from = span.start();
    Matcher p = PERIOD_THEN_WORD.matcher(match).region(span.start(), span.end());
    while (p.find()) {
      // only after an initial ("V.M."), so not inside a title written with abbreviations ("Lt. Col. A")
      boolean afterInitial = p.start() - from >= 2 && Character.isUpperCase(match.charAt(p.start() - 1))
          && !Character.isLetter(match.charAt(p.start() - 2));
      // and after a surname, so not after a country's initials ("Assistant U. S. Attorneys A and B")
      boolean withSurname = SURNAME_WORD.matcher(match).region(from, p.start()).find();
      if (afterInitial && withSurname && isTitleOrPluralTitle(p.group(1))) {
        out.add(new CharSpan(from, p.start() + 1));
        from = p.start(1);
      }
    }
    out.add(from == span.start() ? span : new CharSpan(from, span.end()));
    return out;
  }

  /**
   * The span without the part of it that lies in a run of honorifics ("Tan Sri Dato' Seri Ramesh": the
   * tagger may start a name inside the run, at "Seri Ramesh"); null when nothing is left.
   */
  private static CharSpan afterHonorifics(CharSpan span, List<CharSpan> honorifics) {
    for (CharSpan h : honorifics) {
      if (h.start() <= span.start() && span.start() < h.end()) {
        return h.end() < span.end() ? new CharSpan(h.end(), span.end()) : null;
      }
    }
    return span;
  }

  /**
   * "Justice Catherine Button": a name after a title that the tagger missed, or took only in part
   * ("Öztürk-Yılmaz" of "Judge Ayşe Öztürk-Yılmaz"); a found name inside it gives way, one that
   * overlaps it otherwise stays. Where the tagger read an organization or place, its reading stands.
   */
  private void addTitledNames(String match, Words words, List<Mention> tagged, List<CharSpan> out) {
    Coverage taken = Coverage.of(out);
    Coverage otherKinds = Coverage.of(tagged.stream().filter(m -> m.type() != EntityType.PERSON).map(Mention::span).toList());
    Coverage bodies = Coverage.of(tagged.stream().filter(m -> m.type() == EntityType.ORGANIZATION).map(Mention::span).toList());
    List<CharSpan> listed = titledNames.findListed(match, words::contains);
    List<CharSpan> found = new ArrayList<>(titledNames.find(match, words::contains));
    found.addAll(listed);
    found.addAll(titledNames.findBeforeTitles(match, words::contains));
    for (CharSpan s : found) {
      // a name listed after a plural title is a person where the tagger read a place ("Judges A, Cançado
      // and B"); a body's reading stands there too
      boolean listedName = listed.contains(s) && !bodies.overlaps(s);
      if (!listedName && otherKinds.overlaps(s) && !onlyTitlesBefore(match, s, tagged)) {
        continue; // the tagger read a body or place there: its reading stands
      }
      out.removeIf(o -> {
        boolean inside = s.contains(o);
        if (inside) {
          taken.remove(o);
        }
        return inside;
      });
      if (!taken.overlaps(s)) {
        out.add(s);
        taken.add(s);
      }
    }
  }

  /**
   * "Justice Catherine Button", "the Honourable Justice Nye Perram": the tagger sometimes types a titled
   * name ORGANIZATION ("Justice" also heads "Justice Department"). Such a reading gives way to the name
   * when every tagged non-person mention over the name ends with it and holds nothing before it but
   * title and honorific words, so no head of a body's name. A plural title shared by a list ("Assistant
   * U.S. Attorneys A and B") and the country's initials inside a title (Conventions: "U.S. Attorney" is a
   * title, no body) are such words too.
   */
  private boolean onlyTitlesBefore(String match, CharSpan name, List<Mention> tagged) {
    for (Mention m : tagged) {
      if (m.type() == EntityType.PERSON || !m.span().overlaps(name)) {
        continue;
      }
      if (m.type() != EntityType.ORGANIZATION || endBeforePostNominals(match, m.span()) != name.end()
          || m.span().start() >= name.start()) {
        return false;
      }
      for (String w : match.substring(m.span().start(), name.start()).trim().split("\\s+")) {
        if (!isTitleOrPluralTitle(w) && !w.equals("U.S.")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Where a tagged span ends without the post-nominal letters that close it ("Justice A B AO" ends at "B"):
   * the letters are no part of a name (lexicon/entities/post-nominals.txt), and the tagger read the run as a
   * body's name ending in an acronym.
   */
  private static int endBeforePostNominals(String match, CharSpan span) {
    return NameSuffixes.withoutPostNominals(match, span).end();
  }

  /**
   * "Aliyev A.": initials after a lone surname belong to the name (ANNOTATION.md: initial forms are
   * names). Only after a one-word name, so a full name never takes the next person's initial.
   */
  private static CharSpan withTrailingInitials(String match, CharSpan s) {
    String name = match.substring(s.start(), s.end());
    if (name.isEmpty() || name.indexOf(' ') >= 0 || name.endsWith(".") || !Character.isUpperCase(name.charAt(0))) {
      return s;
    }
    Matcher m = TRAILING_INITIALS.matcher(match).region(s.end(), match.length());
    return m.lookingAt() ? new CharSpan(s.start(), m.end()) : s;
  }

  /**
   * "... against GULNARA KARIMOVA and BEKHZOD AKHMEDOV, the former director": in mixed-case prose a
   * name in capitals whose surname alone the tagger took keeps the capitalised given name before it,
   * when that word is no title, honorific, org head, place, function word or acronym of a body the
   * tagger read, and does not close a tagged mention. A line in capitals (a headline) is left alone.
   */
  private CharSpan withGivenInCapitals(String match, CharSpan s, Words words, Set<Integer> bodyEnds) {
    String name = match.substring(s.start(), s.end());
    if (!CAPITALS_WORD.matcher(name).matches() || s.start() < 2 || match.charAt(s.start() - 1) != ' ') {
      return s;
    }
    int wordEnd = s.start() - 1;
    int wordStart = wordEnd;
    while (wordStart > 0 && (Character.isLetter(match.charAt(wordStart - 1)) || match.charAt(wordStart - 1) == '-')) {
      wordStart--;
    }
    String given = match.substring(wordStart, wordEnd);
    if (!CAPITALS_WORD.matcher(given).matches() || (wordStart > 0 && !Character.isWhitespace(match.charAt(wordStart - 1))
        && "(\"\u201c".indexOf(match.charAt(wordStart - 1)) < 0) || bodyEnds.contains(wordEnd)) {
      return s;
    }
    String lower = given.toLowerCase(Locale.ROOT);
    if (isTitleOrPluralTitle(given) || lex.isOrgHead(lower) || lex.knownPlaces().contains(given) || lex.nameStops().contains(lower)
        || NOT_GIVEN.contains(lower) || lex.common().functionWords().contains(lower) || !lineHasLowerCase(match, s.start())) {
      return s;
    }
    return new CharSpan(wordStart, s.end());
  }

  /** Does the line holding {@code at} have a lower-case letter (so it is prose, not a headline in capitals)? */
  private static boolean lineHasLowerCase(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    for (int i = start; i < (end < 0 ? text.length() : end); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * News outlets the tagger took for persons: a one-word PERSON mention right before "reports",
   * "informs" or "reported" ("Trend reports", "..., Kazinform informs"), which ANNOTATION.md makes an
   * ORGANIZATION (an outlet named as a source), unless the document also writes the word as part of a
   * longer person's name. Every one-word PERSON mention of such a word is the outlet.
   */
  private Set<String> outletNames(String match, List<Mention> tagged) {
    Set<String> out = new HashSet<>();
    Set<String> inLongerNames = new HashSet<>();
    for (Mention m : tagged) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      String t = m.text();
      if (t.indexOf(' ') >= 0) {
        inLongerNames.addAll(Arrays.asList(t.split("\\s+")));
      } else if (SOURCE_VERB.matcher(match).region(m.span().end(), match.length()).lookingAt()) {
        out.add(t);
      }
    }
    out.removeAll(inLongerNames);
    return out;
  }

  /** The spans of the tagger's one-word PERSON mentions that {@link #outletNames} reads as outlets. */
  List<CharSpan> outlets(String match, List<Mention> tagged) {
    Set<String> names = outletNames(match, tagged);
    if (names.isEmpty()) {
      return List.of();
    }
    return tagged.stream().filter(m -> m.type() == EntityType.PERSON && names.contains(m.text())).map(Mention::span).toList();
  }

  /** The verbs with which a release names its source outlet. */
  private static final Pattern SOURCE_VERB = Pattern.compile(" (?:reports|informs|reported)\\b");

  /**
   * "Judge of the Nordic Court of Appeal Anna Lindqvist spoke": the two words that close a body's name
   * after a title are its holder when they are no org heads and the document never writes them in lower
   * case (so not "... of Human Rights").
   */
  private void addHoldersAfterBodies(String match, List<CharSpan> out) {
    // Overlap tests against a coverage and word tests against the document's words, not a search of
    // all spans and of the whole text per candidate: both made this quadratic.
    Coverage taken = Coverage.of(out);
    Words words = new Words(match);
    Matcher m = TITLE_OF_BODY_NAME.matcher(match);
    for (int from = 0; from < match.length() && !pressfacts.pipeline.Deadline.passed() && m.find(from);
         from = m.end("title")) {
      if (!lex.titleWords().contains(m.group("title").toLowerCase(Locale.ROOT))) {
        continue;
      }
      String given = m.group("given");
      String surname = m.group("surname");
      CharSpan s = new CharSpan(m.start("given"), m.end("surname"));
      if (isOrdinaryWord(words, given) || isOrdinaryWord(words, surname) || isTitleOrHonorific(given)
          || isTitleOrHonorific(surname) || isPartOfPlaceName(match, s, given)) {
        continue;
      }
      if (!taken.overlaps(s)) {
        out.add(s);
        taken.add(s);
      }
    }
  }

  /**
   * "District Attorney Summer Stephan", "Author\nLei Lani Fera": the tagger left out a given name that
   * is also a word or a date ("Summer"). The capitalised word right before a tagged name belongs to it
   * when it starts its line or follows a title word, is itself no title (nor a plural one), honorific,
   * org head, place, month or function word, and (unless a title stands before it: "District Attorney
   * Summer Stephan" in a text that speaks of the summer) the document never writes it in lower case.
   * Before a middle initial ({@code beforeInitial}: "Clay D. Land") a capitalised word is a given name
   * wherever it stands, unless it is one of those kinds of word.
   */
  private CharSpan withGivenName(String match, CharSpan span, Words words, boolean beforeInitial, Set<Integer> bodyEnds) {
    int from = Math.max(0, span.start() - 40);
    while (from > 0 && from < span.start() && Character.isLetter(match.charAt(from - 1))) {
      from++; // the window starts at a word's start, so "before" is a whole word
    }
    Matcher g = GIVEN_BEFORE.matcher(match.substring(from, span.start()));
    if (!g.find()) {
      return span;
    }
    String given = g.group("given");
    String lower = given.toLowerCase(Locale.ROOT);
    String before = g.group("before");
    boolean afterTitle = before != null && isTitleOrPluralTitle(before);
    // "Chairman of the Supreme Court of Norland Ramiz Gasimov": the tagger closed the body at its place
    // and kept only the surname; the word between them is the given name (a one-word name only)
    boolean afterBody = before != null && bodyEnds.contains(from + g.end("before"))
        && match.substring(span.start(), span.end()).indexOf(' ') < 0;
    int givenStart = from + g.start("given");
    if (!(afterTitle || beforeInitial || afterBody || g.group("linestart") != null) || isTitleOrPluralTitle(given)
        || HonorificRuns.endAt(match, givenStart) > givenStart // "Honourable Dame Sian Elias": no given name
        || lex.knownPlaces().contains(given) || lex.nameStops().contains(lower) || lex.isOrgHead(lower)
        || (!afterTitle && !beforeInitial && isOrdinaryWord(words, given)) || NOT_GIVEN.contains(lower)
        || completesBodyName(match, from + g.start("before"), before)) {
      return span;
    }
    return new CharSpan(givenStart, span.end());
  }

  /**
   * "the Deputy District Attorneys", "seasoned Assistant State's Attorneys", "Assistant State's
   * Attorney's" before a list of names: a run whose last word is a title word's plural or its
   * possessive is a title that names no one (ANNOTATION.md: the PERSON span is the name alone, no
   * title); {@link #stripTitles} drops such a word only when it stands alone, and the title's own
   * first words ("District", "State's") are no title words. A name never ends with such a word.
   */
  private boolean endsWithPluralTitle(String match, CharSpan s) {
    Matcher last = LAST_WORD.matcher(match.substring(s.start(), s.end()));
    if (!last.find()) {
      return false;
    }
    String w = last.group(1);
    String bare = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    if (bare.endsWith("'") || bare.endsWith("\u2019")) {
      bare = bare.substring(0, bare.length() - 1); // "Attorney's": the possessive of the title
    } else if (bare.equals(w)) {
      return false; // neither plural nor possessive: "Judge" may end a name ("Mary Judge")
    }
    return !bare.equals(w) && Character.isUpperCase(w.charAt(0)) && isTitleOrHonorific(bare);
  }

  /** A span's last word of letters, with its possessive or plural ending (group 1). */
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+(?:['\u2019]s)?)$");

  private boolean isTitleOrPluralTitle(String word) {
    String w = word.replace(".", "");
    return isTitleOrHonorific(w) || (w.endsWith("s") && isTitleOrHonorific(w.substring(0, w.length() - 1)));
  }

  /** A head of an organization's name, or a word the document also writes in lower case. */
  private boolean isOrdinaryWord(Words words, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return lex.isOrgHead(w) || words.contains(w);
  }

  /**
   * {@link #containsWord} over one text, answered from the set of its maximal letter-or-digit runs for
   * a word of letters and digits (such a word occurs whole exactly when it is one of them), else by
   * search, remembered per word. Web and mail addresses are left out: a word in lower case inside
   * one ("https://example.com/uploads/logo-summer.webp") is a file's name, not the word used in
   * prose, so it does not make "Summer" of "District Attorney\nSummer Stephan" an ordinary word.
   */
  private static final class Words {
    /** A web or mail address: one whitespace-free token. */
    private static final Pattern ADDRESS = Pattern.compile("https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+");

    private final String text;
    private Set<String> runs;
    private final Map<String, Boolean> searched = new HashMap<>();

    Words(String text) {
      this.text = withoutAddresses(text);
    }

    /**
     * The text with each address blanked out (spaces, so no words join across it). An address lies inside one
     * run of non-space characters and holds "http", "www." or "@": only such runs are searched, each on its
     * own (the pattern's "\\S+@" tried at every character of every word cost 4% of the entity stage).
     */
    private static String withoutAddresses(String text) {
      StringBuilder b = null;
      Matcher a = null;
      int n = text.length();
      int i = 0;
      while (i < n) {
        if (isSpace(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        boolean mayHold = false;
        for (; i < n && !isSpace(text.charAt(i)); i++) {
          char c = text.charAt(i);
          mayHold |= c == '@' || c == 'h' && text.startsWith("http", i) || c == 'w' && text.startsWith("www.", i);
        }
        if (!mayHold) {
          continue;
        }
        a = a == null ? ADDRESS.matcher(text) : a;
        a.region(start, i);
        while (a.find()) {
          b = b == null ? new StringBuilder(text) : b;
          for (int k = a.start(); k < a.end(); k++) {
            b.setCharAt(k, ' ');
          }
        }
      }
      return b == null ? text : b.toString();
    }

    /** The white space of the pattern's \\s (and so the bounds of its \\S): space, tab, line feed, VT, form feed, CR. */
    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    boolean contains(String word) {
      boolean plain = !word.isEmpty();
      for (int i = 0; i < word.length() && plain; i++) {
        plain = Character.isLetterOrDigit(word.charAt(i));
      }
      if (!plain) {
        return searched.computeIfAbsent(word, w -> containsWord(text, w));
      }
      if (runs == null) {
        runs = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
          if (!Character.isLetterOrDigit(text.charAt(i))) {
            i++;
            continue;
          }
          int start = i;
          while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
          }
          runs.add(text.substring(start, i));
        }
      }
      return runs.contains(word);
    }
  }

  /**
   * "Minister of Justice of Georgia Tamar Kvachadze": a name of three words or more right after an
   * "of"-complement, whose first word is a place or body named elsewhere, an acronym or an org head,
   * starts with the end of that complement; the name is the rest.
   */
  /**
   * How far back, in characters, the "of" of a complement is looked for before a name: a body's name
   * of several capitalised words ("of the Permanent Mission of Azerbaijan to "); it also bounds the
   * backward search of AFTER_OF, which would otherwise run over the whole text before each name.
   */
  private static final int OF_COMPLEMENT_CHARS = 80;

  private CharSpan withoutLeadingPlace(String match, CharSpan span, Set<String> bodyWords) {
    String text = match.substring(span.start(), span.end());
    Matcher first = FIRST_WORD.matcher(text);
    if (text.split("\\s+").length < 3 || !first.find()
        || !AFTER_OF.matcher(match.substring(Math.max(0, span.start() - OF_COMPLEMENT_CHARS), span.start())).find()) {
      return span;
    }
    String word = first.group(1);
    boolean nameOfBody = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
        || lex.isOrgHead(word.toLowerCase(Locale.ROOT)) || lex.knownPlaces().contains(word)
        || bodyWords.contains(word);
    return nameOfBody ? new CharSpan(span.start() + first.end(), span.end()) : span;
  }

  /**
   * The span without leading title or honorific words; null when nothing but such words is left. A title
   * may be plural and open with the country's initials, as a plural title before a list of names is
   * written ("Paralegal Specialists A and B", "Assistant U. S. Attorneys A and B": the tagger runs the
   * title's last words into the first name).
   */
  CharSpan stripTitles(String match, CharSpan span) {
    if (span == null) {
      return null;
    }
    int start = span.start();
    while (true) {
      start = HonorificRuns.endAt(match, start); // "Datuk Seri", "The Rt Hon": no part of the name
      if (start >= span.end()) {
        return null;
      }
      String rest = match.substring(start, span.end());
      Matcher initials = COUNTRY_INITIALS.matcher(rest);
      int skip = initials.find() ? initials.end() : 0;
      Matcher m = LEADING_WORD.matcher(rest.substring(skip));
      if (!m.find() || !isTitleOrPluralTitle(m.group(1))) {
        break;
      }
      start += skip + m.end();
    }
    String rest = match.substring(start, span.end());
    if (rest.isBlank() || isTitleOrPluralTitle(rest.replace(".", "").trim())) { // "Judges" alone is no one
      return null;
    }
    return new CharSpan(start, span.end());
  }

  /**
   * "Chairman of the Baku Court of Appeal A. Huseynov": the word after a capitalised body's head and
   * "of" ("Court of Appeal", "Ministry of Justice") closes the body's name, so it is no given name of
   * the name after it. {@code beforeStart} is where {@code before} starts in {@code match}.
   */
  private boolean completesBodyName(String match, int beforeStart, String before) {
    if (before == null || !before.equals("of")) {
      return false;
    }
    Matcher h = HEAD_BEFORE_OF.matcher(match.substring(Math.max(0, beforeStart - 40), beforeStart));
    return h.find() && lex.isOrgHead(h.group(1).toLowerCase(Locale.ROOT));
  }

  /** The capitalised word and one space right before an "of" (the region ends at the "of"). */
  private static final Pattern HEAD_BEFORE_OF = Pattern.compile("(?<![\\p{L}.'-])(\\p{Lu}\\p{Ll}+) $");

  /**
   * A tagged "person" that is a known place ("Masalli"), a month or weekday ("Jun"), or holds a
   * capitalised org head ("Sheki Court of Appeal") is no person.
   */
  /**
   * Is the pair of capitalised words ("South Wales", "Costa Rica", "New Guinea") part of a place's name
   * the run writes: its first word a region's part (lexicon/entities/compass-words.txt: "South Wales" of
   * "New South Wales", "Western Australia"), or the pair, alone or with the capitalised word right before
   * it, a state's or known place's name ("Costa Rica", "Papua New Guinea")? A place after a body's "of"
   * ("Supreme Court of New South Wales") is no holder's name that the tagger ran into the body.
   */
  private boolean isPartOfPlaceName(String match, CharSpan pair, String given) {
    if (compassWords.contains(given)) {
      return true;
    }
    String words = match.substring(pair.start(), pair.end());
    if (isKnownPlace(words)) {
      return true;
    }
    Matcher before = WORD_BEFORE.matcher(match).region(Math.max(0, pair.start() - 40), pair.start());
    return before.find() && isKnownPlace(before.group(1) + " " + words);
  }

  private boolean isKnownPlace(String text) {
    return lex.knownPlaces().contains(text) || states.isStateName(text);
  }

  private boolean isPlaceOrBody(String text) {
    // a month ("2009 Jun" in a date line) is no one's name either
    if (lex.knownPlaces().contains(text) || lex.nameStops().contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (String w : text.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (lex.isOrgHead(w.toLowerCase(Locale.ROOT))
          || stateWords.contains(w.toLowerCase(Locale.ROOT)))) { // "Kyrgyz Republic"
        return true;
      }
    }
    return false;
  }

  /** Does {@code text} hold {@code word} as a whole word? (No regex compiled per call: this runs per candidate.) */
  private static boolean containsWord(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      int end = i + word.length();
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }

  /** First words of a title that a line break split off ("Victim" of "Victim\nAdvocate"): lexicon/entities/title-openers.txt. */
  private static final Set<String> TITLE_OPENERS = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "title-openers.txt"));
  /** A line break, then a capitalised word (group 1), as a wrapped title goes on. */
  private static final Pattern WRAPPED_NEXT_WORD = Pattern.compile("[ \\t]*\\R[ \\t]*(\\p{Lu}\\p{L}*)");

  /**
   * "DA Victim\nAdvocate A": a tagged person that is only a title's first word ("Victim"), with a line break and
   * a title word (or its plural) right after it, is the title's opening, not a name.
   */
  private boolean opensBrokenTitle(String match, CharSpan span) {
    if (!TITLE_OPENERS.contains(match.substring(span.start(), span.end()).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Matcher next = WRAPPED_NEXT_WORD.matcher(match).region(span.end(), match.length());
    return next.lookingAt() && isTitleOrPluralTitle(next.group(1));
  }

  boolean isTitleOrHonorific(String word) {
    // "Judge-Rapporteur": a compound of title words is a title.
    boolean titleCompound = word.contains("-")
        && Arrays.stream(word.split("-")).allMatch(p -> lex.titleWords().contains(p.toLowerCase(Locale.ROOT)));
    return titleCompound || lex.titleWords().contains(word.toLowerCase(Locale.ROOT)) || lex.honorificGender().containsKey(word)
        || TitleAbbreviations.contains(word);
  }
}
