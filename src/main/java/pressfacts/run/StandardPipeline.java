package pressfacts.run;

import pressfacts.pipeline.Pipeline;
import pressfacts.stage.citations.CitationStage;
import pressfacts.stage.dates.DateStage;
import pressfacts.stage.entities.EntityStage;
import pressfacts.stage.event.EventStage;
import pressfacts.stage.header.HeaderStage;
import pressfacts.stage.ner.NerStage;
import pressfacts.stage.roles.RoleStage;
import pressfacts.stage.tokens.TokenStage;
import pressfacts.stage.warnings.WarningStage;

/** The chain pressfacts runs: header, tokens, ner, dates, citations, entities, roles, event, warnings. */
public final class StandardPipeline {
  private StandardPipeline() {
  }

  public static Pipeline build(ModelStore models) {
    return Pipeline.builder()
        .add(new HeaderStage())
        .add(new TokenStage())
        .add(new NerStage(models.ner()))
        .add(new DateStage())
        .add(new CitationStage())
        .add(new EntityStage(models.organizations()))
        .add(new RoleStage())
        .add(new EventStage(models.eventTypes()))
        .add(new WarningStage(models.language()))
        .build();
  }
}
