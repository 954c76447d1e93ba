package pressfacts.pipeline;

import java.util.Objects;

/** A typed slot of {@link Annotations}; the constants live in {@link Keys}. */
public record Key<T>(String name, Class<T> type) {
  public Key {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name;
  }
}
