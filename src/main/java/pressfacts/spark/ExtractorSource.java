package pressfacts.spark;

import java.io.Serializable;
import pressfacts.run.Extractor;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;

/**
 * Where a Spark task gets its extractor. Only this small object travels in the job's closures; the
 * models stay in the executor JVM that loaded them: {@link #standard()} loads them on first use,
 * once per JVM, and every task of that JVM shares them (the pipeline is thread-safe, as {@code
 * extract --threads} uses it).
 */
public interface ExtractorSource extends Serializable {
  Extractor extractor();

  /** The standard pipeline with the standard models, loaded once per JVM on first use. */
  static ExtractorSource standard() {
    return new Standard();
  }

  /** The holder idiom: the extractor is built when a task first asks for it, and never changes. */
  final class Standard implements ExtractorSource {
    private static final long serialVersionUID = 1L;

    private static final class Holder {
      static final Extractor EXTRACTOR = new Extractor(StandardPipeline.build(ModelStore.load()));
    }

    @Override
    public Extractor extractor() {
      return Holder.EXTRACTOR;
    }
  }
}
