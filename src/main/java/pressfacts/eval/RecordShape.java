package pressfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import pressfacts.doc.DateValue;
import pressfacts.doc.EntityType;
import pressfacts.doc.EventType;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.ProvisionUnit;
import pressfacts.doc.WarningCode;
import pressfacts.record.PressRecord;

/**
 * Checks the JSON tree of a record before it is read, so that what would stop
 * {@code RecordJson.read} (a missing field, a value outside the allowed kinds, units, types and
 * event types, a span whose text does not fit it) is reported with its JSON path, every one of
 * them, instead of as the first exception. The allowed values are those of the doc enums.
 */
final class RecordShape {
  private final String where;
  private final List<Problem> out = new ArrayList<>();

  private RecordShape(String where) {
    this.where = where;
  }

  static List<Problem> check(JsonNode root, String where) {
    RecordShape s = new RecordShape(where);
    s.root(root);
    return s.out;
  }

  private void root(JsonNode n) {
    if (n == null || !n.isObject()) {
      bad("$", "the file is not a JSON object");
      return;
    }
    if (!n.path("schema_version").isTextual() || !PressRecord.SCHEMA_VERSION.equals(n.get("schema_version").asText())) {
      bad("schema_version", "must be \"" + PressRecord.SCHEMA_VERSION + "\", is " + n.get("schema_version"));
    }
    if (!n.path("doc_id").isTextual() || n.get("doc_id").asText().isBlank()) {
      bad("doc_id", "missing or not a string");
    }
    optionalString(n, "title", "title");
    published(n.get("published"));
    JsonNode ents = array(n, "entities");
    for (int i = 0; i < ents.size(); i++) {
      entity(ents.get(i), "entities[" + i + "]");
    }
    JsonNode dates = array(n, "dates");
    for (int i = 0; i < dates.size(); i++) {
      span(dates.get(i), "dates[" + i + "]");
      isoDate(dates.get(i), "value", "dates[" + i + "].value", true);
    }
    JsonNode cits = array(n, "citations");
    for (int i = 0; i < cits.size(); i++) {
      citation(cits.get(i), "citations[" + i + "]");
    }
    JsonNode roles = array(n, "roles");
    for (int i = 0; i < roles.size(); i++) {
      role(roles.get(i), "roles[" + i + "]");
    }
    JsonNode ev = n.get("event");
    if (ev != null && !ev.isNull()) {
      enumValue(ev, "type", "event.type", wire(EventType.values()), false);
      isoDate(ev, "date", "event.date", true);
    }
    JsonNode ws = array(n, "warnings");
    for (int i = 0; i < ws.size(); i++) {
      enumValue(ws.get(i), "code", "warnings[" + i + "].code", names(WarningCode.values()), false);
    }
  }

  private void published(JsonNode p) {
    if (p == null || p.isNull()) {
      return;
    }
    if (!p.isObject()) {
      bad("published", "not an object");
      return;
    }
    isoDate(p, "value", "published.value", false);
    if (p.has("start") || p.has("end") || p.has("text")) {
      span(p, "published");
    }
  }

  private void entity(JsonNode e, String f) {
    if (!e.path("id").isTextual()) {
      bad(f + ".id", "missing or not a string");
    }
    enumValue(e, "type", f + ".type", names(EntityType.values()), false);
    if (!e.path("name").isTextual()) {
      bad(f + ".name", "missing or not a string");
    }
    JsonNode ms = array(e, "mentions");
    if (ms.isEmpty() && e.isObject()) {
      bad(f + ".mentions", "an entity needs at least one mention");
    }
    for (int k = 0; k < ms.size(); k++) {
      span(ms.get(k), f + ".mentions[" + k + "]");
    }
  }

  private void role(JsonNode r, String f) {
    if (!r.path("person").isTextual()) {
      bad(f + ".person", "missing or not a string");
    }
    if (!r.path("title").isTextual()) {
      bad(f + ".title", "missing or not a string");
    }
    optionalString(r, "organization", f + ".organization");
  }

  private void citation(JsonNode c, String f) {
    span(c, f);
    JsonNode in = c.get("instrument");
    if (in == null || !in.isObject()) {
      bad(f + ".instrument", "missing or not an object");
    } else {
      enumValue(in, "kind", f + ".instrument.kind", wire(InstrumentKind.values()), false);
      optionalString(in, "title", f + ".instrument.title");
      optionalString(in, "jurisdiction", f + ".instrument.jurisdiction");
      isoDate(in, "date", f + ".instrument.date", true);
    }
    JsonNode pv = array(c, "provision");
    for (int k = 0; k < pv.size(); k++) {
      enumValue(pv.get(k), "unit", f + ".provision[" + k + "].unit", wire(ProvisionUnit.values()), false);
      if (!pv.get(k).path("id").isTextual()) {
        bad(f + ".provision[" + k + "].id", "missing or not a string");
      }
    }
  }

  /** start and end integers with 0 <= start <= end, and a text as long as the span. */
  private void span(JsonNode n, String f) {
    if (n == null || !n.isObject()) {
      bad(f, "not an object");
      return;
    }
    if (!n.path("start").isInt() || !n.path("end").isInt()) {
      bad(f, "start and end must be integers");
      return;
    }
    int s = n.get("start").asInt();
    int e = n.get("end").asInt();
    if (s < 0 || e < s) {
      bad(f, "bad offsets [" + s + "," + e + ")");
      return;
    }
    if (!n.path("text").isTextual()) {
      bad(f + ".text", "missing or not a string");
    } else if (n.get("text").asText().length() != e - s) {
      bad(f + " [" + s + "," + e + ")", "text '" + n.get("text").asText() + "' has " + n.get("text").asText().length()
          + " characters, the span " + (e - s));
    }
  }

  private void isoDate(JsonNode n, String field, String f, boolean nullable) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (!nullable) {
        bad(f, "missing");
      }
      return;
    }
    try {
      DateValue.parse(v.asText());
    } catch (RuntimeException e) {
      bad(f, "'" + v.asText() + "' is not an ISO date value (2003, 2005-06, 2019-09-19, 2008-08-05T12:35, a/b)");
    }
  }

  private void enumValue(JsonNode n, String field, String f, Set<String> allowed, boolean nullable) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull()) {
      if (!nullable) {
        bad(f, "missing");
      }
    } else if (!allowed.contains(v.asText())) {
      bad(f, "'" + v.asText() + "' is not one of " + String.join(", ", allowed));
    }
  }

  private void optionalString(JsonNode n, String field, String f) {
    JsonNode v = n.get(field);
    if (v != null && !v.isNull() && !v.isTextual()) {
      bad(f, "not a string or null");
    }
  }

  private JsonNode array(JsonNode n, String field) {
    JsonNode a = n.get(field);
    if (a == null || a.isNull()) {
      return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }
    if (!a.isArray()) {
      bad(field, "not an array");
      return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }
    return a;
  }

  private void bad(String field, String message) {
    out.add(new Problem(where, field, null, message));
  }

  private static Set<String> names(Enum<?>[] values) {
    return new TreeSet<>(Arrays.stream(values).map(Enum::name).toList());
  }

  private static Set<String> wire(Enum<?>[] values) {
    return new TreeSet<>(Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
  }
}
