package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import pressfacts.doc.Citation;
import pressfacts.doc.Document;
import pressfacts.doc.EntityLayer;
import pressfacts.doc.Mention;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;

/**
 * Settles the entity mentions of a document and groups them into entities. Overlap policy: a
 * citation wins over any entity mention (the place inside a cited instrument is no mention).
 */
public final class EntityStage implements Stage {
  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.NER_MENTIONS, Keys.CITATIONS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.ENTITIES);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    List<Citation> citations = in.get(Keys.CITATIONS).citations();
    List<Mention> kept = new ArrayList<>();
    for (Mention m : in.get(Keys.NER_MENTIONS).mentions()) {
      if (citations.stream().noneMatch(c -> c.span().overlaps(m.span()))) {
        kept.add(m);
      }
    }
    return in.with(Keys.ENTITIES, new EntityLayer(MentionGrouper.group(kept)));
  }
}
