package pressfacts.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import pressfacts.doc.Document;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.eval.conll.ConllDocument;
import pressfacts.eval.conll.Prediction;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Pipeline;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;

/** The pressfacts pipeline as {@code extract} builds it (same models, same per-document budget), read for its entity mentions. */
final class PressfactsNer implements ConllSystem {
  private final Pipeline pipeline;

  PressfactsNer(Duration budget) {
    this.pipeline = StandardPipeline.build(ModelStore.load()).withBudget(budget);
  }

  @Override
  public String name() {
    return "pressfacts";
  }

  @Override
  public List<Prediction> predict(ConllDocument doc) throws Exception {
    List<Prediction> out = new ArrayList<>();
    for (Entity e : pipeline.run(Document.of(doc.id(), doc.text())).get(Keys.ENTITIES).entities()) {
      for (Mention m : e.mentions()) {
        out.add(new Prediction(m.span(), conllType(m.type())));
      }
    }
    return out;
  }

  static String conllType(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
    };
  }
}
