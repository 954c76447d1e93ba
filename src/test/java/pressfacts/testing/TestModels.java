package pressfacts.testing;

import pressfacts.pipeline.Pipeline;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;

/**
 * The models, loaded once per test JVM (the CRF takes seconds to load): the holder idiom keeps the
 * value immutable and initialised on first use, so it is a constant, not shared mutable state.
 */
public final class TestModels {
  private TestModels() {
  }

  private static final class Holder {
    static final ModelStore MODELS = ModelStore.load();
    static final Pipeline PIPELINE = StandardPipeline.build(MODELS);
  }

  public static ModelStore models() {
    return Holder.MODELS;
  }

  public static Pipeline pipeline() {
    return Holder.PIPELINE;
  }
}
