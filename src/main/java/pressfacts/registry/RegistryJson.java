package pressfacts.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import pressfacts.stage.entities.EntityLexicons;

/**
 * The registry as JSON Lines: one line per person ({@code p1, p2, ...}), then one per organization
 * ({@code o1, ...}), fields in a fixed order, so the same registry always gives the same bytes.
 * <pre>
 * {"id":"p17","type":"PERSON","name":"Ramiz Rzayev","aliases":["R. Rzayev","Rzayev"],
 *  "mentions":[{"doc_id":"pr003","entity":"e3","date":"2010-01-26"}, ...],
 *  "roles":[{"title":"Chairman","organization":"o5","first":"2010-01-26","last":"2013-12-12","docs":["pr003", ...]}]}
 * {"id":"o5","type":"ORGANIZATION","name":"Supreme Court of the Republic of Azerbaijan","aliases":[...],
 *  "mentions":[...],"persons":[{"person":"p17","title":"Chairman","first":...,"last":...}]}
 * </pre>
 * Reading gives back a {@link Registry} that goes on exactly as the one written would have.
 */
public final class RegistryJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RegistryJson() {
  }

  public static void write(Registry registry, Writer out) throws IOException {
    for (Registry.Person p : registry.persons()) {
      out.write(line(p));
      out.write('\n');
    }
    for (Registry.Organization o : registry.organizations()) {
      out.write(line(o));
      out.write('\n');
    }
  }

  static String line(Registry.Person p) {
    ObjectNode n = F.objectNode();
    n.put("id", p.id());
    n.put("type", "PERSON");
    n.put("name", p.name());
    strings(n.putArray("aliases"), p.aliases());
    mentions(n.putArray("mentions"), p.mentions());
    ArrayNode roles = n.putArray("roles");
    for (Registry.Role r : p.roles()) {
      ObjectNode rn = roles.addObject();
      rn.put("title", r.title());
      rn.put("organization", r.organization());
      rn.put("first", r.first());
      rn.put("last", r.last());
      strings(rn.putArray("docs"), r.docs());
    }
    return json(n);
  }

  static String line(Registry.Organization o) {
    ObjectNode n = F.objectNode();
    n.put("id", o.id());
    n.put("type", "ORGANIZATION");
    n.put("name", o.name());
    strings(n.putArray("aliases"), o.aliases());
    mentions(n.putArray("mentions"), o.mentions());
    ArrayNode posts = n.putArray("persons");
    for (Registry.Post p : o.persons()) {
      ObjectNode pn = posts.addObject();
      pn.put("person", p.person());
      pn.put("title", p.title());
      pn.put("first", p.first());
      pn.put("last", p.last());
    }
    return json(n);
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static void mentions(ArrayNode a, List<Registry.Mention> mentions) {
    for (Registry.Mention m : mentions) {
      ObjectNode mn = a.addObject();
      mn.put("doc_id", m.docId());
      mn.put("entity", m.entity());
      mn.put("date", m.date());
    }
  }

  private static String json(ObjectNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a written registry; throws {@link IllegalArgumentException} naming the line when one is
   * not a registry entry or ids are out of order (the file was edited or cut).
   */
  public static Registry read(BufferedReader in, EntityLexicons lex) throws IOException {
    Registry registry = new Registry(lex);
    int lineNo = 0;
    for (String line; (line = in.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = MAPPER.readTree(line);
        String type = text(n, "type");
        if ("PERSON".equals(type)) {
          registry.restore(person(n));
        } else if ("ORGANIZATION".equals(type)) {
          registry.restore(organization(n));
        } else {
          throw new IllegalArgumentException("type is neither PERSON nor ORGANIZATION");
        }
      } catch (JsonProcessingException | RuntimeException e) {
        throw new IllegalArgumentException("line " + lineNo + ": not a registry entry: " + e.getMessage(), e);
      }
    }
    return registry;
  }

  /** Parses one person line. */
  public static Registry.Person person(JsonNode n) {
    List<Registry.Role> roles = new ArrayList<>();
    for (JsonNode r : n.path("roles")) {
      roles.add(new Registry.Role(text(r, "title"), text(r, "organization"), text(r, "first"), text(r, "last"),
          strings(r.path("docs"))));
    }
    return new Registry.Person(text(n, "id"), text(n, "name"), strings(n.path("aliases")), mentions(n.path("mentions")), roles);
  }

  /** Parses one organization line. */
  public static Registry.Organization organization(JsonNode n) {
    List<Registry.Post> posts = new ArrayList<>();
    for (JsonNode p : n.path("persons")) {
      posts.add(new Registry.Post(text(p, "person"), text(p, "title"), text(p, "first"), text(p, "last")));
    }
    return new Registry.Organization(text(n, "id"), text(n, "name"), strings(n.path("aliases")), mentions(n.path("mentions")), posts);
  }

  /** Parses any registry line (person or organization) into a tree, for readers of the file. */
  public static JsonNode tree(String line) throws JsonProcessingException {
    return MAPPER.readTree(line);
  }

  private static List<Registry.Mention> mentions(JsonNode a) {
    List<Registry.Mention> out = new ArrayList<>();
    for (JsonNode m : a) {
      out.add(new Registry.Mention(text(m, "doc_id"), text(m, "entity"), text(m, "date")));
    }
    return out;
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
