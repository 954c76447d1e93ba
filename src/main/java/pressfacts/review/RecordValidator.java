package pressfacts.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateMention;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;
import pressfacts.record.PressRecord;

/**
 * Checks a corrected record against its text before it is saved: every span lies in the text
 * and its {@code text} equals the substring at its offsets (ANNOTATION.md: a gold file where one
 * does not is invalid), entity ids are unique, and every role's person is a PERSON entity and
 * its organization an ORGANIZATION entity of the record. Returns every problem, not the first.
 */
public final class RecordValidator {
  private RecordValidator() {
  }

  public static List<String> problems(PressRecord r, String text) {
    List<String> problems = new ArrayList<>();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : r.entities()) {
      if (byId.put(e.id(), e) != null) {
        problems.add("entity id " + e.id() + " is used twice");
      }
      for (Mention m : e.mentions()) {
        span(text, m.span(), m.text(), "mention of " + e.id(), problems);
      }
    }
    for (DateMention d : r.dates()) {
      span(text, d.span(), d.text(), "date", problems);
      if (d.value() == null) {
        problems.add("date " + d.span() + " has no value");
      }
    }
    for (Citation c : r.citations()) {
      span(text, c.span(), c.text(), "citation", problems);
    }
    if (r.published() != null && r.published().span() != null) {
      span(text, r.published().span(), r.published().text(), "published", problems);
    }
    for (Role ro : r.roles()) {
      entity(byId, ro.person(), EntityType.PERSON, "person of role '" + ro.title() + "'", problems);
      if (ro.organization() != null) {
        entity(byId, ro.organization(), EntityType.ORGANIZATION, "organization of role '" + ro.title() + "'", problems);
      }
      if (ro.title().isBlank()) {
        problems.add("role of " + ro.person() + " has an empty title");
      }
    }
    return problems;
  }

  private static void span(String text, CharSpan s, String spanText, String what, List<String> problems) {
    if (s.end() > text.length()) {
      problems.add(what + " " + s + " lies outside the text (length " + text.length() + ")");
    } else if (!s.of(text).equals(spanText)) {
      problems.add(what + " " + s + " says '" + spanText + "' but the text there is '" + s.of(text) + "'");
    }
  }

  private static void entity(Map<String, Entity> byId, String id, EntityType type, String what, List<String> problems) {
    Entity e = byId.get(id);
    if (e == null) {
      problems.add(what + " names " + id + ", which is not an entity of the record");
    } else if (e.type() != type) {
      problems.add(what + " names " + id + ", which is of type " + e.type() + ", not " + type);
    }
  }
}
