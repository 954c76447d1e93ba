package pressfacts.run;

import pressfacts.lexicon.Lexicons;
import pressfacts.pipeline.Pipeline;
import pressfacts.stage.citations.CitationStage;
import pressfacts.stage.dates.DateStage;
import pressfacts.stage.entities.EntityStage;
import pressfacts.stage.event.EventStage;
import pressfacts.stage.header.HeaderStage;
import pressfacts.stage.ner.NerStage;
import pressfacts.stage.roles.RoleStage;
import pressfacts.stage.text.TextStage;
import pressfacts.stage.tokens.TokenStage;
import pressfacts.stage.warnings.WarningStage;

/** The chain pressfacts runs: text, header, tokens, ner, dates, citations, entities, roles, event, warnings. */
public final class StandardPipeline {
  private StandardPipeline() {
  }

  /** The chain on {@code models}; the shared vocabulary is read once here and handed to the stages that read it. */
  public static Pipeline build(ModelStore models) {
    Lexicons common = Lexicons.load();
    return Pipeline.builder()
        .add(new TextStage())
        .add(new HeaderStage(common))
        .add(new TokenStage())
        .add(new NerStage(models.ner()))
        .add(new DateStage(common))
        .add(new CitationStage())
        .add(new EntityStage(common, models.organizations()))
        .add(new RoleStage(common, models.roleLinker()))
        .add(new EventStage(models.eventTypes()))
        .add(new WarningStage(models.language()))
        .build();
  }
}
