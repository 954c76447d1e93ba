package pressfacts.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Event;
import pressfacts.doc.EventType;
import pressfacts.doc.Instrument;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.Mention;
import pressfacts.doc.Provision;
import pressfacts.doc.ProvisionUnit;
import pressfacts.doc.Role;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;

/**
 * Writes and reads records in the JSON shape of ANNOTATION.md. Field order is fixed here, by
 * hand, so that the same record always gives the same bytes; the doc model stays free of JSON
 * annotations. Reading accepts gold files (no evidence, no confidence) and predictions alike.
 */
public final class RecordJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RecordJson() {
  }

  /** One line of JSON (no trailing newline). */
  public static String line(Outcome o) {
    try {
      return MAPPER.writeValueAsString(tree(o));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String pretty(Outcome o) {
    try {
      return PRETTY.writeValueAsString(tree(o));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The record as a JSON tree, its fields in the order of ANNOTATION.md. */
  public static ObjectNode tree(Outcome o) {
    if (o instanceof ErrorRecord e) {
      ObjectNode n = F.objectNode();
      n.put("doc_id", e.docId());
      ObjectNode err = n.putObject("error");
      err.put("code", e.code().name());
      err.put("message", e.message());
      return n;
    }
    PressRecord r = (PressRecord) o;
    ObjectNode n = F.objectNode();
    n.put("schema_version", r.schemaVersion());
    n.put("doc_id", r.docId());
    n.put("title", r.title());
    putPublished(n, r.published());
    putEntities(n.putArray("entities"), r.entities());
    ArrayNode dates = n.putArray("dates");
    for (DateMention d : r.dates()) {
      ObjectNode dn = span(dates.addObject(), d.span(), d.text());
      dn.put("value", d.value() == null ? null : d.value().iso());
    }
    putCitations(n.putArray("citations"), r.citations());
    putRoles(n.putArray("roles"), r.roles());
    if (r.event() == null) {
      n.putNull("event");
    } else {
      ObjectNode ev = n.putObject("event");
      ev.put("type", r.event().type().wireName());
      ev.put("date", r.event().date() == null ? null : r.event().date().iso());
    }
    ArrayNode ws = n.putArray("warnings");
    for (Warning w : r.warnings()) {
      ObjectNode wn = ws.addObject();
      wn.put("code", w.code().name());
      wn.put("message", w.message());
    }
    if (r.body() != null) {
      ObjectNode b = n.putObject("body");
      b.put("start", r.body().start());
      b.put("end", r.body().end());
    }
    if (!r.source().isEmpty()) {
      n.set("source", MAPPER.valueToTree(r.source()));
    }
    if (r.text() != null) {
      n.put("text", r.text());
    }
    return n;
  }

  /** A date line found in the text carries its span; a supplied date says so instead. */
  private static void putPublished(ObjectNode n, Published pub) {
    if (pub == null) {
      n.putNull("published");
      return;
    }
    ObjectNode p = n.putObject("published");
    if (pub.span() != null) {
      p.put("text", pub.text());
      p.put("value", pub.value().iso());
      p.put("start", pub.span().start());
      p.put("end", pub.span().end());
    } else {
      p.put("value", pub.value().iso());
      p.put("source", "supplied");
    }
  }

  private static void putEntities(ArrayNode ents, List<Entity> entities) {
    for (Entity e : entities) {
      ObjectNode en = ents.addObject();
      en.put("id", e.id());
      en.put("type", e.type().name());
      en.put("name", e.name());
      ArrayNode ms = en.putArray("mentions");
      for (Mention m : e.mentions()) {
        span(ms.addObject(), m.span(), m.text());
      }
      if (!e.attributes().isEmpty()) {
        ObjectNode at = en.putObject("attributes");
        e.attributes().forEach(at::put);
      }
    }
  }

  private static void putCitations(ArrayNode cits, List<Citation> citations) {
    for (Citation c : citations) {
      ObjectNode cn = span(cits.addObject(), c.span(), c.text());
      ObjectNode in = cn.putObject("instrument");
      Instrument i = c.instrument();
      in.put("kind", i.kind().wireName());
      in.put("title", i.title());
      in.put("jurisdiction", i.jurisdiction());
      in.put("date", i.date() == null ? null : i.date().iso());
      ArrayNode pv = cn.putArray("provision");
      for (Provision p : c.provision()) {
        ObjectNode pn = pv.addObject();
        pn.put("unit", p.unit().wireName());
        pn.put("id", p.id());
      }
      if (c.antecedent() != null) {
        cn.put("antecedent", c.antecedent());
      }
    }
  }

  /** Evidence, sentence and confidence are optional: written only when the role has them. */
  private static void putRoles(ArrayNode roles, List<Role> list) {
    for (Role ro : list) {
      ObjectNode rn = roles.addObject();
      rn.put("person", ro.person());
      rn.put("title", ro.title());
      rn.put("organization", ro.organization());
      if (ro.evidence() != null) {
        ObjectNode ev = rn.putObject("evidence");
        ev.put("start", ro.evidence().start());
        ev.put("end", ro.evidence().end());
        if (ro.pattern() != null) {
          ev.put("pattern", ro.pattern());
        }
      }
      if (ro.sentence() != null) {
        rn.put("sentence", ro.sentence());
      }
      if (ro.confidence() != null) {
        rn.put("confidence", ro.confidence());
      }
    }
  }

  private static ObjectNode span(ObjectNode n, CharSpan s, String text) {
    n.put("start", s.start());
    n.put("end", s.end());
    n.put("text", text);
    return n;
  }

  /** Parses one record or error record; throws {@link IllegalArgumentException} saying what is wrong. */
  public static Outcome read(String json) {
    try {
      return read(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a record or an error record back from its JSON tree (the inverse of {@link #tree}). */
  public static Outcome read(JsonNode n) {
    String docId = text(n, "doc_id");
    if (docId == null) {
      throw new IllegalArgumentException("record has no doc_id");
    }
    if (n.hasNonNull("error")) {
      JsonNode e = n.get("error");
      return new ErrorRecord(docId, ErrorCode.valueOf(text(e, "code")), text(e, "message"));
    }
    List<DateMention> dates = new ArrayList<>();
    for (JsonNode d : array(n, "dates")) {
      String v = text(d, "value");
      dates.add(new DateMention(spanOf(d), text(d, "text"), v == null ? null : DateValue.parse(v)));
    }
    Event event = null;
    JsonNode ev = n.get("event");
    if (ev != null && !ev.isNull() && ev.hasNonNull("type")) {
      String d = text(ev, "date");
      event = new Event(EventType.fromWire(text(ev, "type")), d == null ? null : DateValue.parse(d));
    }
    List<Warning> warnings = new ArrayList<>();
    for (JsonNode w : array(n, "warnings")) {
      warnings.add(new Warning(WarningCode.valueOf(text(w, "code")), String.valueOf(text(w, "message"))));
    }
    JsonNode b = n.get("body");
    CharSpan body = b != null && b.isObject() ? new CharSpan(b.get("start").asInt(), b.get("end").asInt()) : null;
    JsonNode src = n.get("source");
    @SuppressWarnings("unchecked")
    Map<String, Object> source = src != null && src.isObject() ? MAPPER.convertValue(src, Map.class) : null;
    return new PressRecord(text(n, "schema_version"), docId, text(n, "title"), readPublished(n.get("published")),
        readEntities(n), dates, readCitations(n), readRoles(n), event, warnings, text(n, "text"), body, source);
  }

  private static Published readPublished(JsonNode p) {
    if (p == null || p.isNull() || !p.hasNonNull("value")) {
      return null;
    }
    DateValue v = DateValue.parse(p.get("value").asText());
    return p.has("start") ? new Published(text(p, "text"), v, new CharSpan(p.get("start").asInt(), p.get("end").asInt()))
        : Published.supplied(v);
  }

  private static List<Entity> readEntities(JsonNode n) {
    List<Entity> entities = new ArrayList<>();
    for (JsonNode en : array(n, "entities")) {
      EntityType type = EntityType.valueOf(text(en, "type"));
      List<Mention> ms = new ArrayList<>();
      for (JsonNode m : array(en, "mentions")) {
        ms.add(new Mention(spanOf(m), text(m, "text"), type));
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      if (en.has("attributes")) {
        en.get("attributes").fields().forEachRemaining(f -> attrs.put(f.getKey(), f.getValue().asText()));
      }
      entities.add(new Entity(text(en, "id"), type, text(en, "name"), ms, attrs));
    }
    return entities;
  }

  private static List<Citation> readCitations(JsonNode n) {
    List<Citation> citations = new ArrayList<>();
    for (JsonNode c : array(n, "citations")) {
      JsonNode in = c.get("instrument");
      String date = text(in, "date");
      Instrument inst = new Instrument(InstrumentKind.fromWire(text(in, "kind")), text(in, "title"),
          text(in, "jurisdiction"), date == null ? null : DateValue.parse(date));
      List<Provision> prov = new ArrayList<>();
      for (JsonNode pv : array(c, "provision")) {
        prov.add(new Provision(ProvisionUnit.fromWire(text(pv, "unit")), text(pv, "id")));
      }
      citations.add(new Citation(spanOf(c), text(c, "text"), inst, prov,
          c.hasNonNull("antecedent") ? c.get("antecedent").asInt() : null));
    }
    return citations;
  }

  private static List<Role> readRoles(JsonNode n) {
    List<Role> roles = new ArrayList<>();
    for (JsonNode r : array(n, "roles")) {
      CharSpan ev = r.hasNonNull("evidence") ? spanOf(r.get("evidence")) : null;
      roles.add(new Role(text(r, "person"), text(r, "title"), text(r, "organization"), ev,
          r.hasNonNull("sentence") ? r.get("sentence").asInt() : null,
          r.hasNonNull("confidence") ? r.get("confidence").asDouble() : null,
          ev != null && r.get("evidence").hasNonNull("pattern") ? r.get("evidence").get("pattern").asText() : null));
    }
    return roles;
  }


  private static CharSpan spanOf(JsonNode n) {
    if (!n.has("start") || !n.has("end")) {
      throw new IllegalArgumentException("span without start/end: " + n);
    }
    return new CharSpan(n.get("start").asInt(), n.get("end").asInt());
  }

  private static Iterable<JsonNode> array(JsonNode n, String field) {
    JsonNode a = n.get(field);
    return a == null || a.isNull() ? List.of() : a;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
