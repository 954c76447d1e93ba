package pressfacts.pipeline;

import pressfacts.doc.CitationLayer;
import pressfacts.doc.DateLayer;
import pressfacts.doc.EntityLayer;
import pressfacts.doc.Event;
import pressfacts.doc.Header;
import pressfacts.doc.NerLayer;
import pressfacts.doc.RoleLayer;
import pressfacts.doc.TokenLayer;
import pressfacts.doc.WarningLayer;
import pressfacts.text.TextView;

/** Every slot a stage can add. One value type per key; all values are immutable. */
public final class Keys {
  /** The document's text with its matching form and lines, built once (see {@link TextView}). */
  public static final Key<TextView> TEXT = new Key<>("text", TextView.class);
  public static final Key<Header> HEADER = new Key<>("header", Header.class);
  public static final Key<TokenLayer> TOKENS = new Key<>("tokens", TokenLayer.class);
  public static final Key<NerLayer> NER_MENTIONS = new Key<>("ner_mentions", NerLayer.class);
  public static final Key<DateLayer> DATES = new Key<>("dates", DateLayer.class);
  public static final Key<CitationLayer> CITATIONS = new Key<>("citations", CitationLayer.class);
  public static final Key<EntityLayer> ENTITIES = new Key<>("entities", EntityLayer.class);
  public static final Key<RoleLayer> ROLES = new Key<>("roles", RoleLayer.class);
  public static final Key<Event> EVENT = new Key<>("event", Event.class);
  public static final Key<WarningLayer> WARNINGS = new Key<>("warnings", WarningLayer.class);

  private Keys() {
  }
}
