package pressfacts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateValue;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Event;
import pressfacts.doc.EventType;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;
import pressfacts.record.PressRecord;
import pressfacts.stage.entities.EntityLexicons;

/**
 * The merge policy on hand-made records, the determinism of the output, and update = build.
 * Each record is written as "doc date | person: title @ org; ..." by {@link #rec}.
 */
public class RegistryTest {
  private static final EntityLexicons LEX = EntityLexicons.load();

  /**
   * A record from a compact spec: {@code "d1 2019-09-19 | Ramiz Rzayev: Chairman @ Supreme Court | A. Huseynov"}:
   * persons separated by " | ", each with optional roles "title @ org" separated by "; ".
   */
  public static PressRecord rec(String spec) {
    String[] parts = spec.split(" \\| ");
    String[] head = parts[0].split(" ");
    List<Entity> entities = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    int offset = 0;
    List<String> orgs = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String[] pr = parts[i].split(": ", 2);
      String pid = "e" + (entities.size() + 1);
      entities.add(entity(pid, EntityType.PERSON, pr[0], offset));
      offset += 100;
      if (pr.length > 1) {
        for (String role : pr[1].split("; ")) {
          String[] to = role.split(" @ ");
          String oid = null;
          if (to.length > 1) {
            int k = orgs.indexOf(to[1]);
            if (k < 0) {
              orgs.add(to[1]);
              k = orgs.size() - 1;
            }
            oid = "o" + k;
          }
          roles.add(new Role(pid, to[0], oid));
        }
      }
    }
    List<Entity> all = new ArrayList<>(entities);
    for (int k = 0; k < orgs.size(); k++) {
      all.add(entity("o" + k, EntityType.ORGANIZATION, orgs.get(k), offset));
      offset += 100;
    }
    Event event = head.length > 1 ? new Event(EventType.MEETING, new DateValue.Day(LocalDate.parse(head[1]))) : null;
    return new PressRecord("1", head[0], null, null, all, List.of(), List.of(), roles, event, List.of(), null);
  }

  private static Entity entity(String id, EntityType type, String name, int at) {
    return new Entity(id, type, name, List.of(new Mention(new CharSpan(at, at + name.length()), name, type)));
  }

  private static Registry build(String... specs) {
    Registry r = new Registry(LEX);
    for (String s : specs) {
      r.add(rec(s));
    }
    return r;
  }

  /** Persons as "name=doc,doc" in id order, for compact expectations. */
  private static String persons(Registry r) {
    return r.persons().stream().map(p -> p.name() + "=" + p.mentions().stream().map(Registry.Mention::docId)
        .collect(Collectors.joining(","))).collect(Collectors.joining("; "));
  }

  @Test
  void fullNamesJoinAcrossSpellingsAndInitialsJoinOnlyWhenPostsAgree() {
    Registry r = build(
        "d1 2010-01-26 | Ramiz Rzayev: Chairman @ Supreme Court of the Republic of Azerbaijan",
        "d2 2011-05-18 | Ramiz Rzayev: Chairman @ Supreme Court of Azerbaijan Republic",
        // an initial, with a post at the same court: one person
        "d3 2014-02-07 | R.Rzayev: chairman @ Supreme Court Azerbaijan Republic",
        // an initial with nothing to agree on: kept apart
        "d4 2014-03-01 | R. Rzayev",
        // a transliteration variant of the surname with the full first name: one person
        "d5 2015-01-01 | Tanzila Narbaeva: Chairwoman @ Senate",
        "d6 2016-01-01 | Tanzila Narbayeva",
        // an initial against her: no post, so kept apart
        "d7 2016-02-01 | T. Narbayeva");
    // the name is the fullest form: "Narbayeva" has a letter more
    assertEquals("Ramiz Rzayev=d1,d2,d3; R. Rzayev=d4; Tanzila Narbayeva=d5,d6; T. Narbayeva=d7", persons(r));
  }

  @Test
  void sameSurnameAndInitialWithConflictingPostsStayApart() {
    Registry r = build(
        "a1 2019-01-01 | Azer Huseynov: judge @ Supreme Court",
        // same initial, same court: one person
        "a2 2019-06-01 | A. Huseynov: Judge @ Supreme Court",
        // same initial, another court in the same year, another post: apart
        "a3 2019-07-01 | A. Huseynov: Minister @ Ministry of Justice",
        // a different first name never joins, even at the same court
        "a4 2019-08-01 | Anar Huseynov: judge @ Supreme Court");
    assertEquals("Azer Huseynov=a1,a2; A. Huseynov=a3; Anar Huseynov=a4", persons(r));
  }

  @Test
  void twoEntitiesOfOneDocumentNeverJoinAndAmbiguityStartsANewPerson() {
    Registry r = build(
        "s1 2008-01-01 | Robert Moore Sr. | Robert Moore Jr.",
        "s2 2009-01-01 | John Smith: Trial Attorney @ Fraud Section",
        "s3 2009-02-01 | John Smith: Trial Attorney @ Fraud Section | John Smith: Trial Attorney @ Fraud Section",
        // "Smith" alone, a trial attorney: two entries fit equally, so none is taken
        "s4 2009-03-01 | Smith: Trial Attorney");
    assertEquals("Robert Moore Sr.=s1; Robert Moore Jr.=s1; John Smith=s2,s3; John Smith=s3; Smith=s4", persons(r));
  }

  @Test
  void rolesCarryTheirFirstAndLastDatesAndOrganizationsTheirHolders() {
    Registry r = build(
        "r1 2010-01-26 | Ramiz Rzayev: Chairman @ Supreme Court",
        "r2 2013-12-12 | Ramiz Rzayev: Chairman @ Supreme Court; President @ Supreme Court",
        "r3 2011-05-18 | Ramiz Rzayev: chairman @ Supreme Court");
    Registry.Person p = r.persons().get(0);
    assertEquals("[Role[title=Chairman, organization=o1, first=2010-01-26, last=2013-12-12, docs=[r1, r2, r3]],"
        + " Role[title=President, organization=o1, first=2013-12-12, last=2013-12-12, docs=[r2]]]", p.roles().toString());
    assertEquals("[Post[person=p1, title=Chairman, first=2010-01-26, last=2013-12-12],"
        + " Post[person=p1, title=President, first=2013-12-12, last=2013-12-12]]", r.organizations().get(0).persons().toString());
  }

  private static final String[] STREAM = {
      "d1 2010-01-26 | Ramiz Rzayev: Chairman @ Supreme Court of the Republic of Azerbaijan | Aziz Seyidov",
      "d2 2011-05-18 | Ramiz Rzayev: Chairman @ Supreme Court of Azerbaijan Republic | Eric Gonzalez: District Attorney",
      "d3 2014-02-07 | R.Rzayev: chairman @ Supreme Court Azerbaijan Republic | Gonzalez: DA",
      "d4 2014-03-01 | R. Rzayev | Ed Gonzalez: Sheriff",
      "d5 2015-01-01 | Tanzila Narbaeva: Chairwoman @ Senate (OSCE) | Mike Hestrin: DA",
      "d6 2016-01-01 | Tanzila Narbayeva | Michael Hestrin: District Attorney",
      "d7 2016-02-01 | T. Narbayeva | Aziz Seyidov: Chairman @ Military Chamber"};

  @Test
  void theSameRecordsGiveTheSameBytes() throws IOException {
    assertEquals(write(build(STREAM)), write(build(STREAM)));
  }

  @Test
  void updateGivesWhatABuildOverAllRecordsGivesAtEverySplit() throws IOException {
    String whole = write(build(STREAM));
    for (int cut = 0; cut <= STREAM.length; cut++) {
      String first = write(build(java.util.Arrays.copyOfRange(STREAM, 0, cut)));
      Registry resumed = RegistryJson.read(new BufferedReader(new StringReader(first)), LEX);
      for (String s : java.util.Arrays.copyOfRange(STREAM, cut, STREAM.length)) {
        resumed.add(rec(s));
      }
      assertEquals(whole, write(resumed), "update after " + cut + " records");
    }
  }

  @Test
  void aRecordAlreadyInTheRegistryIsLeftOut() throws IOException {
    Registry r = build(STREAM);
    String before = write(r);
    assertFalse(r.add(rec(STREAM[2])));
    assertEquals(1, r.skipped());
    assertEquals(before, write(r));
    Registry resumed = RegistryJson.read(new BufferedReader(new StringReader(before)), LEX);
    assertFalse(resumed.add(rec(STREAM[0])));
    assertTrue(resumed.add(rec("d8 2017-01-01 | Ramiz Rzayev")));
  }

  static String write(Registry r) throws IOException {
    StringWriter w = new StringWriter();
    RegistryJson.write(r, w);
    return w.toString();
  }
}
