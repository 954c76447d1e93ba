package pressfacts.eval;

import java.util.ArrayList;
import java.util.List;
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
import pressfacts.record.PressRecord;
import pressfacts.record.Published;

/**
 * Test factory of records over one invented sentence. Spans are named by their text, "Brown#2"
 * meaning the second occurrence, so rows stay readable and offsets cannot be mistyped.
 */
final class Rec {
  static final String TEXT = "Judge Mary Brown of the Northland District Court met Peter Green in Southport"
      + " on 3 May 2021. Brown cited Article 5 of the Civil Code.";

  private final List<Entity> entities = new ArrayList<>();
  private final List<DateMention> dates = new ArrayList<>();
  private final List<Citation> citations = new ArrayList<>();
  private final List<Role> roles = new ArrayList<>();
  private Published published;
  private Event event;

  static Rec doc() {
    return new Rec();
  }

  /** The span of {@code "text"} or {@code "text#n"} (n-th occurrence) in {@link #TEXT}. */
  static CharSpan span(String ref) {
    int hash = ref.lastIndexOf('#');
    String s = hash < 0 ? ref : ref.substring(0, hash);
    int n = hash < 0 ? 1 : Integer.parseInt(ref.substring(hash + 1));
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = TEXT.indexOf(s, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no occurrence " + n + " of '" + s + "'");
      }
    }
    return new CharSpan(at, at + s.length());
  }

  Rec entity(String id, EntityType type, String name, String... mentions) {
    List<Mention> ms = new ArrayList<>();
    for (String m : mentions) {
      ms.add(Mention.of(TEXT, span(m), type));
    }
    entities.add(new Entity(id, type, name, ms));
    return this;
  }

  Rec date(String ref, String iso) {
    dates.add(DateMention.of(TEXT, span(ref), iso == null ? null : DateValue.parse(iso)));
    return this;
  }

  /** A citation; provisions as "article 5". */
  Rec citation(String ref, InstrumentKind kind, String title, String jurisdiction, String... provisions) {
    List<Provision> ps = new ArrayList<>();
    for (String p : provisions) {
      String[] parts = p.split(" ", 2);
      ps.add(new Provision(ProvisionUnit.fromWire(parts[0]), parts[1]));
    }
    CharSpan s = span(ref);
    citations.add(new Citation(s, s.of(TEXT), new Instrument(kind, title, jurisdiction, null), ps, null));
    return this;
  }

  Rec role(String person, String title, String organization) {
    roles.add(new Role(person, title, organization));
    return this;
  }

  Rec published(String iso) {
    published = Published.supplied(DateValue.parse(iso));
    return this;
  }

  Rec event(EventType type, String iso) {
    event = new Event(type, iso == null ? null : DateValue.parse(iso));
    return this;
  }

  PressRecord build() {
    return build("d1");
  }

  PressRecord build(String docId) {
    return new PressRecord(PressRecord.SCHEMA_VERSION, docId, null, published, entities, dates, citations, roles,
        event, List.of(), null);
  }
}
