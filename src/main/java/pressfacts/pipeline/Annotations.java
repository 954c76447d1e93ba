package pressfacts.pipeline;

import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import pressfacts.doc.Warning;

/**
 * What the stages have found about one document so far: an immutable map from {@link Key} to
 * value. {@link #with} returns a new map and refuses to overwrite, because a stage adds and never
 * rewrites another stage's output. Beside the keyed values it holds the warnings the stages have
 * raised so far, in the order they were added ({@link #withWarnings}): any stage may warn, and the
 * warnings stage merges them into the record without knowing who raised them.
 */
public final class Annotations {
  private static final Annotations EMPTY = new Annotations(Map.of(), List.of());
  private final Map<Key<?>, Object> values;
  private final List<Warning> warnings;

  private Annotations(Map<Key<?>, Object> values, List<Warning> warnings) {
    this.values = values;
    this.warnings = warnings;
  }

  public static Annotations empty() {
    return EMPTY;
  }

  public <T> Annotations with(Key<T> key, T value) {
    if (values.containsKey(key)) {
      throw new IllegalStateException("annotation '" + key + "' is already set; stages add, never overwrite");
    }
    Map<Key<?>, Object> next = new LinkedHashMap<>(values);
    next.put(key, key.type().cast(Objects.requireNonNull(value, key.name())));
    return new Annotations(Collections.unmodifiableMap(next), warnings);
  }

  /** The same annotations with {@code more} warnings after those raised so far. */
  public Annotations withWarnings(List<Warning> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Warning> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new Annotations(values, List.copyOf(all));
  }

  /** The warnings the stages have raised so far, in the order they raised them. */
  public List<Warning> warnings() {
    return warnings;
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
