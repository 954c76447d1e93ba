package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Token;

/**
 * Location spans from the tagger's LOCATION mentions: without a leading "the", cut to "Republic
 * of X" when the tagger ran a domain into it ("Internal Affairs of Republic of Azerbaijan"), and
 * without adjectives ("Azerbaijani security services" names no place), plus the words of the
 * known-places lexicon that the tagger left out.
 */
final class LocationFinder {
  /** The longest known place, in words ("San Diego County"). */
  private static final int MAX_PLACE_WORDS = 3;
  private final Set<String> knownPlaces;
  private final Set<String> titleWords;
  /** Heads that open a title after a place ("State" of "State's Attorney"): lexicon/entities/title-heads.txt. */
  private final Set<String> titleHeads;
  /** A possessive and a word right after a place's last word: "'s Attorney" of "Kane County State's Attorney". */
  private static final Pattern POSSESSIVE_WORD_AFTER = Pattern.compile("['\\u2019]s\\s+(\\p{L}+)");
  /** The country's names that stand inside US titles ("U.S. Attorney", "United States Marshal"). */
  private static final Set<String> TITLE_COUNTRY = Set.of("U.S.", "U. S.", "US", "United States");
  /** After the country, before a title word: "U.S. District Judge", "U.S. District Court Judge". */
  private static final Pattern TITLE_AFTER_COUNTRY = Pattern.compile("\\s+(?:District\\s+(?:Court\\s+)?)?(\\p{L}+)");
  /**
   * After the country, one or two capitalised words that qualify a capitalised title word: "U.S.
   * Bankruptcy Judge", "U.S. Probation Officer", "U.S. Pretrial Services Officer".
   */
  private static final Pattern ONE_QUALIFIER_TITLE = Pattern.compile("\\s+\\p{Lu}\\p{L}+\\s+(\\p{Lu}\\p{L}+)");
  private static final Pattern TWO_QUALIFIERS_TITLE = Pattern.compile("\\s+\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+\\s+(\\p{Lu}\\p{L}+)");

  /** Nouns for a kind of place that alone name none ("the County", "in Prison"): lexicon/entities/lone-place-nouns.txt. */
  private static final Set<String> LONE_PLACE_NOUNS = Set.copyOf(pressfacts.text.LexiconFile.lines("/pressfacts/lexicon/entities/lone-place-nouns.txt"));

  /** Peoples' names that end like places: lexicon/entities/demonyms.txt. */
  private static final Set<String> DEMONYMS = Set.copyOf(pressfacts.text.LexiconFile.lines("/pressfacts/lexicon/entities/demonyms.txt"));

  /**
   * {@code titleHeads}: heads that open a title (lexicon/entities/title-heads.txt, "state", "commonwealth");
   * {@code stateForms}: the forms of a state before its name (lexicon/common/state-forms.tsv, "Republic").
   */
  LocationFinder(Set<String> knownPlaces, Set<String> titleWords, Set<String> titleHeads, List<String> stateForms,
      java.util.function.Predicate<String> isOrgHead) {
    this.knownPlaces = knownPlaces;
    this.titleWords = titleWords;
    this.titleHeads = titleHeads;
    this.runOn = new PlaceRunOn(isOrgHead);
    String forms = String.join("|", stateForms.stream().map(Pattern::quote).toList());
    this.stateName = Pattern.compile("\\bof (?:the )?((?:" + forms + ") of \\p{Lu})");
    this.stateFormBefore = Pattern.compile("\\b(?:" + forms + ") of $");
  }

  /** A tagged place run on over a headline's or a title's capitalised common noun ("Harris County Jury"). */
  private final PlaceRunOn runOn;
  /** A word in lower case, for the common nouns a place may run on over ("jury"). */
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}+(?![\\p{L}])");
  /** Words that open the formal name of a state: the span starts there. */
  private final Pattern stateName;
  /** A state's form right before its name ("Republic of ", "Kingdom of "). */
  private final Pattern stateFormBefore;
  /** One word with an adjective ending of nationality, followed by a lower-case word. */
  private static final Pattern ADJECTIVE = Pattern.compile("\\p{Lu}\\p{L}+(?:ani|ian|ean|ese|ish|ic)");
  /** A verb in capitals right before "US" in a menu: "CONTACT US", "ABOUT US", "JOIN US". */
  private static final Pattern PRONOUN_US_BEFORE = Pattern.compile("\\b(?:CONTACT|ABOUT|JOIN|FOLLOW|EMAIL|CALL|VISIT)\\s+$");
  private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The|THE) ");

  List<CharSpan> find(String match, List<Token> tokens, List<Mention> tagged) {
    List<CharSpan> out = new ArrayList<>();
    List<CharSpan> taggedSpans = tagged.stream().filter(m -> m.type() == EntityType.LOCATION).map(Mention::span).toList();
    Coverage taggedPlaces = Coverage.of(taggedSpans);
    Set<CharSpan> widened = new HashSet<>();
    Set<String> taggedNames = new HashSet<>();
    taggedSpans.forEach(t -> taggedNames.add(match.substring(t.start(), t.end())));
    java.util.function.Predicate<String> isPlace = name -> isKnownPlace(name) || taggedNames.contains(name);
    Set<String> lowerWords = new HashSet<>();
    Matcher lower = LOWER_WORD.matcher(match);
    while (lower.find()) {
      lowerWords.add(lower.group());
    }
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = Math.min(MAX_PLACE_WORDS, tokens.size() - i); n >= 1; n--) {
        CharSpan s = new CharSpan(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
        CharSpan runOver;
        if (!isKnownPlace(wordsOf(tokens, i, n)) || isPronounUs(tokens, i, n)) {
          continue;
        }
        if (!taggedPlaces.overlaps(s)) {
          out.add(s);
        } else if (n > 1 && coversOnly(s, taggedSpans)) {
          out.add(s); // "LAGUNA BEACH": the tagger took "LAGUNA" only; the known name is the whole place
          taggedSpans.stream().filter(t -> t.start() >= s.start() && t.end() <= s.end()).forEach(widened::add);
        } else if ((runOver = runOverSentenceWord(match, s, taggedSpans)) != null) {
          out.add(s); // "Inc. ở Garden Grove": the tagger ran a place over a sentence's word; the known name is the place
          widened.add(runOver);
        } else {
          continue;
        }
        i += n - 1;
        break;
      }
    }
    for (Mention m : tagged) {
      if (m.type() != EntityType.LOCATION || widened.contains(m.span())) {
        continue;
      }
      String written = match.substring(m.span().start(), m.span().end());
      int skip = leadingTheLength(written);
      int start = m.span().start() + skip;
      String text = written.substring(skip);
      Matcher st = stateName.matcher(text);
      if (st.find()) {
        start += st.start(1);
        text = text.substring(st.start(1));
      }
      if (LONE_PLACE_NOUNS.contains(text.toLowerCase(Locale.ROOT))) {
        continue; // "throughout the County": a kind of place, no name
      }
      int[] titled = titledName(text);
      if (titled != null) {
        if (titled[0] > 0) {
          out.add(new CharSpan(start, start + titled[0])); // the place before the title, if any
        }
        continue; // the title is no place's, the name after it a person's (titledNames)
      }
      if (ADJECTIVE.matcher(text).matches() && nextWordIsLower(match, m.span().end())) {
        continue;
      }
      String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      if (DEMONYMS.contains(last)) {
        continue; // "Pacific Islander": a people, no place
      }
      if (text.endsWith(" District") && nextWordIsTitle(match, m.span().end())) {
        out.add(new CharSpan(start, m.span().end() - " District".length()));
        continue; // "Dallas County District Attorney": the county is the place, "District Attorney" the title (D2)
      }
      int head = titleHeadBeforePossessiveTitle(match, text, m.span().end());
      if (head > 0) {
        out.add(new CharSpan(start, start + head));
        continue; // "Kane County State's Attorney": the county is the place, "State's Attorney" the title (D2)
      }
      if (text.equals("US") && PRONOUN_US_BEFORE.matcher(match.substring(Math.max(0, start - 12), start)).find()) {
        continue; // "CONTACT US" in a menu
      }
      out.add(new CharSpan(start, start + runOn.placeLength(text, isPlace, lowerWords)));
    }
    Coverage otherKinds = Coverage.of(tagged.stream().filter(m -> m.type() != EntityType.LOCATION).map(Mention::span).toList());
    out.replaceAll(span -> withCompassWord(match, withMunicipalForm(match,
        withStateForm(match, withStateWord(match, withClassWord(match, span, otherKinds), otherKinds)), otherKinds),
        otherKinds));
    out.removeIf(span -> insideTitle(match, span));
    return out;
  }

  /** A word of a title's run inside a tagged place: "District" of "District Attorney", "General" of "Attorney General". */
  private static final Set<String> TITLE_RUN_WORDS = Set.of("district", "general");
  /** A name's word after a title: title case ("Park", "Hee-Jin") or an initial ("M."). */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.");
  /** A dash or a comma that parts a dateline's place from the sentence after it. */
  private static final Pattern PARTING = Pattern.compile("[-\u2013\u2014,:]+");
  /** The same marks, with spaces, at the end of the place before a title ("SAN DIEGO -"). */
  private static final Pattern TRAILING_PARTING = Pattern.compile("[-\u2013\u2014,:\\s]+$");

  /**
   * "San Diego County District Attorney Summer Stephan", "SAN DIEGO - Deputy District Attorney Grace
   * Park": the tagger read a place, a title and its holder's name as one place (a surname that is also a
   * place word, "Park", "Lane", helps it). A title of the title words (person-title-words.txt) inside a
   * tagged place, with its qualifiers (title-modifiers.txt, "District"), followed by two or three name
   * words that end the span, is no place's (ANNOTATION.md: titles are outside names; a county before a
   * title is a LOCATION of its own, D2): returns {place length (0: none), name start} in the tagged text,
   * or null. The title must not open the span right after nothing but the name ("Judge Street" alone is
   * left alone: two name words at least).
   */
  private int[] titledName(String text) {
    String[] words = text.split(" ", -1);
    int[] at = new int[words.length + 1];
    for (int k = 0, pos = 0; k < words.length; k++) {
      at[k] = pos;
      pos += words[k].length() + 1;
    }
    at[words.length] = text.length() + 1;
    int t = -1;
    for (int k = 0; k < words.length; k++) {
      if (isTitleCapital(words[k]) && titleWords.contains(words[k].toLowerCase(Locale.ROOT))) {
        t = k;
        break;
      }
    }
    if (t < 0) {
      return null;
    }
    int e = t + 1; // past the title's run ("Deputy District Attorney", "Attorney General")
    while (e < words.length && isTitleRunWord(words[e])) {
      e++;
    }
    int names = words.length - e;
    if (names < 2 || names > 3) {
      return null;
    }
    for (int k = e; k < words.length; k++) {
      if (!NAME_WORD.matcher(words[k]).matches() || isKnownPlace(words[k])) {
        return null;
      }
    }
    if (!NAME_WORD.matcher(words[e]).matches() || words[e].endsWith(".")) {
      return null; // a given name opens the name
    }
    int p = t; // back over the title's qualifiers before its word ("Deputy District" of "Deputy District Attorney")
    while (p > 0 && isTitleRunWord(words[p - 1])) {
      p--;
    }
    while (p > 0 && PARTING.matcher(words[p - 1]).matches()) {
      p--;
    }
    String place = p == 0 ? "" : text.substring(0, at[p] - 1);
    place = TRAILING_PARTING.matcher(place).replaceAll("");
    return new int[] {place.length(), at[e]};
  }

  /** A capitalised word of a title's run: a title word, a title's qualifier ("Deputy", "Senior") or "District". */
  private boolean isTitleRunWord(String w) {
    String low = w.toLowerCase(Locale.ROOT);
    return isTitleCapital(w) && (titleWords.contains(low) || TITLE_QUALIFIERS.contains(low) || TITLE_RUN_WORDS.contains(low));
  }

  private static boolean isTitleCapital(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
  }

  /** The length of a tagged place's leading article with its space ("the Bronx"), 0 when it has none. */
  private static int leadingTheLength(String written) {
    Matcher the = LEADING_THE.matcher(written);
    return the.find() ? the.end() : 0;
  }

  /** One-word qualifiers of a title (lexicon/roles/title-modifiers.txt). */
  private static final Set<String> TITLE_QUALIFIERS = EntityLexicons.titleQualifiers();

  /**
   * The holders' names inside tagged places that run over a title ({@link #titledName}), as person
   * candidates: "Summer Stephan" of a tagged "San Diego County District Attorney Summer Stephan".
   */
  List<CharSpan> titledNames(String match, List<Mention> tagged) {
    List<CharSpan> out = new ArrayList<>();
    for (Mention m : tagged) {
      if (m.type() != EntityType.LOCATION) {
        continue;
      }
      String written = match.substring(m.span().start(), m.span().end());
      int skip = leadingTheLength(written);
      int start = m.span().start() + skip;
      String text = written.substring(skip);
      int[] titled = titledName(text);
      if (titled != null) {
        out.add(new CharSpan(start + titled[1], m.span().end()));
      }
    }
    return out;
  }

  /**
   * The spans of the known-places lexicon's names in the text, longest first at each token, whatever
   * the tagger made of them ("YORBA LINDA" in a headline, "Mission Viejo"), for {@link PlaceStrings}.
   */
  List<CharSpan> knownPlaces(List<Token> tokens) {
    List<CharSpan> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = Math.min(MAX_PLACE_WORDS, tokens.size() - i); n >= 1; n--) {
        if (isKnownPlace(wordsOf(tokens, i, n)) && !isPronounUs(tokens, i, n)) {
          out.add(new CharSpan(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end()));
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * "U.S. Attorney", "Assistant United States Attorneys", "U.S. District Judge": the country inside a
   * title is part of the title, not a place (Conventions); "U.S. officials" keeps its place.
   */
  private boolean insideTitle(String match, CharSpan span) {
    if (!TITLE_COUNTRY.contains(match.substring(span.start(), span.end()))) {
      return false;
    }
    return isTitleWordAfter(TITLE_AFTER_COUNTRY, match, span.end())
        || isTitleWordAfter(ONE_QUALIFIER_TITLE, match, span.end())
        || isTitleWordAfter(TWO_QUALIFIERS_TITLE, match, span.end());
  }

  /** Does {@code after}, matched at {@code end}, end with a title word or its plural ("Attorneys")? */
  private boolean isTitleWordAfter(Pattern after, String match, int end) {
    Matcher next = after.matcher(match).region(end, match.length());
    if (!next.lookingAt()) {
      return false;
    }
    String w = next.group(1).toLowerCase(Locale.ROOT);
    return titleWords.contains(w) || (w.endsWith("s") && titleWords.contains(w.substring(0, w.length() - 1)));
  }

  /** The words of lexicon/entities/place-class-words.txt, title case and capitals, after one space. */
  private static final Pattern CLASS_WORD_AFTER = classWordAfter(
      pressfacts.text.LexiconFile.lines("/pressfacts/lexicon/entities/place-class-words.txt"));

  private static Pattern classWordAfter(List<String> words) {
    List<String> forms = new ArrayList<>();
    for (String w : words) {
      forms.add(Pattern.quote(w));
      forms.add(Pattern.quote(w.toUpperCase(Locale.ROOT)));
    }
    return Pattern.compile(" (?:" + String.join("|", forms) + ")(?![\\p{L}\\p{N}-])");
  }

  /**
   * "Dallas County", "Mexico City": the word that names the kind of place right after it belongs to
   * its name when the tagger stopped before it, unless the tagger read that word into another name
   * (a body's name that runs on, "Dallas County District Attorney's Office", is the organization
   * finder's and wins the overlap).
   */
  private static CharSpan withClassWord(String match, CharSpan span, Coverage otherKinds) {
    String name = match.substring(span.start(), span.end());
    if (name.indexOf('.') >= 0 || name.length() <= 3) {
      return span; // "U.S. State Department", "US City": an abbreviation is no name of this kind
    }
    Matcher m = CLASS_WORD_AFTER.matcher(match).region(span.end(), match.length());
    if (!m.lookingAt() || otherKinds.overlaps(new CharSpan(span.end(), m.end()))) {
      return span; // "New York" + "State Police": the tagger read the word into a body's name
    }
    return new CharSpan(span.start(), m.end());
  }

  /**
   * " State" after a place, then a lower-case word, a punctuation mark, or one acronym and a lower-case
   * word: "the New York State DNA databank", "funded by New York State for". A capitalised word after it
   * ("New York State Police", "New York State Senator", "Texas State Penitentiary") makes "State" part of
   * a body's, a title's or a site's name, which is not the place's.
   */
  private static final Pattern STATE_WORD_AFTER = Pattern.compile(
      " State(?=\\h*[,.;:)]|\\h+\\p{Ll}|\\h+\\p{Lu}{2,5}\\h+\\p{Ll})");

  /**
   * "New York State": the word "State" right after a known place whose state it names belongs to the
   * place's name when the tagger stopped before it (ANNOTATION.md: the maximal name), when no other
   * kind's mention holds it and no capitalised word follows it (see STATE_WORD_AFTER). Kept apart from
   * place-class-words.txt: taken before every word, "State" ran into bodies and titles (US federal fell).
   */
  private CharSpan withStateWord(String match, CharSpan span, Coverage otherKinds) {
    if (!isKnownPlace(match.substring(span.start(), span.end()))) {
      return span;
    }
    Matcher m = STATE_WORD_AFTER.matcher(match).region(span.end(), match.length());
    if (!m.lookingAt() || otherKinds.overlaps(new CharSpan(span.end(), m.end()))) {
      return span;
    }
    return new CharSpan(span.start(), m.end());
  }

  /** A compass word right before a place, on the same line, after a word boundary: "Southern California". */
  private static final Pattern COMPASS_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.-])(?:North|South|East|West|Northern|Southern|Eastern|Western|Central"
          + "|NORTH|SOUTH|EAST|WEST|NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL)\\h+$");
  /** Characters before a place searched for a compass word: more than the longest ("NORTHERN" and spaces). */
  private static final int COMPASS_CHARS = 16;

  /**
   * "Southern California", "North Texas", "Eastern Europe": a compass word before a place names a
   * region, which is the place's span (ANNOTATION.md: regions are places), when the tagger took the
   * place's name only; not when the word stands in another kind's name ("Western Kentucky University").
   */
  private static CharSpan withCompassWord(String match, CharSpan span, Coverage otherKinds) {
    Matcher m = COMPASS_BEFORE.matcher(match).region(Math.max(0, span.start() - COMPASS_CHARS), span.start())
        .useTransparentBounds(true); // the look-behind sees the character before the window
    if (!m.find()) {
      return span;
    }
    CharSpan wide = new CharSpan(m.start(), span.end());
    return otherKinds.overlaps(new CharSpan(wide.start(), span.start())) ? span : wide;
  }

  /**
   * Characters before a place searched for its state form: more than the longest form of
   * STATE_FORM_BEFORE ("Principality of ", 16), so a form is never cut by the window.
   */
  private static final int STATE_FORM_CHARS = 30;

  /**
   * "the Republic of [Azerbaijan]": a state's formal name is the place's span when the tagger, or the
   * known-places lexicon, found only the name in it.
   */
  private CharSpan withStateForm(String match, CharSpan span) {
    Matcher form = stateFormBefore.matcher(match.substring(Math.max(0, span.start() - STATE_FORM_CHARS), span.start()));
    if (form.find()) {
      return new CharSpan(span.start() - (form.end() - form.start()), span.end());
    }
    return span;
  }

  /**
   * A place preposition, an optional "the" and a capitalised local government's form with "of" right
   * before a place, on one line: "in the City of [Fairview]", "IN THE COUNTY OF [FAIRVIEW]". Forms as data
   * (lexicon/entities/municipal-forms.txt), prepositions too (place-prepositions.txt).
   */
  private static final Pattern MUNICIPAL_FORM_BEFORE = municipalFormBefore(
      pressfacts.text.LexiconFile.lines("/pressfacts/lexicon/entities/place-prepositions.txt"),
      pressfacts.text.LexiconFile.lines("/pressfacts/lexicon/entities/municipal-forms.txt"));
  /** Characters before a place searched for a preposition and a form: more than the longest ("throughout the Township of "). */
  private static final int MUNICIPAL_FORM_CHARS = 40;

  private static Pattern municipalFormBefore(List<String> prepositions, List<String> forms) {
    List<String> preps = new ArrayList<>();
    for (String p : prepositions) {
      preps.add(Pattern.quote(p));
      preps.add(Pattern.quote(Character.toUpperCase(p.charAt(0)) + p.substring(1)));
      preps.add(Pattern.quote(p.toUpperCase(Locale.ROOT)));
    }
    List<String> fs = new ArrayList<>();
    for (String f : forms) {
      fs.add(Pattern.quote(f));
      fs.add(Pattern.quote(f.toUpperCase(Locale.ROOT)));
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", preps) + ")\\h+(?:(?:the|THE)\\h+)?((?:"
        + String.join("|", fs) + ")\\h+(?:of|OF)\\h+)$");
  }

  /**
   * "in the City of [Indio]", "in the County of [Fairview]": a local government's form written capitalised
   * before a place that a preposition makes a place is part of its name, as a state's form is ("Republic
   * of Azerbaijan"); the tagger and the known-places lexicon found the name only. Without the preposition
   * the form may be the government acting ("in partnership with the City of X", "the City of X received"),
   * a body, and the span is left alone; a lower-case "city of X" is the name alone. Not when the form's
   * words stand in another kind's mention.
   */
  private static CharSpan withMunicipalForm(String match, CharSpan span, Coverage otherKinds) {
    Matcher m = MUNICIPAL_FORM_BEFORE.matcher(match).region(Math.max(0, span.start() - MUNICIPAL_FORM_CHARS), span.start())
        .useTransparentBounds(true); // the look-behind sees the character before the window
    if (!m.find() || otherKinds.overlaps(new CharSpan(m.start(1), span.start()))) {
      return span;
    }
    return new CharSpan(m.start(1), span.end());
  }

  /**
   * A name of the known-places lexicon, as written or, for a word in capitals (a dateline's "SANTA
   * ANA"), in its title-case form.
   */
  private boolean isKnownPlace(String words) {
    if (knownPlaces.contains(words)) {
      return true;
    }
    if (words.length() < 4 || hasAsciiLowerCase(words) || !words.equals(words.toUpperCase(Locale.ROOT))) {
      return false;
    }
    StringBuilder title = new StringBuilder();
    for (String w : words.split(" ")) {
      if (title.length() > 0) {
        title.append(' ');
      }
      title.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return knownPlaces.contains(title.toString());
  }

  /** A letter a-z makes a text differ from its upper case: checked first, as most words have one, with no copy made. */
  private static boolean hasAsciiLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
        return true;
      }
    }
    return false;
  }

  /**
   * Does {@code known} hold every tagged place it overlaps, each shorter than it? Then the tagger cut
   * a known name short; a tagged place that runs past it is the tagger's longer reading and stays.
   */
  private static boolean coversOnly(CharSpan known, List<CharSpan> taggedSpans) {
    for (CharSpan t : taggedSpans) {
      boolean overlaps = t.start() < known.end() && known.start() < t.end();
      if (overlaps && (t.start() < known.start() || t.end() > known.end() || t.equals(known))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lower-case words that join the parts of a place's own name ("Isle of Man", "Bosnia and
   * Herzegovina", "Boulogne sur Mer", "Rio de Janeiro"): a tagged place that holds one before a known
   * name may be a longer place, and keeps the tagger's reading.
   */
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "and", "the", "on", "upon", "de", "del", "la",
      "le", "les", "du", "des", "di", "da", "do", "dos", "das", "y", "el", "los", "las", "sur", "am", "an", "im", "au", "aux");

  /**
   * The tagged place that ends with the known name {@code known} and starts earlier, with a lower-case
   * word right before the name that joins no name ("Inc. ở Garden Grove", "Inc. en Garden Grove" in a
   * page's line in another language): a known place is a place whatever word precedes it, and a run
   * through a sentence's word is no longer name. Null when there is none.
   */
  private static CharSpan runOverSentenceWord(String match, CharSpan known, List<CharSpan> taggedSpans) {
    for (CharSpan t : taggedSpans) {
      if (t.start() >= known.start() || t.end() != known.end()) {
        continue;
      }
      String before = match.substring(t.start(), known.start()).stripTrailing();
      String word = before.substring(before.lastIndexOf(' ') + 1);
      if (!word.isEmpty() && word.chars().allMatch(Character::isLetter) && Character.isLowerCase(word.codePointAt(0))
          && !NAME_CONNECTORS.contains(word)) {
        return t;
      }
    }
    return null;
  }

  /** "CONTACT US", "ABOUT US": the pronoun in a menu, not the country. */
  private static boolean isPronounUs(List<Token> tokens, int i, int n) {
    return n == 1 && i > 0 && tokens.get(i).match().equals("US")
        && PRONOUN_US_BEFORE.matcher(tokens.get(i - 1).match() + " ").find();
  }

  /** The words of tokens [i, i + n) joined by single spaces, as the lexicon writes a name. */
  private static String wordsOf(List<Token> tokens, int i, int n) {
    if (n == 1) {
      return tokens.get(i).match();
    }
    StringBuilder sb = new StringBuilder(tokens.get(i).match());
    for (int k = 1; k < n; k++) {
      sb.append(' ').append(tokens.get(i + k).match());
    }
    return sb.toString();
  }

  /**
   * Where the place ends when the tagger ran it over the head that opens a title with a possessive
   * ("Kane County State" before "'s Attorney", "Fairfax County Commonwealth" before "'s Attorney"): the
   * length of the place before the head, or -1. The head must not be the place's only word.
   */
  private int titleHeadBeforePossessiveTitle(String match, String text, int end) {
    int space = text.lastIndexOf(' ');
    if (space <= 0 || !titleHeads.contains(text.substring(space + 1).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    Matcher next = POSSESSIVE_WORD_AFTER.matcher(match).region(end, match.length());
    if (!next.lookingAt() || !titleWords.contains(next.group(1).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return text.substring(0, space).stripTrailing().length();
  }

  private boolean nextWordIsTitle(String match, int end) {
    Matcher next = TITLE_AFTER_COUNTRY.matcher(match).region(end, match.length());
    return next.lookingAt() && titleWords.contains(next.group(1).toLowerCase(Locale.ROOT));
  }

  private static boolean nextWordIsLower(String match, int end) {
    int i = end;
    while (i < match.length() && match.charAt(i) == ' ') {
      i++;
    }
    return i < match.length() && Character.isLowerCase(match.charAt(i));
  }
}
