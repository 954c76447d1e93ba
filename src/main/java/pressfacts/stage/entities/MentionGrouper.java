package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * Groups the settled mentions of one document into entities, type by type, fullest form first:
 * <ul>
 *   <li>PERSON: a surname alone, or initial plus surname, joins the full name it shortens; surnames
 *   are compared by their transliteration key ("Kerimov" = "Karimov"); a surname of two words ("Velazco
 *   Diaz", "Acosta-Inchaorrondo") or the name without its first given name joins the full name it ends;
 *   an apostrophe before a capital is no word break ("O'Neill");</li>
 *   <li>ORGANIZATION: a short form joins the full name it heads ("Supreme Court" of "Supreme Court of
 *   the Republic of Azerbaijan", "Plenum" of "Plenum of the ..."), ends ("Criminal Chamber" of
 *   "Supreme Court's Criminal Chamber") or abbreviates ("COE" of "Council of Europe", or an acronym
 *   in parentheses right after the name); a company's first words with or without its own legal form
 *   ("Macy's LLC" of "Macy's Retail Holdings, LLC"), and a body without the place of several words
 *   before it ("Court of Federal Claims" of "U.S. Court of Federal Claims"); when several fit, the
 *   nearest earlier one wins; other names after "dba", "formerly known as" join the name before;</li>
 *   <li>LOCATION: forms of one place from the alias lexicon, "Republic of X" with "X", and "City of X"
 *   (a local government's form, lexicon/entities/municipal-forms.txt) with "X".</li>
 * </ul>
 * {@code name} is the fullest mention; ids are "e1", "e2", ... by first mention.
 */
final class MentionGrouper {
  private static final Pattern HONORIFIC_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+$");
  // Compiled once: key() and isAcronym() run for every mention against every cluster.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an) ");
  /**
   * Between a name and its first other name: ", a/k/a ", " aka ", ", also known as ", ", dba ", " doing
   * business as ", " was formerly known as ", " (f/k/a ", " (formerly known as the ".
   */
  private static final Pattern ALIAS_CUE = Pattern.compile("\\s*[,(]?\\s*(?:(?:is|was|were)\\s+)?"
      + "(?:a/k/a|a\\.k\\.a\\.?|aka|also known as|d/b/a|d\\.b\\.a\\.?|dba|doing business as|f/k/a|f\\.k\\.a\\.?"
      + "|(?:formerly|previously) known as)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  /** Capitalised words and a possessive right before a mention ("District Attorney’s "): its owner. */
  private static final Pattern POSSESSOR_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)['’]s\\s+$");
  /** An apostrophe inside a name, before a capital ("O'Neill", "D’Antoni"): no word break. */
  private static final Pattern NAME_APOSTROPHE = Pattern.compile("(?<=\\p{L})['’](?=\\p{Lu})");

  /** Between two names of one list: a comma, "and", "or" (", and"). */
  private static final Pattern LIST_LINK = Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+");

  private final EntityLexicons lex;
  /** The known places (lexicon/entities/known-places.txt) as matching keys. */
  private final Set<String> knownPlaceKeys;
  /** Word replacements that give an office's one key: lexicon/entities/office-key-forms.tsv. */
  private final List<String[]> officeForms;
  /** An office's name in another language and its English key: lexicon/entities/office-key-translations.tsv. */
  private final List<Map.Entry<Pattern, String>> officeTranslations;

  /** A state's form around its name in a place key ("republic of ", " republic"): lexicon/common/state-forms.tsv. */
  private final Pattern stateWords;

  /** A word that opens a name's complement (" of "): lexicon/entities/complement-link-words.txt. */
  private final Pattern linkWord;

  MentionGrouper(EntityLexicons lex) {
    this.lex = lex;
    this.knownPlaceKeys = Set.copyOf(lex.knownPlaces().stream().map(MentionGrouper::key).toList());
    this.linkWord = Pattern.compile(" (?:" + String.join("|", lex.complementLinkWords().stream().map(Pattern::quote).toList()) + ") ");
    this.stateWords = Pattern.compile("^(?:" + String.join("|", lex.common().stateForms().stream()
        .map(f -> Pattern.quote(f.toLowerCase(Locale.ROOT))).toList()) + ") of |\\s+republic$");
    List<String[]> forms = new ArrayList<>();
    for (String[] p : pressfacts.text.LexiconFile.rows(EntityLexicons.LEXICON_DIR + "office-key-forms.tsv", 2)) {
      forms.add(new String[] {" " + p[0].trim() + " ", " " + p[1].trim() + " "});
    }
    this.officeForms = List.copyOf(forms);
    List<Map.Entry<Pattern, String>> translations = new ArrayList<>();
    for (String[] p : pressfacts.text.LexiconFile.rows(EntityLexicons.LEXICON_DIR + "office-key-translations.tsv", 2)) {
      translations.add(Map.entry(Pattern.compile(p[0].trim()), p[1].trim()));
    }
    this.officeTranslations = List.copyOf(translations);
  }

  /**
   * "Orange County District Attorney" and "Orange County District Attorney's Office"; "District
   * Attorney's Office" (two words at least) as the short form of "Dallas County DA's Office".
   */
  private boolean sameOffice(String a, String b) {
    String oa = officeKey(a);
    String ob = officeKey(b);
    if (oa.equals(a) && ob.equals(b)) {
      return false;
    }
    return oa.equals(ob) || (ob.contains(" ") && oa.endsWith(" " + ob));
  }

  /**
   * One key for the forms of an office named after its holder's title: "orange county district attorney
   * s office", "orange county district attorney" and "orange county da s office" give the same.
   */
  String officeKey(String key) {
    String k = " " + english(key) + " ";
    for (String[] f : officeForms) {
      k = k.replace(f[0], f[1]);
    }
    k = k.trim();
    return k.endsWith(" s office") ? k.substring(0, k.length() - " s office".length()) : k;
  }

  /** The English key of an office named in another language ("fiscalía del condado de x"), else the key itself. */
  private String english(String key) {
    for (Map.Entry<Pattern, String> t : officeTranslations) {
      Matcher m = t.getKey().matcher(key);
      if (m.matches()) {
        return m.replaceFirst(t.getValue());
      }
    }
    return key;
  }

  List<Entity> group(String text, List<Mention> mentions) {
    List<Cluster> clusters = new ArrayList<>();
    List<Mention> fullestFirst = new ArrayList<>(mentions);
    // word counts made once per mention, not once per comparison
    Map<Mention, Integer> wordCount = new IdentityHashMap<>();
    for (Mention m : mentions) {
      wordCount.put(m, WHITESPACE.split(m.text()).length);
    }
    // An office named in another language comes after its English forms, so that the entity's name is
    // the English one ("Orange County District Attorney's Office", not "Fiscalía del Distrito del ...").
    Set<Mention> translated = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Mention m : mentions) {
      if (m.type() == EntityType.ORGANIZATION && !officeTranslations.isEmpty()) {
        String k = groupKey(m);
        if (!english(k).equals(k)) {
          translated.add(m);
        }
      }
    }
    fullestFirst.sort(Comparator.comparing((Mention m) -> translated.contains(m))
        .thenComparingInt(m -> -wordCount.get(m))
        .thenComparingInt(m -> -m.text().length()).thenComparing(Mention::span));
    // Only clusters that can take a mention are tried, in the order they were made: those holding its
    // key, and for a person those whose full name has its surname's key, for a place those with its
    // place key (sameThing is false for any other). Trying every cluster made grouping quadratic in
    // the number of names.
    Map<String, List<Cluster>> byKey = new HashMap<>();
    Map<String, List<Cluster>> bySurname = new HashMap<>();
    Map<String, List<Cluster>> byPlace = new HashMap<>();
    // Persons by the first word of their full name: "Laura" alone joins the one "Laura Palacios".
    Map<String, List<Cluster>> byGiven = new HashMap<>();
    // Organizations: the keys and texts a mention must have to be a short form of a cluster's full name
    // (see orgForms and shortFormOf); orgAcronyms also holds the short names that places define.
    Map<String, List<Cluster>> orgForms = new HashMap<>();
    Map<String, List<Cluster>> orgAcronyms = new HashMap<>();
    for (Mention m : fullestFirst) {
      if (pressfacts.pipeline.Deadline.passed()) {
        break; // out of time: the mentions grouped so far
      }
      String mKey = groupKey(m);
      String mIndexKey = indexKey(m.type(), mKey);
      List<Cluster> candidates = new ArrayList<>(byKey.getOrDefault(mKey, List.of()));
      candidates.addAll(switch (m.type()) {
        case PERSON -> bySurname.getOrDefault(mIndexKey, List.of());
        case LOCATION -> {
          List<Cluster> places = new ArrayList<>(byPlace.getOrDefault(mIndexKey, List.of()));
          places.addAll(orgAcronyms.getOrDefault(m.text(), List.of())); // "UAE" after "United Arab Emirates (UAE)"
          yield places;
        }
        case ORGANIZATION -> {
          List<Cluster> orgs = new ArrayList<>(orgForms.getOrDefault(mKey, List.of()));
          orgs.addAll(orgForms.getOrDefault("\u0000" + mKey.replace(" the ", " "), List.of()));
          orgs.addAll(orgForms.getOrDefault("\u0002" + officeKey(mKey), List.of()));
          int firstSpace = mKey.indexOf(' ');
          if (firstSpace > 0) {
            orgs.addAll(orgForms.getOrDefault("\u0003" + mKey.substring(firstSpace + 1), List.of()));
          }
          String known = lex.knownOrganizationKey().get(mKey);
          if (known != null) {
            orgs.addAll(orgForms.getOrDefault("\u0001" + known, List.of()));
          }
          String stem = companyStem(mKey);
          if (stem != null) {
            orgs.addAll(orgForms.getOrDefault(stem, List.of())); // "Macy's LLC" of "Macy's Retail Holdings, LLC"
          }
          orgs.addAll(orgAcronyms.getOrDefault(m.text(), List.of())); // its acronyms and the name defined after it
          yield orgs;
        }
      });
      candidates.sort(Comparator.comparingInt((Cluster c) -> c.index));
      Cluster home = null;
      int bestDistance = Integer.MAX_VALUE;
      Cluster tried = null;
      for (Cluster c : candidates) {
        if (c == tried) {
          continue; // in both lists
        }
        tried = c;
        if (c.first().type() == m.type() && (sameThing(text, c.first(), c.firstKey, m, mKey) || c.keys.contains(mKey)
            || m.type() == EntityType.ORGANIZATION && c.initials.contains(m.text()))) {
          int d = c.distanceBefore(m);
          if (home == null || d < bestDistance) {
            home = c;
            bestDistance = d;
          }
        }
      }
      if (home == null && m.type() == EntityType.PERSON) {
        home = onlyGivenNameOf(byGiven.get(mKey), bySurname.containsKey(mIndexKey));
      }
      if (home == null) {
        home = new Cluster(m, mKey);
        home.index = clusters.size();
        clusters.add(home);
        switch (m.type()) {
          case PERSON -> {
            bySurname.computeIfAbsent(mIndexKey, k -> new ArrayList<>()).add(home);
            String[] words = NameSuffixes.nameWords(mKey);
            if (words.length >= 2 && words[0].length() > 1) {
              byGiven.computeIfAbsent(words[0], k -> new ArrayList<>()).add(home);
            }
          }
          case LOCATION -> {
            byPlace.computeIfAbsent(mIndexKey, k -> new ArrayList<>()).add(home);
            String defined = DefinedShortNames.definedAfter(text, m.span());
            if (defined != null) {
              orgAcronyms.computeIfAbsent(defined, k -> new ArrayList<>()).add(home);
            }
          }
          case ORGANIZATION -> {
            for (String form : orgForms(home.firstKey)) {
              orgForms.computeIfAbsent(form, k -> new ArrayList<>()).add(home);
            }
            for (String form : acronymForms(text, m)) {
              orgAcronyms.computeIfAbsent(form, k -> new ArrayList<>()).add(home);
            }
          }
        }
        byKey.computeIfAbsent(mKey, k -> new ArrayList<>()).add(home);
      } else {
        boolean newKey = !home.keys.contains(mKey);
        home.add(m, mKey);
        if (newKey) {
          byKey.computeIfAbsent(mKey, k -> new ArrayList<>()).add(home);
          if (m.type() == EntityType.ORGANIZATION && !isAcronym(m.text())) {
            // "SDPD" abbreviates "San Diego Police Department", a name that joined "City of San Diego Police
            // Department": an acronym of any name of the entity joins it
            for (String form : initialForms(m)) {
              home.initials.add(form);
              List<Cluster> holders = orgAcronyms.computeIfAbsent(form, k -> new ArrayList<>());
              if (!holders.contains(home)) {
                holders.add(home);
              }
            }
          }
        }
      }
    }
    mergeAliases(text, clusters, EntityType.PERSON);
    mergeAliases(text, clusters, EntityType.ORGANIZATION);
    mergeSharedForms(clusters);
    clusters.sort(Comparator.comparing((Cluster c) -> c.earliest));
    List<Entity> entities = new ArrayList<>();
    for (Cluster cl : clusters) {
      List<Mention> c = cl.mentions;
      Map<String, String> attributes = c.get(0).type() == EntityType.PERSON ? honorific(text, c) : Map.of();
      entities.add(new Entity("e" + (entities.size() + 1), c.get(0).type(), c.get(0).text(), c, attributes));
    }
    return entities;
  }

  /**
   * "Laura was born in ...", after "Deputy District Attorney Laura Palacios": a one-word name that is
   * no surname of the document joins the person whose full name opens with it, when that person is
   * the only one; with two (or a surname of that spelling) the text does not say which.
   */
  private static Cluster onlyGivenNameOf(List<Cluster> withGiven, boolean isAlsoSurname) {
    return withGiven != null && withGiven.size() == 1 && !isAlsoSurname ? withGiven.get(0) : null;
  }

  /**
   * The mentions grouped so far for one entity (the first is the fullest form), with the lookups
   * grouping asks of it kept beside them, so that grouping stays near linear in the number of
   * mentions even in a document of megabytes.
   */
  private static final class Cluster {
    final List<Mention> mentions = new ArrayList<>();
    final String firstKey;
    /** Matching keys of every mention. */
    final Set<String> keys = new HashSet<>();
    /** End offsets of every mention, for the nearest earlier mention. */
    final TreeSet<Integer> ends = new TreeSet<>();
    /** The initials of the organization names that joined after the first (an acronym of one joins the entity). */
    final Set<String> initials = new HashSet<>();
    /** Lower-cased text of every mention, and whether any mention with that text is an acronym. */
    final Map<String, Boolean> lowerTexts = new HashMap<>();
    /** The first mention in text order: entities are numbered by it. */
    CharSpan earliest;
    /** Position in the list of clusters while grouping. */
    int index;

    Cluster(Mention first, String key) {
      this.firstKey = key;
      add(first, key);
    }

    Mention first() {
      return mentions.get(0);
    }

    void add(Mention m, String key) {
      mentions.add(m);
      keys.add(key);
      ends.add(m.span().end());
      lowerTexts.merge(m.text().toLowerCase(Locale.ROOT), isAcronym(m.text()), Boolean::logicalOr);
      if (earliest == null || m.span().compareTo(earliest) < 0) {
        earliest = m.span();
      }
    }

    void absorb(Cluster other) {
      for (Mention m : other.mentions) {
        add(m, groupKey(m));
      }
    }

    /** How far before {@code m} the nearest earlier mention ends (large when none is earlier). */
    int distanceBefore(Mention m) {
      Integer end = ends.floor(m.span().start());
      return end == null ? Integer.MAX_VALUE / 2 + first().span().start() : m.span().start() - end;
    }
  }

  /**
   * "Belfast, a/k/a Chuckie Taylor, Charles Taylor Jr. and Charles McArther Emmanuel": the names listed
   * right after an alias cue are other names of the person named just before it (ANNOTATION.md: all
   * mentions of one person are one entity), so their clusters join that person's, which keeps its name.
   * Organizations likewise: "HME Solutions Inc., dba Lifecare Medical", "ACMI was formerly known as
   * Morse Diesel International Inc." (one company under its two names).
   */
  private static void mergeAliases(String text, List<Cluster> clusters, EntityType type) {
    Map<CharSpan, Cluster> holder = new HashMap<>();
    List<Mention> named = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.first().type() == type) {
        for (Mention m : c.mentions) {
          holder.put(m.span(), c);
          named.add(m);
        }
      }
    }
    named.sort(null);
    Set<Cluster> absorbed = new HashSet<>();
    for (int i = 0; i + 1 < named.size(); i++) {
      if (!follows(text, named.get(i), named.get(i + 1), ALIAS_CUE)) {
        continue;
      }
      Cluster owner = holder.get(named.get(i).span());
      for (int j = i + 1; j < named.size() && (j == i + 1 || follows(text, named.get(j - 1), named.get(j), LIST_LINK)); j++) {
        Cluster alias = holder.get(named.get(j).span());
        if (alias != owner) {
          owner.absorb(alias);
          absorbed.add(alias);
          for (Mention m : alias.mentions) {
            holder.put(m.span(), owner);
          }
        }
      }
    }
    clusters.removeIf(absorbed::contains);
  }

  /** Does {@code next} start right where {@code link}, read from the end of {@code before}, ends? */
  private static boolean follows(String text, Mention before, Mention next, Pattern link) {
    int from = before.span().end();
    int to = next.span().start();
    return to > from && link.matcher(text).region(from, to).matches();
  }

  /**
   * Two organization or place clusters that hold one acronym in two spellings ("Gtz" and "GTZ") are
   * one; the cluster created first (the fuller name) absorbs the other. Shared short forms such as
   * "Court" do not merge clusters: they may stand for either.
   */
  private static void mergeSharedForms(List<Cluster> clusters) {
    // As a loop over every later cluster j, from the last down, for every cluster i: a merges the b it
    // shares an acronym with, and grows. Only clusters sharing a text with a can merge, so those are
    // found by the texts' holders (all holders for a text a has as an acronym, else those that have it
    // as one), then tested in the same order, from the last down; trying all pairs was quadratic.
    int n = clusters.size();
    Map<String, List<Integer>> holders = new HashMap<>();
    Map<String, List<Integer>> acronymHolders = new HashMap<>();
    for (int k = 0; k < n; k++) {
      for (Map.Entry<String, Boolean> e : clusters.get(k).lowerTexts.entrySet()) {
        holders.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(k);
        if (e.getValue()) {
          acronymHolders.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(k);
        }
      }
    }
    boolean[] gone = new boolean[n];
    for (int i = 0; i < n; i++) {
      Cluster a = clusters.get(i);
      if (gone[i] || a.first().type() == EntityType.PERSON) {
        continue;
      }
      TreeSet<Integer> candidates = new TreeSet<>();
      for (Map.Entry<String, Boolean> e : a.lowerTexts.entrySet()) {
        addHolders(e.getValue() ? holders : acronymHolders, e.getKey(), i, n, candidates);
      }
      for (Integer j = candidates.pollLast(); j != null; j = candidates.pollLast()) {
        Cluster b = clusters.get(j);
        if (!gone[j] && a.first().type() == b.first().type() && shareAnAcronym(a, b)) {
          a.absorb(b);
          gone[j] = true;
          for (String t : b.lowerTexts.keySet()) {
            addHolders(a.lowerTexts.get(t) ? holders : acronymHolders, t, i, j, candidates);
          }
        }
      }
    }
    List<Cluster> kept = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (!gone[k]) {
        kept.add(clusters.get(k));
      }
    }
    clusters.clear();
    clusters.addAll(kept);
  }

  /** The holders of {@code text} in {@code index} after {@code after} and before {@code before}. */
  private static void addHolders(Map<String, List<Integer>> index, String text, int after, int before,
                                 TreeSet<Integer> into) {
    for (int k : index.getOrDefault(text, List.of())) {
      if (k > after && k < before) {
        into.add(k);
      }
    }
  }

  /** Some text of one equals some text of the other, ignoring case, and one of the two is an acronym. */
  private static boolean shareAnAcronym(Cluster a, Cluster b) {
    for (Map.Entry<String, Boolean> e : b.lowerTexts.entrySet()) {
      Boolean aAcronym = a.lowerTexts.get(e.getKey());
      if (aAcronym != null && (aAcronym || e.getValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * What two keys of one type must share for {@link #sameThing} to hold when they differ: a person's
   * surname key (of the last word), a place's key; null for organizations.
   */
  private String indexKey(EntityType type, String key) {
    return switch (type) {
      case PERSON -> {
        String[] words = NameSuffixes.nameWords(key);
        yield lex.surnameKey(words[words.length - 1]);
      }
      case LOCATION -> placeKey(key);
      case ORGANIZATION -> null;
    };
  }

  /**
   * Every key b for which {@link #shortFormOf} can hold with this full key a, apart from acronyms:
   * a with " the " as " ", prefixed \u0000, and its known organization's key, prefixed \u0001 (the first
   * test); the head and its word-final parts; a before each " of "; the complement put first; a without
   * its first word, or without a place or up to three modifiers before it; a without one modifier in its
   * head part.
   */
  private Set<String> orgForms(String a) {
    Set<String> out = new HashSet<>();
    out.add("\u0000" + a.replace(" the ", " "));
    String office = officeKey(a);
    out.add("\u0002" + office);
    if (!office.equals(a)) {
      // "District Attorney's Office" of "Dallas County District Attorney's Office": the office's shorter forms
      for (int j = office.indexOf(' '); j >= 0; j = office.indexOf(' ', j + 1)) {
        if (office.indexOf(' ', j + 1) >= 0) {
          out.add("\u0002" + office.substring(j + 1));
        }
      }
    }
    String known = lex.knownOrganizationKey().get(a);
    if (known != null) {
      out.add("\u0001" + known);
    }
    if (isCompanyName(a)) {
      for (int j = a.indexOf(' '); j >= 0; j = a.indexOf(' ', j + 1)) {
        out.add(a.substring(0, j)); // "lloyds" of "lloyds tsb bank plc": see companyShortForm
      }
    }
    Matcher link = linkWord.matcher(a);
    String head = link.find() ? a.substring(0, link.start()) : a;
    out.add(head);
    for (int j = 1; j <= head.length(); j++) {
      if (head.charAt(j - 1) == ' ') {
        out.add(head.substring(j));
      }
    }
    for (int k = a.indexOf(" of "); k >= 0; k = a.indexOf(" of ", k + 1)) {
      out.add(a.substring(0, k));
    }
    if (a.startsWith(head + " of ")) {
      out.add(a.substring(head.length() + 4) + " " + head);
      out.add("\u0003" + head); // a place's adjective or initials before the head: see placeBeforeHead
    }
    int space = a.indexOf(' ');
    if (space >= 0) {
      out.add(a.substring(space + 1));
    }
    for (int j = a.indexOf(' ', space + 1); space >= 0 && j >= 0; j = a.indexOf(' ', j + 1)) {
      if (isPlaceName(a.substring(0, j))) {
        out.add(a.substring(j + 1)); // "court of federal claims" of "u s court of federal claims"
      }
      if (onlyModifiers(a.substring(0, j))) {
        out.add(a.substring(j + 1)); // "court of review" of "foreign intelligence surveillance court of review"
      }
    }
    String district = servedDistrict(a);
    if (district != null) {
      out.add(district);
    }
    String[] words = a.split(" ");
    for (int i = 1; i < words.length - 1; i++) {
      String[] shorter = new String[words.length - 1];
      System.arraycopy(words, 0, shorter, 0, i);
      System.arraycopy(words, i + 1, shorter, i, words.length - i - 1);
      String b = String.join(" ", shorter);
      if (oneModifierLeftOut(a, b)) {
        out.add(b); // "cold case unit" of "cold case homicide unit"
      }
    }
    return out;
  }

  /** A federal judicial district's key ("central district of california", "district of columbia"). */
  private static final Pattern DISTRICT_KEY = Pattern.compile("(?:(?:northern|southern|eastern|western|middle|central) )?district of .+");

  /**
   * D1: a federal district is the office of that district, so "Central District of California" names
   * the body that "U.S. Attorney's Office for the Central District of California" names in full. The
   * district's key after an office's " for the ", or null. Only an office's: a court for a district
   * ("U.S. District Court for the District of Oregon") is another body than the district's office.
   */
  private static String servedDistrict(String officeKey) {
    int at = officeKey.lastIndexOf(" for the ");
    if (at < 0 || !(officeKey.startsWith("office", at - "office".length())
        || officeKey.startsWith("attorney", at - "attorney".length()))) {
      return null;
    }
    String district = officeKey.substring(at + " for the ".length());
    return DISTRICT_KEY.matcher(district).matches() ? district : null;
  }

  /** Last words of a company's name besides its legal forms (lexicon/common/company-forms.txt). */
  private static final Set<String> CORPORATE_LAST_WORDS = Set.of("corporation", "corp");

  /** Does the key end in a company's legal form ("lloyds tsb bank plc", "rite aid corporation")? */
  boolean isCompanyName(String key) {
    return companyStem(key) != null;
  }

  /**
   * A company's key without the legal form that ends it ("lloyds tsb bank" of "lloyds tsb bank plc",
   * "guthy renker" of "guthy renker l l c", the letters of "L.L.C." read as one form), or null when
   * the key ends in none or is the form alone.
   */
  private String companyStem(String key) {
    int end = key.length();
    int at = key.lastIndexOf(' ');
    // dotted letters ("l l c"): the single letters at the end make one word
    while (at > 0 && end - at == 2 && key.lastIndexOf(' ', at - 1) >= 0 && at - key.lastIndexOf(' ', at - 1) == 2) {
      end = at;
      at = key.lastIndexOf(' ', at - 1);
    }
    if (at <= 0) {
      return null;
    }
    String form = key.substring(at + 1).replace(" ", "");
    boolean isForm = lex.companyForms().contains(form) || CORPORATE_LAST_WORDS.contains(form);
    return isForm ? key.substring(0, at) : null;
  }

  /**
   * "Lloyds" of "Lloyds TSB Bank plc", "AT&amp;T" of "AT&amp;T Inc.", "Macy's" of "Macy's Retail Holdings,
   * LLC": a company named in full with its legal form is then called by the first words of its name,
   * with or without a legal form ("Macy's LLC", "Guthy-Renker" of "Guthy-Renker L.L.C.").
   */
  private boolean companyShortForm(String a, String b) {
    String stem = companyStem(a);
    String shortStem = companyStem(b);
    String shortName = shortStem == null ? b : shortStem;
    // "AMEC plc" beside "AMEC Construction Management Inc.": another legal form is another company (a
    // parent and its subsidiary)
    boolean sameForm = shortStem == null || b.substring(shortStem.length()).replace(" ", "")
        .equals(a.substring(stem == null ? 0 : stem.length()).replace(" ", ""));
    return stem != null && sameForm && !shortName.isBlank() && (stem.equals(shortName) || stem.startsWith(shortName + " "));
  }

  /** The texts of acronyms that {@link #shortFormOf} takes for this full name: its initials, and one in parentheses after it. */
  /** The acronyms that a name's initials make: of its capitalised words, or of all its words. */
  private static List<String> initialForms(Mention name) {
    return List.of(initials(name.text(), false), initials(name.text(), true));
  }

  private static Set<String> acronymForms(String text, Mention full) {
    Set<String> out = new HashSet<>();
    out.add(initials(full.text(), false));
    out.add(initials(full.text(), true));
    int i = full.span().end();
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '(') {
      int j = text.indexOf(')', i + 1);
      if (j > 0) {
        out.add(text.substring(i + 1, j));
      }
    }
    String defined = DefinedShortNames.definedAfter(text, full.span());
    if (defined != null) {
      out.add(defined); // "Telia" of "Telia Company AB (“Telia”)"
    }
    return out;
  }

  /** Does {@code shorter} name the same thing as {@code full} (the fullest mention of a cluster)? */
  boolean sameThing(String text, Mention full, Mention shorter) {
    return sameThing(text, full, groupKey(full), shorter, groupKey(shorter));
  }

  private boolean sameThing(String text, Mention full, String a, Mention shorter, String b) {
    if (a.equals(b)) {
      return true;
    }
    return switch (full.type()) {
      case PERSON -> samePerson(a, b);
      case ORGANIZATION -> shortFormOf(text, full, shorter, a, b);
      case LOCATION -> placeKey(a).equals(placeKey(b)) || definedAs(text, full, shorter);
    };
  }

  private boolean samePerson(String a, String b) {
    String[] fa = NameSuffixes.nameWords(a);
    String[] sb = NameSuffixes.nameWords(b);
    if (!lex.surnameKey(fa[fa.length - 1]).equals(lex.surnameKey(sb[sb.length - 1]))) {
      return false;
    }
    if (sb.length == 1) {
      return true;
    }
    // "Velazco Diaz" of "Maria Velazco Diaz", "Acosta-Inchaorrondo" of "Jesus Acosta-Inchaorrondo", "Lurene
    // Elias" of "Helen Lurene Elias": a surname of two words, or the name without its first given name,
    // is the end of the full name word for word
    if (sb.length < fa.length && Arrays.equals(sb, 0, sb.length, fa, fa.length - sb.length, fa.length)) {
      return true;
    }
    // "A Huseynov" joins "Azer Huseynov" when the initial fits, in either spelling ("X.Yusupov" joins
    // "Khurshid Yusupov"); "Farhad Kerimov" joins "Farhad Karimov".
    if (sb.length == 2) {
      return sb[0].length() == 1
          ? fa[0].startsWith(sb[0]) || lex.surnameKey(fa[0]).startsWith(lex.surnameKey(sb[0]))
          : fa[0].equals(sb[0]);
    }
    // "Harold J. Nicholson" and "Harold James Nicholson": word for word the same, or an initial of it
    if (sb.length != fa.length) {
      return false;
    }
    for (int i = 0; i < sb.length - 1; i++) {
      if (!(sb[i].equals(fa[i]) || (sb[i].length() == 1 && fa[i].startsWith(sb[i]))
          || (fa[i].length() == 1 && sb[i].startsWith(fa[i])))) {
        return false;
      }
    }
    return true;
  }

  private boolean shortFormOf(String text, Mention full, Mention shorter, String a, String b) {
    // "Service of the Ministry of Justice" and "Service of Ministry of Justice": articles inside a
    // name do not make another body (non-native writers drop them)
    if (lex.sameKnownOrganization(a, b) || a.replace(" the ", " ").equals(b.replace(" the ", " "))
        || sameOffice(a, b)) {
      return true;
    }
    if (companyShortForm(a, b) || definedAs(text, full, shorter) || b.equals(servedDistrict(a))) {
      return true;
    }
    if (isAcronym(shorter.text())) {
      return initials(full.text(), false).equals(shorter.text()) || initials(full.text(), true).equals(shorter.text())
          || inParenthesesAfter(text, full, shorter) || placeBranchOf(full, shorter, b);
    }
    if (OrganizationFinder.UPPER_WORD.matcher(shorter.text()).matches() && inParenthesesAfter(text, full, shorter)) {
      return true; // "Procurator Office against Drug Trafficking (PROCUNAR)": a longer acronym defined right after
    }
    // The head part: the name before its first "of"/"on"/"for"/"to" complement.
    Matcher link = linkWord.matcher(a);
    String head = link.find() ? a.substring(0, link.start()) : a;
    if (head.equals(b) || (head.endsWith(" " + b) && !ownedByAnother(text, shorter, a))) {
      return true;
    }
    // "Plenum of the Supreme Court" of "Plenum of the Supreme Court of the Republic of Azerbaijan": the
    // full name with a further complement.
    if (link.find(0) && a.startsWith(b + " of ")) {
      return true;
    }
    // "Azerbaijan Constitutional Court" for "Constitutional Court of Azerbaijan": the complement put first.
    if (link.find(0) && a.startsWith(head + " of ") && b.equals(a.substring(head.length() + 4) + " " + head)) {
      return true;
    }
    // "Bulgarian Constitutional Court" or "RA Constitutional Court" for "Constitutional Court of the
    // Republic of Bulgaria/Armenia": the place of the complement written before the head
    if (link.find(0) && a.startsWith(head + " of ") && b.endsWith(" " + head)
        && placeBeforeHead(b.substring(0, b.length() - head.length() - 1), a.substring(head.length() + 4))) {
      return true;
    }
    // "Court of Appeal" of "Ganja Court of Appeal", "Court of Review" of "Foreign Intelligence Surveillance
    // Court of Review": a short form with its own complement ends the name after its modifiers; neither
    // "Supreme Court" nor "Supreme Court of X" joins "Board of the Supreme Court of X", whose complement it
    // only is, nor "Court of Appeals" "Criminal Chamber of X Court of Appeals" (a link word before it).
    if (linkWord.matcher(b).find() && a.endsWith(" " + b)) {
      String before = a.substring(0, a.length() - b.length() - 1);
      return !before.contains(" ") || isPlaceName(before) || onlyModifiers(before);
    }
    return oneModifierLeftOut(a, b);
  }

  /**
   * "HIDTA" of "Texoma HIDTA": an acronym no known body has, written alone in a text that also writes it
   * after a place's name, is that place's body (PlaceAcronymBodies reads the pair as one body). A known
   * body's acronym ("FBI" beside "Eastport FBI") stays the national body.
   */
  private boolean placeBranchOf(Mention full, Mention shorter, String b) {
    String f = full.text();
    return f.endsWith(" " + shorter.text()) && !lex.knownOrganizationKey().containsKey(b)
        && Character.isUpperCase(f.charAt(0)) && f.substring(0, f.length() - shorter.text().length())
        .chars().anyMatch(Character::isLowerCase);
  }

  /**
   * Is the short form written as another body's unit ("the District Attorney's Investigations Division")
   * while the full name (key {@code a}, "... Department, Special Investigations Division") names none of
   * that owner's words? A possessive splits two bodies (ANNOTATION.md), so the unit after it is the
   * owner's, not the one whose name it ends; an owner the full name shares ("the Antitrust Division's X
   * Section", "the DA's X") or no possessive at all leaves the suffix match as it was.
   */
  private static boolean ownedByAnother(String text, Mention shorter, String a) {
    int start = shorter.span().start();
    Matcher owner = POSSESSOR_BEFORE.matcher(text.substring(Math.max(0, start - 80), start));
    if (!owner.find()) {
      return false;
    }
    Set<String> words = new HashSet<>(Arrays.asList(a.split(" ")));
    for (String w : key(owner.group(1)).split(" ")) {
      if (w.length() > 1 && !w.equals("the") && words.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Cold Case Unit" of "Cold Case Homicide Unit", "Criminal Panel of X City Court" of "Criminal Cases
   * Panel of X City Court": the short form is the full name (key {@code a}) without one modifier inside
   * its head part, neither its first word nor its head. The short form has three words at least (a
   * "Criminal Division" beside a "Criminal Appeals Division" is another body), the word left out is no
   * link word, article, "and", possessive or body's head, and a court's name keeps all of its words (a
   * "Court of Appeals" beside a "Court of Criminal Appeals", "X Court" beside "X Supreme Court" are other
   * courts). The short form alone was a second entity of the same body (a duplicate, counted as a
   * spurious organization).
   */
  private boolean oneModifierLeftOut(String a, String b) {
    String[] full = a.split(" ");
    String[] shorter = b.split(" ");
    if (shorter.length < 3 || full.length != shorter.length + 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length && full[i].equals(shorter[i])) {
      i++;
    }
    if (i == 0 || !Arrays.equals(full, i + 1, full.length, shorter, i, shorter.length)) {
      return false;
    }
    Matcher link = linkWord.matcher(a);
    int headWords = (link.find() ? a.substring(0, link.start()) : a).split(" ").length;
    String head = full[headWords - 1];
    String left = full[i];
    return i < headWords - 1 && !head.equals("court") && !head.equals("courts")
        && !left.equals("the") && !left.equals("and") && !left.equals("s")
        && !linkWord.matcher(" " + left + " ").find() && !lex.isOrgHead(left);
  }

  /**
   * Are the words before a short form only its modifiers ("foreign intelligence surveillance", "texas
   * fifteenth")? No link word, article, "and" or possessive "s" (a possessive splits two bodies), at most
   * three words.
   */
  private boolean onlyModifiers(String before) {
    String[] words = before.split(" ");
    if (words.length > 3 || linkWord.matcher(" " + before + " ").find()) {
      return false;
    }
    for (String w : words) {
      if (w.equals("the") || w.equals("and") || w.equals("s")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Is the key a place's name that may stand before a body's name ("u s" of "U.S. Court of Federal
   * Claims", "new york city" of "New York City Department of Finance")? A known place or a place of the
   * alias lexicon, with "city" after it or not. The body named without it is the same body.
   */
  private boolean isPlaceName(String key) {
    String place = key.endsWith(" city") ? key.substring(0, key.length() - " city".length()) : key;
    return knownPlaceKeys.contains(place) || lex.locationAlias().containsKey(place);
  }

  /**
   * Does the one-word modifier {@code modifier} name the place {@code complement} (a key, "the
   * republic of bulgaria")? The place must be one: a state's formal name, a known place or a place of
   * the alias lexicon. The modifier is its adjective (sharing all of the place's name but for an
   * ending of at most two letters, four letters at least: "bulgarian", "turkish", "kazakh") or the
   * initials of its words ("ra" of "republic of armenia", "us" of "united states").
   */
  private boolean placeBeforeHead(String modifier, String complement) {
    if (modifier.isEmpty() || modifier.contains(" ")) {
      return false;
    }
    String place = complement.startsWith("the ") ? complement.substring(4) : complement;
    String bare = stateWords.matcher(place).replaceAll("");
    boolean isPlace = !bare.equals(place) || knownPlaceKeys.contains(bare) || lex.locationAlias().containsKey(bare);
    if (!isPlace || bare.isEmpty()) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : place.split(" ")) {
      if (!w.equals("of") && !w.equals("the") && !w.equals("and")) {
        initials.append(w.charAt(0));
      }
    }
    if (modifier.equals(initials.toString())) {
      return true;
    }
    if (bare.contains(" ")) {
      return false;
    }
    int common = 0;
    while (common < modifier.length() && common < bare.length() && modifier.charAt(common) == bare.charAt(common)) {
      common++;
    }
    return common >= 4 && common >= Math.min(modifier.length(), bare.length()) - 2;
  }

  /**
   * "Telia Company AB (“Telia”)", "United Arab Emirates (UAE)": the shorter mention is the name defined in
   * parentheses right after the full one, and its first words or initials (see {@link DefinedShortNames}).
   */
  private static boolean definedAs(String text, Mention full, Mention shorter) {
    return shorter.text().equals(DefinedShortNames.definedAfter(text, full.span()))
        && DefinedShortNames.shortens(full.text(), shorter.text());
  }

  /** "German Society for Technical Cooperation (GTZ)": the acronym stands in parentheses right after a mention. */
  private static boolean inParenthesesAfter(String text, Mention full, Mention acronym) {
    String paren = "(" + acronym.text() + ")";
    int from = full.span().end();
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return text.startsWith(paren, i);
  }

  private static boolean isAcronym(String s) {
    return ACRONYM.matcher(s).matches();
  }

  /** First letters of the capitalised words ("COE"? no: "CE") or of all words ("COE") of a name. */
  private static String initials(String name, boolean allWords) {
    StringBuilder sb = new StringBuilder();
    for (String w : WORD_BREAK.split(name)) {
      if (!w.isEmpty() && (allWords || Character.isUpperCase(w.charAt(0)))) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }

  private String placeKey(String k) {
    String aliased = lex.locationAlias().getOrDefault(k, k);
    return MUNICIPAL_FORM.matcher(stateWords.matcher(aliased).replaceAll("")).replaceAll("");
  }

  /**
   * A local government's form before a place's name in a place key ("city of " of "city of indio"): the
   * place read with its form after a preposition ("in the City of Indio") is one place with its bare name
   * ("Indio"), as a state's formal name is with its name. Forms: lexicon/entities/municipal-forms.txt.
   */
  private static final Pattern MUNICIPAL_FORM = Pattern.compile("^(?:" + String.join("|",
      pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "municipal-forms.txt").stream()
          .map(f -> Pattern.quote(f.toLowerCase(Locale.ROOT))).toList()) + ") of ");

  /** The honorific written before any mention of the person ("Ms. Nigar Huseynova"), and the gender it tells. */
  private Map<String, String> honorific(String text, List<Mention> cluster) {
    for (Mention m : cluster.stream().sorted().toList()) {
      Matcher h = HONORIFIC_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 8), m.span().start()));
      if (h.find() && lex.honorificGender().containsKey(h.group(1))) {
        Map<String, String> out = new HashMap<>();
        out.put("honorific", h.group(1) + ".");
        String gender = lex.honorificGender().get(h.group(1));
        if (!gender.equals("-")) {
          out.put("gender", gender);
        }
        return out;
      }
    }
    return Map.of();
  }

  /** Matching key: lower case, punctuation as space, spaces folded, no leading article. */
  /** The key a mention is grouped by: a person's name in given-name-first order ({@link PersonNameOrder}). */
  static String groupKey(Mention m) {
    return key(m.type() == EntityType.PERSON
        ? NAME_APOSTROPHE.matcher(PersonNameOrder.givenFirst(m.text())).replaceAll("") : m.text());
  }

  static String key(String s) {
    return LEADING_ARTICLE.matcher(NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim()).replaceFirst("");
  }
}
