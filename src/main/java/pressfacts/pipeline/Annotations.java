package pressfacts.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the stages have found about one document so far: an immutable map from {@link Key} to
 * value. {@link #with} returns a new map and refuses to overwrite, because a stage adds and never
 * rewrites another stage's output.
 */
public final class Annotations {
  private static final Annotations EMPTY = new Annotations(Map.of());
  private final Map<Key<?>, Object> values;

  private Annotations(Map<Key<?>, Object> values) {
    this.values = values;
  }

  public static Annotations empty() {
    return EMPTY;
  }

  public <T> Annotations with(Key<T> key, T value) {
    if (values.containsKey(key)) {
      throw new IllegalStateException("annotation '" + key + "' is already set; stages add, never overwrite");
    }
    Map<Key<?>, Object> next = new LinkedHashMap<>(values);
    next.put(key, key.type().cast(java.util.Objects.requireNonNull(value, key.name())));
    return new Annotations(Collections.unmodifiableMap(next));
  }

  /** The value under {@code key}; fails when no stage added it (the pipeline builder prevents that). */
  public <T> T get(Key<T> key) {
    Object v = values.get(key);
    if (v == null) {
      throw new IllegalStateException("annotation '" + key + "' is missing; which stage adds it?");
    }
    return key.type().cast(v);
  }

  public boolean has(Key<?> key) {
    return values.containsKey(key);
  }

  public Set<Key<?>> keys() {
    return values.keySet();
  }
}
