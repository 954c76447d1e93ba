package pressfacts.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent per stage, summed over documents and threads; one instance per run, never global. */
public final class StageTimings {
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

  public StageTimings(Iterable<String> stageNames) {
    for (String name : stageNames) {
      nanos.put(name, new LongAdder());
    }
  }

  void add(String stage, long ns) {
    nanos.get(stage).add(ns);
  }

  /** Stage name to nanoseconds, in pipeline order. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
