package pressfacts.review;

import java.util.List;
import java.util.Map;
import pressfacts.doc.Citation;
import pressfacts.doc.Entity;
import pressfacts.doc.Role;
import pressfacts.record.PressRecord;

/**
 * Turns an analyst's corrected record into the gold shape of ANNOTATION.md: the contract's fields
 * only. Dropped as prediction-only: role evidence, sentence and confidence; entity attributes;
 * citation antecedents (an index into a list the analyst may have shortened); warnings (empty);
 * the text an HTML input's record carries (the text goes beside the record, see {@link CorrectionStore}).
 */
public final class GoldRecord {
  private GoldRecord() {
  }

  public static PressRecord of(PressRecord r) {
    List<Entity> entities = r.entities().stream()
        .map(e -> new Entity(e.id(), e.type(), e.name(), e.mentions(), Map.of())).toList();
    List<Citation> citations = r.citations().stream()
        .map(c -> new Citation(c.span(), c.text(), c.instrument(), c.provision(), null)).toList();
    List<Role> roles = r.roles().stream()
        .map(ro -> new Role(ro.person(), ro.title(), ro.organization())).toList();
    return new PressRecord(PressRecord.SCHEMA_VERSION, r.docId(), r.title(), r.published(), entities,
        r.dates(), citations, roles, r.event(), List.of(), null);
  }
}
