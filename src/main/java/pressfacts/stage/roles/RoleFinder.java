package pressfacts.stage.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;
import pressfacts.doc.TokenLayer;
import pressfacts.lexicon.Lexicons;
import pressfacts.text.TitleCaseLines;

/**
 * Reads roles around each title in a text. For one title it looks, in this order, for
 * <ol>
 *   <li>the organization: a mention right after "of"/"at" ("Chairman of the Supreme Court"), else one
 *   right before ("Supreme Court Chairman"); "of the Republic of X" (a place) gives none;</li>
 *   <li>the person: a PERSON mention right after, past a comma and an honorific ("..., Mr. Atsuki
 *   Takahashi"), and for a plural title the whole list ("judges A, B and C"); else one right before,
 *   as an apposition or a clause ("PERSON, TITLE", "PERSON, who is TITLE", "PERSON was appointed
 *   (as) TITLE").</li>
 * </ol>
 * A title without a named person gives no role ("met with the Chairman").
 */
final class RoleFinder {
  /** Between a title and its organization: "of", "at", "for", "in", an optional article. */
  // "director of limited liability company X", 'director of "X" LLC': the kind of company and an
  // opening quote stand between the title and the company's name.
  // "Acting Assistant Attorney General in charge of the Department's Antitrust Division", "judge to the
  // Court of Justice", "a former trooper with the South Carolina Highway Patrol", "Chief over the X Division".
  private final Pattern orgLink;
  /**
   * "Chief of the District Attorney's Homicide Bureau", "of the Department of Justice's Civil Division": a title's
   * or a parent's possessive before the unit (D10).
   */
  private static final Pattern UNIT_OWNER = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.]*\\s+(?:of\\s+(?:the\\s+)?)?){0,3}\\p{Lu}[\\p{L}.]*['\u2019]s\\s+(?=\\p{Lu})");
  /** A title that heads a unit of a kind: "Bureau Chief", "Deputy Unit Chief". */
  // "Deputy Bureau Chief", and "First Deputy Bureau Chief" (a bureau's second in command on county prosecutors' pages)
  private static final Pattern UNIT_CHIEF = Pattern.compile("(?:(?:first\\s+)?deputy\\s+)?(bureau|unit|division|section)\\s+chief",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CHIEF_NEXT = Pattern.compile("\\s+chief\\b", Pattern.CASE_INSENSITIVE);
  /** An indefinite article and up to two lower-case words right before a title: "a private ", "an ". */
  private static final Pattern OCCUPATION_BEFORE = Pattern.compile("\\b(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");
  /**
   * Between a lower-case title word and a name: a comma alone. "the store clerk, A, saw him", "the supervisor, B's
   * former president, ...": a common noun that only a comma parts from the name describes someone in the story; a post
   * is written as title + name, or with its body or domain before the comma (Conventions, Roles). Not a plural: "judges,
   * A, B and C" lists the holders.
   */
  private static final Pattern BARE_COMMA = Pattern.compile("\\s*,\\s*");
  /** One capitalised word and a space: a given name before a mention of the surname. */
  private static final Pattern GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+[ \\t]+(?=\\p{Lu})");
  /** The rest of a line or sentence: spaces and a line break, a full stop or semicolon, or the text's end. */
  private static final Pattern LINE_END = Pattern.compile("[ \\t]*(?:[.;]|\\R|$)");
  /** A unit's name with its parent after "of" ("Counterespionage Section of the Justice Department"). */
  private static final Pattern UNIT_OF = Pattern.compile("\\b(?:Section|Division|Unit|Bureau|Office|Branch|Team|Squad)\\s+of\\s");
  /** Between the last name of an enumeration and a plural title that is its next item: a comma alone. */
  private static final Pattern ENUMERATION_COMMA = Pattern.compile("\\s*,\\s*");
  /** A comma (and an article) right before a list item's title. */
  private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s*(?:the\\s+)?$");
  /** Between two items "TITLE PERSON" of a list that are not its last two: a comma alone. */
  private static final Pattern ITEM_COMMA = Pattern.compile("\\s*,\\s*(?:the\\s+)?");
  /** The word "and" in a list's gap. */
  private static final Pattern AND_WORD = Pattern.compile("\\band\\b");
  /** Between two items "TITLE PERSON" of a list: a comma, "and", or both. */
  private static final Pattern ITEM_GAP = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");
  /** Between a title and the title it serves: "Adviser to the Chief Justice". */
  private static final Pattern TO_TITLE = Pattern.compile("\\s+to\\s+(?:the\\s+)?");
  /** Between a person and the organization named after the name: "of", "at", "for", "in", "from", "with"; ", of", ", from". */
  private static final Pattern ORG_AFTER_LINK = Pattern.compile(
      // past a suffix of the name that no mention took ("Arthur M. Cummings, II, of the FBI National Security Division")
      "(?:,?\\s+(?:Jr|Sr|II|III|IV)\\b\\.?)?(?:,\\s+(?:also\\s+)?(?:of|from)|\\s+(?:of|at|for|in|from|with))\\s+(?:the\\s+)?[\"\u201c\u00ab]?",
      Pattern.CASE_INSENSITIVE);
  /** Between an organization or state and a place: "Head of the X Office in Baku", "Ambassador of X to Y". */
  private static final Pattern PLACE_LINK = Pattern.compile("\\s+(?:in|to|for)\\s+(?:the\\s+)?");
  /** A state's name of one title-case word ("Moldova"), when no mention covers it. */
  private static final Pattern STATE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?=\\s)");
  /** A state's form before its name, when the place found is the name alone ("Republic of [Lithuania]"). */
  private final Pattern stateForm;
  /**
   * Between a title without a person and a second title of the same person ("Chairman of the Council,
   * Minister of Justice A"): a comma, after an optional lower-case "of" phrase ("chairmen of the collegiums,").
   */
  // "the President of the Supreme Court of Austria and the Chair of the Network ... Irmgard Griss": "and" too.
  // "The President of the Court of Appeal, Hon. Justice A", "the Deputy Chief Justice, Lady Justice B": after the comma
  // a court's style of address may open the second title, as it opens a name after a title (personAfterGap), with or
  // without its period ("the Hon Justice D", Styles); not after "and", where a styled judge is one more person ("the
  // Chief Justice and Hon. Justice C").
  private static final Pattern CHAIN_GAP = Pattern.compile(
      "(?:\\s+of\\s+(?:the\\s+)?\\p{Ll}+(?:\\s+\\p{Ll}+)*)?(?:\\s*,\\s*(?:" + Styles.RUN + ")?"
      + "(?:Lady\\s+(?=Justice\\b))?|\\s+and\\s+(?:the\\s+)?)");
  /** Between two names of a list read backwards from a plural title ("A, B and C, judges of"). */
  private final Pattern listGapWhole;
  /** A complement holds no finite verb: "Judge-Rapporteur on the case was A" ends before "was". */
  private static final String NOT_A_VERB = "(?!(?:was|were|is|are|has|have|had|will|would|said)\\b)";
  /** A lower-case complement "on ..." that belongs to the title ("adviser on the court buildings"). */
  private static final Pattern COMPLEMENT = Pattern.compile(
      "\\s+on\\s+" + NOT_A_VERB + "\\p{Ll}+(?:\\s+" + NOT_A_VERB + "\\p{Ll}+){0,7}");
  /** Where a complement stops: a new "of the" phrase ("... buildings of the same project"). */
  private static final Pattern COMPLEMENT_STOP = Pattern.compile("\\s+of\\s+the\\s");
  /** Words a complement or a domain does not end with. */
  private final Set<String> functionWords;
  /** Function words a title-case line leaves in lower case ("of", "and"), lower case. */
  private final Set<String> lineFunctionWords;
  /** Honorifics, lower case: a domain stops before one ("Minister of Trade Mr. A"), as a name follows it. */
  private final Set<String> honorifics;
  /** Between an organization and the title that follows it: a space or a possessive. */
  // "Texoma High-Intensity Drug Trafficking Area (HIDTA) Director A": past the body's short form too.
  private static final Pattern ORG_BEFORE_GAP = Pattern.compile("(?:'s)?(?:\\s+\\([\\p{Lu}\\p{N}&.-]{2,12}\\))?\\s+$");
  /**
   * Between a title (with its organization) and the person named after it: the organization's short
   * form in parentheses ("... through Law (Venice Commission) Luca Ferrante", but not before a comma:
   * "... of New York ("SDNY"), Brian Benczkowski, the ..." starts a new item), or a comma; an honorific.
   */
  // A list may follow after "namely" or a colon, past the body's short form and a part of it: "judges of
  // the Federal Circuit and Family Court of Australia (FCFCOA) (Division 2): Ms A, Mr B and Ms C".
  private final Pattern personAfterGap;
  /** Words right before a title that a person leaves ("with release from the post of"). */
  private static final Pattern RELEASED_FROM = Pattern.compile(
      "\\b(?:release|released|relieved|dismissed|dismissal)\\s+from\\s+(?:the\\s+|his\\s+|her\\s+)?(?:post|position|office|duties)\\s+of\\s+(?:the\\s+|a\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  /**
   * Between a parent body and its unit: the parent's short form in brackets, a spaced dash, or both
   * ("Drug Enforcement Administration (DEA) Miami Field Division", "Explosives - Boston Field Division").
   */
  private static final Pattern UNIT_MARK_GAP = Pattern.compile(
      "(\\s*\\(\\p{Lu}[\\p{L}.&/-]{0,14}\\))?(\\s+[-\u2013\u2014])?\\s+(?:the\\s+)?");
  /** A unit's head word in its name ("Miami Field Division", "Office of Inspector General"). */
  private static final Pattern UNIT_HEAD = Pattern.compile(
      "\\b(?:Division|Office|Section|Unit|Branch|Bureau|Region|Squad|Task Force|Resident Agency)\\b");
  /** Between a body and the body it owns: a possessive ("Enforcement's Homeland ..."). */
  private static final Pattern POSSESSIVE_GAP = Pattern.compile("'s\\s+");
  /**
   * After a body, before the titles of its members: "The panel of judges of the Court (HACC)
   * consisting of presiding judge A, judges B and C", "The Grand Chamber heard the case in the
   * composition of Judge-Rapporteur A, judges B and C".
   */
  // "The Court was composed as follows: President A; Judges B, C; Registrar D": after a colon the items may be
  // parted by semicolons (and stand on lines of their own, see rosterHeadStart); a dot ends the list unless
  // it closes an initial or an honorific ("President J. Salo", "Mr. Salo").
  private static final Pattern CONSISTING_OF = Pattern.compile(
      "^[^.;]{0,40}\\b(?:(?:consisting\\s+of|composed\\s+of|in\\s+(?:the\\s+|its\\s+)?composition\\s+of)\\b"
          + "[^.;]*+(?:(?<=\\b(?:\\p{Lu}|Mr|Ms|Mrs|Dr))\\.[^.;]*+)*+"
          + "|(?:consisting\\s+of|composed\\s+of|composed\\s+as\\s+follows|(?:in\\s+)?(?:the\\s+|its\\s+)?(?:following\\s+)?composition)"
          + "\\s*:[^.]*+(?:(?<=\\b(?:\\p{Lu}|Mr|Ms|Mrs|Dr))\\.[^.]*+)*+)$");
  /** Between a title and its body in "TITLE, BODY": a comma and an optional article. */
  private static final Pattern COMMA_ORG = Pattern.compile(",\\s+(?:the\\s+)?");
  /** The rest of a roster's heading after its plural title: lower-case words, a colon, the line's end. */
  private static final Pattern ROSTER_HEAD = Pattern.compile("(?:[ \\t]+\\p{Ll}+){0,8}[ \\t]*:[ \\t]*\\R\\s*");
  /** What may open a roster line: a dash or a bullet and a space ("– Batumi City Court – A;"). */
  private static final Pattern ROSTER_BULLET = Pattern.compile("[-\u2013\u2014\u2022\u00b7*][ \\t]+");
  /** Between a roster line's organization and its persons: a dash or a colon. */
  private static final Pattern ROSTER_DASH = Pattern.compile("[ \\t]*[-\u2013\u2014:][ \\t]*");
  /** The end of a roster line: ";" or "." or "," and a line break. */
  private static final Pattern ROSTER_LINE_END = Pattern.compile("[ \\t]*[;.,]?[ \\t]*\\R\\s*");
  /** Between two names of a list: a comma, "and", or both. */
  private final Pattern listGap;
  /** A parenthesis right after a name of a list, on its line ("A (Ruritania)"). */
  private static final Pattern NAME_NOTE = Pattern.compile("\\s*\\([^()\\n]{1,40}\\)");
  /** Lower-case generic bodies whose possessive may stand between a person and her title ("the office's"). */
  private static final String GENERIC_BODIES = "county|city|state|office|department|agency|bureau|division|unit|court"
      + "|board|district|commission|committee|council|organization|company|firm|center|centre|team";
  /**
   * "of the office's Homicide Unit", "chief of the department's Traffic Division": a lower-case generic body's
   * possessive before the unit names no body, as a title's does (D10); the unit holds the post.
   */
  private static final Pattern GENERIC_OWNER = Pattern.compile(
      "(?:(?:his|her|their|its|our|my)\\s+)?(?:" + GENERIC_BODIES + ")['\u2019]s\\s+(?=\\p{Lu})");
  /** After a person's name, before the unit she heads: "of Hayden's Homicide Unit", "of Rollins' Gang Unit". */
  private static final Pattern PERSON_OWNER = Pattern.compile("(?:['\u2019]s|(?<=s)['\u2019])\\s+(?=\\p{Lu})");
  /** An adverb of the present inside a copular clause: "who is also", "who currently serves as". */
  private static final String NOW = "(?:(?:also|currently|now)\\s+)?";
  /**
   * Post-nominal letters after a name, one or more ("Andrew Bell AC", "Lucy Rigby KC MP"): the entity stage's list
   * (lexicon/entities/post-nominals.txt), as written (case counts), a trailing period optional. They stand between a
   * holder's name and her title ("A AC, Chief Justice of X"), as "SC" did alone before.
   */
  static final String POST_NOMINALS = "(?-i:(?:\\s+(?:" + String.join("|", pressfacts.text.LexiconFile.lines(
      "/pressfacts/lexicon/entities/post-nominals.txt").stream().map(String::trim).filter(f -> !f.isEmpty())
      .map(f -> Pattern.quote(f.endsWith(".") ? f.substring(0, f.length() - 1) : f) + "\\.?").toList())
      + ")(?![\\p{L}\\p{N}]))*)";
  /** Words that describe the moment, not the post, before a title: "the newly appointed Prosecutor General", "the outgoing Chair". */
  private static final String MOMENT_WORDS =
      "(?:(?:newly\\s+|recently\\s+)?(?:appointed|elected)\\s+|new\\s+|next\\s+|outgoing\\s+|incoming\\s+)?";
  /** Between a person and the title that follows it: an apposition or a copular / appointment clause. */
  // "A and B were appointed as judges", "the appointment of A as a judge", "A, who serves as Chief".
  private static final Pattern PERSON_BEFORE_GAP = Pattern.compile(
      POST_NOMINALS + "\\s*(?:,\\s*|,?\\s+(?:who\\s+" + NOW + "(?:is|was|has\\s+been|serves\\s+as|served\\s+as"
          + "|has\\s+" + NOW + "served\\s+as|has\\s+been\\s+serving\\s+as|as"
          + "|took\\s+up\\s+(?:duties|office)\\s+as)(?:\\s+(?:also|currently|now))?"
          // "A serves as Chairman of X", "A, in her capacity as Chairman of X": the post held now, told as the copula
          + "|" + NOW + "(?:serves|is\\s+" + NOW + "serving|has\\s+" + NOW + "served|has\\s+been\\s+serving)\\s+as"
          + "|in\\s+(?:his|her|their)\\s+capacity\\s+as"
          // "A took office as Judge", "A took the oath as Judge", "A was sworn in as Judge": taking up the post
          + "|(?:took|takes|has\\s+taken|have\\s+taken)\\s+(?:up\\s+)?(?:the\\s+)?(?:office|oath|duties|post)\\s+as"
          + "|(?:is|was|are|were|has\\s+been|have\\s+been|had\\s+been)\\s+sworn\\s+in\\s+as"
          + "|(?:is|was|are|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:recently\\s+)?(?:appointed|elected|re-elected|named|dismissed|released)"
          + "(?:\\s+as|\\s+(?:from|to)\\s+the\\s+post\\s+of)?|as)\\s+)(?:the\\s+|a\\s+|an\\s+|its\\s+)?"
          // "Ann Lee, the county's Chief Deputy": a generic body's possessive names no body, the title is hers
          + "(?:(?<=the\\s)(?-i:" + GENERIC_BODIES + ")['\u2019]s\\s+)?"
          + MOMENT_WORDS + "$", Pattern.CASE_INSENSITIVE);
  /** Between one title (with its body) and a second title of the same holder: "and", an optional article. */
  private static final Pattern AND_TITLE = Pattern.compile("\\s+and\\s+(?:the\\s+)?");
  /** Between one title (with its body) after its holder and a second title of the same holder: a comma, an optional article. */
  // "A, Chairman of the Supreme Court, member of the Venice Commission, said": one person with two titles (Roles).
  private static final Pattern COMMA_TITLE = Pattern.compile("\\s*,\\s*(?:the\\s+)?");
  /** The start of a domain after a title that takes one: "of" ("Minister of Justice"), "for" ("Minister for Foreign Affairs"). */
  private static final Pattern DOMAIN_OF = Pattern.compile("\\s+(?:of|for)\\s+");
  /**
   * The field any title serves after "for" ("Senior Executive for Crime Strategies and Investigations", "Deputy Chief for
   * Special Investigations"): a bare domain stays in the title (ANNOTATION.md, Roles), as "of" does for the titles that
   * take a domain; a body, a place or an article after "for" ("U.S. Attorney for the District of X") ends it.
   */
  private static final Pattern FIELD_FOR = Pattern.compile("\\s+for\\s+");
  /** One word of a domain, with the space or "and" after it. */
  // "Minister of Fisheries and the Coast Guard": the article after "and" belongs to the second domain.
  private static final Pattern DOMAIN_WORD = Pattern.compile("(\\p{L}+)(\\s+and\\s+(?:the\\s+)?|\\s+)?");
  /** After a body: "and", an optional article, where a second body at which the same title is held may start. */
  private static final Pattern AND_BODY = Pattern.compile("\\s+and\\s+(?:the\\s+)?");
  /** After a title's body: "and", the link repeated or not, an article: "Chairman of the High Court and (of) the Council". */
  private static final Pattern AND_LINKED_BODY = Pattern.compile("\\s+and\\s+(?:(?:of|at)\\s+)?(?:the\\s+)?");
  /** What may follow the second of two joined bodies when the holder was named before the title. */
  private static final Pattern BODY_CLOSE = Pattern.compile("\\s*(?:[,;.)]|\\R|$)");
  /** "of" before a sending state, "to" before the body or state an envoy is sent to, a space before the name. */
  private static final Pattern OF_STATE = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
  private static final Pattern TO_BODY = Pattern.compile("\\s+to\\s+(?:the\\s+)?");
  private static final Pattern SPACE_ONLY = Pattern.compile("[ \\t]+");
  /** A possessive after a body ("the Council's", "the Council of Nations'"), where the title it owns may start. */
  private static final Pattern POSSESSIVE_TITLE_GAP = Pattern.compile("['\u2019]s?\\s+");

  /** Text right before an organization that sends a delegation (stray commas are tolerated). */
  // Lower-case only: a capitalised "Delegation of the European Union" is the name of a body, not a visit.
  private static final Pattern DELEGATION_OF = Pattern.compile("\\bdelegation\\s+(?:of|from)(?:[\\s,]+the)?[\\s,]+$");

  private final TitleLexicon titles;
  private final SlotShapes slotShapes;
  /** Head nouns of bodies' names (the entity stage's list): a tagged "organization" holding none may be a title's domain. */
  private final Set<String> bodyHeads;

  /** {@code common}: the shared vocabulary (company kinds, state forms, function words, honorifics). */
  RoleFinder(TitleLexicon titles, Lexicons common) {
    this(titles, common, SlotShapes.load(titles));
  }

  /**
   * {@code slotShapes}: the role shapes given as data (slot-shapes.tsv): they name the body of a title and
   * person the rules read without one, and add the roles the rules do not read.
   */
  RoleFinder(TitleLexicon titles, Lexicons common, SlotShapes slotShapes) {
    this.titles = titles;
    this.slotShapes = slotShapes;
    this.bodyHeads = Set.copyOf(pressfacts.text.LexiconFile.lines("/pressfacts/lexicon/entities/org-heads.txt").stream()
        .map(w -> w.trim().toLowerCase(Locale.ROOT)).toList());
    this.orgLink = Pattern.compile("\\s+(?:in\\s+charge\\s+of|of|at|for|in|to|with|over)\\s+(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+){0,3}(?:"
        + alternatives(common.companyKinds().stream().sorted().toList()) + ")\\s+)?[\"\u201c\u00ab]?", Pattern.CASE_INSENSITIVE);
    this.stateForm = Pattern.compile("(?:" + alternatives(common.stateForms()) + ")\\s+of\\s+(?:the\\s+)?");
    this.functionWords = common.roleFunctionWords();
    this.lineFunctionWords = common.functionWords();
    this.honorifics = Set.copyOf(common.honorificsAnywhere().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    String honorific = "(?:(?:" + alternatives(common.honorificsAnywhere()) + ")\\.?\\s+)?";
    // past a post-nominal after a name ("Mr Ian Jackman SC and ...")
    this.listGapWhole = Pattern.compile(POST_NOMINALS + "\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + honorific);
    this.personAfterGap = Pattern.compile("(?:(?:\\s*\\([^()\\n]{1,40}\\))+(?:\\s*[:,])?\\s+|\\s*:\\s*|\\s*,?\\s*(?:namely\\s+)?)"
        + "(?:" + Styles.RUN + ")?(?:(?:" + alternatives(common.honorificsAfterTitle()) + ")\\.?\\s+)?");
    this.listGap = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + honorific);
    this.leadingHonorific = Pattern.compile("\\s*" + honorific);
  }

  /** Lexicon entries as a regex alternation, each quoted, in the order given. */
  private static String alternatives(List<String> entries) {
    return String.join("|", entries.stream().map(Pattern::quote).toList());
  }

  private record Anchor(Mention mention, Entity entity) {
  }

  List<Role> find(String text, String match, TokenLayer tokens, List<Entity> entities) {
    return read(text, match, tokens, entities).roles();
  }

  /**
   * What the rules read in a text: the settled roles, and every candidate offered before the settle step,
   * for the learned linker to choose among: each shape's reads, also those the settle step drops (a repeat of
   * a triple read before, a data shape's read where a rule read that person with that title, a bare repeat).
   */
  record Read(List<Role> roles, List<RoleCandidate> candidates) {
  }

  /** The roles read so far by key (the first read of a key wins) and every candidate offered, in order. */
  private record Reads(Map<String, Role> byKey, List<RoleCandidate> candidates) {
  }

  Read read(String text, String match, TokenLayer tokens, List<Entity> entities) {
    TreeMap<Integer, Anchor> byStart = new TreeMap<>();
    TreeMap<Integer, Anchor> byEnd = new TreeMap<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        byStart.put(m.span().start(), new Anchor(m, e));
        byEnd.put(m.span().end(), new Anchor(m, e));
      }
    }
    List<SlotShapes.Reading> readings = slotShapes.read(text, match, tokens, entities);
    Map<String, SlotShapes.Reading> orgReadings = orgReadings(readings);
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) {
      byId.put(e.id(), e);
    }
    Reads roles = new Reads(new LinkedHashMap<>(), new ArrayList<>());
    int titleEnd = 0;
    // Titles still waiting for their person: "Chairman of the Council, Minister of Justice A" gives A both.
    List<Pending> chain = new ArrayList<>();
    int from = 0;
    // The holder of the last "PERSON, TITLE [of ORG]" and where it ended: a title joined to it by "and" is his too.
    Anchor lastHolder = null;
    int lastHolderEnd = -1;
    // The person last read after a title ("the President of X, A"), and the one last refused there because
    // a title before it had its holder ("A, Judge of X, B President of Y"): B is then the next title's holder.
    Anchor lastAfter = null;
    Anchor rejectedAfter = null;
    for (TitleLexicon.Found t = titles.next(match, from); t != null && !pressfacts.pipeline.Deadline.passed();
        t = titles.next(match, from)) {
      t = cutBeforeBody(match, byStart, t);
      t = withFieldAfterName(match, byStart, byEnd, t);
      t = withFieldBeforeName(match, byStart, byEnd, t);
      CharSpan titleSpan = new CharSpan(t.start(), t.end());
      from = t.end();
      Anchor unitInside = bodyBeforeBase(byStart, t);
      if (unitInside != null) {
        // "Homicide Bureau Chief A": the body the text names is the post's organization, not words of its title
        from = unitInside.mention().span().end();
        continue;
      }
      if (insideName(byStart, titleSpan)) {
        // "Division of Police Chief A": "Police Chief" runs into the body's name; "Chief" alone may not
        from = nextWord(match, t.start());
        continue;
      }
      if (titleSpan.start() < titleEnd) {
        continue; // inside the domain of the title before ("Minister of Justice")
      }
      if (!chain.isEmpty() && chain.get(chain.size() - 1).chainEnd() != titleSpan.start()) {
        chain.clear();
      }
      TitleRead read = readTitle(text, match, byStart, byEnd, t, titleSpan);
      titleSpan = read.span();
      titleEnd = titleSpan.end();
      boolean plural = read.plural();
      String title = read.title();
      OrgLink link = linkedOrg(match, byStart, byEnd, titleSpan, read.end());
      Entity org = link.org();
      int end = link.end();
      if (link.served() > 0) {
        from = Math.max(from, link.served()); // the served title is no post of its own holder
      }
      Entity also = null;
      if (link.also() != null && (!personsAfter(match, byStart, link.alsoEnd(), plural).isEmpty()
          || BODY_CLOSE.matcher(match).region(link.alsoEnd(), match.length()).lookingAt())) {
        // the second body is the title's when the name follows it, or the title and its bodies close an apposition
        // ("A, Chairman of the High Court and the Judges' Council, said"); not in "A, judge of X and Y signed"
        also = link.also();
        end = link.alsoEnd();
      }
      int sentence = tokens.sentenceAt(titleSpan.start());
      if (plural && org == null) {
        List<Anchor[]> roster = rosterAfter(match, byStart, end);
        for (Anchor[] line : roster) {
          for (int k = 1; k < line.length; k++) {
            add(roles, line[k], title, line[0].entity(), titleSpan, tokens.sentenceAt(line[k].mention().span().start()), "roster");
          }
        }
        if (!roster.isEmpty()) {
          chain.clear();
          continue;
        }
      }
      List<Anchor> after = personsAfter(match, byStart, end, plural);
      if (after.isEmpty() && !plural) {
        List<Anchor> envoy = envoyAfterStateAndBody(match, byStart, titleSpan.end());
        if (!envoy.isEmpty()) {
          after = envoy;
          org = null; // the body an envoy is sent to is not where he holds his post
          also = null;
        }
      }
      if (!after.isEmpty() && org == null && Character.isLowerCase(match.charAt(t.baseStart()))
          && match.substring(end, after.get(0).mention().span().start()).contains(",")
          && (OCCUPATION_BEFORE.matcher(match).region(Math.max(0, titleSpan.start() - 40), titleSpan.start()).find()
          || !plural && end == titleSpan.end() && BARE_COMMA.matcher(match).region(end, after.get(0).mention().span().start()).matches())) {
        // "a private detective, Vincent Parco", "the store clerk, Hao Lee, saw": an occupation told in the story (D4), no
        // post; but "a member of the Office, Mr. A" names the body, "minister of security of Argentina, A" its domain
        after = List.of();
      }
      if (!after.isEmpty() && !plural && org == null && lineBetween(match, end, after.get(0))
          && contactHolder(match, byEnd, titleSpan) != null) {
        // "Paul Kim\nLegal Support Manager\n\nAnn White\nTeam Leader": a title on a line of its own below a name's line
        // is that name's (contact-block), not the next line's name's
        after = List.of();
      }
      Anchor refused = null;
      if (!after.isEmpty() && !plural && lineBetween(match, end, after.get(0))
          && holderOnLine(match, byEnd, titleSpan.start(), end) != null) {
        // "Paul Kim \u2013 Rent Inspector\nAnn White \u2013 ...": the dash stands for the apposition's comma, so the
        // title closes its holder's line and the name below opens the next item, as with "A, Title\nB"
        refused = after.get(0);
        after = List.of();
      }
      if (!after.isEmpty()) {
        List<Anchor> holders = personsBefore(match, byEnd, titleSpan.start(), plural, rejectedAfter);
        if (holders.isEmpty() && !plural && lastHolder != null && lastHolderEnd <= titleSpan.start()
            && AND_TITLE.matcher(match.substring(lastHolderEnd, titleSpan.start())).matches()) {
          holders = List.of(lastHolder);
        }
        boolean commaBetween = match.substring(end, after.get(0).mention().span().start()).contains(",");
        // "..., Mr. B and political affairs assistant of Y, Ms. C": a list whose last item puts the title
        // first reads every item so
        boolean titleFirstList = titleAfterAnd(match, after.get(after.size() - 1).mention().span().end());
        boolean heldBefore = !holders.isEmpty() && !sameMention(holders.get(0), lastAfter) && !titleFirstList;
        // "..., Victim Advocate A, Paralegal B, ...": a title that the next name follows with nothing between (an
        // honorific at most) is that name's, even in a sentence that opens with a name (a line break cut it there)
        boolean nameRightAfter = leadingHonorific.matcher(match)
            .region(titleSpan.end(), after.get(0).mention().span().start()).matches();
        if (heldBefore && (commaBetween || closesHolderLine(match, holders.get(0), end, after.get(0))
            || !nameRightAfter && sentence >= 0 && personFirst(match, byStart, tokens.sentences().get(sentence).span().start()))) {
          // "A, United States Attorney, B, Assistant Attorney General, ...": each title follows its holder, and B
          // is the next title's; but in "the President of X, A, Secretary General of Y, B" A was the President's.
          refused = after.get(0);
          after = List.of();
        }
      }
      if (!after.isEmpty()) {
        // "Deputy Chief A, Assistant Chief B, and Trial Attorney C of X": B's item is a middle one of a list when the
        // name read after the title before ends right before this title, past a comma
        boolean middleItem = lastAfter != null && lastAfter.mention().span().end() <= titleSpan.start()
            && ITEM_COMMA.matcher(match).region(lastAfter.mention().span().end(), titleSpan.start()).matches();
        lastAfter = after.get(after.size() - 1);
        rejectedAfter = null;
        if (org == null) {
          // "Trial Attorneys A and B of the Fraud Section", "Deputy Chief A and Trial Attorney B of the Fraud
          // Section": the organization after the last name of the list.
          int last = after.get(after.size() - 1).mention().span().end();
          org = bodyOrPlaceBefore(match, byEnd, titleSpan.start()) ? orgAfter(match, byStart, last)
              : orgAfterItems(match, byStart, byEnd, last, middleItem);
        }
        String afterShape = plural ? "title-persons" : "title-person";
        double afterConfidence = titles.confidence(afterShape);
        SlotShapes.Reading named = org == null ? orgReadings.get(titleSpan.start() + "|" + after.get(0).mention().span().start()) : null;
        if (named != null) {
          // a data shape reads this title and this person with a body ("the Section, which is headed by Chief A")
          org = byId.get(named.role().organization());
          afterShape = named.role().pattern();
          afterConfidence = named.role().confidence();
        }
        if (org == null && sentence >= 0) {
          org = itsOrg(match, byStart, tokens.sentences().get(sentence).span().start(), titleSpan.start());
        }
        if (org == null && sentence >= 0) {
          org = delegationOrg(match, byStart, rosterHeadStart(match, tokens.sentences().get(sentence).span().start()),
              titleSpan.start());
        }
        if (org == null && sentence >= 0) {
          // "ADAs A and B, of the District Attorney's X Bureau, under the supervision of Deputy Bureau Chief C and
          // Bureau Chief D": a unit chief's unit named earlier in the sentence, as for "D, Bureau Chief"
          Entity unit = unitNamedBefore(match, byStart, title, tokens.sentences().get(sentence).span().start(), after.get(0));
          if (unit != null) {
            org = unit;
            afterShape = "unit-chief";
            afterConfidence = titles.confidence(afterShape);
          }
        }
        if (org == null && sentence >= 0 && !plural && after.size() == 1 && t.end() == t.baseEnd()) {
          // "The President Mr. A and the delegation of the Constitutional Court visited", "the outgoing Chair B, ...,
          // reviewed its chairmanship of the Committee of Ministers": a definite bare title's body is the one the
          // sentence names when it names no other body and no other person
          org = soleBodyOfSentence(match, byStart, tokens.sentences().get(sentence).span(), titleSpan, after.get(0));
        }
        if (plural) {
          // "Trial Attorneys A of the Fraud Section and B of the Tax Division": the list goes on past the first
          // name's body, each name with its own (ANNOTATION Roles: plural titles give one role per name)
          for (Anchor[] item : itemsWithOwnBodies(match, byStart, after.get(after.size() - 1).mention().span().end())) {
            add(roles, item[0], title, item[1].entity(), titleSpan, sentence, afterShape, afterConfidence);
          }
        }
        for (Anchor p : after) {
          add(roles, p, title, org, titleSpan, sentence, afterShape, afterConfidence);
          if (also != null) {
            add(roles, p, title, also, titleSpan, sentence, afterShape, afterConfidence);
          }
          for (Pending c : chain) {
            if (c.plural() == plural) {
              // a plural before a single name is a group, not his post ("to federal investigators, Acting ... A")
              add(roles, p, c.title(), c.org(), c.span(), sentence, "chained-titles");
            }
          }
        }
        chain.clear();
        continue;
      }
      List<Anchor> before = personsBefore(match, byEnd, titleSpan.start(), plural, rejectedAfter);
      rejectedAfter = refused;
      String beforeShape = before.isEmpty() ? null : "person-title";
      if (before.isEmpty() && !plural && sentence >= 0) {
        Anchor released = releasedFromPost(match, byEnd, tokens.sentences().get(sentence).span().start(), titleSpan.start());
        if (released != null) {
          before = List.of(released);
          beforeShape = "released-from";
        }
      }
      if (before.isEmpty() && !plural && lastHolder != null && lastHolderEnd <= titleSpan.start()
          && AND_TITLE.matcher(match.substring(lastHolderEnd, titleSpan.start())).matches()) {
        // "A, Deputy Chairman of X and Director of Y": the second title after "and" is A's too
        before = List.of(lastHolder);
        beforeShape = "person-title";
      }
      if (before.isEmpty() && !plural && lastHolder != null && lastHolderEnd <= titleSpan.start()
          && COMMA_TITLE.matcher(match.substring(lastHolderEnd, titleSpan.start())).matches()
          && closesApposition(match, end)) {
        // "A, Chairman of X, member of Y, said": a second apposition that closes (a comma, a stop, a line end) is
        // A's second title; one that runs on ("..., the Minister of Justice and B") or a list of unnamed posts
        // ("A, Chairman of X, the Minister of Justice, the Prosecutor General and others") is left alone
        before = List.of(lastHolder);
        beforeShape = "person-title";
      }
      if (before.isEmpty() && !plural) {
        Anchor holder = holderOnLine(match, byEnd, titleSpan.start(), end);
        if (holder != null) {
          before = List.of(holder);
          beforeShape = "person-title";
        }
      }
      if (before.isEmpty() && !plural && org == null) {
        Anchor holder = contactHolder(match, byEnd, titleSpan);
        if (holder != null) {
          before = List.of(holder);
          beforeShape = "contact-block";
          org = contactOffice(match, byStart, titleSpan);
        }
      }
      if (!before.isEmpty() && org == null && sentence >= 0) {
        org = itsOrg(match, byStart, tokens.sentences().get(sentence).span().start(), titleSpan.start());
      }
      if (!before.isEmpty() && org == null && sentence >= 0) {
        org = unitNamedBefore(match, byStart, title, tokens.sentences().get(sentence).span().start(), before.get(0));
        beforeShape = org == null ? beforeShape : "unit-chief";
      }
      if (!before.isEmpty() && org == null && sentence >= 0) {
        // "The Chamber was composed of: A (X), President, B (Y), C (Z), judges": the body composed, as for "President A"
        org = compositionOrg(match, byStart, rosterHeadStart(match, tokens.sentences().get(sentence).span().start()),
            titleSpan.start());
      }
      if (!before.isEmpty()) {
        for (Anchor p : before) {
          add(roles, p, title, org, titleSpan, sentence, beforeShape);
          if (also != null) {
            add(roles, p, title, also, titleSpan, sentence, beforeShape);
          }
        }
        lastHolder = before.size() == 1 ? before.get(0) : null;
        lastHolderEnd = end;
        chain.clear();
        continue;
      }
      Matcher gap = CHAIN_GAP.matcher(match).region(end, match.length());
      if (gap.lookingAt()) {
        chain.add(new Pending(title, org, titleSpan, gap.end(), plural));
      } else {
        chain.clear();
      }
    }
    // "the President of the Supreme Court said" gives no role: a title without a name in its own sentence
    // is nobody's, even when the document names one holder at that body elsewhere (Conventions: a role
    // is stated inside one sentence).
    List<RoleCandidate> candidates = new ArrayList<>(roles.candidates());
    for (SlotShapes.Reading r : readings) {
      candidates.add(RoleCandidate.ofReading(r, byStart.get(r.personStart()).mention(), byId));
    }
    addSlotShapeRoles(roles.byKey(), readings, byId);
    return new Read(withoutShortNameRepeats(withoutBareRepeats(roles.byKey()), entities), candidates);
  }

  /** A title as read at {@code t}: its span with domain, complement or served person, its text (singular), its end. */
  private record TitleRead(CharSpan span, int end, String title, boolean plural) {
  }

  private TitleRead readTitle(String text, String match, TreeMap<Integer, Anchor> byStart, TreeMap<Integer, Anchor> byEnd,
                              TitleLexicon.Found t, CharSpan titleSpan) {
    boolean plural = t.plural();
    int end = titleSpan.end();
    int bareEnd = end;
    if (titles.takesDomain(t.base())) {
      int domainEnd = domainEnd(match, byStart, end, Character.isUpperCase(match.charAt(t.baseStart())));
      if (domainEnd > end) {
        end = domainEnd;
        titleSpan = new CharSpan(titleSpan.start(), end);
      }
    } else if (Character.isUpperCase(match.charAt(t.baseStart())) && FIELD_FOR.matcher(match).region(end, match.length()).lookingAt()) {
      int fieldEnd = domainEnd(match, byStart, end, true, true);
      if (fieldEnd > end) {
        end = fieldEnd;
        titleSpan = new CharSpan(titleSpan.start(), end);
      }
    }
    if (end == bareEnd && titles.takesField(t.base())) {
      int fieldEnd = closedFieldEnd(match, byStart, end, Character.isUpperCase(match.charAt(t.baseStart())));
      if (fieldEnd > end) {
        end = fieldEnd;
        titleSpan = new CharSpan(titleSpan.start(), end);
      }
    }
    int complementEnd = complementEnd(match, byStart, end);
    if (complementEnd > end) {
      end = complementEnd;
      titleSpan = new CharSpan(titleSpan.start(), end);
    }
    int servedEnd = servedTitleEnd(match, end);
    if (servedEnd > end) {
      end = servedEnd; // "Adviser to the Chief Justice", "assistant to the Judge": one position
      titleSpan = new CharSpan(titleSpan.start(), end);
    }
    String title = text.substring(titleSpan.start(), titleSpan.end()).replaceAll("\\s+", " ");
    if (titles.isMenPlural(t.base())) {
      // "chairmen" -> "chairman": the "e" before the final "n" of the base becomes "a", in its case
      plural = true;
      int e = t.baseEnd() - 2 - titleSpan.start();
      title = text.substring(titleSpan.start(), titleSpan.end());
      title = (title.substring(0, e) + (Character.isUpperCase(title.charAt(e)) ? "A" : "a") + title.substring(e + 1))
          .replaceAll("\\s+", " ");
    } else if (titles.isFirstWordPlural(t.base())) {
      // "Advocates General" -> "Advocate General": the "s" at the end of the base's first word goes
      plural = true;
      int s = match.indexOf(' ', t.baseStart()) - 1 - titleSpan.start();
      title = text.substring(titleSpan.start(), titleSpan.end());
      title = (title.substring(0, s) + title.substring(s + 1)).replaceAll("\\s+", " ");
    } else if (plural) {
      title = (text.substring(titleSpan.start(), t.pluralStart(match)) + text.substring(t.pluralEnd(), titleSpan.end()))
          .replaceAll("\\s+", " ");
    }
    title = withModifiersBeforePlace(text, match, byEnd, titleSpan.start(),
        withTitleWordOfPlace(text, match, byEnd, t, titleSpan.start(), title));
    return new TitleRead(titleSpan, end, title, plural);
  }

  /** After a comma: "and" or an article before a further item, or a title opening one. */
  private static final Pattern NEXT_ITEM = Pattern.compile(",\\s*(?:(and|or)\\b|(?:the\\s+|a\\s+|an\\s+)?)", Pattern.CASE_INSENSITIVE);

  /**
   * Does a second title read at {@code end} close its apposition: a stop, a semicolon, a bracket or a line end, or a
   * comma that opens no further item of an enumeration (no "and", no title right after it)?
   */
  private boolean closesApposition(String match, int end) {
    Matcher close = BODY_CLOSE.matcher(match).region(end, match.length());
    if (!close.lookingAt()) {
      return false;
    }
    Matcher item = NEXT_ITEM.matcher(match).region(end, match.length());
    int comma = match.indexOf(',', end);
    if (comma < 0 || comma >= close.end() || !item.region(comma, match.length()).lookingAt()) {
      return true;
    }
    if (item.group(1) != null) {
      return false;
    }
    TitleLexicon.Found next = titles.next(match, item.end());
    return next == null || next.start() != item.end();
  }

  /** The organization a title is linked to ("of ORG", ", ORG", "ORG's TITLE"), or null; and where the reading ends. */
  // also: a second body joined by "and" ("Chairman of the High Court and the Judges' Council"), alsoEnd where it
  // ends; served: the end of a title the body owns that the first title serves ("Special Envoy to the Council's
  // Secretary General"), or -1.
  private record OrgLink(Entity org, int end, Entity also, int alsoEnd, int served) {
    OrgLink(Entity org, int end) {
      this(org, end, null, -1, -1);
    }
  }

  private OrgLink linkedOrg(String match, TreeMap<Integer, Anchor> byStart, TreeMap<Integer, Anchor> byEnd,
                            CharSpan titleSpan, int end) {
    Entity org = null;
    Matcher link = orgLink.matcher(match).region(end, match.length());
    if (link.lookingAt()) {
      Anchor a = startsAt(byStart, link.end());
      Matcher owner = UNIT_OWNER.matcher(match).region(link.end(), match.length());
      if (a == null && owner.lookingAt()) {
        Anchor unit = startsAt(byStart, owner.end());
        a = unit != null && unit.entity().type() == EntityType.ORGANIZATION ? unit : null;
      }
      Anchor owned = unitOfNoBody(match, byStart, link.end());
      if (owned != null) {
        a = owned; // "chief of the office's Homicide Unit", "chief of Hayden's Gang Unit"
      }
      if (a != null && a.entity().type() != EntityType.PERSON) {
        a = possessed(match, byStart, a);
        org = a.entity().type() == EntityType.ORGANIZATION ? a.entity() : null;
        end = pastPlace(match, byStart, pastCompanyForm(match, a.mention().span().end()));
        if (org != null) {
          end = pastSlashedName(match, byStart, end);
          Matcher and = AND_LINKED_BODY.matcher(match).region(end, match.length());
          Anchor also = and.lookingAt() ? startsAt(byStart, and.end()) : null;
          if (also != null && also.entity().type() == EntityType.ORGANIZATION && also.entity() != org && endsInHead(a)) {
            // one title at two bodies joined by "and" is two roles (ANNOTATION.md, Conventions)
            also = possessed(match, byStart, also);
            return new OrgLink(org, end, also.entity(), also.mention().span().end(), -1);
          }
          Matcher owns = POSSESSIVE_TITLE_GAP.matcher(match).region(a.mention().span().end(), match.length());
          TitleLexicon.Found served = match.substring(link.start(), link.end()).strip().toLowerCase(Locale.ROOT).startsWith("to")
              && owns.lookingAt() ? titles.next(match, owns.end()) : null;
          if (served != null && served.start() == owns.end() && !served.plural()) {
            // "Special Envoy to the Council of Nations' Secretary General A": the envoy serves the body's head; A is
            // the envoy, at the body (as "Adviser to the Chief Justice" is one post)
            return new OrgLink(org, served.end(), null, -1, served.end());
          }
        }
      } else if (a == null && placeEnd(match, byStart, link.end()) > 0) {
        end = pastPlace(match, byStart, placeEnd(match, byStart, link.end())); // "of the Republic of [Lithuania]"
      }
    }
    if (org == null) {
      // "Special Agent in Charge, Bureau of Industry and Security": the body after a comma
      Matcher comma = COMMA_ORG.matcher(match).region(end, match.length());
      Anchor a = comma.lookingAt() ? startsAt(byStart, comma.end()) : null;
      if (a != null && a.entity().type() == EntityType.ORGANIZATION) {
        // "Chief, IRS Criminal Investigation", "Special Agent in Charge, the FBI's Houston Field Office": the unit
        // named after its parent holds the post, as after "of"
        a = possessed(match, byStart, a);
        org = a.entity();
        end = a.mention().span().end();
      }
    }
    if (org == null) {
      Map.Entry<Integer, Anchor> before = byEnd.floorEntry(titleSpan.start());
      if (before != null && before.getValue().entity().type() == EntityType.ORGANIZATION
          && ORG_BEFORE_GAP.matcher(match).region(before.getKey(), titleSpan.start()).matches()) {
        org = before.getValue().entity();
      }
    }
    return new OrgLink(org, end);
  }

  /** A slash between a body's name and its second name (another language's, another wording). */
  private static final Pattern SLASH_GAP = Pattern.compile("[ \\t]*/[ \\t]*");

  /**
   * Past a body's second name written after a slash ("Chairman of the X Committee / Comite X (FBE), Mr. A"): the name
   * after the title's body is the title's holder as when the body stands alone; the first name read is the body.
   */
  private static int pastSlashedName(String match, TreeMap<Integer, Anchor> byStart, int end) {
    Matcher slash = SLASH_GAP.matcher(match).region(end, match.length());
    Anchor second = slash.lookingAt() ? startsAt(byStart, slash.end()) : null;
    return second != null && second.entity().type() == EntityType.ORGANIZATION ? second.mention().span().end() : end;
  }

  /**
   * "Chairman Petrov" after "the Chairman of the High Court Ivan Petrov": the repeated title without its
   * organization is the same role, not a second one. So is a shortened repeat of a title with a
   * complement at the same organization ("the Rapporteur" after "Rapporteur on the rights of X").
   */
  static List<Role> withoutBareRepeats(Map<String, Role> roles) {
    List<Role> out = new ArrayList<>();
    // A repeat is of the same person: compare within each person's roles, not all pairs.
    Map<String, List<Role>> byPerson = new HashMap<>();
    for (Role r : roles.values()) {
      byPerson.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r);
    }
    for (Role r : roles.values()) {
      String prefix = r.title().toLowerCase(Locale.ROOT) + " ";
      boolean repeat = byPerson.get(r.person()).stream().anyMatch(o -> o.person().equals(r.person())
          && ((r.organization() == null && o.organization() != null && o.title().equalsIgnoreCase(r.title()))
          || (Objects.equals(r.organization(), o.organization())
          && o.title().toLowerCase(Locale.ROOT).startsWith(prefix) && o.title().contains(" on "))));
      if (!repeat) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * "Chief Justice of X, the Honourable A B C D ... Chief Justice B's visit": a one-word name that the entity stage
   * left apart from the full name holding it as a later word (a surname that is not the name's last word) is the
   * same holder when the full name has the same title at the same body; ANNOTATION.md Roles: one role per person,
   * title and organization, however often it is repeated. Not a first word: a given name alone tells no holder.
   */
  static List<Role> withoutShortNameRepeats(List<Role> roles, List<Entity> entities) {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) {
      byId.put(e.id(), e);
    }
    List<Role> out = new ArrayList<>();
    for (Role r : roles) {
      Entity p = byId.get(r.person());
      boolean repeat = p != null && p.type() == EntityType.PERSON && !p.name().contains(" ")
          && roles.stream().anyMatch(o -> !o.person().equals(r.person()) && o.title().equalsIgnoreCase(r.title())
          && Objects.equals(o.organization(), r.organization()) && byId.containsKey(o.person())
          && laterWordOf(byId.get(o.person()).name(), p.name()));
      if (!repeat) {
        out.add(r);
      }
    }
    return out;
  }

  /** Is {@code word} one of the words of {@code name} after its first? */
  private static boolean laterWordOf(String name, String word) {
    String[] words = name.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (words[i].equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a delegation of Amnesty International, consisting of deputy director A and researcher B": members
   * of a delegation named earlier in the sentence hold their titles at the delegation's organization;
   * so do the members of a panel "of ORG consisting of ...".
   */
  private static Entity delegationOrg(String match, TreeMap<Integer, Anchor> byStart, int sentenceStart, int titleStart) {
    // The last that fits, found from the title backwards; the text is read in place, and the search for
    // "delegation of" only from the fourth word before the body (copying and searching the sentence up
    // to every body was quadratic per title in a sentence without a full stop).
    for (Anchor a : byStart.subMap(sentenceStart, true, titleStart, false).descendingMap().values()) {
      if (a.entity().type() == EntityType.ORGANIZATION
          && (DELEGATION_OF.matcher(match).region(wordsBack(match, sentenceStart, a.mention().span().start(), 4),
          a.mention().span().start()).find()
          || CONSISTING_OF.matcher(match).region(a.mention().span().end(), titleStart).find())) {
        return a.entity();
      }
    }
    return null;
  }

  /** "the" right before a title, with words of the moment at most ("the President", "the outgoing Chair"). */
  private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\bthe\\s+" + MOMENT_WORDS + "$", Pattern.CASE_INSENSITIVE);

  /** Between a singular title and the body it names: "of", "at", an optional article ("judge of the X Court"). */
  private static final Pattern TITLE_OF = Pattern.compile("\\s+(?:of|at)\\s+(?:the\\s+)?");

  /**
   * The one body a sentence names, for a definite bare title before its holder ("The President Mr. A and the
   * accompanying delegation of the Constitutional Court visited"): the title names no body, "the" says the
   * reader knows which, and the sentence names just one, and no person but the holder. Null otherwise, and
   * when a singular title of the sentence names that body ("the trainer A, judge of the X Court": the body is
   * the judge's post; a plural title without its holders, "the Judges of the X Court", may stand before it).
   */
  private Entity soleBodyOfSentence(String match, TreeMap<Integer, Anchor> byStart, CharSpan sentence,
                                    CharSpan title, Anchor holder) {
    if (!DEFINITE_BEFORE.matcher(match).region(Math.max(sentence.start(), title.start() - 40), title.start()).find()) {
      return null;
    }
    Anchor body = null;
    for (Anchor a : byStart.subMap(sentence.start(), true, sentence.end(), false).values()) {
      if (a.entity().type() == EntityType.PERSON && a.entity() != holder.entity()) {
        return null;
      }
      if (a.entity().type() == EntityType.ORGANIZATION) {
        if (body != null && body.entity() != a.entity()) {
          return null;
        }
        body = a;
      }
    }
    if (body == null) {
      return null;
    }
    for (TitleLexicon.Found f = titles.next(match, sentence.start()); f != null && f.start() < sentence.end();
        f = titles.next(match, f.end())) {
      for (Anchor m : byStart.subMap(sentence.start(), true, sentence.end(), false).values()) {
        if (!f.plural() && m.entity() == body.entity() && f.end() <= m.mention().span().start()
            && TITLE_OF.matcher(match).region(f.end(), m.mention().span().start()).matches()) {
          return null;
        }
      }
    }
    return body.entity();
  }

  /** "its " right before a title: the title's body is one named before it. */
  private static final Pattern ITS_BEFORE = Pattern.compile("\\bits\\s+$");
  /** A line that closes a roster's item (";"), or its heading (":"), and nothing after it on the line. */
  private static final Pattern ROSTER_ITEM_LINE = Pattern.compile("[^\\n]*;[ \\t]*");
  private static final Pattern ROSTER_HEAD_LINE = Pattern.compile("[^\\n]*:[ \\t]*");

  /**
   * "The Copyright Board ..., naming A as its President", "The Bar Council met, and its Chairman A spoke": the
   * body "its" points back to is the last one named earlier in the sentence, or null.
   */
  private static Entity itsOrg(String match, TreeMap<Integer, Anchor> byStart, int sentenceStart, int titleStart) {
    if (!ITS_BEFORE.matcher(match).region(Math.max(sentenceStart, titleStart - 8), titleStart).find()) {
      return null;
    }
    for (Anchor a : byStart.subMap(sentenceStart, true, titleStart, false).descendingMap().values()) {
      if (a.entity().type() == EntityType.ORGANIZATION) {
        return a.entity();
      }
    }
    return null;
  }

  /**
   * Where the heading of a roster written one item a line starts ("The Chamber was composed as follows:" /
   * "President A;" / "Judges B, C;"), when the sentence at {@code sentenceStart} is a line of it: the lines
   * before end in ";" up to one that ends in ":". Otherwise {@code sentenceStart}. A line break ends a sentence,
   * but the heading names the body of every item of its roster.
   */
  private static int rosterHeadStart(String match, int sentenceStart) {
    int lineStart = match.lastIndexOf('\n', sentenceStart - 1) + 1;
    if (lineStart == 0 || !match.substring(lineStart, sentenceStart).isBlank()) {
      return sentenceStart;
    }
    for (int k = 0; k < 40 && lineStart > 0; k++) {
      int prevStart = match.lastIndexOf('\n', lineStart - 2) + 1;
      if (ROSTER_HEAD_LINE.matcher(match).region(prevStart, lineStart - 1).matches()) {
        return prevStart;
      }
      if (!ROSTER_ITEM_LINE.matcher(match).region(prevStart, lineStart - 1).matches()) {
        return sentenceStart;
      }
      lineStart = prevStart;
    }
    return sentenceStart;
  }

  /** The last body named in the sentence before a title whose members it lists ("X was composed of: ..."), or null. */
  private static Entity compositionOrg(String match, TreeMap<Integer, Anchor> byStart, int sentenceStart, int titleStart) {
    for (Anchor a : byStart.subMap(sentenceStart, true, titleStart, false).descendingMap().values()) {
      if (a.entity().type() == EntityType.ORGANIZATION
          && CONSISTING_OF.matcher(match).region(a.mention().span().end(), titleStart).find()) {
        return a.entity();
      }
    }
    return null;
  }

  /**
   * "Special Agent in Charge of Immigration and Customs Enforcement's Homeland Security
   * Investigations": the body a possessive names after the first is where the post is.
   */
  private static Anchor possessed(String match, TreeMap<Integer, Anchor> byStart, Anchor org) {
    Anchor owner = org;
    // a chain of possessives ends at the innermost unit: "the Department's Criminal Division's Fraud Section"
    // but in "the Counterespionage Section of the Justice Department's National Security Division" the
    // possessive is the Department's, not the Section's: no step from a unit "of" a parent
    for (int k = 0; k < 3 && owner.entity().type() == EntityType.ORGANIZATION; k++) {
      Anchor next = null;
      if (!UNIT_OF.matcher(owner.mention().text()).find()) {
        Matcher p = POSSESSIVE_GAP.matcher(match).region(owner.mention().span().end(), match.length());
        next = p.lookingAt() ? startsAt(byStart, p.end()) : null;
        if (next == null && match.startsWith(" ", owner.mention().span().end())) {
          // "the Riverside County District Attorney's Office Felony Prosecution Unit": the unit right after its parent (D11)
          next = startsAt(byStart, owner.mention().span().end() + 1);
        }
      }
      if (next == null) {
        // "of the Drug Enforcement Administration (DEA) Miami Field Division", "of the Bureau of Alcohol, Tobacco,
        // Firearms and Explosives - Boston Field Division": the parent's short form or a spaced dash between it and
        // its unit; the unit, named by its head word, holds the post (D11). Here the parent may be "Bureau of X":
        // no possessive is read, so the guard above does not apply.
        Matcher g = UNIT_MARK_GAP.matcher(match).region(owner.mention().span().end(), match.length());
        Anchor unit = g.lookingAt() && (g.group(1) != null || g.group(2) != null) ? startsAt(byStart, g.end()) : null;
        // a bare head word ("(CAPO) Unit") is the rest of a name cut short, not a unit of its own
        if (unit != null && UNIT_HEAD.matcher(unit.mention().text()).find() && unit.mention().text().strip().contains(" ")) {
          next = unit;
        }
      }
      if (next == null || next.entity().type() != EntityType.ORGANIZATION) {
        break;
      }
      owner = next;
    }
    return owner;
  }

  /**
   * Does the sentence open with a person's name and a comma ("Thomas Halloran, United States
   * Attorney, ...")? Then a list in it gives each title after its holder, not before the next one.
   */
  private boolean personFirst(String match, TreeMap<Integer, Anchor> byStart, int sentenceStart) {
    Map.Entry<Integer, Anchor> first = byStart.ceilingEntry(sentenceStart);
    if (first == null || first.getValue().entity().type() != EntityType.PERSON) {
      return false;
    }
    CharSpan m = first.getValue().mention().span();
    return leadingHonorific.matcher(match).region(sentenceStart, m.start()).matches() && match.startsWith(",", m.end());
  }

  /** What may stand before a contact's name on its line: nothing, or a label ("October 15, 2018 Contact:"). */
  private static final Pattern CONTACT_LABEL = Pattern.compile("(?:[^\\n]*\\bcontacts?\\s*:)?\\s*", Pattern.CASE_INSENSITIVE);

  /** What may stand before a person's name at a sentence's start: spaces and an honorific. */
  private final Pattern leadingHonorific;

  /**
   * "ADA A, of the District Attorney's Red Zone Trial Bureau, under the supervision of ADA B, Bureau Chief":
   * a unit chief's unit is the last one of its kind named earlier in the sentence, or null.
   */
  private static Entity unitNamedBefore(String match, TreeMap<Integer, Anchor> byStart, String title, int sentenceStart,
                                        Anchor holder) {
    Matcher unit = UNIT_CHIEF.matcher(title);
    if (!unit.matches()) {
      return null;
    }
    String kind = unit.group(1).toLowerCase(Locale.ROOT);
    for (Anchor a : byStart.subMap(sentenceStart, true, holder.mention().span().start(), false).descendingMap().values()) {
      String name = a.mention().text().toLowerCase(Locale.ROOT);
      // not a chief's own title read as a body ("Deputy Bureau" of "Deputy Bureau Chief")
      if (a.entity().type() == EntityType.ORGANIZATION && name.endsWith(" " + kind)
          && !CHIEF_NEXT.matcher(match).region(a.mention().span().end(), match.length()).lookingAt()) {
        return a.entity();
      }
    }
    return null;
  }

  /**
   * "Hennepin County Attorney A", "Bexar County Criminal District Attorney B" with the place read as "Bexar County
   * Criminal": the last word of the place right before a title is the first word of a longer title of the lexicon
   * ("County Attorney", "Criminal District Attorney"), which the place's mention hid. The title keeps the words that
   * make the position as written (Conventions); the place keeps its span (its mention is the entity stage's).
   */
  private String withTitleWordOfPlace(String text, String match, TreeMap<Integer, Anchor> byEnd, TitleLexicon.Found t,
                                      int titleStart, String title) {
    Map.Entry<Integer, Anchor> place = byEnd.floorEntry(titleStart);
    if (t.plural() || t.start() != titleStart || place == null || place.getValue().entity().type() != EntityType.LOCATION
        || place.getKey() == titleStart || !match.substring(place.getKey(), titleStart).isBlank()) {
      return title;
    }
    CharSpan p = place.getValue().mention().span();
    int wordStart = p.end();
    while (wordStart > p.start() && !Character.isWhitespace(match.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart <= p.start()) {
      return title; // the place is one word: "Texas Attorney General" holds no title word
    }
    TitleLexicon.Found whole = titles.next(match, wordStart);
    if (whole == null || whole.start() != wordStart || whole.end() != t.end() || whole.plural()) {
      return title;
    }
    return text.substring(wordStart, p.end()) + " " + title;
  }

  /**
   * "Acting Brooklyn District Attorney A", "now retired New York City Police Detective B": the modifiers
   * written before the place that stands before a title belong to the title ("Acting District Attorney").
   */
  private String withModifiersBeforePlace(String text, String match, TreeMap<Integer, Anchor> byEnd, int titleStart,
                                          String title) {
    Map.Entry<Integer, Anchor> place = byEnd.floorEntry(titleStart);
    if (place == null || place.getValue().entity().type() != EntityType.LOCATION
        || !match.substring(place.getKey(), titleStart).equals(" ")) {
      return title;
    }
    int placeStart = place.getValue().mention().span().start();
    int from = titles.modifiersBefore(match, placeStart);
    return from < placeStart ? text.substring(from, placeStart).trim().replaceAll("\\s+", " ") + " " + title : title;
  }

  /**
   * Where a title that serves another one ends ("Adviser to the Chief Justice", "assistant to the Chair"),
   * or {@code from} when no title follows "to (the)" here.
   */
  private int servedTitleEnd(String match, int from) {
    Matcher to = TO_TITLE.matcher(match).region(from, match.length());
    if (!to.lookingAt()) {
      return from;
    }
    TitleLexicon.Found served = titles.next(match, to.end());
    if (served == null || served.start() != to.end() || served.plural()) {
      return from;
    }
    return served.end();
  }

  /**
   * The unit named right after a possessive that names no body (D10: "District Attorney's Homicide Bureau" gives
   * "Homicide Bureau"), at {@code at}: a lower-case generic body's ("the office's Homicide Unit", "the department's
   * Traffic Division") or a named person's, the official whose unit it is ("of Hayden's Homicide Unit"). The unit
   * carries a head word and is more than that word; null when there is no such unit.
   */
  private static Anchor unitOfNoBody(String match, TreeMap<Integer, Anchor> byStart, int at) {
    Anchor first = startsAt(byStart, at);
    Matcher owner;
    if (first == null) {
      owner = GENERIC_OWNER.matcher(match).region(at, match.length());
    } else if (first.entity().type() == EntityType.PERSON) {
      // transparent bounds: the "s" of "Rollins'" lies before the region
      owner = PERSON_OWNER.matcher(match).region(first.mention().span().end(), match.length()).useTransparentBounds(true);
    } else {
      return null;
    }
    if (!owner.lookingAt()) {
      return null;
    }
    Anchor unit = startsAt(byStart, owner.end());
    return unit != null && unit.entity().type() == EntityType.ORGANIZATION
        && UNIT_HEAD.matcher(unit.mention().text()).find() && unit.mention().text().strip().contains(" ") ? unit : null;
  }

  /**
   * "Judge A. Huseynov of the Supreme Court", "Trial Attorney B, of the District Attorney's Homicide Bureau",
   * "Detective C from San Diego Police Department": the organization named right after the person.
   */
  private static Entity orgAfter(String match, TreeMap<Integer, Anchor> byStart, int from) {
    Anchor org = orgAnchorAfter(match, byStart, from);
    return org == null ? null : org.entity();
  }

  /** As {@link #orgAfter}, the mention that names the organization (where the item ends). */
  private static Anchor orgAnchorAfter(String match, TreeMap<Integer, Anchor> byStart, int from) {
    Matcher link = ORG_AFTER_LINK.matcher(match).region(from, match.length());
    if (link.lookingAt()) {
      Anchor a = startsAt(byStart, link.end());
      Matcher owner = UNIT_OWNER.matcher(match).region(link.end(), match.length());
      if (a == null && owner.lookingAt()) {
        a = startsAt(byStart, owner.end()); // "A of the District Attorney's Special Victims Bureau" (D10)
      }
      Anchor owned = unitOfNoBody(match, byStart, link.end());
      if (owned != null) {
        a = owned; // "A, of the department's Traffic Division", "A of Hayden's Homicide Unit"
      }
      if (a != null && a.entity().type() == EntityType.ORGANIZATION) {
        return possessed(match, byStart, a); // "of the Criminal Division's Fraud Section"
      }
    }
    // "Prosecutor: Senior Deputy District Attorney A, Homicide Unit" closing its line or sentence
    Matcher comma = COMMA_ORG.matcher(match).region(from, match.length());
    Anchor unit = comma.lookingAt() ? startsAt(byStart, comma.end()) : null;
    if (unit != null && unit.entity().type() == EntityType.ORGANIZATION
        && LINE_END.matcher(match).region(unit.mention().span().end(), match.length()).lookingAt()) {
      return unit;
    }
    return null;
  }

  /**
   * The further items of a plural title's list in which each name carries its own body ("Trial Attorneys A of the
   * Fraud Section and B of the Tax Division", "Assistant U.S. Attorneys A of the District of X, B of the District of
   * Y and C of the District of Z"), read from the end of the first item's name: each item is a person and the body
   * named right after that person, joined by a comma or "and"; the list ends at "and" or at an item with no body of
   * its own ("... of the Fraud Section and B" may name B for another reason). Each pair is {person, organization}.
   */
  private List<Anchor[]> itemsWithOwnBodies(String match, TreeMap<Integer, Anchor> byStart, int from) {
    List<Anchor[]> out = new ArrayList<>();
    Anchor body = orgAnchorAfter(match, byStart, from);
    for (int k = 0; body != null && k < 8; k++) {
      Matcher gap = listGap.matcher(match).region(body.mention().span().end(), match.length());
      if (!gap.lookingAt()) {
        break;
      }
      Anchor p = startsAt(byStart, gap.end());
      if (p == null || p.entity().type() != EntityType.PERSON) {
        break;
      }
      body = orgAnchorAfter(match, byStart, p.mention().span().end());
      if (body == null) {
        break;
      }
      out.add(new Anchor[] {p, body});
      if (AND_WORD.matcher(gap.group()).find()) {
        break; // "A of X, B of Y and C of Z": the last item
      }
    }
    return out;
  }


  /**
   * A contact block: "Susan Lee" on a line of its own, her title alone on the next line ("Chief of
   * Staff"), as press releases list their press contacts. Returns that person, or null.
   */
  private static Anchor contactHolder(String match, TreeMap<Integer, Anchor> byEnd, CharSpan title) {
    int lineStart = match.lastIndexOf('\n', title.start() - 1) + 1;
    int lineEnd = match.indexOf('\n', title.end());
    if (lineStart == 0 || !match.substring(lineStart, title.start()).isBlank()
        || !match.substring(title.end(), lineEnd < 0 ? match.length() : lineEnd).isBlank()) {
      return null;
    }
    int prevEnd = lineStart - 1;
    int prevStart = match.lastIndexOf('\n', prevEnd - 1) + 1;
    Map.Entry<Integer, Anchor> last = byEnd.floorEntry(prevEnd);
    if (last == null || last.getValue().entity().type() != EntityType.PERSON) {
      return null;
    }
    CharSpan p = last.getValue().mention().span();
    return p.start() >= prevStart && CONTACT_LABEL.matcher(match).region(prevStart, p.start()).matches()
        && match.substring(p.end(), prevEnd).isBlank() ? last.getValue() : null;
  }

  /**
   * The office named alone on the line after a contact's title ("Director of Communications" / "Dallas County
   * District Attorney's Office"), or null.
   */
  private static Entity contactOffice(String match, TreeMap<Integer, Anchor> byStart, CharSpan title) {
    int lineEnd = match.indexOf('\n', title.end());
    if (lineEnd < 0) {
      return null;
    }
    int next = lineEnd + 1;
    while (next < match.length() && (match.charAt(next) == ' ' || match.charAt(next) == '\t')) {
      next++;
    }
    Anchor office = startsAt(byStart, next);
    return office != null && office.entity().type() == EntityType.ORGANIZATION
        && LINE_END.matcher(match).region(office.mention().span().end(), match.length()).lookingAt() ? office.entity() : null;
  }

  /** A title waiting for the person named after the next title of a chain; {@code chainEnd}: where that title starts. */
  private record Pending(String title, Entity org, CharSpan span, int chainEnd, boolean plural) {
  }

  /**
   * Where the domain of a title ends ("Minister of Justice", "deputy minister of justice"), or {@code from}
   * when there is none: words in the case of the title, stopping before a name ("Minister of Justice Ivan
   * Petrov") and never ending on a function word.
   */
  private int domainEnd(String match, TreeMap<Integer, Anchor> byStart, int from, boolean capitalised) {
    return domainEnd(match, byStart, from, capitalised, false);
  }

  /** As above; {@code fieldOnly}: the field after "for" of any title, which no tagged name may hold. */
  private int domainEnd(String match, TreeMap<Integer, Anchor> byStart, int from, boolean capitalised, boolean fieldOnly) {
    Matcher of = (fieldOnly ? FIELD_FOR : DOMAIN_OF).matcher(match).region(from, match.length());
    if (!of.lookingAt()) {
      return from;
    }
    int end = from;
    int at = of.end();
    Matcher w = DOMAIN_WORD.matcher(match);
    while (at < match.length() && w.region(at, match.length()).lookingAt()) {
      Anchor tagged = startsAt(byStart, at);
      if (tagged != null && !fieldOnly && isDomainName(tagged, capitalised)) {
        // "Minister of Trade", "Minister of Fisheries and the Coast Guard" with "Trade" or "Coast Guard" tagged as a
        // body: a bare domain stays in the title (ANNOTATION.md, Roles), the name holds no body's head word
        end = tagged.mention().span().end();
        Matcher and = AND_BODY.matcher(match).region(end, match.length());
        TitleLexicon.Found second = and.lookingAt() ? titles.next(match, and.end()) : null;
        if (!and.lookingAt() || second != null && second.start() == and.end()) {
          break;
        }
        at = and.end();
        continue;
      }
      String word = w.group(1);
      boolean upper = Character.isUpperCase(word.charAt(0));
      if (upper != capitalised || startsAt(byStart, at) != null || insideMention(byStart, new CharSpan(at, w.end(1)))
          || functionWords.contains(word.toLowerCase(Locale.ROOT)) || honorifics.contains(word.toLowerCase(Locale.ROOT))) {
        break;
      }
      end = w.end(1);
      if (w.group(2) == null) {
        break;
      }
      TitleLexicon.Found second = w.group(2).contains("and") ? titles.next(match, w.end()) : null;
      if (second != null && second.start() == w.end()) {
        break; // "Minister of Justice and Attorney General": a second title, not a longer domain
      }
      at = w.end();
    }
    return end;
  }

  /** What closes a title's field: a comma or stop, a bracket, the line's end, or "at"/"of"/"with" before a body. */
  private static final Pattern FIELD_CLOSE = Pattern.compile("\\s*(?:[,;:.)]|\\R|$)|\\s+(?:at|of|with)\\s+");
  private static final Pattern FIELD_BODY_ARTICLE = Pattern.compile("(?:the\\s+)?");
  /** The longest field a title takes ("multidimensional security", "Criminal Enforcement"), in words. */
  private static final int MAX_FIELD_WORDS = 3;

  /**
   * Where the field of a title that takes one (titles.tsv "field") ends after "of"/"for", or {@code from}: one to
   * three words in the case of the title ("senior advisor for cybercrime", "secretary of multidimensional security"),
   * no article, place or person among them, closed by the holder's name, a comma or stop, or "at"/"of"/"with" and a
   * body ("Deputy Assistant Attorney General for Criminal Enforcement of the Tax Division": a one-to-three-word name
   * tagged as a body there, with no acronym, is the post's field as "Trade" of "Minister of Trade" is). A field left
   * open ("counsel for defendant Smith", "a director of operations since 2010") is not read: the title stays bare.
   */
  private int closedFieldEnd(String match, TreeMap<Integer, Anchor> byStart, int from, boolean capitalised) {
    int end = domainEnd(match, byStart, from, capitalised, false);
    if (end == from) {
      return from;
    }
    Matcher link = DOMAIN_OF.matcher(match).region(from, end);
    if (!link.lookingAt() || SPACES.split(match.substring(link.end(), end).strip()).length > MAX_FIELD_WORDS) {
      return from;
    }
    for (Map.Entry<Integer, Anchor> e = byStart.ceilingEntry(link.end()); e != null && e.getKey() < end;
        e = byStart.higherEntry(e.getKey())) {
      if (e.getValue().entity().type() != EntityType.ORGANIZATION) {
        return from; // a place or a person is no field ("Director of Texas", "counsel for Smith")
      }
    }
    int next = end;
    while (next < match.length() && (match.charAt(next) == ' ' || match.charAt(next) == '\t')) {
      next++;
    }
    Anchor after = startsAt(byStart, next);
    if (after != null && after.entity().type() == EntityType.PERSON) {
      return end; // "Senior Advisor for Cybercrime A": the holder closes the field
    }
    Matcher close = FIELD_CLOSE.matcher(match).region(end, match.length());
    if (!close.lookingAt()) {
      return from;
    }
    if (close.group().strip().matches("at|of|with")) {
      // "... for Criminal Enforcement of the Tax Division": a body (a tagged name, after an optional article) follows
      Matcher art = FIELD_BODY_ARTICLE.matcher(match).region(close.end(), match.length());
      art.lookingAt();
      Anchor body = startsAt(byStart, art.end());
      if (body == null || body.entity().type() != EntityType.ORGANIZATION) {
        return from;
      }
    }
    return end;
  }

  /**
   * An organization's mention of two words or more, ending in a body's head word, that stands wholly among the
   * modifiers of a title before its title word ("Homicide Bureau" of "Homicide Bureau Chief A", as "bureau" and
   * "homicide" are modifiers), or null. The body so named holds the post: the title starts after it, as it does
   * after a body the modifiers do not reach ("Special Victims Bureau Chief B"; corpus/README D10). A one-word body
   * inside a title ("Bureau" of "Bureau Chief", "Police" of "Police Chief") stays the title's.
   */
  private Anchor bodyBeforeBase(TreeMap<Integer, Anchor> byStart, TitleLexicon.Found t) {
    for (Map.Entry<Integer, Anchor> e = byStart.ceilingEntry(t.start()); e != null && e.getKey() < t.baseStart();
        e = byStart.higherEntry(e.getKey())) {
      Anchor a = e.getValue();
      if (a.entity().type() == EntityType.ORGANIZATION && a.mention().span().end() <= t.baseStart()
          && SPACES.split(a.mention().text().strip()).length > 1 && endsInHead(a)) {
        return a;
      }
    }
    return null;
  }

  /** Runs of white space between a mention's words; anything but a letter, cut from its last word. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");

  /**
   * Does a body's mention end in its head word ("High Court", "Bar Board") or is it an acronym ("HCJ")? Only then is
   * it a whole body before "and": in "CPS Yorkshire and Humberside Complex Casework Unit" the "and" runs inside one name.
   */
  private boolean endsInHead(Anchor a) {
    String[] words = SPACES.split(a.mention().text().strip());
    String last = NON_LETTERS.matcher(words[words.length - 1]).replaceAll("");
    return bodyHeads.contains(last.toLowerCase(Locale.ROOT))
        || last.length() > 1 && last.equals(last.toUpperCase(Locale.ROOT)) && words.length == 1;
  }

  /**
   * Is a mention tagged as a body a title's domain instead ("Trade" of "Minister of Trade")? An organization of one
   * to three words in the case of the title, none of them a body's head word ("Council", "Ministry") nor a
   * function word.
   */
  private boolean isDomainName(Anchor a, boolean capitalised) {
    if (a.entity().type() != EntityType.ORGANIZATION) {
      return false;
    }
    String[] words = SPACES.split(a.mention().text().strip());
    if (words.length > 3) {
      return false;
    }
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      // an acronym ("FBI") is a body's short name, not a domain
      if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || Character.isUpperCase(word.charAt(0)) != capitalised
          || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
          || bodyHeads.contains(lower) || functionWords.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a lower-case "on ..." complement of a title ends, or {@code from} when there is none. The
   * complement must be closed: by a new "of the" phrase, a comma, or the name of the holder ("Rapporteur
   * on the independence of judges Mr. A"), never by running into the rest of a sentence.
   */
  private int complementEnd(String match, TreeMap<Integer, Anchor> byStart, int from) {
    Matcher c = COMPLEMENT.matcher(match).region(from, match.length());
    if (!c.lookingAt()) {
      return from;
    }
    int end = c.end();
    Matcher stop = COMPLEMENT_STOP.matcher(match).region(from, end);
    if (stop.find()) {
      end = stop.start();
    } else {
      Matcher gap = personAfterGap.matcher(match).region(end, match.length());
      Anchor next = gap.lookingAt() ? startsAt(byStart, gap.end()) : null;
      boolean comma = match.startsWith(",", end);
      if (!comma && (next == null || next.entity().type() != EntityType.PERSON)) {
        return from;
      }
    }
    String[] words = match.substring(from, end).trim().split("\\s+");
    int n = words.length;
    while (n > 1 && functionWords.contains(words[n - 1])) {
      end = match.lastIndexOf(words[n - 1], end - 1);
      end = match.substring(0, end).stripTrailing().length();
      n--;
    }
    return n > 1 ? end : from;
  }

  /** 'director of "Nordic Invest" LLC A. Petrov': past the quote and legal form after a company's name. */
  private int pastCompanyForm(String match, int from) {
    Matcher m = titles.companyFormAfter().matcher(match).region(from, match.length());
    return m.lookingAt() ? m.end() : from;
  }

  /** "the X Office in Baku Ivan Petrov": past the place of an office, where the person may follow. */
  private int pastPlace(String match, TreeMap<Integer, Anchor> byStart, int from) {
    Matcher in = PLACE_LINK.matcher(match).region(from, match.length());
    if (in.lookingAt()) {
      int end = placeEnd(match, byStart, in.end());
      if (end > 0) {
        return end;
      }
    }
    return from;
  }

  /**
   * The end of a place starting here ("Baku", "Republic of [Lithuania]"), or -1. A state's name that
   * no mention covers counts when the holder's name follows it at once ("of the Republic of Moldova Ion
   * Grosu"): one title-case word, not an acronym (an acronym names a body).
   */
  private int placeEnd(String match, TreeMap<Integer, Anchor> byStart, int from) {
    Matcher state = stateForm.matcher(match).region(from, match.length());
    int at = state.lookingAt() ? state.end() : from;
    Anchor a = startsAt(byStart, at);
    if (a == null && at != from) {
      a = startsAt(byStart, from);
    }
    if (a == null) {
      Matcher word = STATE_NAME.matcher(match).region(at, match.length());
      if (word.lookingAt()) {
        Matcher gap = personAfterGap.matcher(match).region(word.end(), match.length());
        Anchor next = gap.lookingAt() ? startsAt(byStart, gap.end()) : null;
        return next != null && next.entity().type() == EntityType.PERSON ? word.end() : -1;
      }
    }
    return a != null && a.entity().type() == EntityType.LOCATION ? a.mention().span().end() : -1;
  }

  /**
   * The person named right before a title ("A, judge of ..."), or for a plural title the whole list
   * before it, of at least two names ("A and B, judges of ...").
   */
  private List<Anchor> personsBefore(String match, TreeMap<Integer, Anchor> byEnd, int titleStart, boolean plural,
                                     Anchor rejectedAfter) {
    List<Anchor> out = new ArrayList<>();
    Anchor last = holderEndingBefore(match, byEnd, titleStart, PERSON_BEFORE_GAP);
    if (last != null && AS_GAP.matcher(match).region(last.mention().span().end(), titleStart).find()) {
      last = successorOf(match, byEnd, last);
    }
    Map.Entry<Integer, Anchor> place = byEnd.floorEntry(titleStart);
    if (last == null && !plural && place != null && place.getValue().entity().type() != EntityType.PERSON
        && ORG_BEFORE_GAP.matcher(match).region(place.getKey(), titleStart).matches()) {
      // "William Bennett, Hampden County District Attorney" (the county before the title is no holder, D2),
      // "David Dillion, EPA's Special Agent in Charge": the holder before the place or body
      last = holderEndingBefore(match, byEnd, place.getValue().mention().span().start(), PERSON_BEFORE_GAP);
    }
    if (last == null && !plural) {
      // "The Assembly elected A President of the Court", "the Council appointed A Secretary General": the object of
      // an appointing verb and its post with nothing between them, as "appointed A as TITLE" ("appointed as", Roles)
      Map.Entry<Integer, Anchor> e = byEnd.floorEntry(titleStart);
      if (e != null && e.getValue().entity().type() == EntityType.PERSON
          && BLANK_ON_LINE.matcher(match).region(e.getKey(), titleStart).matches()
          && APPOINTS_BEFORE.matcher(match).region(0, e.getValue().mention().span().start()).find()) {
        last = e.getValue();
      }
    }
    if (last == null && rejectedAfter != null) {
      // "A, Judge of X, B President of Y": B, refused by the title before, holds the title right after the name
      Map.Entry<Integer, Anchor> e = byEnd.floorEntry(titleStart);
      if (e != null && sameMention(e.getValue(), rejectedAfter) && match.substring(e.getKey(), titleStart).isBlank()) {
        last = e.getValue();
      }
    }
    if (last == null) {
      return out;
    }
    out.add(last);
    if (!plural) {
      return out;
    }
    if (ENUMERATION_COMMA.matcher(match).region(last.mention().span().end(), titleStart).matches()
        && commaItemTitleBefore(match, last.mention().span().start())) {
      // "attended by Minister of Justice A, Ombudsman B, judges of the Court and ...": items "TITLE NAME" parted by
      // commas, the list's "and" still to come: the plural after a bare comma is one more item (holders not named),
      // no apposition (each name's post is the title before it). "ADA A and ADA B, Deputy Chiefs of X" closed the
      // list with "and": the plural names both.
      return List.of();
    }
    Anchor p = last;
    while (true) {
      Anchor prev = holderEndingBefore(match, byEnd, p.mention().span().start(), listGapWhole);
      if (prev == null) {
        prev = titledItemBefore(match, byEnd, p.mention().span().start());
      }
      if (prev == null) {
        break;
      }
      p = prev;
      out.add(0, p);
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** "as" between a name and the title after it ("A succeeds B as President"). */
  private static final Pattern AS_GAP = Pattern.compile("\\bas\\b", Pattern.CASE_INSENSITIVE);
  /** An active appointing verb right before a name whose post follows it with no "as" ("elected A President of X"). */
  private static final Pattern APPOINTS_BEFORE = Pattern.compile("\\b(?:appointed|elected|re-elected|appoints|elects)\\s+$");
  /** Spaces on one line, at least one. */
  private static final Pattern BLANK_ON_LINE = Pattern.compile("[ \\t]+");
  /** A verb of succession right before a name: the post "as TITLE" after that name is its successor's. */
  private static final Pattern SUCCEEDS_BEFORE = Pattern.compile(
      "(?:succeeds|succeeded|succeeding|replaces|replaced|replacing|(?:will|to)\\s+(?:succeed|replace))\\s+$",
      Pattern.CASE_INSENSITIVE);

  /**
   * "A succeeds B as President of X", "A, who replaced B as judge": the name before "as TITLE" is the one
   * succeeded, and the post is held by the person named right before the verb (or by nobody named there).
   * Returns {@code named} when no verb of succession stands right before it.
   */
  private static Anchor successorOf(String match, TreeMap<Integer, Anchor> byEnd, Anchor named) {
    int start = named.mention().span().start();
    Matcher verb = SUCCEEDS_BEFORE.matcher(match).region(Math.max(0, start - 30), start);
    if (!verb.find()) {
      return named;
    }
    return holderEndingBefore(match, byEnd, verb.start(), SUCCESSOR_GAP);
  }

  /** Between a successor and the verb of succession: spaces, or ", who". */
  private static final Pattern SUCCESSOR_GAP = Pattern.compile("\\s*(?:,\\s*who\\s*|\\s+)", Pattern.CASE_INSENSITIVE);

  /**
   * Whether the name at {@code nameStart} is a list item "TITLE NAME" that follows the item before it after a comma
   * (", Ombudsman B"): a singular title of the lexicon ends right before the name (past spaces and an honorific),
   * and a comma stands right before that title.
   */
  private boolean commaItemTitleBefore(String match, int nameStart) {
    for (TitleLexicon.Found t = titles.next(match, Math.max(0, nameStart - 60)); t != null && t.start() < nameStart;
        t = titles.next(match, t.end())) {
      if (t.end() < nameStart && !t.plural() && leadingHonorific.matcher(match).region(t.end(), nameStart).matches()) {
        return COMMA_BEFORE.matcher(match).region(Math.max(0, t.start() - 12), t.start()).find();
      }
    }
    return false;
  }

  /**
   * "Justice A, Justice B and Mr C as judges": a list item whose name has its own title before it. The person
   * of the item before the title that stands right before {@code nameStart}, or null. (That title is read as
   * the name's own role where it stands.)
   */
  private Anchor titledItemBefore(String match, TreeMap<Integer, Anchor> byEnd, int nameStart) {
    for (TitleLexicon.Found t = titles.next(match, Math.max(0, nameStart - 60)); t != null && t.start() < nameStart;
        t = titles.next(match, t.end())) {
      if (t.end() < nameStart && !t.plural() && SPACES.matcher(match).region(t.end(), nameStart).matches()) {
        return holderEndingBefore(match, byEnd, t.start(), listGapWhole);
      }
    }
    return null;
  }

  /**
   * The person whose name ends right before {@code at}, with {@code gap} between: directly, or past a
   * parenthesis after the name ("Mr Andreas Kumin (Austria) was appointed as judge", "Mr A (who replaces
   * Ms B), Mr C (...) were appointed as Judges"), whatever names stand inside it. Null when none.
   */
  private static Anchor holderEndingBefore(String match, TreeMap<Integer, Anchor> byEnd, int at, Pattern gap) {
    Map.Entry<Integer, Anchor> last = byEnd.floorEntry(at);
    if (last != null && last.getValue().entity().type() == EntityType.PERSON
        && gap.matcher(match).region(last.getKey(), at).matches()) {
      return last.getValue();
    }
    int close = match.lastIndexOf(')', at - 1);
    if (close < 0 || at - close > 60 || !gap.matcher(match).region(close + 1, at).matches()) {
      return null;
    }
    int open = match.lastIndexOf('(', close);
    if (open < 0 || close - open > 120 || match.substring(open, close).indexOf('\n') >= 0
        || match.substring(open + 1, close).indexOf(')') >= 0) {
      return null;
    }
    Map.Entry<Integer, Anchor> named = byEnd.floorEntry(open);
    return named != null && named.getValue().entity().type() == EntityType.PERSON
        && match.substring(named.getKey(), open).isBlank() ? named.getValue() : null;
  }

  private static boolean sameMention(Anchor a, Anchor b) {
    return a != null && b != null && a.mention().span().equals(b.mention().span());
  }

  /**
   * The organization named after a title's person, or after the list of titled persons it starts ("Assistant
   * Chief A and Trial Attorney B of the Criminal Division's Fraud Section"), or null. {@code middleItem}: the
   * item is not the list's first ("Deputy Chief A, Assistant Chief B, and Trial Attorney C of the Fraud Section"
   * read from B): its ", and" closes the list "A, B, and C" whose last item names the body of all.
   */
  private Entity orgAfterItems(String match, TreeMap<Integer, Anchor> byStart, TreeMap<Integer, Anchor> byEnd, int from,
                               boolean middleItem) {
    int at = from;
    int commas = 0;
    for (int k = 0; k < 4; k++) {
      Entity org = orgAfter(match, byStart, at);
      if (org != null) {
        // a body after a middle item of "A, B, and C" is that item's alone ("Judge A, AAG B of the Criminal Division, ...")
        return k == 0 ? org : null;
      }
      Matcher gap = ITEM_GAP.matcher(match).region(at, match.length());
      if (!gap.lookingAt()) {
        return null;
      }
      boolean and = gap.group().contains("and");
      boolean comma = gap.group().contains(",");
      // Items joined by "and", or a list "A, B, and C"; not "A, B" (a list of different bodies may follow),
      // nor "X, and Trial Attorneys B" after a single item (a new clause).
      if (!and && !comma || and && comma && commas == 0 && !middleItem) {
        return null;
      }
      TitleLexicon.Found next = titles.next(match, gap.end());
      if (next == null || next.start() != gap.end() || bodyOrPlaceBefore(match, byEnd, next.start())) {
        return null;
      }
      List<Anchor> persons = personsAfter(match, byStart, next.end(), next.plural());
      if (persons.isEmpty()) {
        return null;
      }
      at = persons.get(persons.size() - 1).mention().span().end();
      if (and) {
        return orgAfter(match, byStart, at); // the list's last item names the body of all
      }
      commas++;
    }
    return null;
  }

  /** Does "and (the) TITLE" follow here? */
  private boolean titleAfterAnd(String match, int at) {
    Matcher and = AND_TITLE.matcher(match).region(at, match.length());
    if (!and.lookingAt()) {
      return false;
    }
    TitleLexicon.Found next = titles.next(match, and.end());
    return next != null && next.start() == and.end();
  }

  /** Is the title at {@code at} written after a place or body ("Santa Ana Police Chief", "FBI Special Agent")? */
  private static boolean bodyOrPlaceBefore(String match, TreeMap<Integer, Anchor> byEnd, int at) {
    Map.Entry<Integer, Anchor> e = byEnd.floorEntry(at);
    return e != null && e.getValue().entity().type() != EntityType.PERSON
        && ORG_BEFORE_GAP.matcher(match).region(e.getKey(), at).matches();
  }



  /**
   * "The judges appointed to the courts:" and then one line per court, "Sheki Court of Appeal – A, B;":
   * each line's organization (first) and persons (after it), or nothing when the title's line does not
   * end in a colon or the next line is not of that form.
   */
  private List<Anchor[]> rosterAfter(String match, TreeMap<Integer, Anchor> byStart, int from) {
    Matcher head = ROSTER_HEAD.matcher(match).region(from, match.length());
    List<Anchor[]> out = new ArrayList<>();
    if (!head.lookingAt()) {
      return out;
    }
    int at = head.end();
    while (at < match.length()) {
      Matcher bullet = ROSTER_BULLET.matcher(match).region(at, match.length());
      if (bullet.lookingAt()) {
        at = bullet.end();
      }
      Anchor org = startsAt(byStart, at);
      if (org == null || org.entity().type() != EntityType.ORGANIZATION) {
        break;
      }
      Matcher dash = ROSTER_DASH.matcher(match).region(org.mention().span().end(), match.length());
      if (!dash.lookingAt()) {
        break;
      }
      List<Anchor> people = new ArrayList<>();
      Anchor p = startsAt(byStart, dash.end());
      while (p != null && p.entity().type() == EntityType.PERSON) {
        people.add(p);
        Matcher next = listGap.matcher(match).region(p.mention().span().end(), match.length());
        p = next.lookingAt() ? startsAt(byStart, next.end()) : null;
      }
      if (people.isEmpty()) {
        break;
      }
      Anchor[] line = new Anchor[people.size() + 1];
      line[0] = org;
      for (int k = 0; k < people.size(); k++) {
        line[k + 1] = people.get(k);
      }
      out.add(line);
      Matcher end = ROSTER_LINE_END.matcher(match).region(people.get(people.size() - 1).mention().span().end(), match.length());
      if (!end.lookingAt()) {
        break;
      }
      at = end.end();
    }
    return out;
  }

  /**
   * "A is appointed as chairman of X, with release from the post of judge of Y": the post one is
   * released from was held by the person named earlier in the sentence (the last one before it).
   */
  private static Anchor releasedFromPost(String match, TreeMap<Integer, Anchor> byEnd, int sentenceStart, int titleStart) {
    // The phrase has at most six words and ends at the title: search only from the sixth word back (a
    // search of the whole sentence per title was quadratic in a sentence without a full stop).
    if (!RELEASED_FROM.matcher(match).region(wordsBack(match, sentenceStart, titleStart, 6), titleStart).find()) {
      return null;
    }
    for (Map.Entry<Integer, Anchor> e = byEnd.floorEntry(titleStart); e != null && e.getKey() > sentenceStart;
         e = byEnd.lowerEntry(e.getKey())) {
      if (e.getValue().entity().type() == EntityType.PERSON) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Where the {@code words}-th word before {@code end} starts (not before {@code floor}), words being
   * separated by what {@code \s} matches (without UNICODE_CHARACTER_CLASS) and commas. A phrase of at
   * most that many such words that ends at {@code end} lies after it, and the character before it, if
   * any, is no word character, so a search from there finds what a search from {@code floor} finds.
   */
  private static int wordsBack(String match, int floor, int end, int words) {
    int from = end;
    for (int w = 0; w < words && from > floor; w++) {
      while (from > floor && isSeparator(match.charAt(from - 1))) {
        from--;
      }
      while (from > floor && !isSeparator(match.charAt(from - 1))) {
        from--;
      }
    }
    return from;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ',';
  }

  /** The person named right after a title, or every name of a list after a plural title. */
  private List<Anchor> personsAfter(String match, TreeMap<Integer, Anchor> byStart, int from, boolean plural) {
    List<Anchor> out = new ArrayList<>();
    Matcher gap = personAfterGap.matcher(match).region(from, match.length());
    if (!gap.lookingAt()) {
      return out;
    }
    Anchor p = startsAt(byStart, gap.end());
    if (p == null) {
      // "District Attorney Summer [Stephan]": a given name the mention left out stands between
      Matcher given = GIVEN_NAME.matcher(match).region(gap.end(), match.length());
      p = given.lookingAt() ? startsAt(byStart, given.end()) : null;
      if (p != null && p.mention().text().contains(" ")) {
        p = null; // only a surname alone lost its given name ("Summer [Stephan]", not "Clay [D. Land]")
      }
    }
    while (p != null && p.entity().type() == EntityType.PERSON) {
      out.add(p);
      if (!plural) {
        break;
      }
      // "Judges A (Ruritania), B (Borduria) and C": past a place or note in parentheses after the name
      Matcher note = NAME_NOTE.matcher(match).region(p.mention().span().end(), match.length());
      Matcher next = listGap.matcher(match).region(note.lookingAt() ? note.end() : p.mention().span().end(), match.length());
      p = next.lookingAt() ? startsAt(byStart, next.end()) : null;
    }
    return out;
  }

  /**
   * The person named after an envoy's sending state and the body or state he is sent to ("Ambassador of Estoria to
   * the Council of Nations A", "Permanent Representative of X to Y A"): the post is A's, held for the state, at
   * no body (as a post "of the Republic of X"); the body sent to is not his.
   */
  private static List<Anchor> envoyAfterStateAndBody(String match, TreeMap<Integer, Anchor> byStart, int from) {
    Map.Entry<Integer, Anchor> state = byStart.higherEntry(from);
    if (state == null || state.getValue().entity().type() != EntityType.LOCATION
        || !OF_STATE.matcher(match).region(from, state.getKey()).matches()) {
      return List.of();
    }
    int stateEnd = state.getValue().mention().span().end();
    Map.Entry<Integer, Anchor> body = byStart.higherEntry(stateEnd - 1);
    if (body == null || body.getValue().entity().type() == EntityType.PERSON
        || !TO_BODY.matcher(match).region(stateEnd, body.getKey()).matches()) {
      return List.of();
    }
    int bodyEnd = body.getValue().mention().span().end();
    Map.Entry<Integer, Anchor> person = byStart.higherEntry(bodyEnd - 1);
    return person != null && person.getValue().entity().type() == EntityType.PERSON
        && SPACE_ONLY.matcher(match).region(bodyEnd, person.getKey()).matches() ? List.of(person.getValue()) : List.of();
  }

  private void add(Reads roles, Anchor person, String title, Entity org, CharSpan titleSpan,
                   int sentence, String shape) {
    add(roles, person, title, org, titleSpan, sentence, shape, titles.confidence(shape));
  }

  /** As above, with the confidence of a shape that shapes.tsv does not hold (a data shape's, slot-shapes.tsv). */
  private void add(Reads roles, Anchor person, String title, Entity org, CharSpan titleSpan,
                   int sentence, String shape, double confidence) {
    if (!titles.canHold(person.mention().text().strip())) {
      return; // "Meet The DA / Executive Team": a body or menu item read as a name holds nothing
    }
    if (org == null && titles.needsBody(title.substring(title.lastIndexOf(' ') + 1))) {
      return; // "a member of a vicious group": a member of no named body holds no post
    }
    String key = RoleKey.of(person.entity().id(), title, org == null ? null : org.id());
    CharSpan p = person.mention().span();
    CharSpan evidence = new CharSpan(Math.min(p.start(), titleSpan.start()), Math.max(p.end(), titleSpan.end()));
    roles.candidates().add(new RoleCandidate(person.mention(), person.entity(), title, titleSpan, org, evidence, sentence,
        shape, confidence, RoleCandidate.Source.RULE));
    if (roles.byKey().containsKey(key)) {
      return;
    }
    roles.byKey().put(key, new Role(person.entity().id(), title, org == null ? null : org.id(), evidence, sentence, confidence, shape));
  }

  /**
   * The data shapes' readings that name a body, by "title start|person start": where the rules read the same
   * title and person and find no body of their own, the data shape's body (and its name and confidence) is
   * the role's; the first row of slot-shapes.tsv that reads one there wins.
   */
  private static Map<String, SlotShapes.Reading> orgReadings(List<SlotShapes.Reading> readings) {
    Map<String, SlotShapes.Reading> out = new HashMap<>();
    for (SlotShapes.Reading r : readings) {
      if (r.role().organization() != null) {
        out.putIfAbsent(r.titleStart() + "|" + r.personStart(), r);
      }
    }
    return out;
  }

  /**
   * The roles of the data shapes (slot-shapes.tsv), each only where the rules above read no role of
   * that person with that title (at any organization, or none): on an overlap the rule path wins, as
   * its shapes read more than a slot pattern can (domains, lists, possessives). The same checks as
   * {@link #add} apply (a holder that can hold a post, a body for a title that needs one).
   */
  private void addSlotShapeRoles(Map<String, Role> roles, List<SlotShapes.Reading> readings, Map<String, Entity> byId) {
    if (readings.isEmpty()) {
      return;
    }
    Set<String> read = new HashSet<>();
    for (Role r : roles.values()) {
      read.add(RoleKey.personTitle(r.person(), r.title()));
    }
    for (SlotShapes.Reading reading : readings) {
      Role r = reading.role();
      String personTitle = RoleKey.personTitle(r.person(), r.title());
      String key = RoleKey.of(r);
      if (read.contains(personTitle) || roles.containsKey(key)) {
        continue;
      }
      // the holder's mention that the shape read: the one inside the evidence
      String holder = byId.get(r.person()).mentions().stream().filter(m -> r.evidence().contains(m.span()))
          .findFirst().map(Mention::text).orElse("");
      if (!titles.canHold(holder.strip())
          || r.organization() == null && titles.needsBody(r.title().substring(r.title().lastIndexOf(' ') + 1))) {
        continue;
      }
      roles.put(key, r);
    }
  }

  /** Where the word after the one at {@code at} starts (past letters, then past what is not a letter). */
  private static int nextWord(String match, int at) {
    int i = at;
    while (i < match.length() && Character.isLetter(match.charAt(i))) {
      i++;
    }
    while (i < match.length() && !Character.isLetter(match.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Anchor startsAt(TreeMap<Integer, Anchor> byStart, int offset) {
    return byStart.get(offset);
  }

  private static boolean insideMention(TreeMap<Integer, Anchor> byStart, CharSpan span) {
    Map.Entry<Integer, Anchor> e = byStart.floorEntry(span.start());
    if (e != null && e.getValue().mention().span().overlaps(span)) {
      return true;
    }
    Map.Entry<Integer, Anchor> next = byStart.ceilingEntry(span.start());
    return next != null && next.getValue().mention().span().overlaps(span);
  }

  /**
   * The capitalised words of a post's field between a name's separator (a comma, a spaced dash) and a title, on one
   * line: "Paul Kim, Legal Support Manager", "Eve Stone \u2013 Investigations Director" (staff lines and award lists).
   */
  private static final Pattern FIELD_AFTER_NAME = Pattern.compile(
      "(?:,|[ \\t][-\u2013\u2014])[ \\t]*((?:\\p{Lu}[\\p{L}\\p{N}&-]*[ \\t]+){1,3})$");
  /** The same words opening a line of their own: "Legal Support Manager" below a name line (a contact or staff block). */
  private static final Pattern FIELD_AT_LINE_START = Pattern.compile(
      "(?:(?<=\\n)|(?<![\\s\\S]))[ \\t]*((?:\\p{Lu}[\\p{L}\\p{N}&-]*[ \\t]+){1,3})$");
  /** What may open a line before the name it lists: spaces, a dash or a bullet. */
  private static final Pattern LINE_OPEN = Pattern.compile("[ \\t]*(?:[-\u2013\u2014\u2022\u00b7*][ \\t]+)?");

  /**
   * The title found at {@code t} with the field words written before it where a name's apposition or a name's line
   * gives the post ("A, Legal Support Manager", "A \u2013 Rent Inspector", "A" on a line and "Investigations Director"
   * on the next: ANNOTATION Roles, the title keeps the words that make the position as written), or {@code t} itself.
   * Only capitalised words that no mention covers and that are no function word or honorific, at most three, on the
   * title's line, and only before a capitalised title: a place or body there is left to the title's body ("A, Kings
   * County District Attorney", "A, EPA's Special Agent in Charge").
   */
  private TitleLexicon.Found withFieldAfterName(String match, TreeMap<Integer, Anchor> byStart, TreeMap<Integer, Anchor> byEnd,
                                                TitleLexicon.Found t) {
    if (!Character.isUpperCase(match.charAt(t.baseStart()))) {
      return t;
    }
    int regionStart = Math.max(0, t.start() - 60);
    Matcher m = FIELD_AFTER_NAME.matcher(match).region(regionStart, t.start());
    boolean apposition = m.find();
    if (!apposition) {
      m = FIELD_AT_LINE_START.matcher(match).region(regionStart, t.start());
      m.useTransparentBounds(true);
      if (!m.find()) {
        return t;
      }
    }
    int fieldStart = m.start(1);
    for (String w : m.group(1).trim().split("[ \\t]+")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (functionWords.contains(lower) || honorifics.contains(lower)) {
        return t;
      }
    }
    Map.Entry<Integer, Anchor> e = byStart.floorEntry(t.start() - 1);
    for (; e != null && e.getValue().mention().span().end() > fieldStart - LONGEST_MENTION_CHARS; e = byStart.lowerEntry(e.getKey())) {
      CharSpan span = e.getValue().mention().span();
      if (span.start() < t.start() && span.end() > fieldStart) {
        return t; // a place or body named there: "A, Kings County District Attorney"
      }
    }
    if (apposition) {
      Map.Entry<Integer, Anchor> holder = byEnd.floorEntry(m.start());
      if (holder == null || holder.getValue().entity().type() != EntityType.PERSON
          || !match.substring(holder.getKey(), m.start()).isBlank()) {
        return t;
      }
    } else if (contactHolder(match, byEnd, new CharSpan(fieldStart, t.end())) == null) {
      return t; // words opening a line are a post's only below a name's line ("Meet Deputy District Attorney A")
    }
    return new TitleLexicon.Found(fieldStart, t.end(), t.baseStart(), t.baseEnd(), t.base(), t.pluralEnd());
  }

  /** Up to three capitalised words (no capitals word, no period) and a space, right before a title. */
  private static final Pattern FIELD_BEFORE_TITLE = Pattern.compile("((?:\\p{Lu}\\p{Ll}+(?:-\\p{L}+)*[ \\t]+){1,3})$");
  /** Between a title and the name it is written before: spaces on the line, or a label's colon. */
  private static final Pattern TITLE_NAME_GAP = Pattern.compile("[ \\t]*:[ \\t]*|[ \\t]+");
  /** What may stand right before a field's words in running text: a lower-case word, a comma, a bracket. */
  private static final Pattern FIELD_OPENER = Pattern.compile("(?:(?<![\\p{L}])\\p{Ll}+|[,(])[ \\t]+$");

  /**
   * The title found at {@code t} with the field words written before it where the title stands before its holder's
   * name in running text ("handled by Legal Support Manager A", "with Rent Inspector B", "Investigations Director:
   * C" on a staff line): ANNOTATION Roles, the title keeps the words that make the position as written. The
   * modifiers of title-modifiers.txt are a closed list; a post's field ("Rent", "Buildings", "Investigations") is
   * any common noun. Only capitalised words that no mention covers (a place or body before the title stays the
   * title's body: "Brooklyn District Attorney", "Homicide Bureau Chief"), no function word or honorific, that the
   * document also writes in lower case (a common noun, not an untagged name: "Lakeside Fire Chief"), at most three,
   * right before a capitalised title that a PERSON follows on its line. They must open after a lower-case word, a
   * comma or a bracket (a place or body's name before them is left to it), or open a label line whose colon leads
   * to the name; never in a title-case line, where capitals are style and may be verbs ("Meet", "Convicts").
   */
  private TitleLexicon.Found withFieldBeforeName(String match, TreeMap<Integer, Anchor> byStart, TreeMap<Integer, Anchor> byEnd,
                                                 TitleLexicon.Found t) {
    if (!Character.isUpperCase(match.charAt(t.baseStart())) || t.plural()) {
      return t;
    }
    Matcher gap = TITLE_NAME_GAP.matcher(match).region(t.end(), match.length());
    if (!gap.lookingAt()) {
      return t;
    }
    Matcher hon = leadingHonorific.matcher(match).region(gap.end(), match.length());
    int nameAt = hon.lookingAt() && hon.end() > gap.end() ? hon.end() : gap.end();
    Anchor holder = startsAt(byStart, nameAt);
    if (holder == null || holder.entity().type() != EntityType.PERSON) {
      return t;
    }
    boolean label = match.substring(t.end(), gap.end()).contains(":");
    int lineStart = Math.max(match.lastIndexOf('\n', t.start() - 1), match.lastIndexOf('\r', t.start() - 1)) + 1;
    int lineEnd = match.indexOf('\n', t.end());
    lineEnd = lineEnd < 0 ? match.length() : lineEnd;
    if (!label && TitleCaseLines.isTitleCase(match, lineStart, lineEnd, lineFunctionWords)) {
      return t;
    }
    Matcher m = FIELD_BEFORE_TITLE.matcher(match).region(Math.max(lineStart, t.start() - 60), t.start());
    if (!m.find()) {
      return t;
    }
    // walk back word by word from the title; stop at the first word that is no field word
    String[] words = m.group(1).trim().split("[ \\t]+");
    int fieldStart = t.start();
    for (int k = words.length - 1; k >= 0; k--) {
      int at = match.lastIndexOf(words[k], fieldStart - 1);
      String lower = words[k].toLowerCase(Locale.ROOT);
      if (at < 0 || functionWords.contains(lower) || lineFunctionWords.contains(lower) || honorifics.contains(lower)
          || insideMention(byStart, new CharSpan(at, at + words[k].length())) || byEnd.containsKey(at + words[k].length())
          || !writtenInLowerCase(match, lower)) {
        break;
      }
      fieldStart = at;
    }
    if (fieldStart == t.start()) {
      return t;
    }
    boolean opens = label ? LINE_OPEN.matcher(match).region(lineStart, fieldStart).matches()
        && LINE_END.matcher(match).region(holder.mention().span().end(), match.length()).lookingAt()
        : FIELD_OPENER.matcher(match).region(lineStart, fieldStart).find();
    if (!opens) {
      return t;
    }
    return new TitleLexicon.Found(fieldStart, t.end(), t.baseStart(), t.baseEnd(), t.base(), t.pluralEnd());
  }

  /** Does the document write this word (lower case) in lower case somewhere, as a common noun is written? */
  private static boolean writtenInLowerCase(String match, String lower) {
    // a plain search, letters on neither side; a pattern compiled per word cost a compile and a scan per title
    for (int i = match.indexOf(lower); i >= 0; i = match.indexOf(lower, i + 1)) {
      int end = i + lower.length();
      if ((i == 0 || !Character.isLetter(match.charAt(i - 1))) && (end == match.length() || !Character.isLetter(match.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** A spaced dash between a name and the title after it. */
  private static final Pattern DASH_GAP = Pattern.compile("[ \\t]+[-\u2013\u2014][ \\t]+");

  /**
   * "Paul Kim \u2013 Legal Support Manager" on a line of its own (a staff or award list): the name that opens the line,
   * a spaced dash and the title (with its body) that closes it; the dash stands for the comma of an apposition. Not
   * where more follows on the line ("A - DA NewsCenter" of a page's title line). Null when the line is not so.
   */
  private static Anchor holderOnLine(String match, TreeMap<Integer, Anchor> byEnd, int titleStart, int end) {
    int lineEnd = match.indexOf('\n', end);
    if (!match.substring(end, lineEnd < 0 ? match.length() : lineEnd).isBlank()) {
      return null;
    }
    Anchor holder = holderEndingBefore(match, byEnd, titleStart, DASH_GAP);
    if (holder == null) {
      return null;
    }
    int holderStart = holder.mention().span().start();
    int lineStart = match.lastIndexOf('\n', holderStart - 1) + 1;
    return LINE_OPEN.matcher(match).region(lineStart, holderStart).matches() ? holder : null;
  }

  /** Does a line break stand between {@code from} and the next name? */
  private static boolean lineBetween(String match, int from, Anchor next) {
    String gap = match.substring(from, next.mention().span().start());
    return gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0;
  }

  /**
   * Does a line open with the holder and end with the title, the next name on a line of its own ("Paul Kim, Legal
   * Support Manager\nAnn White, Team Leader", "Rita Moss, Senior Attorney\n\nSue Green ...")? Then the title is the
   * line's holder's, as in "A, United States Attorney, B": the name below opens the next item, not the title's holder.
   */
  private static boolean closesHolderLine(String match, Anchor holder, int titleEnd, Anchor next) {
    if (!lineBetween(match, titleEnd, next)) {
      return false;
    }
    int holderStart = holder.mention().span().start();
    int lineStart = Math.max(match.lastIndexOf('\n', holderStart - 1), match.lastIndexOf('\r', holderStart - 1)) + 1;
    return LINE_OPEN.matcher(match).region(lineStart, holderStart).matches();
  }

  /**
   * Longer than any name mention, in characters: walking back by start from the title, once a mention
   * ends this far before the title, an earlier one could reach the title only by being longer still.
   */
  private static final int LONGEST_MENTION_CHARS = 200;

  /**
   * The title found at {@code t}, or the shorter title that starts there and ends before an organization's name
   * that starts inside it: "Chairman of the Board on Tax Cases A" is the Chairman of the body "Board on Tax Cases",
   * not a "Chairman of the Board" (a title is written without its organization).
   */
  private TitleLexicon.Found cutBeforeBody(String match, TreeMap<Integer, Anchor> byStart, TitleLexicon.Found t) {
    Map.Entry<Integer, Anchor> e = byStart.higherEntry(t.baseStart());
    if (e == null || e.getKey() >= t.end() || e.getValue().entity().type() != EntityType.ORGANIZATION
        || e.getValue().mention().span().end() <= t.end()) {
      return t;
    }
    TitleLexicon.Found shorter = titles.next(match.substring(0, e.getKey()), t.start());
    return shorter != null && shorter.start() == t.start() && shorter.end() < e.getKey() ? shorter : t;
  }

  /**
   * Does a title overlap a name? A place wholly inside the title is part of it ("U.S. District Judge"),
   * not a name around it; so is a shorter body's name.
   */
  private static boolean insideName(TreeMap<Integer, Anchor> byStart, CharSpan title) {
    Map.Entry<Integer, Anchor> e = byStart.floorEntry(title.end());
    for (; e != null && e.getValue().mention().span().end() > title.start() - LONGEST_MENTION_CHARS; e = byStart.lowerEntry(e.getKey())) {
      CharSpan m = e.getValue().mention().span();
      boolean within = m.start() >= title.start() && m.end() <= title.end();
      // A body's word read alone as a name inside a longer title ("Bureau" of "Bureau Chief", "National
      // Security" of "Assistant Attorney General for National Security") does not break the title either.
      boolean bodyWithin = within && e.getValue().entity().type() == EntityType.ORGANIZATION
          && m.end() - m.start() < title.end() - title.start();
      if (m.overlaps(title) && !(e.getValue().entity().type() == EntityType.LOCATION && within) && !bodyWithin) {
        return true;
      }
    }
    return false;
  }

}
