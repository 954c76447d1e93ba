package pressfacts.pipeline;

import java.util.Set;
import pressfacts.doc.Document;

/**
 * One step of the pipeline with one job. It reads the document and the annotations named in
 * {@link #needs()}, and returns the input plus exactly the keys named in {@link #adds()}.
 *
 * <p>Design: needs and adds are declared so that {@link Pipeline.Builder#build()} can reject a
 * chain with gaps before any document is read, and {@link Pipeline#run} can check after each stage
 * that it added what it promised. A stage loads its models once, in its constructor, and is
 * thread-safe: {@code apply} may run on several documents at once.
 */
public interface Stage {

  /** Short name used in timings, errors and benchmarks, e.g. "citations". */
  String name();

  Set<Key<?>> needs();

  Set<Key<?>> adds();

  Annotations apply(Document doc, Annotations in) throws StageFailure;
}
