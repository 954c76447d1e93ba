package pressfacts.run;

import pressfacts.doc.Document;
import pressfacts.io.SourceItem;
import pressfacts.pipeline.Pipeline;
import pressfacts.pipeline.StageFailure;
import pressfacts.pipeline.StageTimings;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.RecordAssembler;

/** Runs the pipeline on one document and turns any failure into an error record: one in, one out. */
public final class Extractor {
  private final Pipeline pipeline;
  private final StageTimings timings;

  public Extractor(Pipeline pipeline, StageTimings timings) {
    this.pipeline = pipeline;
    this.timings = timings;
  }

  public Extractor(Pipeline pipeline) {
    this(pipeline, null);
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Outcome extract(SourceItem item) {
    return item.error() != null ? item.error() : extract(item.document());
  }

  public Outcome extract(Document doc) {
    try {
      return RecordAssembler.assemble(doc, pipeline.run(doc, timings));
    } catch (StageFailure f) {
      return new ErrorRecord(doc.docId(), ErrorCode.STAGE_FAILED, "document '" + doc.docId() + "': " + f.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new ErrorRecord(doc.docId(), ErrorCode.STAGE_FAILED, "document '" + doc.docId() + "': " + e);
    }
  }
}
