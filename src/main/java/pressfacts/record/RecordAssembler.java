package pressfacts.record;

import pressfacts.doc.DateLayer;
import pressfacts.doc.Document;
import pressfacts.doc.Header;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;

/** Reads the annotations of a finished pipeline run into a {@link PressRecord}; it only reads. */
public final class RecordAssembler {
  private RecordAssembler() {
  }

  public static PressRecord assemble(Document doc, Annotations a) {
    Header header = a.get(Keys.HEADER);
    String title = doc.suppliedTitle() != null ? doc.suppliedTitle()
        : header.title() == null ? null : header.title().of(doc.text());
    DateLayer dates = a.get(Keys.DATES);
    Published published = doc.suppliedPublished() != null ? Published.supplied(doc.suppliedPublished())
        : dates.published() == null ? null : Published.of(dates.published());
    return new PressRecord(PressRecord.SCHEMA_VERSION, doc.docId(), title, published,
        a.get(Keys.ENTITIES).entities(), dates.dates(), a.get(Keys.CITATIONS).citations(),
        a.get(Keys.ROLES).roles(), a.get(Keys.EVENT), a.get(Keys.WARNINGS).warnings(),
        doc.textIsDerived() ? doc.text() : null, header.release(), doc.sourceFields());
  }
}
