package pressfacts.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateMention;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;
import pressfacts.record.PressRecord;
import pressfacts.record.Published;
import pressfacts.text.MatchKey;

/**
 * The invariants every record must keep, gold or predicted (ANNOTATION.md): each span inside the
 * text and each {@code text} equal to the substring at its offsets; entity ids unique; roles
 * pointing to a PERSON and, when not null, an ORGANIZATION entity, and not repeated; entity
 * mentions and citations not overlapping one another (a date may stand inside a citation); dates
 * not overlapping one another; a published date line also listed in {@code dates}; jurisdictions
 * of the allowed form; citation back-references pointing to another citation. Tests call it after
 * any pipeline run; {@code corpus check} calls it on every gold file. It returns problems; it
 * never throws on a bad record.
 */
public final class RecordValidator {
  /** ISO 3166-1 alpha-2, or INT for international instruments. */
  /** ISO 3166-1 alpha-2, an ISO 3166-2 subdivision for a state's own law ("US-CA", Conventions), or INT. */
  private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?|INT");

  private RecordValidator() {
  }

  /** Problems of {@code r} against the document {@code text}; {@code where} names it in messages. */
  public static List<Problem> validate(PressRecord r, String text, String where) {
    List<Problem> out = new ArrayList<>();
    Published p = r.published();
    if (p != null && p.span() != null) {
      checkText(out, where, "published", p.span(), p.text(), text);
      boolean listed = r.dates().stream().anyMatch(d -> d.span().equals(p.span())
          && d.value() != null && d.value().iso().equals(p.value().iso()));
      if (!listed) {
        out.add(new Problem(where, "published", p.span(), "the date line (value " + p.value().iso()
            + ") is not also in dates with the same offsets and value"));
      }
    }
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : r.entities()) {
      String field = "entities[" + e.id() + "]";
      if (byId.putIfAbsent(e.id(), e) != null) {
        out.add(new Problem(where, field, null, "entity id '" + e.id() + "' is used twice"));
      }
      if (e.name().isBlank()) {
        out.add(new Problem(where, field + ".name", null, "name is blank"));
      }
      for (Mention m : e.mentions()) {
        checkText(out, where, field + ".mentions", m.span(), m.text(), text);
      }
    }
    for (DateMention d : r.dates()) {
      checkText(out, where, "dates", d.span(), d.text(), text);
    }
    for (int i = 0; i < r.citations().size(); i++) {
      Citation c = r.citations().get(i);
      checkText(out, where, "citations", c.span(), c.text(), text);
      String j = c.instrument().jurisdiction();
      if (j != null && !JURISDICTION.matcher(j).matches()) {
        out.add(new Problem(where, "citations.instrument.jurisdiction", c.span(),
            "'" + j + "' is not an ISO 3166-1 alpha-2 code, an ISO 3166-2 code, INT or null"));
      }
      if (c.instrument().title() != null && c.instrument().title().isBlank()) {
        out.add(new Problem(where, "citations.instrument.title", c.span(), "title is blank (use null)"));
      }
      Integer a = c.antecedent();
      if (a != null && (a < 0 || a >= r.citations().size() || a == i)) {
        out.add(new Problem(where, "citations.antecedent", c.span(), "antecedent " + a
            + " is not the index of another citation (0.." + (r.citations().size() - 1) + ")"));
      }
    }
    checkOverlaps(out, where, r);
    checkRoles(out, where, r, byId, text);
    return out;
  }

  private static void checkText(List<Problem> out, String where, String field, CharSpan span, String got, String text) {
    if (span.end() > text.length()) {
      out.add(new Problem(where, field, span, "span ends after the text (length " + text.length() + ")"));
    } else if (!span.of(text).equals(got)) {
      out.add(new Problem(where, field, span, "text '" + got + "' is not the text at these offsets: '"
          + span.of(text) + "'"));
    }
  }

  /** A span with what it is, for overlap messages. */
  private record Labelled(CharSpan span, String field, String what) {
  }

  private static void checkOverlaps(List<Problem> out, String where, PressRecord r) {
    List<Labelled> items = new ArrayList<>();
    for (Entity e : r.entities()) {
      for (Mention m : e.mentions()) {
        items.add(new Labelled(m.span(), "entities[" + e.id() + "].mentions", m.type() + " mention '" + m.text() + "'"));
      }
    }
    for (Citation c : r.citations()) {
      items.add(new Labelled(c.span(), "citations", "citation '" + c.text() + "'"));
    }
    reportOverlaps(out, where, items);
    List<Labelled> dates = new ArrayList<>();
    for (DateMention d : r.dates()) {
      dates.add(new Labelled(d.span(), "dates", "date '" + d.text() + "'"));
    }
    reportOverlaps(out, where, dates);
  }

  /** Every overlapping pair, found by a sweep over the items sorted by span. */
  private static void reportOverlaps(List<Problem> out, String where, List<Labelled> items) {
    items.sort(Comparator.comparing(Labelled::span).thenComparing(Labelled::field));
    for (int i = 0; i < items.size(); i++) {
      Labelled a = items.get(i);
      for (int k = i + 1; k < items.size() && items.get(k).span().start() < a.span().end(); k++) {
        Labelled b = items.get(k);
        if (a.span().overlaps(b.span()) || a.span().equals(b.span())) {
          out.add(new Problem(where, a.field(), a.span(), a.what() + " overlaps " + b.what() + " at "
              + b.span() + " (" + b.field() + ")"));
        }
      }
    }
  }

  private static void checkRoles(List<Problem> out, String where, PressRecord r, Map<String, Entity> byId, String text) {
    Set<String> seen = new HashSet<>();
    for (Role role : r.roles()) {
      String field = "roles[" + role.person() + "/" + role.title() + "/" + role.organization() + "]";
      Entity person = byId.get(role.person());
      if (person == null) {
        out.add(new Problem(where, field + ".person", null, "'" + role.person() + "' is no entity id"));
      } else if (person.type() != EntityType.PERSON) {
        out.add(new Problem(where, field + ".person", null, "'" + role.person() + "' is of type " + person.type() + ", not PERSON"));
      }
      if (role.organization() != null) {
        Entity org = byId.get(role.organization());
        if (org == null) {
          out.add(new Problem(where, field + ".organization", null, "'" + role.organization() + "' is no entity id"));
        } else if (org.type() != EntityType.ORGANIZATION) {
          out.add(new Problem(where, field + ".organization", null,
              "'" + role.organization() + "' is of type " + org.type() + ", not ORGANIZATION"));
        }
      }
      if (role.title().isBlank()) {
        out.add(new Problem(where, field + ".title", null, "title is blank"));
      }
      if (!seen.add(role.person() + "\t" + MatchKey.of(role.title()) + "\t" + role.organization())) {
        out.add(new Problem(where, field, null, "the same role is listed twice (one role per person, title and organization)"));
      }
      if (role.evidence() != null && role.evidence().end() > text.length()) {
        out.add(new Problem(where, field + ".evidence", role.evidence(), "span ends after the text (length " + text.length() + ")"));
      }
    }
  }
}
