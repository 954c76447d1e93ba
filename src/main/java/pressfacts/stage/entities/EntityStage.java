package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.Coverage;
import pressfacts.doc.Document;
import pressfacts.doc.EntityLayer;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Spans;
import pressfacts.doc.TokenLayer;
import pressfacts.lexicon.Lexicons;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;
import pressfacts.text.LexiconFile;
import pressfacts.text.TextView;

/**
 * Settles the entity mentions of a document and groups them into entities. Finds candidates per
 * type (organizations with maximal names over tokens, persons without titles plus initial forms,
 * locations without adjectives), then settles overlaps by {@link #settle}, then groups mentions
 * ({@link MentionGrouper}). Lexicons are loaded once, in the constructor; the stage is immutable
 * and thread-safe.
 */
public final class EntityStage implements Stage {
  /** "District of Columbia": an office (D1) and a place in one text, both certain. */
  private static final java.util.regex.Pattern TWO_READINGS = java.util.regex.Pattern.compile("\\bDistrict of\\b");
  private final OrganizationFinder organizations;
  private final PersonFinder persons;
  private final LocationFinder locations;
  private final SiteFinder sites;
  private final MentionGrouper grouper;
  private final LoneSurnames loneSurnames;
  private final LoneGivenNames loneGivenNames;
  private final OrganizationCandidates extraOrganizations;
  private final AcronymBeforeTitle acronymBodies;
  private final SpelledOutAcronyms spelledOutAcronyms;
  private final BareHeadsInLabels bareHeads;
  private final StateNames states;
  private final ResultLines resultLines;
  private final StateAbbreviations stateAbbreviations = new StateAbbreviations();
  private final EventTopics eventTopics;
  private final ProgramNames programs;
  private final SocialLabels socialLabels = new SocialLabels();
  private final SiteNames siteNames = new SiteNames();
  private final NewsOutlets newsOutlets;
  private final ResidencePlaces residences;
  private final PlaceStrings placeStrings;
  private final PlaceBeforeTitle placesBeforeTitles;
  private final CompoundPlaces compoundPlaces;
  private final SpanishBodyNames spanishBodies = new SpanishBodyNames();
  private final VietnameseBodyNames vietnameseBodies = new VietnameseBodyNames();
  private final HoldersAfterBodies holders;
  private final FirmNames firms = new FirmNames();
  private final CompanyPlaceParens companyPlaces;
  private final PlaceOpenedNames placeOpenedNames = new PlaceOpenedNames();
  private final NationalityWords nationalities = new NationalityWords();
  private final SchoolNames schools;
  private final GangNames gangs;
  private final DescribedBusinesses describedBusinesses;
  private final ServicesNames servicesNames;
  private final BlocPlaces blocPlaces;
  private final PlaceAcronymBodies placeAcronymBodies;
  private final AgencyLetterNames agencyLetterNames;
  private final WrittenCountyOffices countyOffices;
  private final CityGovernments cityGovernments;
  /** The titles of lexicon/roles/titles.tsv, lower case ("high commissioner"), read once for the stage. */
  private final Set<String> roleTitles;
  /** A lower-case word that heads a body's name (lexicon/entities/org-heads.txt). */
  private final Predicate<String> isOrgHead;
  /** The known places (lexicon/entities/known-places.txt), written exactly so. */
  private final Set<String> knownPlaces;
  private final OrganizationFirstWords organizationFirstWords;
  private final UnsupportedLoneNames unsupportedLoneNames;
  private final AgedNames agedNames;

  /** Loads the lexicons from the class path; construct once per process. */
  public EntityStage() {
    this(OrganizationCandidates.NONE);
  }

  /** With a further source of organization candidates (see {@link OrganizationCandidates}). */
  public EntityStage(OrganizationCandidates extraOrganizations) {
    this(EntityLexicons.load(), extraOrganizations);
  }

  /** With the pipeline's shared vocabulary {@code common} and a further source of organization candidates. */
  public EntityStage(Lexicons common, OrganizationCandidates extraOrganizations) {
    this(EntityLexicons.load(common), extraOrganizations);
  }

  public EntityStage(EntityLexicons lexicons) {
    this(lexicons, OrganizationCandidates.NONE);
  }

  public EntityStage(EntityLexicons lexicons, OrganizationCandidates extraOrganizations) {
    this.organizations = new OrganizationFinder(lexicons);
    // read once for the stage: the persons' headline check and the residence places both use it
    List<String> residentNouns = LexiconFile.lines(EntityLexicons.LEXICON_DIR + "resident-nouns.txt");
    this.persons = new PersonFinder(lexicons, residentNouns);
    this.locations = new LocationFinder(lexicons.knownPlaces(), lexicons.titleWords(), lexicons.titleHeads(),
        lexicons.common().locationStateForms(), lexicons::isOrgHead);
    this.sites = new SiteFinder(lexicons.knownOrganizationKey().keySet(), persons::isTitleOrHonorific,
        lexicons.common().functionWords());
    this.grouper = new MentionGrouper(lexicons);
    this.extraOrganizations = extraOrganizations;
    this.acronymBodies = new AcronymBeforeTitle(lexicons);
    this.spelledOutAcronyms = new SpelledOutAcronyms(acronymBodies);
    this.bareHeads = new BareHeadsInLabels(lexicons::isOrgHead,
        Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "unnamed-short-heads.txt")),
        lexicons.common().functionWords());
    this.states = StateNames.load();
    this.resultLines = new ResultLines(states::isStateName);
    this.placeStrings = new PlaceStrings(lexicons::isOrgHead);
    this.residences = new ResidencePlaces(residentNouns,
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "people-adjectives.txt"), lexicons::isOrgHead,
        lexicons.companyForms());
    this.placesBeforeTitles = new PlaceBeforeTitle(lexicons.titleWords(), lexicons.titleHeads(), lexicons::isOrgHead);
    this.companyPlaces = new CompanyPlaceParens(lexicons.companyForms());
    this.compoundPlaces = new CompoundPlaces(lexicons.knownPlaces(), lexicons::isOrgHead,
        Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "non-name-words.txt")));
    Predicate<String> isKnownBody = name -> lexicons.knownOrganizationKey().containsKey(MentionGrouper.key(name));
    this.loneSurnames = new LoneSurnames(persons::isTitleOrHonorific,
        word -> lexicons.isOrgHead(HeadWords.bare(word)) || isKnownBody.test(word));
    this.loneGivenNames = new LoneGivenNames(loneSurnames, persons::isTitleOrHonorific,
        w -> lexicons.knownPlaces().contains(w) || states.isStateName(w));
    this.eventTopics = new EventTopics(lexicons::isOrgHead, isKnownBody);
    this.programs = new ProgramNames(lexicons::isOrgHead, isKnownBody);
    this.isOrgHead = lexicons::isOrgHead;
    this.knownPlaces = lexicons.knownPlaces();
    this.roleTitles = Set.copyOf(LexiconFile.rows("/pressfacts/lexicon/roles/titles.tsv", 1,
        Integer.MAX_VALUE).stream().map(r -> r[0].trim().toLowerCase(Locale.ROOT)).toList());
    this.holders = new HoldersAfterBodies(lexicons::isOrgHead, persons::isTitleOrHonorific,
        w -> lexicons.knownPlaces().contains(w) || states.isStateName(w), lexicons.common().functionWords(), roleTitles,
        Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "compass-words.txt")));
    this.newsOutlets = new NewsOutlets(persons::isTitleOrHonorific, lexicons.common().functionWords());
    this.blocPlaces = new BlocPlaces(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "bloc-names.txt"),
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "place-prepositions.txt"), lexicons.common().functionWords());
    this.placeAcronymBodies = new PlaceAcronymBodies(
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "place-letter-words.txt"),
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "post-nominals.txt"));
    this.agencyLetterNames = new AgencyLetterNames(
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "agency-letter-words.txt"), lexicons.common().functionWords(),
        persons::isTitleOrHonorific);
    this.cityGovernments = new CityGovernments(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "place-prepositions.txt"));
    this.countyOffices = new WrittenCountyOffices(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "county-office-titles.txt"));
    this.schools = new SchoolNames(lexicons.common().functionWords(), persons::isTitleOrHonorific);
    Set<String> notNameWords = new HashSet<>(lexicons.common().functionWords());
    notNameWords.addAll(lexicons.common().months().keySet());
    notNameWords.addAll(residentNouns);
    notNameWords.addAll(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "person-cue-words.txt"));
    this.agedNames = new AgedNames(AgedNames.inSet(notNameWords).or(persons::isTitleOrHonorific)
        .or(w -> lexicons.isOrgHead(AgedNames.key(w))), w -> lexicons.knownPlaces().contains(w) || states.isStateName(w));
    this.unsupportedLoneNames = new UnsupportedLoneNames(persons::isTitleOrHonorific, lexicons::looksLikeSurname,
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "person-cue-words.txt"));
    this.gangs = new GangNames(lexicons.common().functionWords(), persons::isTitleOrHonorific, nationalities::isPeople,
        w -> lexicons.knownPlaces().contains(w) || states.isStateName(w));
    this.describedBusinesses = new DescribedBusinesses(lexicons.common().functionWords(), persons::isTitleOrHonorific);
    this.servicesNames = new ServicesNames(lexicons.common().functionWords(), persons::isTitleOrHonorific);
    this.organizationFirstWords = new OrganizationFirstWords(persons::isTitleOrHonorific, lexicons::isOrgHead,
        Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "place-class-words.txt")));
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.TEXT, Keys.TOKENS, Keys.NER_MENTIONS, Keys.CITATIONS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.ENTITIES);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    TextView view = in.get(Keys.TEXT);
    String text = view.original();
    String match = view.matching();
    TokenLayer tokens = in.get(Keys.TOKENS);
    List<Mention> tagged = in.get(Keys.NER_MENTIONS).mentions();
    List<CharSpan> cited = in.get(Keys.CITATIONS).citations().stream().map(Citation::span).toList();
    List<CharSpan> personSpans = persons.find(match, tagged);
    // a holder's name the tagger read into a place with its title ("X County District Attorney A B")
    personSpans = inSpanOrder(personSpans, notOverlapping(locations.titledNames(match, tagged), personSpans));
    // A holder the tagger ran into the body before it is a person before the organization finder reads
    // the body, which then ends the body before the name (it drops some such runs whole).
    personSpans = holders.apply(match, tagged.stream().filter(t -> t.type() == EntityType.ORGANIZATION)
        .map(Mention::span).toList(), personSpans).persons();
    List<CharSpan> orgSpans = organizations.find(match, tokens, withExtraOrganizations(text, tokens, tagged),
        personSpans);
    List<CharSpan> placeSpans = locations.find(match, tokens.tokens(), tagged);
    orgSpans = inSpanOrder(orgSpans, notWithin(schools.find(match), orgSpans));
    orgSpans = withOutlets(withoutTitlesBeforeNames(match, orgSpans, personSpans), persons.outlets(match, tagged));
    orgSpans = inSpanOrder(orgSpans, newsOutlets.find(match, personSpans));
    orgSpans = inSpanOrder(orgSpans, notWithin(gangs.find(match, placeSpans), orgSpans));
    orgSpans = inSpanOrder(orgSpans, describedBusinesses.find(match, allOf(orgSpans, personSpans, placeSpans)));
    orgSpans = inSpanOrder(orgSpans, servicesNames.find(match, allOf(orgSpans, personSpans, placeSpans)));
    orgSpans = withAcronymBodies(match, orgSpans, personSpans, placeSpans);
    orgSpans = eventTopics.apply(match, orgSpans);
    orgSpans = programs.apply(match, orgSpans);
    List<CharSpan> spanishNames = spanishBodies.find(match); // read once for both steps
    orgSpans = SpanishBodyNames.apply(orgSpans, spanishNames);
    personSpans = SpanishBodyNames.withoutBodies(match, spanishNames, personSpans);
    orgSpans = vietnameseBodies.apply(match, orgSpans);
    HoldersAfterBodies.Split holderSplit = holders.apply(match, orgSpans, personSpans);
    orgSpans = holderSplit.orgs();
    personSpans = holderSplit.persons();
    FirmNames.Split firmSplit = firms.apply(match, orgSpans, personSpans);
    orgSpans = firmSplit.orgs();
    personSpans = nationalities.without(match, firmSplit.persons());
    orgSpans = siteNames.apply(match, socialLabels.apply(match, orgSpans));
    personSpans = siteNames.apply(match, personSpans);
    placeSpans = siteNames.apply(match, placeSpans);
    List<CharSpan> siteSpans = sites.find(text, tokens);
    orgSpans = withSpelledOutAcronyms(match, orgSpans, personSpans, placeSpans, siteSpans);
    List<CharSpan> stateSpans = statesAmong(match, orgSpans);
    if (!stateSpans.isEmpty()) {
      orgSpans = orgSpans.stream().filter(s -> !stateSpans.contains(s)).toList();
      placeSpans = new ArrayList<>(placeSpans);
      placeSpans.addAll(stateSpans);
    }
    personSpans = withAgedNames(match, cited, siteSpans, orgSpans, personSpans, placeSpans);
    List<Mention> settled = DefinedShortNames.apply(text, placeOpenedNames.apply(text, compoundPlaces.apply(text, cited,
        residences.apply(text, PlaceLists.apply(text, loneGivenNames.apply(text, loneSurnames.apply(text,
            settle(text, cited, siteSpans, orgSpans, personSpans, placeSpans), cited), cited))))), cited);
    List<CharSpan> taggedPlaces = tagged.stream().filter(m -> m.type() == EntityType.LOCATION).map(Mention::span).toList();
    settled = stateAbbreviations.apply(text, placeStrings.apply(text, locations.knownPlaces(tokens.tokens()), cited,
        placesBeforeTitles.apply(text, taggedPlaces, settled)));
    settled = countyOffices.apply(text, placeAcronymBodies.apply(text, companyPlaces.apply(text, settled, cited)));
    settled = cityGovernments.apply(text, agencyLetterNames.apply(text, settled, cited));
    settled = WrappedFullNames.apply(text, settled); // "Detective Tova\nHale": a full name repeated over a wrap
    settled = ParticleSurnames.apply(text, settled); // "del Toro" alone keeps the particle its full name writes
    // a results table's sides are teams, whatever the tagger read their towns as
    settled = resultLines.apply(text, settled);
    return in.with(Keys.ENTITIES, new EntityLayer(bareHeads.apply(text,
        organizationFirstWords.apply(text, grouper.group(text,
            unsupportedLoneNames.apply(text, blocPlaces.apply(text, oneTypePerString(text, settled, grouper::isCompanyName))))))));
  }

  /**
   * The organization candidates without those made only of title and honorific words that stand right
   * before a person's name: the rest of a tagged "Honourable Justice Nye Perram" once the name is read
   * out of it is the person's title (ANNOTATION.md: the span of a PERSON holds no title), no body.
   */
  private List<CharSpan> withoutTitlesBeforeNames(String match, List<CharSpan> orgs, List<CharSpan> people) {
    Set<Integer> nameStarts = new HashSet<>();
    for (CharSpan p : people) {
      nameStarts.add(p.start());
    }
    List<CharSpan> out = new ArrayList<>(orgs.size());
    for (CharSpan o : orgs) {
      boolean titlesOnly = true;
      String text = match.substring(o.start(), o.end());
      // "High Commissioner for Human Rights Volker Tuerk": a title and the field it serves after "for"
      // (no body's head in it) right before the name is the title too
      java.util.regex.Matcher field = TITLE_FOR_FIELD.matcher(text);
      if (field.matches() && !isAfterOf(match, o.start()) && Arrays.stream(field.group(2).split(" "))
          .noneMatch(w -> isOrgHead.test(w.toLowerCase(Locale.ROOT)))) {
        text = roleTitles.contains(field.group(1).toLowerCase(Locale.ROOT)) ? "" : field.group(1);
      }
      for (String w : text.isEmpty() ? new String[0] : text.split("\\s+")) {
        titlesOnly &= persons.isTitleOrHonorific(w.replace(".", ""));
      }
      int next = o.end(); // past the title words between it and the name ("Honourable| Justice Nye Perram")
      while (titlesOnly && next < match.length() && match.charAt(next) == ' ') {
        int wordEnd = next + 1;
        while (wordEnd < match.length() && Character.isLetter(match.charAt(wordEnd))) {
          wordEnd++;
        }
        if (nameStarts.contains(next + 1) || wordEnd == next + 1 || !persons.isTitleOrHonorific(match.substring(next + 1, wordEnd))) {
          break;
        }
        next = wordEnd + (wordEnd < match.length() && match.charAt(wordEnd) == '.' ? 1 : 0);
      }
      titlesOnly &= next < match.length() && match.charAt(next) == ' ' && nameStarts.contains(next + 1);
      if (!titlesOnly) {
        out.add(o);
      }
    }
    return out.size() == orgs.size() ? orgs : out;
  }

  /** A title's words, "for" and the capitalised words of its field ("High Commissioner for Human Rights"). */
  private static final java.util.regex.Pattern TITLE_FOR_FIELD = java.util.regex.Pattern.compile(
      "(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*) for ((?:\\p{Lu}\\p{Ll}+)(?: (?:and )?\\p{Lu}\\p{Ll}+)*)");

  /** Does the candidate at {@code start} follow "of" or "of the" (the "Office of the High Commissioner ...")? */
  private static boolean isAfterOf(String match, int start) {
    String before = match.substring(Math.max(0, start - 8), start);
    return before.endsWith("of ") || before.endsWith("of the ");
  }

  /** The organization candidates plus the news outlets the tagger took for persons, in span order. */
  private static List<CharSpan> withOutlets(List<CharSpan> orgs, List<CharSpan> outlets) {
    return inSpanOrder(orgs, outlets);
  }

  /** The candidates of all three kinds in one list (for a finder that reads only where none stands). */
  private static List<CharSpan> allOf(List<CharSpan> orgs, List<CharSpan> people, List<CharSpan> places) {
    List<CharSpan> all = new ArrayList<>(orgs);
    all.addAll(people);
    all.addAll(places);
    return all;
  }

  /** The spans of {@code found} that overlap no candidate of {@code candidates}. */
  private static List<CharSpan> notOverlapping(List<CharSpan> found, List<CharSpan> candidates) {
    return found.stream().filter(f -> candidates.stream().noneMatch(c -> c.start() < f.end() && f.start() < c.end())).toList();
  }

  /** The spans of {@code found} that no candidate of {@code candidates} holds whole (a name the finder read already). */
  private static List<CharSpan> notWithin(List<CharSpan> found, List<CharSpan> candidates) {
    return found.stream().filter(f -> candidates.stream().noneMatch(c -> c.start() <= f.start() && f.end() <= c.end())).toList();
  }

  /**
   * The person candidates plus the names set off by an age that no candidate or citation overlaps
   * ({@link AgedNames}: the tagger missed them), in span order.
   */
  private List<CharSpan> withAgedNames(String match, List<CharSpan> cited, List<CharSpan> sites, List<CharSpan> orgs,
      List<CharSpan> people, List<CharSpan> places) {
    List<CharSpan> taken = new ArrayList<>(cited);
    taken.addAll(sites);
    taken.addAll(orgs);
    taken.addAll(people);
    taken.addAll(places);
    return inSpanOrder(people, agedNames.find(match, taken));
  }

  /** The candidates with the extra ones added, sorted by start (later steps binary-search them); the same list when none. */
  private static List<CharSpan> inSpanOrder(List<CharSpan> candidates, List<CharSpan> extra) {
    if (extra.isEmpty()) {
      return candidates;
    }
    List<CharSpan> out = new ArrayList<>(candidates);
    out.addAll(extra);
    out.sort(Comparator.comparingInt(CharSpan::start));
    return out;
  }

  /**
   * The organization candidates plus the acronyms that name a person's body before his title ("SDPD
   * Officer A"), where no candidate of any kind stands, in span order.
   */
  private List<CharSpan> withAcronymBodies(String match, List<CharSpan> orgs, List<CharSpan> people, List<CharSpan> places) {
    List<CharSpan> all = new ArrayList<>(orgs);
    all.addAll(people);
    all.addAll(places);
    return inSpanOrder(orgs, acronymBodies.find(match, orgs, people, Coverage.of(all)));
  }

  /**
   * The organization candidates plus the acronyms written alone that a candidate's initials spell out
   * ("CVPD" of "Chula Vista Police Department"), where no candidate of any kind stands, in span order.
   */
  private List<CharSpan> withSpelledOutAcronyms(String match, List<CharSpan> orgs, List<CharSpan> people,
      List<CharSpan> places, List<CharSpan> sitesFound) {
    List<CharSpan> all = new ArrayList<>(orgs);
    all.addAll(people);
    all.addAll(places);
    all.addAll(sitesFound);
    return inSpanOrder(orgs, spelledOutAcronyms.find(match, orgs, Coverage.of(all)));
  }

  /**
   * The organization candidates whose whole text is a state's name ("UAE", "South Korea", "Islamic
   * Republic Iran"): a country is a LOCATION (ANNOTATION.md) whatever type the tagger gave it, so
   * these become place candidates. A body named after a state ("UAE Ministry of Economy") and a bloc
   * ("EU") are no state's name and stay. So does a known place's whole name ("Smith, 40, Mission Viejo,
   * was charged"; lexicon/entities/known-places.txt), which names no body alone.
   */
  private List<CharSpan> statesAmong(String match, List<CharSpan> orgs) {
    return orgs.stream().filter(s -> {
      String name = match.substring(s.start(), s.end());
      return states.isStateName(name) || knownPlaces.contains(name);
    }).toList();
  }

  /**
   * The tagger's mentions plus the extra source's spans as ORGANIZATION mentions, for the org finder
   * only, sorted by span: {@link OrganizationFinder#within} finds a sentence's mentions by binary search.
   */
  private List<Mention> withExtraOrganizations(String text, TokenLayer tokens, List<Mention> tagged) {
    List<CharSpan> extra = extraOrganizations.find(text, tokens);
    if (extra.isEmpty()) {
      return tagged;
    }
    List<Mention> out = new ArrayList<>(tagged);
    for (CharSpan s : extra) {
      out.add(Mention.of(text, s, EntityType.ORGANIZATION));
    }
    out.sort(null);
    return out;
  }

  /**
   * Issue 16: one surface string gets one type per document ("Yorba Linda" a place in the dateline and a
   * "person" in a headline; a defendant's name a place once). When the mentions of one string (case
   * and punctuation aside) have two types, all take the type most of them have; a tie is left alone,
   * since then the text gives no reading more weight. A federal district is the one string the text
   * makes certain in two readings (D1: the office after a U.S. Attorney's "for the", the place elsewhere).
   */
  static List<Mention> oneTypePerString(String text, List<Mention> mentions,
      Predicate<String> isCompany) {
    Map<String, Map<EntityType, Integer>> counts = new HashMap<>();
    List<String> keys = new ArrayList<>(mentions.size()); // each mention's key, made once for both passes
    for (Mention m : mentions) {
      keys.add(MentionGrouper.key(m.text()));
      counts.computeIfAbsent(keys.get(keys.size() - 1), k -> new EnumMap<>(EntityType.class))
          .merge(m.type(), 1, Integer::sum);
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Map<EntityType, Integer> c = counts.get(keys.get(i));
      EntityType best = m.type();
      if (isCompanyShortForm(keys.get(i), c, mentions, keys, isCompany)) {
        best = EntityType.ORGANIZATION;
      } else if (c.size() > 1 && !TWO_READINGS.matcher(m.text()).find()) {
        int top = Collections.max(c.values());
        List<EntityType> leaders = c.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        if (leaders.size() == 1) {
          best = leaders.get(0);
        }
      }
      out.add(best == m.type() ? m : Mention.of(text, m.span(), best));
    }
    return out;
  }

  /**
   * Issue 16: one word the document reads both as a person and as a place, never as a body, that opens a
   * company's name written with its legal form in the same document ("Tyson" of "Tyson Foods Inc.": "Tyson
   * operated plants", "the Tyson facilities") is that company's short form, which the grouping joins to it:
   * neither of its two readings is certain, and the text names the company the word stands for
   * (ANNOTATION.md: a short form of a named body is an ORGANIZATION). A name without a legal form ("Tyson
   * County Jail") may be named after a person or a place, so it decides nothing.
   * Only when no person's or place's mention of several words holds the word: then a person named in full
   * ("Ann Tyson") or a place ("Tyson Corner") gives it a reading of its own, and the type agreement decides.
   */
  static boolean isCompanyShortForm(String key, Map<EntityType, Integer> types, List<Mention> mentions,
      List<String> keys, Predicate<String> isCompany) {
    if (!types.containsKey(EntityType.PERSON) || !types.containsKey(EntityType.LOCATION)
        || types.containsKey(EntityType.ORGANIZATION) || key.isEmpty() || key.contains(" ")) {
      return false;
    }
    boolean opensBody = false;
    for (int j = 0; j < mentions.size(); j++) {
      String other = keys.get(j);
      if (!other.contains(" ")) {
        continue;
      }
      EntityType t = mentions.get(j).type();
      if (t == EntityType.ORGANIZATION) {
        opensBody |= other.startsWith(key + " ") && isCompany.test(other);
      } else if (Arrays.asList(other.split(" ")).contains(key)) {
        return false;
      }
    }
    return opensBody;
  }

  /**
   * The overlap policy between kinds: citation &gt; site &gt; organization &gt; person &gt; location. A
   * candidate that overlaps one of a stronger kind, or a longer one of its own kind
   * ({@link Spans#keepLongest}), is dropped, so the place inside an organization's name and an
   * organization inside a cited instrument are no mentions. Sites (buildings, streets: LOCATION) come
   * before organizations and persons because their head decides their type: "Frank Crowley Courts
   * Building" is no person, "Southwest Justice Center" no body. One precedence is decided earlier, while
   * names are built: the persons found first block their tokens in {@link OrganizationFinder#find}, so
   * an organization name never runs through a person, and only overlaps that survive that reach this order.
   */
  static List<Mention> settle(String text, List<CharSpan> citations, List<CharSpan> sites, List<CharSpan> orgs,
                              List<CharSpan> people, List<CharSpan> places) {
    Coverage taken = Coverage.of(citations);
    List<Mention> out = new ArrayList<>();
    keep(text, sites, EntityType.LOCATION, taken, out);
    keep(text, orgs, EntityType.ORGANIZATION, taken, out);
    keep(text, people, EntityType.PERSON, taken, out);
    keep(text, places, EntityType.LOCATION, taken, out);
    out.sort(null);
    return out;
  }

  private static void keep(String text, List<CharSpan> spans, EntityType type, Coverage taken, List<Mention> out) {
    for (CharSpan s : Spans.keepLongest(spans, span -> span, Comparator.naturalOrder(), taken)) {
      out.add(Mention.of(text, s, type));
    }
  }
}
