package pressfacts.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * One learned model as the build ships it: its binary and its sidecar in models/, copied into the
 * jar under {@value #ON_CLASSPATH}. The sidecar's "adopted" flag (written by {@code train}) says
 * whether the pipeline uses the model at all. This package knows only file names and that flag, so
 * the stages that use a model and the trainers that write one can both depend on it without
 * depending on each other.
 */
public record ModelFile(String binary, String sidecar) {
  /** Where the build puts models/*.bin and their sidecars inside the jar. */
  public static final String ON_CLASSPATH = "/pressfacts/models/";

  /** The event-type categorizer (stage/event). */
  public static final ModelFile EVENT_TYPE = new ModelFile("event-type.bin", "event-type.json");
  /** The organization name finder (stage/entities). */
  public static final ModelFile ORG_NAMES = new ModelFile("org-names.bin", "org-names.json");
  /** The role linker (stage/roles), trained on the real releases' dev split. */
  public static final ModelFile ROLE_LINKER = new ModelFile("role-linker.bin", "role-linker.json");

  /** Reads a model binary; the caller's model class knows its format. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * The model read from the classpath when its sidecar says it was adopted; empty when there is no
   * sidecar or it was not adopted (the pipeline then keeps its rules). An adopted model whose binary
   * is missing is a broken build, not a reason to fall back silently.
   */
  public <T> Optional<T> loadIfAdopted(Reader<T> reader) {
    return load(reader, true);
  }

  /**
   * The model read from the classpath whether adopted or not (to compare a path the pipeline does not take by
   * default); empty when the build ships no binary of it.
   */
  public <T> Optional<T> loadAnyway(Reader<T> reader) {
    return load(reader, false);
  }

  private <T> Optional<T> load(Reader<T> reader, boolean onlyAdopted) {
    if (!onlyAdopted) {
      try (InputStream bin = ModelFile.class.getResourceAsStream(ON_CLASSPATH + binary)) {
        return bin == null ? Optional.empty() : Optional.of(reader.read(bin));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the model " + binary, e);
      }
    }
    try (InputStream side = ModelFile.class.getResourceAsStream(ON_CLASSPATH + sidecar)) {
      if (side == null || !new ObjectMapper().readTree(side).path("adopted").asBoolean(false)) {
        return Optional.empty();
      }
      try (InputStream bin = ModelFile.class.getResourceAsStream(ON_CLASSPATH + binary)) {
        if (bin == null) {
          throw new IllegalStateException("models/" + binary + " is adopted but missing;"
              + " run 'target/pressfacts train' and rebuild");
        }
        return Optional.of(reader.read(bin));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the model " + binary, e);
    }
  }
}
