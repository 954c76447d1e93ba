package pressfacts.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pressfacts.doc.Document;

/**
 * An ordered chain of {@link Stage}s, checked when it is built: every key a stage needs is added
 * by an earlier stage, and every gap is reported in one message. Immutable and thread-safe.
 */
public final class Pipeline {
  private final List<Stage> stages;
  /** Time budget per document (see {@link Deadline}), or null for none. */
  private final java.time.Duration budget;

  private Pipeline(List<Stage> stages) {
    this(stages, null);
  }

  private Pipeline(List<Stage> stages, java.time.Duration budget) {
    this.stages = List.copyOf(stages);
    this.budget = budget;
  }

  /**
   * The same stages with a time budget per document (null or zero: none). When it passes, stages stop
   * at their next loop head and the record gets the facts found so far and a TIME_BUDGET_EXCEEDED warning.
   */
  public Pipeline withBudget(java.time.Duration budget) {
    return new Pipeline(stages, budget == null || budget.isZero() || budget.isNegative() ? null : budget);
  }

  public java.time.Duration budget() {
    return budget;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }

  public Annotations run(Document doc) throws StageFailure {
    return run(doc, null);
  }

  /** Runs every stage on {@code doc}; adds time per stage to {@code timings} when it is not null. */
  public Annotations run(Document doc, StageTimings timings) throws StageFailure {
    Deadline.start(budget);
    try {
      return runStages(doc, timings);
    } finally {
      Deadline.end();
    }
  }

  private Annotations runStages(Document doc, StageTimings timings) throws StageFailure {
    Annotations a = Annotations.empty();
    for (Stage stage : stages) {
      long t0 = System.nanoTime();
      Annotations next;
      try {
        next = stage.apply(doc, a);
      } catch (StageFailure f) {
        throw f;
      } catch (RuntimeException e) {
        throw new StageFailure("stage '" + stage.name() + "' failed: " + e, e);
      }
      if (timings != null) {
        timings.add(stage.name(), System.nanoTime() - t0);
      }
      Set<Key<?>> added = new HashSet<>(next.keys());
      added.removeAll(a.keys());
      if (!added.equals(stage.adds()) || !next.keys().containsAll(a.keys())) {
        throw new StageFailure("stage '" + stage.name() + "' declared adds " + stage.adds() + " but added " + added);
      }
      if (next.warnings().size() < a.warnings().size()
          || !next.warnings().subList(0, a.warnings().size()).equals(a.warnings())) {
        throw new StageFailure("stage '" + stage.name() + "' dropped or rewrote warnings of earlier stages");
      }
      a = next;
    }
    return a;
  }

  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    public Builder add(Stage stage) {
      stages.add(stage);
      return this;
    }

    public Pipeline build() {
      Set<Key<?>> available = new HashSet<>();
      List<String> gaps = new ArrayList<>();
      for (Stage s : stages) {
        Set<Key<?>> missing = new HashSet<>(s.needs());
        missing.removeAll(available);
        if (!missing.isEmpty()) {
          gaps.add("stage '" + s.name() + "' needs " + names(missing) + " but only " + names(available)
              + " are added before it");
        }
        for (Key<?> k : s.adds()) {
          if (!available.add(k)) {
            gaps.add("stage '" + s.name() + "' adds '" + k + "', which an earlier stage already adds");
          }
        }
      }
      if (!gaps.isEmpty()) {
        throw new PipelineException("pipeline cannot be built:\n  " + String.join("\n  ", gaps));
      }
      return new Pipeline(stages);
    }

    private static String names(Set<Key<?>> keys) {
      return keys.stream().map(Key::name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
  }
}
