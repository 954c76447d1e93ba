package pressfacts.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateMention;
import pressfacts.doc.Entity;
import pressfacts.doc.Event;
import pressfacts.doc.Role;
import pressfacts.doc.Warning;

/**
 * One document's facts, in the shape of ANNOTATION.md. The same type holds gold files and
 * predictions, so one scorer compares them. Lists are sorted by span at construction, which keeps
 * output deterministic. {@code text} is carried only when the input was not plain text (HTML),
 * so offsets stay checkable. {@code body} is the release proper inside a scraped page (from its
 * title to its last line, without navigation, sidebars and footers), or null; {@code source}
 * holds the input fields pressfacts does not read, passed through (empty when none).
 */
public record PressRecord(String schemaVersion, String docId, String title, Published published,
                          List<Entity> entities, List<DateMention> dates, List<Citation> citations,
                          List<Role> roles, Event event, List<Warning> warnings, String text,
                          CharSpan body, Map<String, Object> source) implements Outcome {
  public static final String SCHEMA_VERSION = "1";

  /** A record without a body span and without source fields. */
  public PressRecord(String schemaVersion, String docId, String title, Published published,
                     List<Entity> entities, List<DateMention> dates, List<Citation> citations,
                     List<Role> roles, Event event, List<Warning> warnings, String text) {
    this(schemaVersion, docId, title, published, entities, dates, citations, roles, event, warnings, text, null, null);
  }

  public PressRecord {
    source = source == null || source.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(source));
    Objects.requireNonNull(docId, "docId");
    entities = List.copyOf(entities);
    dates = dates.stream().sorted().toList();
    citations = citations.stream().sorted().toList();
    roles = List.copyOf(roles);
    warnings = List.copyOf(warnings);
  }
}
