package pressfacts.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import pressfacts.doc.DateValue;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.record.PressRecord;
import pressfacts.stage.entities.EntityLexicons;

/**
 * Persons and organizations across documents: each record's PERSON and ORGANIZATION entities
 * join a registry entry or start one, with ids {@code p1, p2, ...} and {@code o1, o2, ...} in the
 * order entries are made.
 *
 * <p><b>One pass, never a merge afterwards.</b> Records are taken one at a time, in the order
 * given; an entity joins at most one existing entry and entries never merge or split later. So
 * the registry after records 1..n is a function of those records in that order, and it can be
 * written out and read back ({@link RegistryJson}) to go on with record n+1: {@code registry
 * update} gives the same bytes as a {@code build} over all the records, and ids stay stable.
 * Everything a decision reads (forms of names, roles with dates and organizations) is in the
 * written registry.
 *
 * <p><b>Blocking.</b> A person is compared only with the entries of its surname key, an
 * organization looked up by its name key or acronym: no pass over all pairs.
 *
 * <p><b>Merge policy for persons</b> (a wrong merge costs an analyst more than a missed one):
 * <ul>
 *   <li>never two entities of one document in one entry (the document already says they differ);</li>
 *   <li>full first name and surname agree ({@link PersonName.Fit#FULL}): joined unless the context
 *   conflicts: in the same years both hold posts, and every pair of them is at different
 *   organizations with titles that are not one post;</li>
 *   <li>only an initial, a variant of the first name ("Mike", "Michael"), only a surname, or a
 *   generational suffix on one side: joined only when the context agrees (a post at the same
 *   organization; or, within five years when both have dates, a compatible title where one side
 *   names no organization, or the document names an organization where the entry held a post) and
 *   does not conflict;</li>
 *   <li>a name that contradicts any form of an entry with a given name never joins it through a
 *   shorter form ("Ed Gonzalez" does not join "Eric Gonzalez" through "Gonzalez");</li>
 *   <li>when several entries fit equally well, none is taken: the entity starts a new entry.</li>
 * </ul>
 * Organizations join by their name key ({@link OrgNames}); an acronym joins the one body that was
 * written with it.
 */
public final class Registry {
  /** One entity of one document in the registry; {@code date} is the document's date (ISO) or null. */
  public record Mention(String docId, String entity, String date) {
  }

  /** A post held: its title as first written, the organization's registry id or null, its dates and documents. */
  public record Role(String title, String organization, String first, String last, List<String> docs) {
  }

  /** A person: the fullest name, the other forms (sorted), where it is mentioned, the posts held. */
  public record Person(String id, String name, List<String> aliases, List<Mention> mentions, List<Role> roles) {
  }

  /** Who held a post at an organization, and when. */
  public record Post(String person, String title, String first, String last) {
  }

  /** An organization: the fullest name, other names and acronyms, mentions, and the posts held there. */
  public record Organization(String id, String name, List<String> aliases, List<Mention> mentions, List<Post> persons) {
  }

  /** How close in years a post must be to a document for context to agree, and to conflict. */
  private static final int AGREE_YEARS = 5;
  private static final int CONFLICT_YEARS = 1;

  private final EntityLexicons lex;
  private final OrgNames orgNames;
  private final GivenNames givenNames;
  private final List<PersonEntry> persons = new ArrayList<>();
  private final List<OrgEntry> organizations = new ArrayList<>();
  private final Map<String, List<PersonEntry>> bySurname = new HashMap<>();
  private final Map<String, OrgEntry> byOrgKey = new HashMap<>();
  private final Map<String, List<OrgEntry>> byAcronym = new HashMap<>();
  private final Map<String, OrgEntry> orgById = new HashMap<>();
  private final Set<String> docs = new HashSet<>();
  /**
   * Parsed names, organization keys and title keys by their text: each distinct text is parsed
   * once (spelling keys run a dozen rewrites). They grow with the distinct texts, as the registry does.
   */
  private final Map<String, PersonName> parsedNames = new HashMap<>();
  private final Map<String, String> orgKeys = new HashMap<>();
  private final Map<String, String> titleKeys = new HashMap<>();
  private int skipped;

  public Registry(EntityLexicons lex) {
    this.lex = lex;
    this.orgNames = new OrgNames(lex);
    this.givenNames = GivenNames.load(lex);
  }

  /**
   * Adds one record's persons and organizations. A record whose doc_id is already in the registry
   * is left out (counted in {@link #skipped()}): a registry holds one version of each document.
   * Returns whether the record was added.
   */
  public boolean add(PressRecord r) {
    if (!docs.add(r.docId())) {
      skipped++;
      return false;
    }
    String date = dateOf(r);
    Map<String, String> orgIds = new HashMap<>();
    for (Entity e : r.entities()) {
      if (e.type() == EntityType.ORGANIZATION) {
        orgIds.put(e.id(), addOrganization(e, r.docId(), date).id);
      }
    }
    Set<String> docOrgs = new TreeSet<>(orgIds.values());
    Map<String, List<RoleSeen>> roles = new HashMap<>();
    for (pressfacts.doc.Role role : r.roles()) {
      roles.computeIfAbsent(role.person(), k -> new ArrayList<>())
          .add(new RoleSeen(role.title(), titleKeys.computeIfAbsent(role.title(), Titles::key), role.organization() == null ? null : orgIds.get(role.organization())));
    }
    Set<PersonEntry> used = new HashSet<>();
    for (Entity e : r.entities()) {
      if (e.type() == EntityType.PERSON) {
        addPerson(e, r.docId(), date, roles.getOrDefault(e.id(), List.of()), docOrgs, used);
      }
    }
    return true;
  }

  /** Records left out because their doc_id was already in the registry. */
  public int skipped() {
    return skipped;
  }

  /** The document's date: its event date, else its published date, as ISO (an interval's start); or null. */
  static String dateOf(PressRecord r) {
    DateValue v = r.event() != null && r.event().date() != null ? r.event().date()
        : r.published() != null ? r.published().value() : null;
    if (v instanceof DateValue.Interval i) {
      v = i.from();
    }
    if (v instanceof DateValue.Minute m) {
      return m.time().toLocalDate().toString();
    }
    return v == null ? null : v.iso();
  }

  static Integer yearOf(String isoDate) {
    if (isoDate == null || isoDate.length() < 3) {
      return null;
    }
    try {
      return isoDate.length() == 3 || !Character.isDigit(isoDate.charAt(3)) ? Integer.parseInt(isoDate.substring(0, 3)) * 10
          : Integer.parseInt(isoDate.substring(0, 4));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- organizations

  private OrgEntry addOrganization(Entity e, String docId, String date) {
    OrgEntry o = findOrganization(e);
    if (o == null) {
      o = new OrgEntry("o" + (organizations.size() + 1));
      organizations.add(o);
      orgById.put(o.id, o);
    }
    o.mentions.add(new Mention(docId, e.id(), date));
    addOrgForm(o, e.name());
    for (pressfacts.doc.Mention m : e.mentions()) {
      if (OrgNames.isAcronym(m.text())) {
        addOrgForm(o, m.text().strip());
      }
    }
    return o;
  }

  private OrgEntry findOrganization(Entity e) {
    boolean nameIsAcronym = OrgNames.isAcronym(e.name());
    if (!nameIsAcronym) {
      OrgEntry o = byOrgKey.get(orgKey(e.name()));
      if (o != null) {
        return o;
      }
    }
    for (pressfacts.doc.Mention m : e.mentions()) {
      String text = m.text().strip();
      if (!OrgNames.isAcronym(text)) {
        continue;
      }
      List<OrgEntry> withIt = byAcronym.getOrDefault(text, List.of());
      // An acronym alone joins the one body written with it; a full name with its acronym joins a
      // body known so far only by that acronym.
      List<OrgEntry> fit = nameIsAcronym ? withIt : withIt.stream().filter(o -> OrgNames.isAcronym(o.name())).toList();
      if (fit.size() == 1) {
        return fit.get(0);
      }
    }
    return null;
  }

  private void addOrgForm(OrgEntry o, String form) {
    if (o.forms.add(form)) {
      if (OrgNames.isAcronym(form)) {
        List<OrgEntry> l = byAcronym.computeIfAbsent(form, k -> new ArrayList<>());
        if (!l.contains(o)) {
          l.add(o);
        }
      } else {
        byOrgKey.putIfAbsent(orgKey(form), o);
      }
      o.name = fuller(o.name, form);
    }
  }

  // ---------------------------------------------------------------- persons

  /** A role as one document states it, with the organization's registry id. */
  private record RoleSeen(String title, String titleKey, String org) {
  }

  private void addPerson(Entity e, String docId, String date, List<RoleSeen> roles, Set<String> docOrgs,
                         Set<PersonEntry> used) {
    PersonName name = parse(e.name());
    PersonEntry p = name.matchable() ? findPerson(name, docId, yearOf(date), roles, docOrgs, used) : null;
    if (p == null) {
      p = new PersonEntry("p" + (persons.size() + 1));
      persons.add(p);
    }
    used.add(p);
    p.docs.add(docId);
    p.mentions.add(new Mention(docId, e.id(), date));
    addPersonForm(p, e.name());
    for (pressfacts.doc.Mention m : e.mentions()) {
      addPersonForm(p, m.text().strip());
    }
    for (RoleSeen r : roles) {
      RoleEntry held = p.roles.computeIfAbsent(r.titleKey + "\u0000" + r.org, k -> new RoleEntry(r.title, r.titleKey, r.org));
      held.add(docId, date);
    }
  }

  private PersonEntry findPerson(PersonName name, String docId, Integer year, List<RoleSeen> roles, Set<String> docOrgs,
                                 Set<PersonEntry> used) {
    List<PersonEntry> best = new ArrayList<>();
    int bestRank = 0;
    for (PersonEntry p : bySurname.getOrDefault(name.surname(), List.of())) {
      if (used.contains(p) || p.docs.contains(docId)) {
        continue;
      }
      PersonName.Fit fit = fit(name, p);
      if (fit == PersonName.Fit.NONE) {
        continue;
      }
      boolean agrees = agrees(year, roles, docOrgs, p);
      if (!agrees && conflicts(year, roles, p)) {
        continue;
      }
      int rank = fit == PersonName.Fit.FULL ? (agrees ? 3 : 2) : (agrees ? 1 : 0);
      if (rank == 0) {
        continue;
      }
      if (rank > bestRank) {
        best.clear();
        bestRank = rank;
      }
      if (rank == bestRank) {
        best.add(p);
      }
    }
    return best.size() == 1 ? best.get(0) : null;
  }

  /**
   * How well a name fits an entry: the best fit over the entry's forms, but NONE when a form with
   * a given name contradicts it ("Ed Gonzalez" does not join the entry of "Eric Gonzalez" through
   * its form "Gonzalez"), unless another form of the entry contradicts that form too.
   */
  private PersonName.Fit fit(PersonName name, PersonEntry p) {
    PersonName.Fit fit = PersonName.Fit.NONE;
    for (PersonName n : p.names) {
      PersonName.Fit f = name.fit(n, givenNames);
      if (f == PersonName.Fit.NONE && !name.given().isEmpty() && !n.given().isEmpty() && !contradictedWithin(n, p)) {
        return PersonName.Fit.NONE;
      }
      if (f.compareTo(fit) > 0) {
        fit = f;
      }
    }
    return fit;
  }

  /**
   * Does another form of the entry contradict this one? Then the entry itself holds both (a
   * compound surname: "Fernandez Rundle" beside "Katherine Fernandez Rundle"; a misspelt middle
   * name: "Katherine Fernanez Rundle"), and the form is not a reason to keep a name out.
   */
  private boolean contradictedWithin(PersonName n, PersonEntry p) {
    for (PersonName m : p.names) {
      if (m != n && !m.given().isEmpty() && m.fit(n, givenNames) == PersonName.Fit.NONE) {
        return true;
      }
    }
    return false;
  }

  /** Does the document's context agree with a post the entry held? */
  private static boolean agrees(Integer year, List<RoleSeen> roles, Set<String> docOrgs, PersonEntry p) {
    for (RoleEntry held : p.roles.values()) {
      for (RoleSeen r : roles) {
        if (r.org != null && r.org.equals(held.org)) {
          return true;
        }
      }
      if (!near(year, held, AGREE_YEARS)) {
        continue;
      }
      if (held.org != null && docOrgs.contains(held.org)) {
        return true;
      }
      for (RoleSeen r : roles) {
        if ((r.org == null || held.org == null) && Titles.compatible(r.titleKey, held.titleKey)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Both hold posts in the same years, and no post of the document fits one of the entry's: each
   * pair is at different organizations with titles that are not one post.
   */
  private static boolean conflicts(Integer year, List<RoleSeen> roles, PersonEntry p) {
    if (year == null || roles.stream().noneMatch(r -> r.org != null)) {
      return false;
    }
    boolean overlap = false;
    for (RoleEntry held : p.roles.values()) {
      if (held.firstYear() == null || !near(year, held, CONFLICT_YEARS)) {
        continue;
      }
      for (RoleSeen r : roles) {
        if (Objects.equals(r.org, held.org) || Titles.compatible(r.titleKey, held.titleKey)) {
          return false;
        }
        overlap |= r.org != null && held.org != null;
      }
    }
    return overlap;
  }

  private static boolean near(Integer year, RoleEntry held, int years) {
    Integer first = held.firstYear();
    return year == null || first == null || (year >= first - years && year <= held.lastYear() + years);
  }

  private void addPersonForm(PersonEntry p, String form) {
    if (form.isEmpty() || !p.forms.add(form)) {
      return;
    }
    PersonName n = parse(form);
    if (n.matchable() && !p.names.contains(n)) {
      p.names.add(n);
      if (!p.surnames.contains(n.surname())) {
        p.surnames.add(n.surname());
        bySurname.computeIfAbsent(n.surname(), k -> new ArrayList<>()).add(p);
      }
    }
    p.name = fuller(p.name, form);
  }

  private PersonName parse(String name) {
    return parsedNames.computeIfAbsent(name, x -> PersonName.parse(x, lex));
  }

  private String orgKey(String name) {
    return orgKeys.computeIfAbsent(name, orgNames::key);
  }

  /** The fuller of two forms: more words, then more characters; the current one on a tie. */
  private static String fuller(String current, String form) {
    if (current == null) {
      return form;
    }
    int cw = current.split("\\s+").length;
    int fw = form.split("\\s+").length;
    return fw > cw || (fw == cw && form.length() > current.length()) ? form : current;
  }

  // ---------------------------------------------------------------- reading back and snapshots

  /** Re-enters a person read from a written registry (see {@link RegistryJson#read}); ids must come in order. */
  void restore(Person p) {
    PersonEntry e = new PersonEntry(p.id());
    expectId(p.id(), "p", persons.size());
    persons.add(e);
    addPersonForm(e, p.name());
    p.aliases().forEach(a -> addPersonForm(e, a));
    e.name = p.name();
    for (Mention m : p.mentions()) {
      e.mentions.add(m);
      e.docs.add(m.docId());
      docs.add(m.docId());
    }
    for (Role r : p.roles()) {
      String key = Titles.key(r.title());
      RoleEntry held = new RoleEntry(r.title(), key, r.organization());
      held.docs.addAll(r.docs());
      held.first = r.first();
      held.last = r.last();
      e.roles.put(key + "\u0000" + r.organization(), held);
    }
  }

  void restore(Organization o) {
    OrgEntry e = new OrgEntry(o.id());
    expectId(o.id(), "o", organizations.size());
    organizations.add(e);
    orgById.put(e.id, e);
    addOrgForm(e, o.name());
    o.aliases().forEach(a -> addOrgForm(e, a));
    e.name = o.name();
    for (Mention m : o.mentions()) {
      e.mentions.add(m);
      docs.add(m.docId());
    }
  }

  private static void expectId(String id, String prefix, int size) {
    if (!(prefix + (size + 1)).equals(id)) {
      throw new IllegalArgumentException("registry ids out of order: expected " + prefix + (size + 1) + ", got " + id);
    }
  }

  public int personCount() {
    return persons.size();
  }

  public int organizationCount() {
    return organizations.size();
  }

  public List<Person> persons() {
    List<Person> out = new ArrayList<>(persons.size());
    for (PersonEntry p : persons) {
      List<Role> roles = p.roles.values().stream().sorted(RoleEntry.ORDER)
          .map(r -> new Role(r.title, r.org, r.first, r.last, List.copyOf(r.docs))).toList();
      out.add(new Person(p.id, p.name, aliases(p.forms, p.name), List.copyOf(p.mentions), roles));
    }
    return out;
  }

  public List<Organization> organizations() {
    Map<String, List<Post>> posts = new HashMap<>();
    for (PersonEntry p : persons) {
      for (RoleEntry r : p.roles.values().stream().sorted(RoleEntry.ORDER).toList()) {
        if (r.org != null) {
          posts.computeIfAbsent(r.org, k -> new ArrayList<>()).add(new Post(p.id, r.title, r.first, r.last));
        }
      }
    }
    Comparator<Post> order = Comparator.comparing(Post::first, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(x -> Integer.parseInt(x.person().substring(1))).thenComparing(Post::title);
    List<Organization> out = new ArrayList<>(organizations.size());
    for (OrgEntry o : organizations) {
      List<Post> held = posts.getOrDefault(o.id, List.of()).stream().sorted(order).toList();
      out.add(new Organization(o.id, o.name, aliases(o.forms, o.name), List.copyOf(o.mentions), held));
    }
    return out;
  }

  private static List<String> aliases(Set<String> forms, String name) {
    return forms.stream().filter(f -> !f.equals(name)).sorted().toList();
  }

  // ---------------------------------------------------------------- mutable entries

  private static final class PersonEntry {
    final String id;
    String name;
    final Set<String> forms = new HashSet<>();
    final List<PersonName> names = new ArrayList<>();
    final List<String> surnames = new ArrayList<>(1);
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> docs = new HashSet<>();
    final Map<String, RoleEntry> roles = new LinkedHashMap<>();

    PersonEntry(String id) {
      this.id = id;
    }
  }

  private static final class OrgEntry {
    final String id;
    String name;
    final Set<String> forms = new HashSet<>();
    final List<Mention> mentions = new ArrayList<>();

    OrgEntry(String id) {
      this.id = id;
    }

    String name() {
      return name;
    }
  }

  private static final class RoleEntry {
    static final Comparator<RoleEntry> ORDER = Comparator.comparing((RoleEntry r) -> r.first, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.titleKey).thenComparing(r -> r.org == null ? "" : r.org);
    final String title;
    final String titleKey;
    final String org;
    final List<String> docs = new ArrayList<>();
    String first;
    String last;

    RoleEntry(String title, String titleKey, String org) {
      this.title = Objects.requireNonNull(title);
      this.titleKey = titleKey;
      this.org = org;
    }

    void add(String docId, String date) {
      // "DA" and "District Attorney" in one release are one post, and one release.
      if (!docs.isEmpty() && docs.get(docs.size() - 1).equals(docId)) {
        return;
      }
      docs.add(docId);
      if (date != null) {
        first = first == null || date.compareTo(first) < 0 ? date : first;
        last = last == null || date.compareTo(last) > 0 ? date : last;
      }
    }

    Integer firstYear() {
      return yearOf(first);
    }

    Integer lastYear() {
      return yearOf(last);
    }
  }
}
