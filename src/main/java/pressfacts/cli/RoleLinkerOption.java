package pressfacts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import picocli.CommandLine.Option;
import pressfacts.model.ModelFile;
import pressfacts.run.ModelStore;
import pressfacts.stage.roles.RoleLinker;

/**
 * {@code --roles PATH}: which path the role stage takes, to compare them on the same input. "adopted" (the
 * default) is what the role linker's sidecar says; "rules" the rule path; "linker" the learned linker
 * even when not adopted.
 */
final class RoleLinkerOption {
  enum Path { adopted, rules, linker }

  @Option(names = "--roles", paramLabel = "PATH", description = {"Which role path: adopted (the default: the learned",
      "linker when models/role-linker.json says adopted, else the rules), rules, or linker."})
  Path path = Path.adopted;

  @Option(names = "--roles-model", paramLabel = "FILE", description = {"With --roles linker: the linker's model from this",
      "file instead of the one the build ships (to score a model trained on one half of a corpus on the other)."})
  java.nio.file.Path model;

  /** {@code models} with the role path asked for. */
  ModelStore apply(ModelStore models) {
    return switch (path) {
      case adopted -> models;
      case rules -> models.withRoleLinker(Optional.empty());
      case linker -> models.withRoleLinker(Optional.of(linker()));
    };
  }

  private RoleLinker linker() {
    if (model != null) {
      try (InputStream in = Files.newInputStream(model)) {
        return RoleLinker.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the role linker model " + model, e);
      }
    }
    return ModelFile.ROLE_LINKER.loadAnyway(RoleLinker::load).orElseThrow(
        () -> new IllegalStateException("no models/role-linker.bin in the build: run 'target/pressfacts train' and rebuild"));
  }
}
