package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pressfacts.lexicon.Lexicons;
import pressfacts.text.LexiconFile;

/**
 * The vocabularies of the entity stage, loaded once from
 * {@code src/main/resources/pressfacts/lexicon/entities/}, with the vocabulary it shares with other
 * stages ({@link Lexicons}: honorifics, company forms, state forms, function words). Immutable, so one
 * instance serves every thread.
 */
public record EntityLexicons(Set<String> orgHeads, Map<String, String> honorificGender, Set<String> titleWords,
                             Set<String> instrumentHeads, Set<String> nameStops, Set<String> surnameEndings, Map<String, String> locationAlias,
                             List<Rewrite> transliteration, List<List<String>> knownOrganizations,
                             Map<String, String> knownOrganizationKey, Set<String> knownPlaces, Set<String> companyForms,
                             Lexicons common, Set<String> titleHeads, List<String> complementLinkWords) {

  /** One spelling normalization step: a pattern and its replacement. */
  public record Rewrite(Pattern pattern, String replacement) {
  }

  static final String LEXICON_DIR = "/pressfacts/lexicon/entities/";

  /** Loads the shared vocabulary too; a pipeline passes its own to {@link #load(Lexicons)}. */
  public static EntityLexicons load() {
    return load(Lexicons.load());
  }

  public static EntityLexicons load(Lexicons common) {
    Map<String, String> alias = new HashMap<>();
    for (String[] forms : LexiconFile.rows(LEXICON_DIR + "location-aliases.txt", 2, Integer.MAX_VALUE)) {
      String canonical = MentionGrouper.key(forms[0]);
      for (String f : forms) {
        alias.put(MentionGrouper.key(f), canonical);
      }
    }
    // the world's states: their forms are one place too ("Iran", "Islamic Republic (of) Iran"); the
    // aliases above, written for these releases, keep their canonical names
    for (String[] forms : LexiconFile.rows(StateNames.FILE, 1, Integer.MAX_VALUE)) {
      String canonical = MentionGrouper.key(forms[0]);
      for (String f : forms) {
        alias.putIfAbsent(MentionGrouper.key(f), canonical);
        alias.putIfAbsent(MentionGrouper.key(StateNames.withoutOptionalWords(f)), canonical);
      }
    }
    List<Rewrite> rewrites = new ArrayList<>();
    for (String[] p : LexiconFile.rows(LEXICON_DIR + "transliteration.tsv", 2)) {
      rewrites.add(new Rewrite(Pattern.compile(p[0]), p[1]));
    }
    List<List<String>> known = new ArrayList<>();
    Map<String, String> knownKey = new HashMap<>();
    for (String[] row : LexiconFile.rows(LEXICON_DIR + "known-organizations.tsv", 1, Integer.MAX_VALUE)) {
      List<String> forms = List.of(row);
      known.add(forms);
      for (String f : forms) {
        knownKey.put(MentionGrouper.key(f), MentionGrouper.key(forms.get(0)));
      }
    }
    return new EntityLexicons(lowerSet("org-heads.txt"), common.honorificGender(), lowerSet("person-title-words.txt"),
        lowerSet("instrument-heads.txt"), lowerSet("name-stops.txt"), lowerSet("surname-endings.txt"), Map.copyOf(alias), List.copyOf(rewrites),
        List.copyOf(known), Map.copyOf(knownKey), Set.copyOf(LexiconFile.lines(LEXICON_DIR + "known-places.txt")),
        Set.copyOf(common.companyForms().stream().map(f -> f.toLowerCase(Locale.ROOT)).toList()), common,
        lowerSet("title-heads.txt"), LexiconFile.lines(LEXICON_DIR + "complement-link-words.txt"));
  }

  /**
   * One-word qualifiers of a title ("senior", "acting", "judicial"), lower case: the roles stage's own list
   * (lexicon/roles/title-modifiers.txt), so that the entity finders leave to a title what the roles stage reads
   * as part of it. Read by OrganizationFinder (a body's name starts past them) and TitledNames (a name before them).
   */
  static Set<String> titleQualifiers() {
    return LexiconFile.lines("/pressfacts/lexicon/roles/title-modifiers.txt").stream()
        .map(w -> w.trim().toLowerCase(Locale.ROOT)).filter(w -> !w.contains(" ")).collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> lowerSet(String file) {
    return Set.copyOf(LexiconFile.lines(LEXICON_DIR + file).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList());
  }

  /**
   * The key in which the entity stage compares names (lower case, punctuation as space, no leading
   * article): the form of the keys of {@link #knownOrganizationKey()}. Public for the registry,
   * which matches names across documents as the stage does within one.
   */
  public static String matchingKey(String name) {
    return MentionGrouper.key(name);
  }

  /** Is this lower-case word an org head or a company's legal form ("court", "ltd")? */
  public boolean isOrgHead(String lowerWord) {
    return orgHeads.contains(lowerWord) || companyForms.contains(lowerWord);
  }

  /** Do two mention keys name one known organization ("UNDP" and "United Nations Development Programme")? */
  public boolean sameKnownOrganization(String keyA, String keyB) {
    String a = knownOrganizationKey.get(keyA);
    return a != null && a.equals(knownOrganizationKey.get(keyB));
  }

  /** Does this word end like a surname ("Petrosyan", "Hajiyev")? */
  public boolean looksLikeSurname(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return surnameEndings.stream().anyMatch(e -> w.length() > e.length() + 2 && w.endsWith(e));
  }

  /** The spelling key of a surname: lower case, then every transliteration rewrite in order. */
  public String surnameKey(String surname) {
    String s = surname.toLowerCase(Locale.ROOT);
    for (Rewrite r : transliteration) {
      s = r.pattern().matcher(s).replaceAll(r.replacement());
    }
    return s;
  }
}
