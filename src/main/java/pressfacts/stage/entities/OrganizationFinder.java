package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Sentence;
import pressfacts.doc.Spans;
import pressfacts.doc.Token;
import pressfacts.doc.TokenLayer;

/**
 * Organization candidates with maximal names, over tokens. A candidate starts from a tagger
 * ORGANIZATION mention or from a run of capitalised words that holds an org head ("Military
 * Chamber", "State Prosecution service"), and grows to the right by complements ("of the Supreme
 * Court", "of the Republic of Azerbaijan", "to Monitor and Combat Trafficking"). Only spans are
 * returned; the overlap policy in {@link EntityStage} settles them against other mentions.
 */
final class OrganizationFinder {
  /** An all-capitals word ("GRECO"), compiled once: tested for every token. */
  static final Pattern UPPER_WORD = Pattern.compile("\\p{Lu}{2,}");
  /** "Moscow-based", "State-owned": a compound that describes a body and is no part of its name. */
  private static final Pattern DESCRIBING_COMPOUND = Pattern.compile("\\p{L}+-(?:based|owned|led|run|funded|controlled)",
      Pattern.CASE_INSENSITIVE);
  /** An acronym defined in parentheses: capitals, maybe joined by a hyphen ("HACC", "BIS-OEE"). */
  private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})?");
  /** Words that name one court even before a lower-case "court" ("Supreme court", "Constitutional court"). */
  private static final Set<String> COURT_ADJECTIVES = Set.of("Supreme", "Constitutional");
  /**
   * Heads whose body's name puts "General" after them ("Consulate General of Mexico"): the word is the
   * head's rank, inside the name, where the run would end at the head and lose its complement.
   */
  private static final Set<String> HEADS_BEFORE_GENERAL = Set.of("consulate");
  /** Which part of a state a US district is ("Southern District of Texas"). */
  private static final Set<String> DISTRICT_SIDES = Set.of("Northern", "Southern", "Eastern", "Western", "Middle", "Central");
  /** Heads that close a parent body's name written whole before its unit (D11). */
  private static final Set<String> PARENT_HEADS = Set.of("office", "department", "service", "agency");
  /** Second words of two-word state names after "District of" ("New York", "South Carolina", "Puerto Rico"). */
  private static final Set<String> STATE_SECOND_WORDS = Set.of("York", "Jersey", "Hampshire", "Mexico", "Carolina",
      "Dakota", "Virginia", "Island", "Rico", "Islands");
  private static final Set<String> CLOSING_QUOTES = Set.of("\"", "\u201d", "\u00bb", "'", "\u2019", "''");
  private static final Set<String> OPENING_QUOTES = Set.of("\"", "\u201c", "\u00ab", "'", "\u2018", "``");
  /** Complement links after which any capitalised run continues the name. */
  private static final Set<String> OF_LINKS = Set.of("of", "for");
  /** Links that continue a name only before a longer capitalised run ("Court on Human Rights"). */
  private static final Set<String> WEAK_LINKS = Set.of("on", "to", "against");

  /**
   * Words for a group of people sent by a body, not a body ("Delegation of the Turkish Constitutional
   * Court", "Turkish Constitutional Court Delegation" name the court); a known body keeps its name
   * ("Delegation of the European Union").
   */
  private static final Set<String> GROUP_WORDS = Set.of("delegation");

  /** Heads of a body's local office, whose place follows with "in" and is part of the name ("ICRC Delegation in Armenia"). */
  private static final Set<String> OFFICE_WORDS = Set.of("office", "delegation", "mission", "representation", "bureau");
  /**
   * The local-office heads whose place after "in" is part of the name when a named body stands before them
   * ({@link #namedBodyBefore}): the office words and an international body's field centre ("OSCE Centre in
   * Bishkek"), which is its office in that place, no unit of its own.
   */
  private static final Set<String> LOCAL_OFFICE_HEADS = Set.of("office", "delegation", "mission", "representation",
      "bureau", "centre", "center");
  /** Most capitalised words between a body's name and the head of its local office ("OSCE Programme Office"). */
  private static final int LOCAL_OFFICE_GAP = 2;

  private final EntityLexicons lex;
  private final KnownOrganizations known;
  /** Names in title-case lines, cut to what the document's other lines attest. */
  private final HeadlineNames headlines;
  /** Heads that open a title right after them ("Police Chief"): lexicon/entities/title-heads.txt. */
  private final Set<String> titleHeads;
  /** Last words of events' names, no bodies ("Heritage Month"): lexicon/entities/event-heads.txt. */
  private final Set<String> eventHeads;
  /** Last words of things a body runs or issues ("Tip Hotline", "Red Notice"): lexicon/entities/service-heads.txt. */
  private final Set<String> serviceHeads;
  /** Heads of an office's units, which a title's possessive leaves alone (D10): lexicon/entities/unit-heads.txt. */
  private final Set<String> unitHeads;
  /** Lower-case kinds of thing a body runs, after which a name is the thing's ("program"): lexicon/entities/thing-kinds.txt. */
  private final Set<String> thingKinds;
  /** Words of a clause, never of a name ("Who", "During" in a headline): lexicon/entities/non-name-words.txt. */
  private final Set<String> nonNameWords;
  /** A body's sworn staff and the words that count or date them: lexicon/entities/staff-words.txt. */
  private final Set<String> staffWords;
  /** A lower-case unit word after a complement's capitalised name ("... of the North County branch"). */
  private final Pattern complementUnit;
  private final Set<String> staffOpeners;
  /** Car makes, products not bodies when a model follows (D16): lexicon/entities/vehicle-makes.txt. */
  private final Set<String> vehicleMakes;
  /** Lower-case kinds of company whose name follows at once ("company Ala-Too Stroy Invest"): lexicon/common/company-kinds.txt. */
  private final Set<String> companyKinds;
  /** Words that join the parts of a name but never start one, in any case ("OF THE" in all-caps lines): lexicon/common/function-words.tsv. */
  private final Set<String> functionWords;
  /** Words after which "of" takes exactly one word: the state's name (lexicon/common/state-forms.tsv, lower case). */
  private final Set<String> stateWords;
  /** Last words of a title's field ("Foreign Affairs", "Justice"): lexicon/entities/title-domains.txt. */
  private final Set<String> titleDomains;
  /** Words that alone name no one body ("the Government", "the State"): lexicon/entities/lone-generic-words.txt. */
  private final Set<String> loneGenericWords;
  /** Ranks inside a title that a unit's head or a title word follows ("Deputy Bureau Chief"): lexicon/entities/title-rank-words.txt. */
  private final Set<String> titleRankWords;
  /** Words of a title that goes on with "in Charge" ("Special Agent in Charge"): lexicon/entities/in-charge-title-words.txt. */
  private final Set<String> inChargeTitleWords;
  /** Heads of a body's deliberative organs and commissioners ("Assembly", "Committee"): lexicon/entities/organ-heads.txt. */
  private final Set<String> organHeads;
  /** Words naming a body's part or field office ("Presence", "Registry"): lexicon/entities/body-part-heads.txt. */
  private final Set<String> bodyPartHeads;
  /**
   * Words that qualify a title and belong to it ("Senior", "National", "Judicial" of "Senior National Judicial
   * Registrar"): the roles stage's own list (lexicon/roles/title-modifiers.txt), so what the finder leaves
   * out of a body is what the roles stage reads as the title. One-word entries only.
   */
  private final Set<String> titleModifiers;

  OrganizationFinder(EntityLexicons lex) {
    this.lex = lex;
    this.titleHeads = lex.titleHeads();
    this.eventHeads = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "event-heads.txt"));
    this.vehicleMakes = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "vehicle-makes.txt"));
    this.unitHeads = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "unit-heads.txt"));
    this.serviceHeads = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "service-heads.txt"));
    this.thingKinds = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "thing-kinds.txt"));
    this.titleDomains = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "title-domains.txt"));
    this.nonNameWords = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "non-name-words.txt"));
    this.staffWords = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "staff-words.txt"));
    this.staffOpeners = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "staff-openers.txt"));
    this.loneGenericWords = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "lone-generic-words.txt"));
    this.titleRankWords = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "title-rank-words.txt"));
    this.inChargeTitleWords = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "in-charge-title-words.txt"));
    this.organHeads = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "organ-heads.txt"));
    this.bodyPartHeads = Set.copyOf(pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "body-part-heads.txt"));
    List<String> unitWords = pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "complement-unit-words.txt");
    this.complementUnit = Pattern.compile("^[ \\t]+(?:" + String.join("|", unitWords.stream().map(Pattern::quote).toList())
        + ")(?![\\p{L}\\p{N}'\u2019-])");
    this.titleModifiers = EntityLexicons.titleQualifiers();
    this.known = new KnownOrganizations(lex.knownOrganizations());
    this.companyKinds = lex.common().companyKinds();
    this.functionWords = lex.common().functionWords();
    this.stateWords = lex.common().stateFormsLowerCase();
    this.headlines = new HeadlineNames(functionWords, this::isHead,
        text -> lex.knownOrganizationKey().containsKey(MentionGrouper.key(text)));
  }

  /**
   * The sentences of the layer, with a sentence that a line break of wrapped prose cut joined to
   * the next ("the Corinth Police\nDepartment"): the tokenizer ends a sentence at every line break,
   * but a name runs on across a wrap, and its span keeps the line break as the text has it.
   */
  private List<Sentence> joinWrappedLines(String match, TokenLayer layer) {
    List<Sentence> out = new ArrayList<>();
    List<Token> tokens = layer.tokens();
    for (Sentence s : layer.sentences()) {
      Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.endToken() == s.firstToken() && prev.endToken() > prev.firstToken()
          && s.endToken() > s.firstToken()
          && wrapsName(match, tokens.get(prev.endToken() - 1), tokens.get(s.firstToken()))) {
        out.set(out.size() - 1, new Sentence(new CharSpan(prev.span().start(), s.span().end()),
            prev.firstToken(), s.endToken()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Whether the line break between {@code last} (the last word of a line) and {@code first} (the first word of the
   * next) wraps a name. A break of a paragraph that fills its block does ({@link pressfacts.text.ProseWrap#wrapsParagraph}).
   * A PDF's lines are set in a proportional font, so their character counts vary by a fifth within one paragraph and
   * a wrapped line may stand well short of the block's longest: there the words tell it instead. A long line of
   * prose ({@link pressfacts.text.ProseWrap#wrapsBetween}) that ends on a capitalised word, with the next line
   * opening on a capitalised body head ("the Richardson Police\nDepartment, Judge ..."), carries one name across
   * the break: a head opens no name of its own, and a heading or list line is short or ends otherwise.
   */
  private boolean wrapsName(String match, Token last, Token first) {
    int from = last.span().end();
    int to = first.span().start();
    if (pressfacts.text.ProseWrap.wrapsParagraph(match, from, to)) {
      return true;
    }
    return isCap(last) && isHead(first) && Character.isUpperCase(first.match().charAt(0))
        && pressfacts.text.ProseWrap.wrapsBetween(match, from, to)
        && (hasLowerContentWord(lineAround(match, from)) || hasLowerContentWord(lineAround(match, to)));
  }

  /** The line of {@code text} that holds offset {@code at}. */
  private static String lineAround(String text, int at) {
    int start = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
    int end = at;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(start, end);
  }

  /**
   * Whether a line has a lower-case word other than a function word: prose, not a title-case heading
   * ("Court Affirms Temporary Injunction Blocking\nEnforcement of Attorney General ..."), whose every word is
   * capitalised and so tells no name from the words around it.
   */
  private boolean hasLowerContentWord(String line) {
    for (String w : line.split("[^\\p{L}'\u2019]+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !functionWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Candidate organization spans of one document, disjoint and sorted. */
  List<CharSpan> find(String match, TokenLayer layer, List<Mention> tagged, List<CharSpan> persons) {
    List<CharSpan> out = new ArrayList<>();
    Set<String> instrumentAcronyms = instrumentAcronyms(layer.tokens());
    Coverage personCover = Coverage.of(persons);
    Coverage taggedCover = Coverage.of(tagged.stream().map(Mention::span).toList());
    Coverage taggedPlaces = Coverage.of(tagged.stream().filter(m -> m.type() == EntityType.LOCATION).map(Mention::span).toList());
    boolean forceNamedAlone = forceNamedAlone(layer.tokens());
    for (Sentence s : joinWrappedLines(match, layer)) {
      if (pressfacts.pipeline.Deadline.passed()) {
        break; // out of time: the organizations found so far
      }
      if (isCategoryLine(match, s.span().start())) {
        continue;
      }
      List<Token> toks = layer.tokensOf(s);
      boolean[] blocked = new boolean[toks.size()];
      boolean[] taggedWord = new boolean[toks.size()];
      boolean[] placeWord = new boolean[toks.size()];
      for (int i = 0; i < toks.size(); i++) {
        CharSpan t = toks.get(i).span();
        blocked[i] = personCover.overlaps(t)
            || lex.honorificGender().containsKey(toks.get(i).match().replace(".", ""));
        // Any tagged word: "and" never reaches back into another name ("Court of X and German Society").
        taggedWord[i] = taggedCover.overlaps(t);
        placeWord[i] = taggedPlaces.overlaps(t) || lex.knownPlaces().contains(toks.get(i).match());
      }
      List<KnownOrganizations.Match> knownHere = known.find(toks);
      for (KnownOrganizations.Match k : knownHere) {
        // A known body's name outranks the tagger's "person" ("GRECO", "Jogorku Kenesh").
        Arrays.fill(blocked, k.start(), k.end(), false);
      }
      List<int[]> cores = new ArrayList<>();
      for (Mention m : within(tagged, s.span())) {
        if (m.type() == EntityType.ORGANIZATION) {
          int a = firstTokenAt(toks, m.span().start());
          int b = lastTokenAt(toks, m.span().end()) + 1;
          if (a >= 0 && b > a && !instrumentAcronyms.contains(m.text())) {
            for (int[] part : splitBeforeListedBody(toks, splitAtOtherName(toks, a, b))) {
              if (isDatelinePlace(toks, part)) {
                continue;
              }
              int[] kept = beforeClauseWords(toks, part);
              if (kept != null) {
                cores.add(kept);
              }
            }
          }
        }
      }
      addHeadRuns(toks, blocked, cores);
      List<int[]> districts = addDistricts(toks, cores);
      addNamedAfterKind(toks, blocked, cores);
      Set<Integer> acronymAt = new HashSet<>();
      Map<Integer, Integer> knownEnd = new HashMap<>();
      for (KnownOrganizations.Match k : knownHere) {
        cores.add(new int[] {k.start(), k.end()});
        knownEnd.put(k.start(), k.end());
        if (k.acronym()) {
          acronymAt.add(k.start());
        }
      }
      addPartsOfKnownBodies(toks, blocked, knownEnd, cores);
      joinFirstPartsBeforeHead(toks, blocked, placeWord, knownEnd, cores);
      for (int[] c : merge(cores)) {
        while (c[1] > c[0] + 1 && functionWords.contains(lower(toks.get(c[1] - 1)))) {
          c[1]--; // "Supreme Court of the" (a tagged name cut before "Kyrgyz Republic"): grown again below
        }
        c[1] = beforeService(toks, c[0], c[1], knownEnd);
        if (namesAThingBeforeKnown(toks, c[0], c[1], knownEnd) && knownEnd.getOrDefault(c[0], -1) != c[1]) {
          // A plan, an event or a kind of body: no body, even with a known body's name in it ("Interpol Notice
          // Program"). Keeping the known body alone was tried; it lowered held-out official-intl organizations.
          continue;
        }
        if (c[1] == c[0] + 1 && acronymAt.contains(c[0])) {
          // A known acronym alone is the whole name: "UNODC for Central Asia" names UNODC.
          out.add(toks.get(c[0]).span());
          continue;
        }
        int a = c[0];
        for (int k = c[0]; k < c[1] - 1; k++) {
          if (POSSESSIVE_DETERMINERS.contains(lower(toks.get(k)))) {
            a = k + 1; // "Today my Office", "My Immigrant Affairs Unit": the speaker's word is no part of the name
          }
        }
        while (a < c[1] && !isCap(toks.get(a)) && knownEnd.getOrDefault(a, -1) != c[1]) {
          a++; // a known body's name keeps its own case ("eBay", "craigslist")
        }
        if (a >= c[1] || knownEnd.getOrDefault(a, -1) != c[1] && namesAThingBeforeKnown(toks, a, c[1], knownEnd)) {
          continue; // a plural head names a kind of body; a known body's name is a body ("... Immigration Services")
        }
        if (lex.nameStops().contains(lowerText(toks, a, c[1]))) {
          continue; // "Executive Team" in a site's menu: a phrase the lexicon says is never a name
        }
        boolean knownWhole = knownEnd.getOrDefault(c[0], -1) == c[1];
        // A core that ends on a person's name (the tagger ran a body into its holder: "... for the Civil Rights
        // Division Jane Roe and U.S. Attorney for ...") has its end there: the body does not grow past the name.
        int b = c[1] > c[0] + 1 && blocked[c[1] - 1] && !knownWhole ? c[1]
            : withCompanyForm(toks, withDistrict(toks, withNumber(toks, extendRight(toks, blocked, c[1], knownWhole, knownEnd))));
        b = beforeLowerThing(toks, a, b, knownEnd);
        a = extendLeft(toks, blocked, taggedWord, a);
        a = withPlacesBefore(toks, placeWord, a, b);
        a = pastBoardOfTitle(toks, a, b);
        if (!knownWhole) {
          a = pastTitleOf(toks, a, b);
          a = pastTitleWithDomain(toks, a, b);
          b = beforeGroupWord(toks, a, b);
          a = pastDomainOfTitle(toks, knownEnd, a, b);
          if (a < 0) {
            continue; // "Minister of Foreign Affairs of Moldova": the title's domain, no body
          }
        }
        if (!knownWhole) {
          int[] body = withoutStaffWords(toks, a, b);
          a = body[0];
          b = body[1];
        }
        for (int[] d : districts) {
          if (d[0] >= a && d[1] <= b) {
            if (d[1] < b && isCap(toks.get(d[1]))) {
              b = d[1]; // "Eastern District of New York Benton J. Campbell": the district ends at its state
            }
            if (d[0] >= a + 3 && lower(toks.get(d[0] - 1)).equals("the") && lower(toks.get(d[0] - 2)).equals("for")
                && isTitleWord(toks.get(d[0] - 3))) {
              a = d[0]; // "U.S. Attorney for the Eastern District of Oklahoma": the title is no part of the body
            }
          }
        }
        while (b > a + 1 && blocked[b - 1] && !stateWords.contains(lower(toks.get(b - 1)))) {
          // a person found at the end of a tagged name is no part of it ("... Court of Appeal Ivan Petrov");
          // a state's or a body's form ("European Bars Federation") is no one's surname
          b--;
        }
        if (b > a + 1 && b < toks.size() && blocked[b] && lex.titleWords().contains(lower(toks.get(b - 1)))
            && !functionWords.contains(lower(toks.get(b - 2)))) {
          b--; // "Division of Police Chief Karen Holloway": the title before the person is hers ("Ministry of Justice" keeps it)
          if (b - a >= 3 && isPossessive(toks.get(b - 1)) && isCap(toks.get(b - 2))
              && titleHeads.contains(lower(toks.get(b - 2)))) {
            b--; // "State's Attorney Kim Doe": the title's possessive is hers too; the head is cut below
          }
          b = beforeTitleRun(toks, a, b, knownWhole);
        }
        b = beforeInChargeTitle(toks, blocked, a, b);
        b = withOfficeHoldersTitle(toks, blocked, a, b);
        // a possessive may stand between the head and the title ("Cook County State's Attorney Kim Foxx")
        int titleAt = b + 1 < toks.size() && isPossessive(toks.get(b)) ? b + 1 : b;
        boolean holderAfter = titleAt + 1 < toks.size() && blocked[titleAt + 1];
        // With the possessive the title is whole without its holder too ("Cook County State's Attorney Announces
        // Charges", "the Kane County State's Attorney and the Sheriff"): a county before a title is a place
        // (Conventions). A second possessive opens the office's or its unit's name ("State's Attorney's office"),
        // which is left as it was.
        boolean titleAlone = titleAt == b + 1 && titleAt < toks.size()
            && (titleAt + 1 == toks.size() || !isPossessive(toks.get(titleAt + 1)));
        if (b - a >= 2 && titleAt < toks.size() && titleHeads.contains(lower(toks.get(b - 1))) && isCap(toks.get(b - 2))
            && isTitleWord(toks.get(titleAt)) && (holderAfter || titleAlone)) {
          // "Tustin Police Chief Scott Jordan": the head opens the title ("Police Chief") of the person after it;
          // the place before it names no body ("Division of Police Chief A" keeps its body: "of" stands before the head)
          b--;
          if (!hasHead(toks, a, b)) {
            continue;
          }
        }
        if (isTitleWord(toks.get(pastTitleModifiers(toks, a, b))) && !hasHead(toks, a, b) && !knownWhole) {
          continue; // "Assistant United States Attorneys A and B", "Senior National Judicial Registrar": a title's words, no body's name
        }
        if (b == a + 1 && a == 0 && isHead(toks.get(0)) && toks.size() > 1 && isLowerWord(toks.get(1))) {
          continue; // "Company director jailed": a head word opening a sentence before a lower-case word names no body
        }
        if (isVehicle(toks, a, b)) {
          continue; // D16: "Toyota Tacoma", "a white Honda" are products
        }
        if (b == a + 1 && CAPITAL_ONLY_HEADS.contains(lower(toks.get(a)))) {
          continue; // "Section President A": a unit's head alone names no unit
        }
        if (b == a + 1 && loneGenericWords.contains(lower(toks.get(a)))) {
          continue; // "assist the Government", "the State put him to death": the polity in general, no named body
        }
        if (b == a + 1 && titleHeads.contains(lower(toks.get(a))) && !forceNamedAlone) {
          // "Police arrived", "Police Commissioner A", "Chief of Police": police in general or a title's
          // word, unless the document names a force so ("The Police said")
          continue;
        }
        if (b == a + 1 && lex.companyForms().contains(lower(toks.get(a)))) {
          continue; // "LLC" alone: the company's name stands before it, in quotes
        }
        b = beforeTrailingHonorifics(match, toks, a, b);
        b = withAbbreviationPeriod(toks, b);
        for (int[] joined : splitAtAnd(toks, a, cutTrailingName(toks, a, b), knownEnd)) {
          for (int[] part : splitAtForTitledOffice(toks, joined)) {
            for (int[] piece : splitAtPossessive(toks, part, knownEnd, placeWord)) {
              for (int[] whole : splitBeforeOwnersComplement(toks, splitParentUnit(toks, piece, knownEnd), knownEnd)) {
                int[] unit = beforeRankedTitle(toks, whole, knownEnd);
                if (unit != null && !namesNoBody(toks, blocked, unit[0], unit[1], knownEnd)) {
                  out.add(new CharSpan(toks.get(unit[0]).span().start(), toks.get(unit[1] - 1).span().end()));
                }
              }
            }
          }
        }
      }
    }
    out = headlines.apply(match, layer.tokens(), out);
    CharSpan site = siteName(match);
    if (site != null) {
      out.removeIf(o -> o.start() < site.end() && site.start() < o.end());
      out.add(site);
    }
    return withComplementUnits(match, withDefinedAcronyms(match, layer.tokens(), joinedUnits(match, withGlossedAcronyms(match,
        layer.tokens(), disjoint(out), personCover)), instrumentAcronyms, personCover,
        bodyAcronyms(match, out, instrumentAcronyms, placeTexts(match, tagged))));
  }

  /** A name whose complement after "of the" is capitalised words up to its end ("X Division of the North County"). */
  private static final Pattern CAPITALISED_COMPLEMENT_AT_END =
      Pattern.compile("\\s(?:of|for)\\s+the\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'\u2019-]*)*$");

  /**
   * "the Family Protection Division of the North County branch": the complement after "of the" is a body whose
   * name ends in a lower-case unit word (lexicon/entities/complement-unit-words.txt); the word belongs to the
   * complement's name, so to the mention ("of" joins a body's part and the body: one mention), as real/dev gold
   * writes it. Only a name that already runs "... of the" and capitalised words up to the unit word, on one line,
   * and no other mention starts inside the word.
   */
  private List<CharSpan> withComplementUnits(String match, List<CharSpan> orgs) {
    List<CharSpan> out = new ArrayList<>(orgs.size());
    for (CharSpan o : orgs) {
      CharSpan x = o;
      if (CAPITALISED_COMPLEMENT_AT_END.matcher(o.of(match)).find()) {
        Matcher m = complementUnit.matcher(match.substring(o.end(), Math.min(match.length(), o.end() + 40)));
        if (m.find()) {
          int end = o.end() + m.end();
          boolean free = orgs.stream().noneMatch(p -> p != o && p.start() >= o.end() && p.start() < end);
          if (free) {
            x = new CharSpan(o.start(), end);
          }
        }
      }
      out.add(x);
    }
    return out;
  }

  /**
   * A piece whose last words are a rank inside the title that follows it: "VCE Deputy Bureau Chief" (the
   * rank and the unit's head before "Chief" are the title "Deputy Bureau Chief"; the body is "VCE"),
   * "First Deputy Bureau Chief" (no body), "Occupational Safety and Health Administration Regional
   * Administrator" (the body ends at its head; "Regional Administrator" is the title), "First Deputy
   * Commissioner" (ranks alone before a title word name no body). Returns the piece
   * without the title's words, or null when none of it is left. A known body's whole name is kept.
   */
  private int[] beforeRankedTitle(List<Token> toks, int[] piece, Map<Integer, Integer> knownEnd) {
    int a = piece[0];
    int b = piece[1];
    if (b >= toks.size() || knownEnd.getOrDefault(a, -1) == b || !isCap(toks.get(b)) || !isTitleWord(toks.get(b))) {
      return piece; // no title word right after the piece ("Homicide Bureau, ...")
    }
    boolean ranksOnly = true;
    for (int i = a; i < b; i++) {
      ranksOnly &= isCap(toks.get(i)) && titleRankWords.contains(lower(toks.get(i)));
    }
    if (ranksOnly) {
      return null; // "First Deputy Commissioner A", "Associate Commissioner A": the ranks of the title after them
    }
    if (isHead(toks.get(b))) {
      return piece; // "Department of Investigation Commissioner A": the title word is also a body's head
    }
    int end = isHead(toks.get(b - 1)) && !isAcronym(toks.get(b - 1)) ? b - 1 : b;
    int r = end;
    while (r > a && isCap(toks.get(r - 1)) && titleRankWords.contains(lower(toks.get(r - 1)))) {
      r--;
    }
    if (r == end) {
      return piece; // "Homicide Bureau Chief": the unit's own name before the title stays a body
    }
    if (end == b && (r == a || !isHead(toks.get(r - 1)))) {
      return piece; // "Regional" after no head: not a title's rank behind a body's name
    }
    return r == a ? null : new int[] {a, r};
  }

  /**
   * Determiners of a speaker's own body ("my Office", "our Unit"), no part of its name. Not "his"/"her":
   * they open names ("Her Majesty's Courts and Tribunals Service").
   */
  private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("my", "our", "your", "their", "its");

  /** Articles that make what follows a kind of body, not a named one ("an apex Court", "a Foreign Government"). */
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");

  /**
   * A piece that holds a head yet names no body. A bare head, with only title words before it, that
   * opens a title ("Bureau Chief", "Deputy Bureau Chief", "Commissioner Bratton"); a bare head before
   * a number or code, a numbered part ("Department C-35", "Division 2"); a bare head as a contact
   * block's label ("Office: 714-...", "214-653-3600 (Office)"); words after "a"/"an", which name a
   * kind ("an apex Court", "a Foreign Government"), unless an acronym, a known place or a known body
   * stands in them. A known body's name is always a body.
   */
  private boolean namesNoBody(List<Token> toks, boolean[] blocked, int a, int b, Map<Integer, Integer> knownEnd) {
    if (knownEnd.getOrDefault(a, -1) == b) {
      return false;
    }
    if (isHead(toks.get(b - 1)) && !isAcronym(toks.get(b - 1))) {
      boolean titleBefore = true;
      for (int i = a; i < b - 1; i++) {
        titleBefore &= isTitleWord(toks.get(i)) && !isHead(toks.get(i));
      }
      if (titleBefore && b < toks.size()
          && (blocked[b] && !shortFormAfterOfThe(toks, a, b) || isTitleWord(toks.get(b)) && !isHead(toks.get(b)))) {
        return true;
      }
      if (b == a + 1 && b < toks.size() && (hasDigit(toks.get(b))
          || toks.get(b).match().equals(":") && b + 1 < toks.size() && hasDigit(toks.get(b + 1))
          || a >= 2 && toks.get(a - 1).match().equals("(") && toks.get(b).match().equals(")") && hasDigit(toks.get(a - 2)))) {
        return true;
      }
    }
    int article = a - 1;
    while (article >= Math.max(0, a - 3) && isLowerWord(toks.get(article)) && !functionWords.contains(toks.get(article).match())) {
      article--; // "an apex Court": adjectives between the article and the name
    }
    if (article >= 0 && INDEFINITE_ARTICLES.contains(lower(toks.get(article))) && endsNounPhrase(toks, b)) {
      if (nameWordsBeforeHead(toks, a, b) >= 2) {
        return false; // "a new Workplace Justice Unit", "a Cold Case Taskforce": a body formed under its own name (D9)
      }
      for (int i = a; i < b; i++) {
        if (isAcronym(toks.get(i)) || knownEnd.containsKey(i)) {
          return false;
        }
        for (int j = i + 1; j <= Math.min(b, i + LONGEST_PLACE_WORDS); j++) {
          if (lex.knownPlaces().contains(toks.get(i).match() + textBetween(toks, i, j))) {
            return false; // "a San Diego Police Department officer": a place names the body
          }
        }
      }
      return true;
    }
    return false;
  }

  /**
   * "Vice President of the Court Anna Lee", "Registrar of the Council Ivan Petrov": a capitalised head alone
   * after "of the", right before its holder's name, is the short form of a named body that completes the
   * title before it, as it is before a comma ("President of the Court, Anna Lee") or a possessive (D8: a
   * capitalised head alone after "the"); the holder's title stands before "of", not in the head. A head that
   * is itself a title's word ("of the Commissioner A") is left to the title.
   */
  private boolean shortFormAfterOfThe(List<Token> toks, int a, int b) {
    return b == a + 1 && a >= 2 && toks.get(a - 1).match().equals("the") && OF_LINKS.contains(toks.get(a - 2).match())
        && !isTitleWord(toks.get(a)) && !isAcronym(toks.get(a));
  }

  /** Heads of a task force, besides the unit heads, that a body forms under its own name (D9). */
  private static final Set<String> FORCE_HEADS = Set.of("force", "taskforce");

  /**
   * The capitalised words before the head of a unit or task force that a body forms ("a new Workplace
   * Justice Unit", "a Violent Crimes Cold Case Taskforce": D9, a named unit or task force is a body), or 0
   * when the name has another head or any word that is not capitalised. A kind of body has one such word
   * at most ("a Foreign Government", "an apex Court", "a Special Unit"); a title ("an Effective and
   * Efficient Judiciary"), a degree or a programme ("a Citizen's Academy") is no unit.
   */
  private int nameWordsBeforeHead(List<Token> toks, int a, int b) {
    String head = lower(toks.get(b - 1));
    if (!unitHeads.contains(head) && !FORCE_HEADS.contains(head)) {
      return 0;
    }
    for (int i = a; i < b - 1; i++) {
      if (!isCap(toks.get(i)) || isHead(toks.get(i))) {
        return 0;
      }
    }
    return b - 1 - a;
  }

  /** Most words of a known place looked up inside a name (lexicon/entities/known-places.txt has three at most): bounds the scan. */
  private static final int LONGEST_PLACE_WORDS = 5;

  /** Words that join two phrases, after which "a"/"an" governs the name before them ("an apex Court but a hub"). */
  private static final Set<String> PHRASE_JOINERS = Set.of("but", "or", "and", "which", "that", "who");

  /**
   * Does the noun phrase end before token {@code b}? Not when a word follows that the name only
   * describes ("a Council meeting", "a Special Victims Unit Detective": the article is the meeting's,
   * the detective's).
   */
  private boolean endsNounPhrase(List<Token> toks, int b) {
    if (b >= toks.size() || !Character.isLetter(toks.get(b).match().charAt(0))) {
      return true;
    }
    String w = toks.get(b).match();
    return functionWords.contains(w) || PHRASE_JOINERS.contains(w);
  }

  /** The words of tokens (i, j) as written after token i, each with a space before it ("" when j == i + 1). */
  private static String textBetween(List<Token> toks, int i, int j) {
    StringBuilder sb = new StringBuilder();
    for (int k = i + 1; k < j; k++) {
      sb.append(' ').append(toks.get(k).match());
    }
    return sb.toString();
  }

  private static boolean hasDigit(Token t) {
    return t.match().chars().anyMatch(Character::isDigit);
  }

  /** Words that open an office's unit written after its parent and a comma ("..., Office of Investigations"). */
  private static final Set<String> UNIT_OPENERS = Set.of("office", "directorate");
  /** Last words of a unit written after its parent and a comma ("..., Criminal Section"). */
  private static final Set<String> UNIT_LAST = Set.of("section", "branch", "squad", "office", "service", "agency",
      "division", "unit");
  /** Last words of a parent body before a comma and its unit ("Civil Rights Division, ..."). */
  private static final Set<String> PARENT_LAST = Set.of("department", "bureau", "division", "service", "agency",
      "office", "enforcement", "administration");
  /** Heads that name a body only capitalised: "Port Richmond section of Staten Island" is a part of a place. */
  private static final Set<String> CAPITAL_ONLY_HEADS = Set.of("section", "branch", "squad", "force", "panel", "corps");

  /**
   * "Federal Bureau of Investigation, New York Field Office", "Civil Rights Division, Criminal Section":
   * a body, a comma and its unit are one mention (the Conventions, as in pr045). The parent is a known
   * body or ends in a head; the unit opens with "Office"/"Directorate" or ends in a unit's head, and is
   * no known body itself (then it is the next item of a list).
   */
  private List<CharSpan> joinedUnits(String match, List<CharSpan> orgs) {
    List<CharSpan> out = new ArrayList<>();
    for (int i = 0; i < orgs.size(); i++) {
      CharSpan x = orgs.get(i);
      // a national body opens a list's next item, whatever stands before it ("..., U.S. Immigration and
      // Customs Enforcement, Office of Investigations" is that body and its unit)
      boolean listBefore = i > 0 && commaBetween(match, orgs.get(i - 1), x) && !OWN_BODY_OPENING.matcher(x.of(match)).find();
      boolean listAfter = i + 2 < orgs.size() && commaBetween(match, orgs.get(i + 1), orgs.get(i + 2));
      if (!listBefore && !listAfter && i + 1 < orgs.size() && commaBetween(match, x, orgs.get(i + 1))
          && isParent(x.of(match)) && isUnit(orgs.get(i + 1).of(match))) {
        x = new CharSpan(x.start(), orgs.get(i + 1).end());
        i++;
      }
      out.add(x);
    }
    return out;
  }

  /**
   * "ASEAN Judiciaries Portal (AJP) Working Group", "the Bundeskriminalamt (BKA) Child Pornography Unit":
   * capitalised words that name no body of their own (no head, no known body, no place), glossed by an
   * acronym in parentheses that starts with their first letter, and a name with a head right after it are
   * one name, the acronym inside it (ANNOTATION.md: the maximal name). After a body's own name the
   * acronym ends that name ("Internal Revenue Service (IRS) Criminal Investigation" are two bodies).
   */
  private List<CharSpan> withGlossedAcronyms(String match, List<Token> toks, List<CharSpan> orgs, Coverage persons) {
    List<CharSpan> out = orgs;
    for (int i = 1; i + 3 < toks.size(); i++) {
      String acronym = toks.get(i + 1).match();
      if (!toks.get(i).match().equals("(") || !toks.get(i + 2).match().equals(")")
          || !DEFINED_ACRONYM.matcher(acronym).matches()) {
        continue;
      }
      int after = toks.get(i + 3).span().start();
      CharSpan unit = out.stream().filter(o -> o.start() == after).findFirst().orElse(null);
      if (unit == null || !isCap(toks.get(i + 3)) || isHead(toks.get(i + 3))) {
        continue;
      }
      int first = i;
      while (first > 0 && isCap(toks.get(first - 1)) && !isPossessive(toks.get(first - 1))
          && !persons.overlaps(toks.get(first - 1).span())) {
        first--;
      }
      if (first == i || hasHead(toks, first, i) || Character.toUpperCase(toks.get(first).match().charAt(0)) != acronym.charAt(0)) {
        continue;
      }
      CharSpan gloss = new CharSpan(toks.get(first).span().start(), toks.get(i - 1).span().end());
      String glossText = gloss.of(match);
      if (lex.knownOrganizationKey().containsKey(MentionGrouper.key(glossText)) || lex.knownPlaces().contains(glossText)
          || match.substring(gloss.start(), unit.end()).indexOf('\n') >= 0
          || out.stream().anyMatch(o -> o.start() < gloss.start() && o.end() > gloss.start())) {
        continue;
      }
      CharSpan whole = new CharSpan(gloss.start(), unit.end());
      List<CharSpan> next = new ArrayList<>();
      for (CharSpan o : out) {
        if (!whole.contains(o)) {
          next.add(o);
        }
      }
      next.add(whole);
      next.sort(null);
      out = next;
    }
    return out;
  }

  /** Two names with only a comma between them: a list's items, or a body and its unit. */
  private static boolean commaBetween(String match, CharSpan x, CharSpan y) {
    return x.end() <= y.start() && match.substring(x.end(), y.start()).equals(", ");
  }

  private boolean isParent(String name) {
    String[] w = name.split("\\s+");
    return lex.knownOrganizationKey().containsKey(MentionGrouper.key(name))
        || PARENT_LAST.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
  }

  private boolean isUnit(String name) {
    String[] w = name.split("\\s+");
    return !lex.knownOrganizationKey().containsKey(MentionGrouper.key(name)) && w.length >= 2
        && !OWN_BODY_OPENING.matcher(name).find() // "..., Public Defender's Office": the next body of a list
        && !isTitleWord(w[0]) && (UNIT_OPENERS.contains(w[0].toLowerCase(Locale.ROOT))
            || UNIT_LAST.contains(w[w.length - 1].toLowerCase(Locale.ROOT)));
  }

  /** A page title's site name after " - " or " | " at the end of the first line ("... - Orange County District Attorney"). */
  private static final Pattern SITE_NAME = Pattern.compile("\\s[-|\u2013\u2014]\\s+(?:The\\s+)?(\\p{Lu}[\\p{L}.'\u2019]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019]*){1,6})\\s*$");

  /** A first line longer than this, in characters, is prose, not a page title with its site's name. */
  private static final int LONGEST_PAGE_TITLE_CHARS = 300;
  /**
   * The site-name separator must stand at least this many characters into the line, after a page
   * title: a dash nearer the start is a dateline's ("NEWPORT BEACH - ...").
   */
  private static final int SHORTEST_PAGE_TITLE_CHARS = 20;

  /**
   * D17: a page title's site name is the office (ORGANIZATION) when it ends in a title word or a head
   * ("| Cook County State's Attorney"); the same words before a person's name are a place and a title.
   */
  private CharSpan siteName(String match) {
    int nl = match.indexOf('\n');
    String first = nl < 0 ? match : match.substring(0, nl);
    if (first.length() > LONGEST_PAGE_TITLE_CHARS) {
      return null;
    }
    Matcher m = SITE_NAME.matcher(first);
    if (!m.find() || m.start() < SHORTEST_PAGE_TITLE_CHARS) {
      return null; // "NEWPORT BEACH - ...": a dateline, no page title
    }
    String[] words = m.group(1).split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (!lex.titleWords().contains(last) && !lex.isOrgHead(last)) {
      return null;
    }
    return new CharSpan(m.start(1), m.end(1));
  }

  /**
   * "CRIMJUST delivered ... exemplified CRIMJUST results": an acronym that stands alone as a body's name
   * once in a document names that body wherever else it stands (ANNOTATION.md: acronyms are mentions of
   * the entity they abbreviate). Not an instrument's acronym, nor a place's ("US", "CIS" may be places).
   */
  private Set<String> bodyAcronyms(String match, List<CharSpan> orgs, Set<String> instrumentAcronyms,
      Set<String> taggedPlaceTexts) {
    Set<String> out = new HashSet<>();
    for (CharSpan o : orgs) {
      String a = o.of(match);
      // a word in capitals the tagger also read as a place in the document is a place's name in capitals
      // ("CHICAGO" over a table of results), no acronym to spread
      if (DEFINED_ACRONYM.matcher(a).matches() && !instrumentAcronyms.contains(a) && !lex.knownPlaces().contains(a)
          && !taggedPlaceTexts.contains(a)
          && !lex.locationAlias().containsKey(MentionGrouper.key(a))) {
        out.add(a);
      }
    }
    return out;
  }

  /** The texts the tagger typed LOCATION somewhere in the document. */
  private static Set<String> placeTexts(String match, List<Mention> tagged) {
    Set<String> out = new HashSet<>();
    for (Mention m : tagged) {
      if (m.type() == EntityType.LOCATION) {
        out.add(m.span().of(match));
      }
    }
    return out;
  }

  /**
   * "High Anti-Corruption Court of Ukraine (HACC)": an acronym in parentheses right after a name is a
   * mention there and wherever else it stands ("the HACC found").
   */
  private static List<CharSpan> withDefinedAcronyms(String match, List<Token> toks, List<CharSpan> orgs,
                                                    Set<String> instrumentAcronyms, Coverage persons,
                                                    Set<String> bodyAcronyms) {
    Set<String> defined = new HashSet<>(bodyAcronyms);
    for (int i = 1; i + 1 < toks.size(); i++) {
      String a = toks.get(i).match();
      if (toks.get(i - 1).match().equals("(") && toks.get(i + 1).match().equals(")")
          && DEFINED_ACRONYM.matcher(a).matches() && !instrumentAcronyms.contains(a)) {
        int before = toks.get(i - 1).span().start();
        if (orgs.stream().anyMatch(o -> o.end() <= before && match.substring(o.end(), before).isBlank())) {
          defined.add(a);
        }
      }
    }
    if (defined.isEmpty()) {
      return orgs;
    }
    Coverage taken = Coverage.of(orgs);
    List<CharSpan> out = new ArrayList<>(orgs);
    for (Token t : toks) {
      if (defined.contains(t.match()) && !taken.overlaps(t.span()) && !persons.overlaps(t.span())) {
        out.add(t.span());
        taken.add(t.span());
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Does the document write "the Police" (a head that also opens a title, alone after "the" and before
   * no other capitalised word)? Then a bare "Police" may point back to a named force.
   */
  private boolean forceNamedAlone(List<Token> toks) {
    for (int i = 1; i < toks.size(); i++) {
      if (titleHeads.contains(lower(toks.get(i))) && isCap(toks.get(i)) && lower(toks.get(i - 1)).equals("the")
          && (i + 1 == toks.size() || !isCap(toks.get(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A body's part or field office named by a word of lexicon/entities/body-part-heads.txt, joined to a
   * body the sentence names by its known name or acronym: "OSCE Presence in Albania" (the known body right
   * before the part's word, "in" and a capitalised word after it: the place closes the name in
   * {@link #extendRight}) and "Coordination Hub of the Council of Europe" (the part's word, with the
   * capitalised words right before it, then "of the" and the known body). The core covers the part and
   * the known body: one mention (ANNOTATION.md: "of" joins a body's part and the body). Without the known
   * body the word names nothing ("the Offender Registry in Sangamon County").
   */
  private void addPartsOfKnownBodies(List<Token> toks, boolean[] blocked, Map<Integer, Integer> knownEnd,
      List<int[]> cores) {
    for (int i = 0; i < toks.size(); i++) {
      if (blocked[i] || !isCap(toks.get(i)) || !bodyPartHeads.contains(lower(toks.get(i)))) {
        continue;
      }
      if (i + 2 < toks.size() && lower(toks.get(i + 1)).equals("in") && isCap(toks.get(i + 2)) && !blocked[i + 2]) {
        for (Map.Entry<Integer, Integer> k : knownEnd.entrySet()) {
          if (k.getValue() == i) {
            cores.add(new int[] {k.getKey(), i + 1}); // "OSCE Presence (in Albania)"
          }
        }
      }
      if (i + 3 < toks.size() && lower(toks.get(i + 1)).equals("of") && lower(toks.get(i + 2)).equals("the")
          && knownEnd.containsKey(i + 3)) {
        int start = i;
        while (start > 0 && !blocked[start - 1] && isCap(toks.get(start - 1)) && !isPossessive(toks.get(start - 1))
            && !knownEnd.containsValue(start)) {
          start--; // "Coordination Hub": the part's own capitalised words
        }
        cores.add(new int[] {start, knownEnd.get(i + 3)});
      }
    }
  }

  /** Runs of capitalised words holding an org head: the run up to its last head is a core. */
  private void addHeadRuns(List<Token> toks, boolean[] blocked, List<int[]> cores) {
    int i = 0;
    while (i < toks.size()) {
      if (!isCap(toks.get(i)) || blocked[i]) {
        i++;
        continue;
      }
      int start = i;
      int lastHead = -1;
      while (i < toks.size() && !blocked[i] && (isCap(toks.get(i)) || (isPossessive(toks.get(i))
          && i + 1 < toks.size() && isCap(toks.get(i + 1))))) {
        if (isHead(toks.get(i))) {
          lastHead = i;
        } else if (i > start && toks.get(i).match().equals("General") && HEADS_BEFORE_GENERAL.contains(lower(toks.get(i - 1)))) {
          lastHead = i; // "Consulate General (of Mexico)"
        }
        i++;
      }
      // "State Prosecution service": a lower-case head right after a capitalised run; "Supreme court".
      if (i < toks.size() && !blocked[i] && ((i - start >= 2 && lowerHeadBeforeOf(toks, i))
          || (toks.get(i).match().equals("court") && COURT_ADJECTIVES.contains(toks.get(i - 1).match())))) {
        lastHead = i;
        i++;
      }
      if (lastHead >= 0) {
        cores.add(new int[] {start, lastHead + 1});
      }
    }
  }

  /**
   * "Criminal Division's Asset Forfeiture and Money Laundering Section", "Sheriff's Department Homicide
   * and Family Protection Division": capitalised words without a head of their own, joined by "and" to
   * a run that holds a head, are the first part of that body's name (ANNOTATION.md: the maximal name).
   * The first part must follow a body's head, a possessive or "the", so that it cannot be the tail of
   * a complement ("Court of Azerbaijan and German Society") or a headline's words; a place, a person, an
   * acronym, a known body or a title word in it is a name of its own ("the FBI and the Police
   * Department", "Police Department and Sheriff's Office" keep two bodies: their first parts have
   * heads). The joined name becomes a core, and a core that ran into the first part ends before it.
   */
  private void joinFirstPartsBeforeHead(List<Token> toks, boolean[] blocked, boolean[] placeWord,
      Map<Integer, Integer> knownEnd, List<int[]> cores) {
    for (int k = 1; k + 1 < toks.size(); k++) {
      if (!lower(toks.get(k)).equals("and") || blocked[k + 1] || !isCap(toks.get(k + 1))) {
        continue;
      }
      int secondEnd = capRunEnd(toks, blocked, k + 1);
      int head = lastHeadIn(toks, k + 1, secondEnd);
      if (head < 0) {
        continue;
      }
      int first = k;
      while (first > 0 && isFirstPartWord(toks, blocked, placeWord, knownEnd, first - 1)) {
        first--;
      }
      if (first == k || first == 0) {
        continue;
      }
      Token before = toks.get(first - 1);
      boolean afterBody = isPossessive(before) || lower(before).equals("the")
          || isHead(before) && isCap(before) && !isAcronym(before);
      if (!afterBody) {
        continue;
      }
      int cut = isPossessive(before) ? first - 1 : first;
      for (int[] c : cores) {
        if (c[0] < first && c[1] > first) {
          c[1] = cut; // "San Diego Sheriff's Department Homicide" (the tagger's) ends at its own head
        }
      }
      cores.add(new int[] {first, head + 1});
    }
  }

  /**
   * "International Association of Lawyers (Union Internationale des Avocats", "European Bars Federation
   * / Fédération des Barreaux d'Europe": a tagged name that runs over an opening bracket left open, or
   * over a slash between spaces, holds two names (the second another name of a body, a mention of its
   * own); each part is a core.
   */
  private static List<int[]> splitAtOtherName(List<Token> toks, int a, int b) {
    for (int k = a + 1; k + 1 < b; k++) {
      String w = toks.get(k).match();
      boolean openBracket = w.equals("(") && toks.subList(k + 1, b).stream().noneMatch(t -> t.match().equals(")"));
      boolean spaced = toks.get(k - 1).span().end() < toks.get(k).span().start()
          && toks.get(k).span().end() < toks.get(k + 1).span().start();
      boolean spacedSlash = w.equals("/") && spaced;
      // "Criminal Investigation Command - Major Procurement Fraud Unit", "WASHINGTON—Acme Foods Inc.": a
      // dash between words joins two names, or a dateline's place and the name after it
      // dash with no space on either side is an em dash the tokenizer split off (a hyphen stays inside its word)
      boolean unspaced = toks.get(k - 1).span().end() == toks.get(k).span().start()
          && toks.get(k).span().end() == toks.get(k + 1).span().start();
      boolean dash = isDash(toks.get(k)) && (spaced || unspaced || !w.equals("-"));
      if (openBracket || spacedSlash || dash) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {a, k});
        out.addAll(splitAtOtherName(toks, k + 1, b));
        return out;
      }
    }
    return List.of(new int[] {a, b});
  }

  /**
   * "the U.S. Department of Commerce, Office of Export Enforcement, U.S. Immigration and Customs
   * Enforcement, Office of Investigations": a tagged run over a comma holds a list of bodies when the
   * words after the comma open a body of its own, a national one ("U.S. ...", "United States ...") or
   * one named after its holder's title by a possessive ("..., Public Defender's Office"). A unit after
   * its parent and a comma is one name with it ("Department of State, Directorate of Defense Trade
   * Controls", the Conventions); the next body of a list is not.
   */
  private List<int[]> splitBeforeListedBody(List<Token> toks, List<int[]> parts) {
    List<int[]> out = new ArrayList<>();
    for (int[] p : parts) {
      int a = p[0];
      for (int k = p[0] + 1; k + 1 < p[1]; k++) {
        if (toks.get(k).match().equals(",") && k > a && (opensOwnBody(toks, k + 1, p[1])
            || hasHead(toks, a, k) && opensPlacesDepartment(toks, k + 1, p[1]))) {
          out.add(new int[] {a, k});
          a = k + 1;
        }
      }
      out.add(new int[] {a, p[1]});
    }
    return out;
  }

  /** Do the words from {@code from} (up to the next comma or {@code to}) open a body of its own? See above. */
  private boolean opensOwnBody(List<Token> toks, int from, int to) {
    String first = toks.get(from).match();
    if (NATIONAL_OPENERS.contains(first) || first.equals("United") && from + 1 < to
        && toks.get(from + 1).match().equals("States")) {
      return true;
    }
    for (int i = from + 1; i + 1 < to && !toks.get(i).match().equals(","); i++) {
      if (isPossessive(toks.get(i)) && isHead(toks.get(i + 1))) {
        return true; // "Public Defender's Office"
      }
    }
    return false;
  }

  /**
   * "..., California Department of Corrections and Rehabilitation": a place's own department after a body
   * and a comma is the next body of a list (a city's or a state's, one or two words known as a place);
   * after a place alone the place opens the name ("Boynton Beach, Florida Police Department").
   */
  private boolean opensPlacesDepartment(List<Token> toks, int from, int to) {
    for (int n = 1; n <= 2 && from + n < to; n++) {
      if (toks.get(from + n).match().equals("Department")
          && lex.knownPlaces().contains(toks.get(from).match() + textBetween(toks, from, from + n))) {
        return true;
      }
    }
    return false;
  }

  /** The same openings of a body of its own, on a name's text: a national opener or a holder's possessive before a word. */
  private static final Pattern OWN_BODY_OPENING = Pattern.compile("^(?:U\\.S\\.? |United States )|\\S's \\p{Lu}");

  /** First words of a national body's name ("U.S. Marshals Service", "U.S. Immigration and Customs Enforcement"). */
  private static final Set<String> NATIONAL_OPENERS = Set.of("U.S.", "U.S");

  /**
   * A tagged name that runs over a word of a clause ("Orange County District Attorney's Office
   * Successfully Prevents Sexually Violent Predator", "Reversing Parole Board", "Brooklyn Man Indicted
   * for Assault"): a title-case headline capitalises its verbs and adverbs, and the tagger reads the
   * line as one name. No name holds such a word (lexicon/entities/non-name-words.txt), so the name is
   * the longest piece between them that holds an org head; a tagged run with no such piece names no
   * body (null). A tagged name without such words is kept as it is.
   */
  private int[] beforeClauseWords(List<Token> toks, int[] part) {
    List<int[]> pieces = new ArrayList<>();
    int from = part[0];
    for (int k = part[0]; k < part[1]; k++) {
      if (nonNameWords.contains(lower(toks.get(k)))) {
        pieces.add(new int[] {from, k});
        from = k + 1;
      }
    }
    if (pieces.isEmpty()) {
      return part;
    }
    pieces.add(new int[] {from, part[1]});
    int[] best = null;
    for (int[] piece : pieces) {
      if (hasHead(toks, piece[0], piece[1]) && (best == null || piece[1] - piece[0] > best[1] - best[0])) {
        best = piece;
      }
    }
    return best;
  }

  /**
   * "Three Dallas Police Officers", "Former Westminster Police Officer", "Two Garland Police Officers": a
   * title-case headline's run over a body's staff word holds the people and the body. The staff word
   * after the body's head (lexicon/entities/staff-words.txt) and, before the body's name, the count or
   * "Former" that speaks of those people (lexicon/entities/staff-openers.txt) are not the body's; the
   * body is "Dallas Police" (ANNOTATION.md: the span is the name). The opener goes only when a staff
   * word stands right after the head ("Two Rivers Police Department" keeps its name), and some name
   * is left of two words at least.
   */
  private int[] withoutStaffWords(List<Token> toks, int a, int b) {
    int end = b;
    if (end - a >= 3 && staffWords.contains(lower(toks.get(end - 1))) && isHead(toks.get(end - 2))) {
      end--;
    }
    boolean staffAfter = end < toks.size() && staffWords.contains(lower(toks.get(end))) && isHead(toks.get(end - 1));
    if (staffAfter && end - a >= 3 && staffOpeners.contains(lower(toks.get(a)))) {
      a++;
    }
    return new int[] {a, end};
  }

  /**
   * The capitals before a dash in a tagged run that opens its sentence or follows more capitals
   * ("LAGUNA NIGUEL \u2013 Dana Hills High School", "WASHINGTON - Acme Foods Inc.", a known place when one word): a dateline's place,
   * no body, unless an org head stands in them or they are a known body ("FBI - ...").
   */
  private boolean isDatelinePlace(List<Token> toks, int[] part) {
    if (part[1] >= toks.size() || !isDash(toks.get(part[1])) || hasHead(toks, part[0], part[1])
        || part[0] > 0 && !isAcronym(toks.get(part[0] - 1))
        // one word in capitals alone at the line's start is a place only when known ("RTRS - ..." is an agency's)
        || part[0] == 0 && part[1] == 1 && !lex.knownPlaces().contains(toks.get(0).match())
        || lex.knownOrganizationKey().containsKey(MentionGrouper.key(
            toks.get(part[0]).match() + textBetween(toks, part[0], part[1])))) {
      return false;
    }
    for (int k = part[0]; k < part[1]; k++) {
      if (!isAcronym(toks.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDash(Token t) {
    String w = t.match();
    return w.equals("-") || w.equals("\u2013") || w.equals("\u2014");
  }

  /** A word that may stand in the first part of a name joined by "and" before its head. */
  private boolean isFirstPartWord(List<Token> toks, boolean[] blocked, boolean[] placeWord,
      Map<Integer, Integer> knownEnd, int i) {
    Token t = toks.get(i);
    return isCap(t) && !blocked[i] && !placeWord[i] && !isHead(t) && !isAcronym(t) && !isTitleWord(t)
        && !isPossessive(t) && knownEnd.entrySet().stream().noneMatch(e -> e.getKey() <= i && i < e.getValue());
  }

  /** The last head word in tokens [from, to), or -1. */
  private int lastHeadIn(List<Token> toks, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (isHead(toks.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "limited liability company Ala-Too Stroy Invest", "municipal enterprise “Kyivavtodor”": the
   * capitalised words right after a lower-case kind of company are its name.
   */
  private void addNamedAfterKind(List<Token> toks, boolean[] blocked, List<int[]> cores) {
    for (int i = 0; i + 1 < toks.size(); i++) {
      if (!companyKinds.contains(toks.get(i).match())) {
        continue;
      }
      int start = i + 1;
      if (OPENING_QUOTES.contains(toks.get(start).match()) && start + 1 < toks.size()) {
        start++;
      }
      int end = start;
      while (end < toks.size() && !blocked[end] && isCap(toks.get(end))) {
        end++;
      }
      if (end > start) {
        cores.add(new int[] {start, end});
      }
    }
    // "“Qurilish Invest Servis” LLC": a quoted name before a company form.
    for (int i = 2; i < toks.size(); i++) {
      if (lex.companyForms().contains(lower(toks.get(i))) && CLOSING_QUOTES.contains(toks.get(i - 1).match())) {
        int start = i - 1;
        while (start > 0 && isCap(toks.get(start - 1))) {
          start--;
        }
        if (start < i - 1 && start > 0 && OPENING_QUOTES.contains(toks.get(start - 1).match())) {
          cores.add(new int[] {start, i - 1});
          // the quoted name outranks the tagger's "person" inside it ("Qurilish Invest Servis")
          Arrays.fill(blocked, start, i - 1, false);
        }
      }
    }
  }

  /**
   * "Constitutional Court of Azerbaijan and German Society for ...": two names joined by "and", each
   * with its own head (the second in its first words: "Department of Notary and Registration of the
   * Ministry" is one name), are two organizations. An "and" inside a known body's name is its own
   * ("Department of Health and Human Services Office of Inspector General": the department and its
   * unit, D11, not "Department of Health" and "Human Services Office ...").
   */
  private List<int[]> splitAtAnd(List<Token> toks, int a, int b, Map<Integer, Integer> knownEnd) {
    for (int k = a + 1; k + 1 < b; k++) {
      if (lower(toks.get(k)).equals("and") && !insideKnown(knownEnd, k) && isCap(toks.get(k + 1)) && (hasHead(toks, a, k)
          && (hasHead(toks, k + 1, capRunEnd(toks, null, k + 1)) || knownEnd.containsKey(k + 1))
          || isCap(toks.get(k - 1)) && isWholeByForm(toks, k + 1, b))) {
        // a known body's name counts as a head ("..., Office of the Inspector General and FBI")
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {a, k});
        out.addAll(splitAtAnd(toks, k + 1, b, knownEnd));
        return out;
      }
    }
    return List.of(new int[] {a, b});
  }

  /** Does token k stand inside a known body's name, after its first word and before its last? */
  private static boolean insideKnown(Map<Integer, Integer> knownEnd, int k) {
    for (Map.Entry<Integer, Integer> e : knownEnd.entrySet()) {
      if (e.getKey() < k && k + 1 < e.getValue()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Issue 16, a second joined body: "LAN Cargo and ABSA are charged", "Security Towing and Nite & Day
   * Security worked": words after "and" that are a whole name by their form alone, an acronym that
   * ends the span or a name with its own "&", are a second body, not the tail of the first ("Immigration
   * and Customs Enforcement" goes on in capitalised words and keeps its "and").
   */
  private static boolean isWholeByForm(List<Token> toks, int from, int to) {
    if (to == from + 1 && (isAcronym(toks.get(from)) || DEFINED_ACRONYM.matcher(toks.get(from).match()).matches())) {
      return true; // "ABC" or a hyphenated one, "HHS-OIG", "ICE-ERO"
    }
    for (int i = from + 1; i + 1 < to; i++) {
      if (toks.get(i).match().equals("&")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Chief Justice of the Court of Appeal Tan Sri A": a run of honorific styles that the tagger ran into
   * the body's name, up to the holder's name after it, opens that name (HonorificRuns) and is no part of
   * the body. Cut only when the body ends inside the run: a style word followed by more of the name
   * ("Office of the Lord Chancellor") stays.
   */
  private static int beforeTrailingHonorifics(String match, List<Token> toks, int a, int b) {
    int end = toks.get(b - 1).span().end();
    for (int i = a + 1; i < b; i++) {
      int start = toks.get(i).span().start();
      int runEnd = HonorificRuns.endAt(match, start);
      if (runEnd > start && runEnd > end) {
        return i;
      }
    }
    return b;
  }

  /**
   * "... of the Republic of Ruritania Aram Vardanyan": two capitalised words at the end of a name, the
   * last shaped like a surname, are a person the tagger ran into the organization.
   */
  private int cutTrailingName(List<Token> toks, int a, int b) {
    if (b - a >= 3 && isCap(toks.get(b - 1)) && isCap(toks.get(b - 2)) && !isHead(toks.get(b - 1))
        && !isHead(toks.get(b - 2)) && lex.looksLikeSurname(toks.get(b - 1).match())
        && !toks.get(b - 1).match().equals(toks.get(b - 1).match().toUpperCase(Locale.ROOT))) {
      return b - 2;
    }
    return b;
  }

  /**
   * "Justices of the Constitutional Court", "Commissioner of the New York City Police Department": a
   * title and its "of" before a body's name are the holder's position, not part of the name; the body
   * starts after them when a head stands there.
   */
  /**
   * "Court of Appeal President Justice A", "Supreme Court President Judge B": when the title word before the
   * holder was cut, the title words right before it ("President") open the same title and are hers too
   * (ANNOTATION Roles: the title keeps the words that make the position as written); the body ends before
   * them. A run after a function word is the body's complement ("Office of the Chief Justice Registrar A",
   * "Ministry of Justice Minister B") and stays; a head word ("Police") or a known body's whole name ends the run.
   */
  private int beforeTitleRun(List<Token> toks, int a, int b, boolean knownWhole) {
    if (knownWhole) {
      return b;
    }
    int r = b;
    while (r > a + 1 && isCap(toks.get(r - 1)) && !isHead(toks.get(r - 1))
        && !titleHeads.contains(lower(toks.get(r - 1)))
        && (lex.titleWords().contains(lower(toks.get(r - 1))) || titleRankWords.contains(lower(toks.get(r - 1))))) {
      r--;
    }
    return r < b && !functionWords.contains(lower(toks.get(r - 1))) ? r : b;
  }

  /** A car make followed by its model, or after "a"/"an" within two words, without an org head (D16). */
  private boolean isVehicle(List<Token> toks, int a, int b) {
    if (!vehicleMakes.contains(toks.get(a).match())) {
      return false;
    }
    boolean article = false;
    for (int k = Math.max(0, a - 2); k < a; k++) {
      article |= lower(toks.get(k)).equals("a") || lower(toks.get(k)).equals("an");
    }
    return !hasHead(toks, a, b) && (b > a + 1 || article); // "Ford Foundation" is a body
  }

  private int beforeGroupWord(List<Token> toks, int a, int b) {
    return b - a >= 3 && GROUP_WORDS.contains(lower(toks.get(b - 1))) ? b - 1 : b;
  }

  private int pastTitleOf(List<Token> toks, int a, int b) {
    // "Judicial Registrar of the Supreme Court of X", "National Coordinator of the Y Court": the qualifiers
    // before the title word are the title's (ANNOTATION Roles: a title keeps the words that make the position)
    int t = isTitleWord(toks.get(a)) || GROUP_WORDS.contains(lower(toks.get(a))) ? a : pastTitleModifiers(toks, a, b);
    int of = t + 1;
    while (of < b && of - a < LONGEST_TITLE_WORDS && isTitleWord(toks.get(of)) && !isHead(toks.get(of))) {
      of++; // "Assistant Chief of Superior Court Division": a title of several words
    }
    if (of + 1 >= b || !(isTitleWord(toks.get(t)) && !(t > a && isHead(toks.get(t))) || GROUP_WORDS.contains(lower(toks.get(t))))
        || !lower(toks.get(of)).equals("of")) {
      return a;
    }
    int start = of + 1;
    if (lower(toks.get(start)).equals("the")) {
      start++;
    }
    return start < b && isCap(toks.get(start)) && hasHead(toks, start, b) ? start : a;
  }

  /**
   * "Commissioner for Human Rights of the Council of Europe": a title, "for"/"on" and its domain (no
   * head among its words) before "of" and a body's name make the holder's position, and the body is
   * what follows "of" (ANNOTATION.md: a bare domain stays in the title).
   */
  private int pastTitleWithDomain(List<Token> toks, int a, int b) {
    if (a + 3 >= b || !isTitleWord(toks.get(a)) || !DOMAIN_LINKS.contains(lower(toks.get(a + 1)))) {
      return a;
    }
    int of = a + 2;
    while (of < b && isCap(toks.get(of)) && !isHead(toks.get(of)) && !isAcronym(toks.get(of))) {
      of++;
    }
    return of > a + 2 ? bodyAfterOf(toks, of, b, a) : a;
  }

  /**
   * The first word from {@code a} past capitalised title qualifiers that are no body's head ("Senior",
   * "National", "Judicial"), at most {@link #LONGEST_TITLE_WORDS} of them, when a title word follows them;
   * {@code a} otherwise.
   */
  private int pastTitleModifiers(List<Token> toks, int a, int b) {
    int t = a;
    while (t < b - 1 && t - a < LONGEST_TITLE_WORDS && isCap(toks.get(t)) && !isHead(toks.get(t))
        && titleModifiers.contains(lower(toks.get(t)))) {
      t++;
    }
    return t > a && isCap(toks.get(t)) && isTitleWord(toks.get(t)) && !isHead(toks.get(t)) ? t : a;
  }

  /** Most words of a title before its "of" that {@link #pastTitleOf} reads ("Senior Deputy Chief of"). */
  private static final int LONGEST_TITLE_WORDS = 3;

  /** Links between a title and its domain ("Commissioner for Human Rights", "Rapporteur on Torture"). */
  private static final Set<String> DOMAIN_LINKS = Set.of("for", "on");

  /**
   * "Minister of Foreign Affairs of Moldova", "Deputy Minister of the Interior", "Chief of
   * Investigations": a name right after a title's "of" (or "for") whose words before their own "of" hold no head, acronym or known body and end in a
   * field of government (lexicon/entities/title-domains.txt; "President of Eurojust" names a body) is
   * the title's domain (ANNOTATION.md: a bare domain stays in the title). Returns where a body named
   * after the domain's "of" starts, {@code a} when the name is no domain, or -1 when no body is named.
   */
  private int pastDomainOfTitle(List<Token> toks, Map<Integer, Integer> knownEnd, int a, int b) {
    int link = a - 1;
    if (link >= 1 && lower(toks.get(link)).equals("the")) {
      link--;
    }
    if (link < 1 || !TITLE_FIELD_LINKS.contains(lower(toks.get(link))) || !isTitleWord(toks.get(link - 1))) {
      return a;
    }
    int of = a;
    while (of < b && !lower(toks.get(of)).equals("of")) {
      of++;
    }
    if (of == a || !titleDomains.contains(lower(toks.get(of - 1)))) {
      return a;
    }
    for (int i = a; i < of; i++) {
      boolean joiner = i > a && i + 1 < of && FIELD_JOINERS.contains(lower(toks.get(i)));
      // the field's own last word may be a head too ("Chief of Investigations"); any other head names a body
      boolean head = isHead(toks.get(i)) && i < of - 1;
      if (head || isAcronym(toks.get(i)) || knownEnd.containsKey(i) || !isCap(toks.get(i)) && !joiner) {
        return a;
      }
    }
    return bodyAfterOf(toks, of, b, -1);
  }

  /**
   * Links between a title and its field: "Minister of Finance", and "for" as US titles write it
   * ("Assistant Attorney General for National Security", "Deputy Chief for Special Investigations").
   */
  private static final Set<String> TITLE_FIELD_LINKS = Set.of("of", "for");

  /** Words that join two fields inside one ("Senior Executive for Crime Strategies and Investigations"). */
  private static final Set<String> FIELD_JOINERS = Set.of("and", "&");

  /** Where the body's name after the "of" at {@code of} starts (past "the"), or {@code otherwise} when no head follows. */
  private int bodyAfterOf(List<Token> toks, int of, int b, int otherwise) {
    if (of >= b || !lower(toks.get(of)).equals("of")) {
      return otherwise;
    }
    int start = of + 1;
    if (start < b && lower(toks.get(start)).equals("the")) {
      start++;
    }
    return start < b && isCap(toks.get(start)) && hasHead(toks, start, b) ? start : otherwise;
  }

  /**
   * "Chairman of the Board of the Mediation Council": the board belongs to the title ("Chairman of the
   * Board"), the body is what follows it.
   */
  private int pastBoardOfTitle(List<Token> toks, int a, int b) {
    if (a >= 3 && a + 3 < b && lower(toks.get(a)).equals("board") && lower(toks.get(a - 1)).equals("the")
        && lower(toks.get(a - 2)).equals("of") && lex.titleWords().contains(lower(toks.get(a - 3)))
        && lower(toks.get(a + 1)).equals("of")) {
      int start = a + 2;
      if (lower(toks.get(start)).equals("the")) {
        start++;
      }
      return start < b && isCap(toks.get(start)) ? start : a;
    }
    return a;
  }

  /** Grows a name over "of"-complements, weak links before longer runs, and "and" inside a complement. */
  private int extendRight(List<Token> toks, boolean[] blocked, int end, boolean knownWhole,
      Map<Integer, Integer> knownEnd) {
    boolean inComplement = false;
    int runStart = end;
    while (runStart > 0 && isCap(toks.get(runStart - 1))) {
      runStart--;
    }
    if (runStart > 0 && runStart < end && OF_LINKS.contains(lower(toks.get(runStart - 1)))) {
      // the core ends inside a complement: "Ministry of Culture, Youth and Sports", "Council of ASEAN Chief Justices"
      end = listEnd(toks, blocked, withMembersTitle(toks, blocked, end));
    }
    while (end < toks.size()) {
      String w = lower(toks.get(end));
      if (knownWhole && (w.equals("on") || w.equals("against"))) {
        break; // "European Court of Human Rights on Refugees": a known name is whole
      }
      if (lowerHeadBeforeOf(toks, end) && !inComplement) {
        end++;
        continue;
      }
      if (!inComplement && DOMAIN_LINKS.contains(w) && isCap(toks.get(end - 1))
          && COMPLEMENT_UNIT_HEADS.contains(lower(toks.get(end - 1)))) {
        int lowerEnd = lowerComplementEnd(toks, blocked, end + 1);
        if (lowerEnd > 0) {
          end = lowerEnd; // "Division for liaison with police bodies", "Board on Tax cases": "of" continues below
          inComplement = true;
          continue;
        }
      }
      int next = end + 1;
      if (next < toks.size() && lower(toks.get(next)).equals("the") && !w.equals("and")) {
        next++;
      }
      int runEnd = capRunEnd(toks, blocked, next);
      if (runEnd > next && stateWords.contains(lower(toks.get(end - 1))) && w.equals("of")) {
        runEnd = next + 1; // "Republic of Armenia": the state's name is one word, what follows is not the name
      }
      int run = runEnd - next;
      if (run == 0 || lex.nameStops().contains(lower(toks.get(next)))) {
        break;
      }
      if (w.equals("in") && (LOCAL_OFFICE_HEADS.contains(lower(toks.get(end - 1)))
          || bodyPartHeads.contains(lower(toks.get(end - 1)))) && run <= 2
          && namedBodyBefore(toks, knownEnd, end - 1)) {
        end = runEnd; // "Council of Europe Office in Georgia", "OSCE Centre in Bishkek": the place closes the name
        break;
      }
      if (isPossessive(toks.get(end)) && hasHead(toks, end + 1, capRunEnd(toks, blocked, end + 1))) {
        // "Kent Police's Economic Crime Unit": a unit the body owns is named with it
        end = capRunEnd(toks, blocked, end + 1);
        continue;
      }
      int headRunEnd = next;
      while (headRunEnd < runEnd && !isPossessive(toks.get(headRunEnd))) {
        headRunEnd++;
      }
      if (w.equals("and") && titleRun(toks, blocked, next, runEnd)) {
        break; // "Fraud Section and Assistant U.S. Attorney A": the words after "and" are a title, not a body
      }
      boolean take = OF_LINKS.contains(w)
          // "to" joins a mission's host ("Mission to the UN") or a longer run ("Council to Monitor and
          // Combat Trafficking"), not a headline's verb ("Loma Linda University Health to Pay"); a run with a
          // head of its own is another body ("Supreme Court on the Judicial Council")
          || (WEAK_LINKS.contains(w) && (run >= 2 && !hasHead(toks, next, runEnd)
              || w.equals("to") && OFFICE_WORDS.contains(lower(toks.get(end - 1)))))
          // "Academy of Justice under the Supreme Court": a body under another names both.
          || (w.equals("under") && hasHead(toks, next, runEnd))
          || (w.equals("and") && inComplement && !hasHead(toks, next, headRunEnd))
          // "Directorate General Human Rights and Rule of Law": "and" inside the words after the head.
          || (w.equals("and") && !inComplement && isCap(toks.get(end - 1)) && !isHead(toks.get(end - 1))
              && hasHead(toks, Math.max(0, end - 4), end - 1) && !hasHead(toks, next, runEnd));
      if (!take) {
        break;
      }
      inComplement = true;
      end = pastKnownName(listEnd(toks, blocked, runEnd), knownEnd);
    }
    return end;
  }

  /**
   * Is the local office whose head is token {@code head} named after a body written right before it ("OSCE
   * Office", "Council of Europe Office", "ICRC Delegation", "Nordic Council Office", "OSCE Programme Office": a
   * known body's name, an acronym or a body's own head, at most {@link #LOCAL_OFFICE_GAP} capitalised words
   * before the office's head; a centre only after a known body or an acronym: "Sheriff's Department Training
   * Center in X" is a site where it stands)? Only such an office is the body's office in the place after
   * "in" ("OSCE Office in Baku"). An office named by its holder's possessive
   * ("Grand Mufti's Office in Sofia", "U.S. Attorney's Office in Boston") or by a description of its own is
   * where it stands: the place is a LOCATION of its own.
   */
  private boolean namedBodyBefore(List<Token> toks, Map<Integer, Integer> knownEnd, int head) {
    for (int j = head - 1; j >= 0 && j >= head - 1 - LOCAL_OFFICE_GAP; j--) {
      Token t = toks.get(j);
      if (!isCap(t) || isPossessive(t)) {
        return false;
      }
      if (isAcronym(t) || knownEnd.containsValue(j + 1) || isHead(t) && OFFICE_WORDS.contains(lower(toks.get(head)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Bureau of the European Commission for Democracy through Law of the Council of Europe": a complement
   * never stops inside a known body's name ("through" links no other complement); returns the end of the
   * known name that {@code end} falls inside, else {@code end}.
   */
  private static int pastKnownName(int end, Map<Integer, Integer> knownEnd) {
    for (Map.Entry<Integer, Integer> k : knownEnd.entrySet()) {
      if (k.getKey() < end && end < k.getValue()) {
        return k.getValue();
      }
    }
    return end;
  }

  /** Heads of a body's units whose "for"/"on" complement may be written in lower case ("Department for work with personnel"). */
  private static final Set<String> COMPLEMENT_UNIT_HEADS = Set.of("division", "department", "board", "chamber",
      "commission", "committee", "council", "directorate", "office", "centre", "center", "service", "unit", "section",
      "bureau");
  /** Last words of a court board's field, written in lower case in translations ("Board on Civil cases"). */
  private static final Set<String> CASE_WORDS = Set.of("cases", "matters", "disputes");
  /** Function words that may stand inside a unit's lower-case complement ("liaison with police bodies"). */
  private static final Set<String> COMPLEMENT_JOINERS = Set.of("with", "and");
  /** Most words of a unit's lower-case complement: longer, it is a clause of the sentence. */
  private static final int LONGEST_LOWER_COMPLEMENT = 6;

  /**
   * "Division for liaison with police bodies of the Cabinet Office", "Board on Tax cases of the Supreme
   * Court": after a unit's head and "for"/"on", two to six words, some in lower case, without articles or
   * other links, belong to the unit's name when "of" and a body's name follow them, or when they end in
   * a board's "cases". Returns where they end (at the "of"), or -1.
   */
  private int lowerComplementEnd(List<Token> toks, boolean[] blocked, int from) {
    int j = from;
    boolean sawLower = false;
    while (j < toks.size() && j - from <= LONGEST_LOWER_COMPLEMENT && !lower(toks.get(j)).equals("of")) {
      Token t = toks.get(j);
      String w = lower(t);
      if (blocked[j] && j - from >= 2 && sawLower && titleOfTheBefore(toks, from - 2)) {
        // "Chairman of the Board on Tax cases Anna Berg", "Head of the Department for work with courts
        // I. Petrov": the unit's field ends at the person whose title names the unit
        return j;
      }
      if (blocked[j] || !t.match().chars().allMatch(Character::isLetter) || isHead(t) && isCap(t)
          || functionWords.contains(w) && !COMPLEMENT_JOINERS.contains(w)) {
        return -1;
      }
      sawLower |= isLowerWord(t) && !COMPLEMENT_JOINERS.contains(w);
      j++;
    }
    if (!sawLower || j - from < 2 || j - from > LONGEST_LOWER_COMPLEMENT) {
      return -1;
    }
    if (CASE_WORDS.contains(lower(toks.get(j - 1)))) {
      return j;
    }
    return j < toks.size() && bodyAfterOf(toks, j, capRunEnd(toks, blocked, j + 2), -1) > 0 ? j : -1;
  }

  /**
   * Do a title word, "of" and "the" stand right before token {@code head} ("Chairman of the| Board", "head
   * of the| Division": ANNOTATION.md's "head of the OSCE Baku Office"; "head" is no title word elsewhere)?
   */
  private boolean titleOfTheBefore(List<Token> toks, int head) {
    return head >= 3 && lower(toks.get(head - 1)).equals("the") && lower(toks.get(head - 2)).equals("of")
        && (isTitleWord(toks.get(head - 3)) || lower(toks.get(head - 3)).equals("head"));
  }

  /**
   * "Council of ASEAN Chief Justices": capitalised words that go on from a complement the tagger closed
   * early and end in a plural title name the body's members, part of its name; not before a person
   * ("Council of Europe Secretary General A": the title is the person's).
   */
  private int withMembersTitle(List<Token> toks, boolean[] blocked, int end) {
    int j = capRunEnd(toks, blocked, end);
    if (j == end || j - end > 3 || hasHead(toks, end, j) || j < toks.size() && blocked[j]) {
      return end;
    }
    String last = lower(toks.get(j - 1));
    boolean pluralTitle = last.endsWith("s") && lex.titleWords().contains(last.substring(0, last.length() - 1));
    return pluralTitle ? j : end;
  }

  /**
   * "Committee on Economic, Social and Cultural Rights", "Ministry of Culture, Youth and Sports": a
   * list of capitalised words without heads, closed by "and", continues a complement. Returns where
   * the list ends, or {@code end} when none follows.
   */
  private int listEnd(List<Token> toks, boolean[] blocked, int end) {
    int j = end;
    while (j + 1 < toks.size() && toks.get(j).match().equals(",")) {
      int r = capRunEnd(toks, blocked, j + 1);
      if (r == j + 1 || hasHead(toks, j + 1, r) || opensOwnBody(toks, j + 1, r)) {
        return end; // "..., U.S. Immigration and Customs Enforcement": the list's next body, no word of this name
      }
      j = r;
    }
    if (j == end || j + 1 >= toks.size() || !lower(toks.get(j)).equals("and")) {
      return end;
    }
    int r = capRunEnd(toks, blocked, j + 1);
    return r > j + 1 && !hasHead(toks, j + 1, r - 1) ? r : end;
  }

  /**
   * "Counterespionage Section of the Justice Department's National Security Division": a name whose last
   * "of"-complement is a body (a head or a known name at its end) that owns, by a possessive, a unit right
   * after it. The section is the unit's, not the department's: the Conventions' possessive splits the owner
   * from its unit, so the "of" does not join the name before it to the owner either; three mentions. A
   * title's possessive ("Chief of the District Attorney's Homicide Bureau", D10) names no owner and is left.
   */
  private List<int[]> splitBeforeOwnersComplement(List<Token> toks, List<int[]> units, Map<Integer, Integer> knownEnd) {
    List<int[]> out = new ArrayList<>(units.size() + 1);
    for (int[] u : units) {
      int p = u[1];
      boolean ownsUnit = p + 2 < toks.size() && isPossessive(toks.get(p)) && isCap(toks.get(p + 1))
          && hasHead(toks, p + 1, capRunEnd(toks, null, p + 1));
      int of = -1;
      for (int k = u[1] - 2; ownsUnit && k > u[0] + 1; k--) {
        if (lower(toks.get(k)).equals("of")) {
          of = k;
          break;
        }
      }
      // "of the" before the owner, a unit's own name before it ("U.S. Department of Health and Human
      // Services' ..." is one body's name: no article, and a bare head before "of")
      int owner = of >= 0 && lower(toks.get(of + 1)).equals("the") ? of + 2 : -1;
      Token last = toks.get(p - 1);
      boolean ownerIsBody = owner > 0 && owner < p && isCap(toks.get(owner))
          && (knownEnd.getOrDefault(owner, -1) == p || isHead(last) && !isTitleWord(last) && !isAcronym(last));
      if (ownerIsBody && of - u[0] >= 2 && isHead(toks.get(of - 1)) && isCap(toks.get(u[0]))) {
        out.add(new int[] {u[0], of});
        out.add(new int[] {owner, p});
      } else {
        out.add(u);
      }
    }
    return out;
  }

  /**
   * "Bureau of Investigation for the Fairview County District Attorney's Office", "the Fairview County
   * District Attorney's Office for the Mexican Consulate": two bodies that a "for the" joins, one of them an
   * office named whole by its holder's title and possessive ("District Attorney's Office", "Sheriff's
   * Office"), are two mentions; such an office's name is complete, so "for" joins no complement to it or
   * after it (real/dev gold: "Bureau of Investigation" and "Riverside County District Attorney's Office").
   * The other side must open with a body's head in its first capitalised words: "U.S. Attorney's Office for
   * the Southern District of X" (a district, no head) stays one name, as does a name with no titled office on either side ("Service of
   * the Inspector General for the Department of Defense").
   */
  private List<int[]> splitAtForTitledOffice(List<Token> toks, int[] part) {
    for (int k = part[0] + 1; k + 2 < part[1]; k++) {
      if (!lower(toks.get(k)).equals("for") || !lower(toks.get(k + 1)).equals("the") || !isCap(toks.get(k + 2))) {
        continue;
      }
      boolean officeBefore = endsInTitledOffice(toks, part[0], k);
      boolean officeAfter = endsInTitledOffice(toks, k + 2, part[1]);
      if (officeBefore && headOpens(toks, k + 2, part[1]) || officeAfter && headOpens(toks, part[0], k)) {
        return List.of(new int[] {part[0], k}, new int[] {k + 2, part[1]});
      }
    }
    return List.of(part);
  }

  /**
   * Does a body's head stand in the capitalised words that open tokens [from, to), before any word in lower
   * case ("Bureau| of Investigation", "Mexican Consulate")? "Western District of Arkansas under the X
   * Section" has none there: a district, whatever unit a longer run reaches.
   */
  private boolean headOpens(List<Token> toks, int from, int to) {
    int end = from;
    while (end < to && isCap(toks.get(end))) {
      end++;
    }
    return hasHead(toks, from, end);
  }

  /** Do tokens [from, to) end in a title word, its possessive and "Office" ("District Attorney's Office")? */
  private boolean endsInTitledOffice(List<Token> toks, int from, int to) {
    return to - from >= 3 && lower(toks.get(to - 1)).equals("office") && isPossessive(toks.get(to - 2))
        && isTitleWord(toks.get(to - 3));
  }

  /**
   * D2: "Office of the Essex County State's Attorney", "Office of the Lakeland State Attorney": an office
   * named by its holder's title after "of", whose place ends in the head that opens the title ("State",
   * "Commonwealth", "Police": title-heads.txt), is the office's name written whole; the name takes the
   * title (and the possessive between them) when the tagger stopped at the head. Not before a person
   * or more capitalised words ("Office of the X State's Attorney Jane Roe" leaves the title to her).
   */
  private int withOfficeHoldersTitle(List<Token> toks, boolean[] blocked, int a, int b) {
    if (b - a < 4 || b >= toks.size() || !isCap(toks.get(b - 1)) || !titleHeads.contains(lower(toks.get(b - 1)))) {
      return b;
    }
    int of = -1;
    for (int k = a + 1; k < b - 1 && of < 0; k++) {
      if (lower(toks.get(k)).equals("of")) {
        of = k;
      }
    }
    if (of < 0 || !OFFICE_WORDS.contains(lower(toks.get(of - 1)))) {
      return b;
    }
    int t = isPossessive(toks.get(b)) ? b + 1 : b;
    if (t >= toks.size() || !isCap(toks.get(t)) || !isTitleWord(toks.get(t)) || isHead(toks.get(t)) || blocked[t]) {
      return b;
    }
    if (t + 1 < toks.size() && (blocked[t + 1] || isCap(toks.get(t + 1)) || isPossessive(toks.get(t + 1)))) {
      return b;
    }
    return t + 1;
  }

  /** Words of a place's kind or of a court's area, which make an "of"-complement the place an office serves. */
  private static final Set<String> SERVED_AREA_WORDS = Set.of("county", "city", "state", "district", "parish",
      "town", "village", "commonwealth", "republic");

  /**
   * Tokens [from, to) are "Office of" and two or more capitalised words of a function ("Office of General
   * Counsel", "Department of Professional Standards"): a parent body's head, "of" and a name with no place
   * in it (no word the tagger or the lexicon reads as a place, no place's kind such as "County", also in
   * lower case right after it: "Office of Al-Farabi district"). One word after "of" is most often the
   * place ("Prosecutor's Office of Georgia").
   */
  private boolean officeOfFunction(List<Token> toks, int from, int to, boolean[] placeWord) {
    if (to - from < 4 || !isCap(toks.get(from)) || !PARENT_HEADS.contains(lower(toks.get(from)))
        || !lower(toks.get(from + 1)).equals("of") || !isCap(toks.get(from + 2))
        || to < toks.size() && SERVED_AREA_WORDS.contains(lower(toks.get(to)))) {
      return false;
    }
    for (int k = from + 2; k < to; k++) {
      Token t = toks.get(k);
      if (placeWord[k] || SERVED_AREA_WORDS.contains(lower(t)) || isPossessive(t)
          || !isCap(t) && !functionWords.contains(lower(t))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "U.S. Immigration and Customs Enforcement's Homeland Security Investigations": two known bodies
   * joined by a possessive are two organizations.
   */
  private List<int[]> splitAtPossessive(List<Token> toks, int[] part, Map<Integer, Integer> knownEnd,
      boolean[] placeWord) {
    for (int p = part[0] + 1; p < part[1]; p++) {
      final int at = p;
      if (!isPossessive(toks.get(p))) {
        continue;
      }
      if (titleHeads.contains(lower(toks.get(p - 1))) && isCap(toks.get(p - 1)) && p + 4 <= part[1]
          && isTitleWord(toks.get(p + 1)) && isPossessive(toks.get(p + 2)) && lower(toks.get(p + 3)).equals("office")
          && (p + 4 == part[1] || isCap(toks.get(p + 4)) && hasUnitHead(toks, p + 4, part[1]))) {
        // D2: "Kane County State's Attorney's Office" is the office's name written whole, one body: the
        // possessive of "State's Attorney" is inside the title that names the office (before the office's
        // unit too, which D11 splits off below). Only with "Office" written: before a unit ("State's
        // Attorney's Felony Review Unit") the title's possessive names the unit alone (D10) and the county is
        // a place of its own (Conventions)
        return List.of(part);
      }
      if (titleHeads.contains(lower(toks.get(p - 1))) && isCap(toks.get(p - 1)) && p + 3 < part[1]
          && isTitleWord(toks.get(p + 1)) && isPossessive(toks.get(p + 2))) {
        // D10, Conventions: in "Cook County State's Attorney's Felony Review Unit" the first possessive is
        // inside the title ("State's Attorney"); the title's own possessive, next, splits the unit off
        // ("Felony Review Unit") and the county before the title is a place of its own
        p++;
        continue;
      }
      boolean placeBefore = true;
      for (int k = part[0]; k < p; k++) {
        placeBefore &= placeWord[k] && !isTitleWord(toks.get(k)) && !isHead(toks.get(k));
      }
      if (placeBefore && p + 1 < part[1] && isCap(toks.get(p + 1)) && hasHead(toks, p + 1, part[1])) {
        // "Argentina's Procurator Office", "Moldova's Ministry of Justice": a place's possessive is no part
        // of the body's name (the place is a LOCATION of its own), also before a name that opens with its head
        return List.of(new int[] {p + 1, part[1]});
      }
      boolean knownBefore = knownEnd.entrySet().stream().anyMatch(e -> e.getKey() >= part[0] && e.getValue() == at);
      if (p + 1 < part[1] && knownBefore && (knownEnd.getOrDefault(p + 1, -1) == part[1]
          || isCap(toks.get(p + 1)) && hasHead(toks, p + 1, part[1]))) {
        // a known body's possessive before its unit, also when the body ends in a title's word
        // ("Department of Justice's Civil Rights Division")
        return List.of(new int[] {part[0], p}, new int[] {p + 1, part[1]});
      }
      // Conventions: a possessive splits two bodies ("Justice Department's Civil Rights Division");
      // a title's or a place's possessive is no body ("District Attorney's Homicide Bureau", D10)
      boolean unit = p + 1 < part[1] && isCap(toks.get(p + 1)) && !isHead(toks.get(p + 1)) && hasHead(toks, p + 1, part[1]);
      // an acronym's possessive is a body's too ("FBI's Washington Field Office"), unless a title's ("DA's")
      // D8: "the Department's Antitrust Division": a capitalised head alone after "the" is the short form of a
      // named body, and its possessive a body's too
      boolean body = (p - part[0] >= 2 && isHead(toks.get(p - 1)) || p - part[0] == 1 && isAcronym(toks.get(p - 1))
          || p - part[0] == 1 && isHead(toks.get(p - 1)) && part[0] > 0 && lower(toks.get(part[0] - 1)).equals("the"))
          && !isTitleWord(toks.get(p - 1));
      if (body && p + 1 < part[1] && isCap(toks.get(p + 1)) && hasHead(toks, p + 1, part[1])) {
        // "EPA's Office of Enforcement": a body's unit may open with its head
        return List.of(new int[] {part[0], p}, new int[] {p + 1, part[1]});
      }
      if (isTitleWord(toks.get(p - 1)) && officeOfFunction(toks, p + 1, part[1], placeWord)) {
        // D10: "Governor's Office of General Counsel": an office named by its function after "of" is a
        // unit with a name of its own; the title's possessive names no body ("Prosecutor's Office of
        // Georgia", "Sheriff's Office of Kern County" name the place the office serves, and stay whole)
        return List.of(new int[] {p + 1, part[1]});
      }
      if (isTitleWord(toks.get(p - 1)) && p + 1 < part[1] && isCap(toks.get(p + 1)) && hasUnitHead(toks, p + 1, part[1])
          && !PARENT_HEADS.contains(lower(toks.get(p + 1)))) {
        // D10: a title's possessive before a unit of its office names the unit alone, also when the unit
        // opens with its head ("DA's Bureau of Investigation", "District Attorney's Investigations Division");
        // not the office the title names ("Sheriff's Department", "District Attorney's Office Insurance Fraud Unit")
        return List.of(new int[] {p + 1, part[1]});
      }
      if (unit && isTitleWord(toks.get(p - 1)) && !unitHeads.contains(lower(toks.get(part[1] - 1)))) {
        return List.of(part); // "District Attorney's Action Center": no unit of the office, one name (D10 is for units)
      }
      if (unit && (p - part[0] >= 2 || isHead(toks.get(p - 1)) || isTitleWord(toks.get(p - 1))
          || lex.knownPlaces().contains(toks.get(p - 1).match()))) {
        return List.of(new int[] {p + 1, part[1]});
      }
      if (body && !hasHead(toks, p + 1, part[1])) {
        return List.of(new int[] {part[0], p}); // "Justice Department's Environmental": the unit's name is cut
      }
    }
    return List.of(part);
  }

  /**
   * "U.S. Attorney's Office, Southern District of New York": the district an office serves, after a
   * comma, is part of its name.
   */
  private int withDistrict(List<Token> toks, int end) {
    int i = end + 1;
    if (end >= toks.size() || !toks.get(end).match().equals(",")) {
      return end;
    }
    if (i < toks.size() && DISTRICT_SIDES.contains(toks.get(i).match())) {
      i++;
    }
    if (i + 2 < toks.size() && toks.get(i).match().equals("District") && toks.get(i + 1).match().equals("of")
        && isCap(toks.get(i + 2))) {
      int j = i + 2;
      while (j + 1 < toks.size() && isCap(toks.get(j + 1)) && j - i < 4) {
        j++;
      }
      return j + 1;
    }
    return end;
  }

  /**
   * D11: a parent body written whole right before its unit, without "of" or a possessive ("Orange County
   * District Attorney's Office Insurance Fraud Unit"), gives two mentions. The parent closes with one of
   * {@link #PARENT_HEADS}; the unit is two or more capitalised words, no head first, ending in a head.
   */
  /**
   * "Office in Baku", "Mission to Georgia", "Baku Office": a body's office in a place is named with the
   * body ("OSCE Office in Baku", "OSCE Baku Office"), no unit of its own.
   */
  private boolean isLocalOffice(List<Token> toks, int a, int b) {
    boolean officeThenPlace = false;
    for (int k = a; k + 1 < b && !officeThenPlace; k++) {
      // "Office in Baku", "Programme Office in Bishkek": the office's place closes the unit
      officeThenPlace = LOCAL_OFFICE_HEADS.contains(lower(toks.get(k)))
          && (lower(toks.get(k + 1)).equals("in") || lower(toks.get(k + 1)).equals("to"));
    }
    boolean placeThenOffice = b == a + 2 && OFFICE_WORDS.contains(lower(toks.get(a + 1)))
        && lex.knownPlaces().contains(toks.get(a).match());
    // "OSCE Mission", "UNDP Office", "EU Delegation": a lone office word is the body's office, no unit of its
    // own (a unit is two or more capitalised words); "head of the OSCE Mission A" names the mission whole
    boolean officeAlone = b == a + 1 && LOCAL_OFFICE_HEADS.contains(lower(toks.get(a)));
    return officeThenPlace || placeThenOffice || officeAlone;
  }

  /**
   * "NATO Parliamentary Assembly", "UN Committee on Economic, Social and Cultural Rights", "United Nations
   * High Commissioner for Refugees": after a known body's name, a deliberative organ or a commissioner
   * of that body (its head before any complement in lexicon/entities/organ-heads.txt) is named with the
   * body, one mention (ANNOTATION.md: the maximal name; real/dev gold and held-out official-intl gold join
   * them). A unit of an agency written after it ("FBI Washington Field Office", "Department of State
   * Diplomatic Security Service") still gives two mentions (D11): offices, divisions and units are no organs.
   */
  private boolean isOrganOfBody(List<Token> toks, int from, int to) {
    int stop = from;
    while (stop < to && isCap(toks.get(stop))) {
      stop++; // the organ's own name, before its "on"/"for" complement
    }
    int head = lastHeadIn(toks, from, stop);
    return head >= 0 && organHeads.contains(lower(toks.get(head)));
  }

  private List<int[]> splitParentUnit(List<Token> toks, int[] part, Map<Integer, Integer> knownEnd) {
    // A known body written whole first ("FBI Washington Field Office", "Department of State Diplomatic
    // Security Service", "U.S. Department of Justice Office of International Affairs"): the rest is its
    // unit when it starts with a capitalised word and holds a head, or is a known body itself ("IRS
    // Criminal Investigation"). A lone head after a known name without a head or an acronym of its own
    // ends that name ("Criminal Investigation Division").
    for (int k = part[0]; k <= part[0] + 1 && k < part[1]; k++) {
      int end = knownEnd.getOrDefault(k, -1);
      if (end <= k || end >= part[1]) {
        continue;
      }
      boolean unit = hasHead(toks, end, part[1]) || knownEnd.getOrDefault(end, -1) == part[1];
      boolean loneHead = end + 1 == part[1] && !hasHead(toks, k, end) && !isAcronym(toks.get(end - 1));
      if (unit && !loneHead && (k == part[0] || toks.get(part[0]).match().equals("U.S."))
          && isCap(toks.get(end)) && !functionWords.contains(lower(toks.get(end)))
          && !isLocalOffice(toks, end, part[1]) && !isOrganOfBody(toks, end, part[1])) {
        return List.of(new int[] {part[0], end}, new int[] {end, part[1]});
      }
    }
    for (int i = part[0] + 1; i + 2 < part[1]; i++) {
      if (PARENT_HEADS.contains(lower(toks.get(i))) && isCap(toks.get(i + 1)) && isHead(toks.get(i + 1))
          && isCap(toks.get(i)) && lower(toks.get(i + 2)).equals("of")) {
        // "DA's Office Bureau of Investigation": the unit may open with its head and its "of"-complement,
        // as after a title's possessive (D10)
        int from = i + 3 < part[1] && lower(toks.get(i + 3)).equals("the") ? i + 4 : i + 3;
        boolean allCap = from < part[1];
        for (int j = from; j < part[1]; j++) {
          allCap &= isCap(toks.get(j));
        }
        if (allCap) {
          return List.of(new int[] {part[0], i + 1}, new int[] {i + 1, part[1]});
        }
      }
      if (PARENT_HEADS.contains(lower(toks.get(i))) && isCap(toks.get(i + 1)) && !isHead(toks.get(i + 1))
          && isHead(toks.get(part[1] - 1))) {
        boolean allCap = true;
        for (int j = i + 1; j < part[1]; j++) {
          allCap &= isCap(toks.get(j));
        }
        if (allCap) {
          return List.of(new int[] {part[0], i + 1}, new int[] {i + 1, part[1]});
        }
      }
    }
    return List.of(part);
  }

  /**
   * D1: a federal judicial district ("Southern District of New York", "District of South Carolina") is
   * the office of that district, an organization; "District of Columbia" alone is the place unless an
   * office's or a title's "for the" names it.
   */
  private List<int[]> addDistricts(List<Token> toks, List<int[]> cores) {
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i + 2 < toks.size(); i++) {
      if (!toks.get(i).match().equals("District") || !toks.get(i + 1).match().equals("of") || !isCap(toks.get(i + 2))) {
        continue;
      }
      int a = i > 0 && DISTRICT_SIDES.contains(toks.get(i - 1).match()) ? i - 1 : i;
      int b = i + 3;
      while (b < toks.size() && b - i < 5 && isCap(toks.get(b)) && STATE_SECOND_WORDS.contains(toks.get(b).match())) {
        b++;
      }
      boolean afterFor = a >= 2 && lower(toks.get(a - 1)).equals("the") && lower(toks.get(a - 2)).equals("for");
      if (a == i && toks.get(i + 2).match().equals("Columbia") && !afterFor) {
        continue;
      }
      cores.add(new int[] {a, b});
      found.add(new int[] {a, b});
    }
    return found;
  }

  /**
   * "INTERPOL Red Notice", "USAID/Ruritania Justice Support Project", "Orange County District Attorney
   * Anonymous Tip Hotline": a name ending in a thing a body runs or issues (lexicon/entities/service-heads.txt)
   * names the thing; the body is the name before it, up to its last head, acronym or known body, else
   * up to a title word (an office named by its holder's title, D17). Returns the new end of [a, b), or
   * b when no body stands before the thing ("Innocence Project" is left to the other rules).
   */
  private int beforeService(List<Token> toks, int a, int b, Map<Integer, Integer> knownEnd) {
    if (b - a < 2 || !serviceHeads.contains(lower(toks.get(b - 1)))) {
      return b;
    }
    int body = bodyBeforeThing(toks, a, b - 1, knownEnd);
    return body < 0 ? b : body;
  }

  /**
   * "AAA Look Forward program", "Dallas Bar Association Entrepreneurs in Community Lawyering program": a
   * name right before a lower-case kind of thing a body runs (lexicon/entities/thing-kinds.txt) names the
   * thing; the body is the name before it up to its last head, acronym or known body, as in
   * {@link #beforeService}. A name that ends in a head is a body's already ("the Drug Court program").
   * Returns the new end of [a, b), or b when no body stands in it or no such word follows.
   */
  private int beforeLowerThing(List<Token> toks, int a, int b, Map<Integer, Integer> knownEnd) {
    if (b >= toks.size() || b - a < 2 || !isLowerWord(toks.get(b)) || !thingKinds.contains(toks.get(b).match())) {
      return b;
    }
    int body = bodyBeforeThing(toks, a, b, knownEnd);
    return body < 0 ? b : body;
  }

  /**
   * The end of the body's name in [a, thing), the words before a thing's word at {@code thing}: up to the
   * last head, acronym or known body, else up to a title word; -1 when none stands there.
   */
  private int bodyBeforeThing(List<Token> toks, int a, int thing, Map<Integer, Integer> knownEnd) {
    int titleEnd = -1;
    for (int k = thing - 1; k >= a; k--) {
      Token t = toks.get(k);
      boolean knownEndsHere = false;
      for (Map.Entry<Integer, Integer> e : knownEnd.entrySet()) {
        knownEndsHere |= e.getKey() >= a && e.getValue() == k + 1;
      }
      if (isHead(t) && isCap(t) || isAcronym(t) || knownEndsHere) {
        return k + 1;
      }
      if (titleEnd < 0 && isTitleWord(t) && k - a >= 2) {
        titleEnd = k + 1; // an office by its holder's title, only when no body's head stands before it
      }
    }
    return titleEnd;
  }

  /** Legal forms written as abbreviations, whose period is part of the name ("Orion Aviation Corp."). */
  private static final Set<String> ABBREVIATED_FORMS = Set.of("inc", "corp", "co", "ltd");

  /**
   * "... his corporation, Orion Aviation Corp.": the period of an abbreviated legal form belongs to the
   * name also when it ends the sentence (one period does both jobs; the tokenizer gives it to the sentence).
   */
  private static int withAbbreviationPeriod(List<Token> toks, int end) {
    if (end > 0 && end < toks.size() && toks.get(end).match().equals(".")
        && toks.get(end).span().start() == toks.get(end - 1).span().end()
        && ABBREVIATED_FORMS.contains(lower(toks.get(end - 1)))) {
      return end + 1;
    }
    return end;
  }

  /** "Baku Administrative Court No. 1": the number of a body is part of its name. */
  /** "GKN Aerospace Transparency Systems, Inc.": the company's form after a comma belongs to its name. */
  private int withCompanyForm(List<Token> toks, int end) {
    if (end + 1 < toks.size() && toks.get(end).match().equals(",")
        && lex.companyForms().contains(lower(toks.get(end + 1)).replace(".", ""))) {
      int e = end + 2;
      if (e < toks.size() && toks.get(e).match().equals(".") && toks.get(e).span().start() == toks.get(e - 1).span().end()
          && e + 1 < toks.size()) {
        e++; // "Inc" "." written together, not the sentence's last period
      }
      return e;
    }
    return end;
  }

  private static int withNumber(List<Token> toks, int end) {
    if (end + 1 < toks.size() && toks.get(end).match().equals("No.") && toks.get(end + 1).match().matches("\\d+")) {
      return end + 2;
    }
    return end;
  }

  /**
   * "International and European Issues Service": capitalised words joined by "and" before the core,
   * when the tagger left them out of every name.
   */
  private int extendLeft(List<Token> toks, boolean[] blocked, boolean[] taggedWord, int start) {
    if (start >= 2 && lower(toks.get(start - 1)).equals("and") && isCap(toks.get(start - 2))
        && !blocked[start - 2] && !taggedWord[start - 2]) {
      int a = start - 2;
      while (a > 0 && isCap(toks.get(a - 1)) && !blocked[a - 1] && !taggedWord[a - 1]) {
        a--;
      }
      return a;
    }
    return start;
  }

  /**
   * "Boynton Beach, Florida Police Department", "Queensland, Australia, Police Service": a city and its
   * state (a state and its country) written with a comma before a body's name are part of the name; the
   * tagger keeps only the place next to the head. Exactly two places: a longer list names several places.
   */
  private int withPlacesBefore(List<Token> toks, boolean[] placeWord, int a, int b) {
    int placeEnd = a;
    while (placeEnd < b && placeWord[placeEnd]) {
      placeEnd++;
    }
    if (!hasHead(toks, placeEnd, b)) {
      return a;
    }
    int i = a;
    boolean secondPlace = placeEnd > a; // "Florida Police Department": the state opens the name
    if (!secondPlace) {
      // "Australia, Police Service": the second place stands before the comma
      if (i < 2 || !toks.get(i - 1).match().equals(",") || !placeWord[i - 2]) {
        return a;
      }
      i--;
      while (i > 0 && placeWord[i - 1]) {
        i--;
      }
    }
    if (i < 2 || !toks.get(i - 1).match().equals(",") || !placeWord[i - 2]) {
      return a;
    }
    int first = i - 1;
    while (first > 0 && placeWord[first - 1]) {
      first--;
    }
    boolean listBefore = first > 0 && (toks.get(first - 1).match().equals(",") || isCap(toks.get(first - 1)));
    // "... for the Southern District of California, California Department of ...": the place after "of"
    // closes the name before it, whose list goes on after the comma
    boolean complement = first > 0 && lower(toks.get(first - 1)).equals("of");
    return listBefore || complement ? a : first;
  }

  /** Where the run of capitalised words from {@code from} ends; {@code blocked} may be null (nothing blocked). */
  private int capRunEnd(List<Token> toks, boolean[] blocked, int from) {
    int i = from;
    while (i < toks.size() && (blocked == null || !blocked[i]) && (isCap(toks.get(i))
        || (i > from && isPossessive(toks.get(i)) && i + 1 < toks.size() && isCap(toks.get(i + 1))))) {
      i++;
    }
    return i;
  }

  /**
   * Is this a title word ("Chief", "Attorney", "Attorneys")? Such a word closes a run of capitalised
   * words that opens a person's title rather than a body's name.
   */
  private boolean isTitleWord(Token t) {
    return isTitleWord(t.match());
  }

  private boolean isTitleWord(String word) {
    if (TitleAbbreviations.contains(word)) {
      return true; // "DA's Homicide Bureau": an abbreviated title's possessive (D10)
    }
    String w = word.toLowerCase(Locale.ROOT);
    return lex.titleWords().contains(w) || (w.endsWith("s") && lex.titleWords().contains(w.substring(0, w.length() - 1)));
  }

  /**
   * Does the run from {@code from} (to {@code to}, or the word right after it) hold a title word right
   * before a person ("and Assistant U.S. Attorney A")? Then it is a title, not the next part of a name.
   */
  private boolean titleRun(List<Token> toks, boolean[] blocked, int from, int to) {
    for (int i = from; i <= to && i + 1 < toks.size(); i++) {
      if (isTitleWord(toks.get(i)) && !isHead(toks.get(i)) && blocked[i + 1]) {
        return true;
      }
    }
    return false;
  }

  private boolean hasUnitHead(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (unitHeads.contains(lower(toks.get(i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasHead(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isHead(toks.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many tokens before an acronym's "(" are searched for an instrument's head word: a name of a
   * dozen words ("Convention on the Rights of Persons with Disabilities (CRPD)" has its head 7 back).
   */
  private static final int INSTRUMENT_NAME_TOKENS = 14;

  /**
   * Acronyms put in parentheses right after an instrument's name ("... Convention against
   * Transnational Organized Crime (UNTOC)"): they name the instrument, not an organization.
   */
  private Set<String> instrumentAcronyms(List<Token> toks) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i + 1 < toks.size(); i++) {
      if (toks.get(i - 1).match().equals("(") && toks.get(i + 1).match().equals(")")
          && UPPER_WORD.matcher(toks.get(i).match()).matches()) {
        for (int j = i - 2; j >= Math.max(0, i - INSTRUMENT_NAME_TOKENS); j--) {
          Token t = toks.get(j);
          if (isHead(t)) {
            break;
          }
          // "Law Societies", "Treaty Organization": an instrument's word before another capitalised word
          // only describes what follows it, no instrument's head
          boolean modifier = j + 1 < i - 1 && isCap(toks.get(j + 1));
          if (isCap(t) && lex.instrumentHeads().contains(lower(t)) && !modifier) {
            out.add(toks.get(i).match());
            break;
          }
        }
      }
    }
    return out;
  }

  /** A site's category line ("Category: Plenum of the supreme court") names no body. */
  private static boolean isCategoryLine(String match, int offset) {
    int lineStart = match.lastIndexOf('\n', offset - 1) + 1;
    return match.startsWith("Category", lineStart);
  }

  /**
   * A lower-case head continues a capitalised name only before its own complement ("State Prosecution
   * service of Azerbaijan"), not in "Supreme Court board chairmen".
   */
  private boolean lowerHeadBeforeOf(List<Token> toks, int i) {
    return isHead(toks.get(i)) && isLowerWord(toks.get(i)) && !CAPITAL_ONLY_HEADS.contains(lower(toks.get(i))) && i + 1 < toks.size()
        && lower(toks.get(i + 1)).equals("of");
  }

  /**
   * Does [a, b) name no body but a thing: an instrument or a programme ("... Notice Program"), an event
   * ("Board of Supervisors Agenda"), or a kind of body (a plural head, "Police Departments")?
   */
  /**
   * {@link #namesAThing} for a name that may end in a known body's name: "Bureau of the European Commission
   * for Democracy through Law" (a unit "of the" known body) ends in the known name's "Law", no instrument of
   * its own; only the words before the known name may make it a thing or a kind ("Courts of the Council of
   * Europe"). A known name at the start ("Interpol Notice Program") changes nothing.
   */
  private boolean namesAThingBeforeKnown(List<Token> toks, int a, int b, Map<Integer, Integer> knownEnd) {
    for (Map.Entry<Integer, Integer> k : knownEnd.entrySet()) {
      if (k.getValue() == b && k.getKey() > a) {
        return pluralHead(toks, a, k.getKey());
      }
    }
    return namesAThing(toks, a, b);
  }

  private boolean namesAThing(List<Token> toks, int a, int b) {
    return a < b && (lex.instrumentHeads().contains(lower(toks.get(b - 1))) || eventHeads.contains(lower(toks.get(b - 1)))
        || pluralHead(toks, a, b));
  }

  /**
   * A plural that closes the name of one body after another head word ("Court Services", "Probation
   * Services"): a body's style, not a kind of body.
   */
  private static final Set<String> SHARED_HEAD_NAMES = Set.of("services");

  /**
   * "Constitutional Courts", "Courts of Appeal": a name whose first head is plural speaks of a kind of
   * body, not of one named body. Not when a singular head follows the plural in the name: then the
   * plural only says what the body serves ("National Courts Administration", "General Services
   * Administration", "Special Prosecutions Unit"). A name that ends in a head's plural right after
   * another head speaks of several bodies of one kind too ("Indio, and Riverside Police Departments":
   * a list of cities' departments; "Court Chambers"), unless the pair is the complement of an earlier
   * head ("Academy of Law Enforcement Agencies").
   */
  private boolean pluralHead(List<Token> toks, int a, int b) {
    if (b - a >= 2 && isHead(toks.get(b - 2)) && isPluralOfHead(lower(toks.get(b - 1)))
        && !SHARED_HEAD_NAMES.contains(lower(toks.get(b - 1))) && !hasHead(toks, a, b - 2)) {
      return true;
    }
    for (int i = a; i < b; i++) {
      String w = lower(toks.get(i));
      if (isHead(toks.get(i))) {
        return false;
      }
      if (isPluralOfHead(w)) {
        return !hasHead(toks, i + 1, b);
      }
    }
    return false;
  }

  /**
   * Is the lower-case word the plural of an org head: "courts", and the plurals in "-ies" and "-es"
   * ("Ministries of Justice of both states", "the member Judiciaries", "Branches")? Issue 16: generic
   * plurals are no names. Not a company's kind: companies' names use the plural by style ("The TJX
   * Companies, Inc.").
   */
  private boolean isPluralOfHead(String w) {
    if (!w.endsWith("s")) {
      return false;
    }
    Set<String> heads = lex.orgHeads();
    String ies = w.length() > 4 && w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : null;
    return heads.contains(w.substring(0, w.length() - 1))
        || ies != null && heads.contains(ies) && !companyKinds.contains(ies)
        || w.endsWith("es") && w.length() > 3 && heads.contains(w.substring(0, w.length() - 2));
  }

  private boolean isHead(Token t) {
    // a company's legal form closes its name like a head ("KazTransEnergo JSC")
    return lex.isOrgHead(lower(t));
  }

  boolean isCap(Token t) {
    String m = t.match();
    String lower = m.toLowerCase(Locale.ROOT);
    return !m.isEmpty() && Character.isUpperCase(m.charAt(0)) && !functionWords.contains(lower)
        && !nonNameWords.contains(lower) && !DESCRIBING_COMPOUND.matcher(m).matches();
  }

  private static boolean isLowerWord(Token t) {
    return t.match().chars().allMatch(Character::isLowerCase);
  }

  private static boolean isAcronym(Token t) {
    return UPPER_WORD.matcher(t.match()).matches();
  }

  private static boolean isPossessive(Token t) {
    return t.match().equals("'s");
  }

  /** The words of tokens [a, b) in lower case, joined by one space. */
  private static String lowerText(List<Token> toks, int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int i = a; i < b; i++) {
      sb.append(i > a ? " " : "").append(lower(toks.get(i)));
    }
    return sb.toString();
  }

  /**
   * The end of a piece before the words of a title that goes on with "in Charge" and a person ("FBI Boston
   * Special Agent in Charge A", "HSI New England Acting Special Agent in Charge B"): the title is the
   * person's, the body ends before it (ANNOTATION.md: a title keeps the words that make the position; an
   * acronym before a title names the person's body, as AcronymBeforeTitle reads "ATF Special Agent in Charge
   * B"). Before, the piece kept "Special Agent", so the title lost its words and the person had no role.
   * Only at "in Charge" with a capital C and a person right after it; some of the piece stays.
   */
  private int beforeInChargeTitle(List<Token> toks, boolean[] blocked, int a, int b) {
    if (b + 2 >= toks.size() || !lower(toks.get(b)).equals("in") || !toks.get(b + 1).match().equals("Charge")
        || !blocked[b + 2]) {
      return b;
    }
    int e = b;
    while (e > a + 1 && isCap(toks.get(e - 1)) && inChargeTitleWords.contains(lower(toks.get(e - 1)))) {
      e--;
    }
    return e;
  }

  private static String lower(Token t) {
    return t.match().toLowerCase(Locale.ROOT);
  }

  // Binary searches (tokens are in text order, so their starts and ends ascend): a scan per tagged
  // mention made this quadratic in a long sentence.
  private static int firstTokenAt(List<Token> toks, int start) {
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).span().end() > start) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo < toks.size() ? lo : -1;
  }

  private static int lastTokenAt(List<Token> toks, int end) {
    return Spans.firstStartingAt(toks, Token::span, end) - 1;
  }

  /** Token ranges that overlap or touch become one. */
  private static List<int[]> merge(List<int[]> ranges) {
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] r : sorted) {
      if (!out.isEmpty() && r[0] < out.get(out.size() - 1)[1]) {
        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], r[1]);
      } else {
        out.add(new int[] {r[0], r[1]});
      }
    }
    return out;
  }

  private static List<CharSpan> disjoint(List<CharSpan> spans) {
    List<CharSpan> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    List<CharSpan> out = new ArrayList<>();
    for (CharSpan s : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).overlaps(s)) {
        out.add(s);
      } else if (s.end() > out.get(out.size() - 1).end()) {
        out.set(out.size() - 1, new CharSpan(out.get(out.size() - 1).start(), s.end()));
      }
    }
    return out;
  }

  /** The mentions of {@code sorted} (sorted by span) that lie inside {@code span}, found by binary search. */
  static List<Mention> within(List<Mention> sorted, CharSpan span) {
    List<Mention> out = new ArrayList<>();
    int first = Spans.firstStartingAt(sorted, Mention::span, span.start());
    for (int i = first; i < sorted.size() && sorted.get(i).span().start() < span.end(); i++) {
      if (span.contains(sorted.get(i).span())) {
        out.add(sorted.get(i));
      }
    }
    return out;
  }
}
