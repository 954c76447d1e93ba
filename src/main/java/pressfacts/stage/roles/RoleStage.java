package pressfacts.stage.roles;

import java.util.Set;
import pressfacts.doc.Document;
import pressfacts.doc.RoleLayer;
import pressfacts.lexicon.Lexicons;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;
import pressfacts.text.TextView;

/**
 * Resolves who holds which position where (ANNOTATION.md, "Roles"): titles from a lexicon, read
 * with the entity mentions around them by {@link RoleFinder}. The title lexicon is loaded once, in
 * the constructor; the stage is immutable and thread-safe.
 */
public final class RoleStage implements Stage {
  private final RoleFinder finder;

  /** Loads the title lexicon and the shared vocabulary from the class path; construct once per process. */
  public RoleStage() {
    this(Lexicons.load());
  }

  /** With the pipeline's shared vocabulary {@code common}. */
  public RoleStage(Lexicons common) {
    this(TitleLexicon.load(common), common);
  }

  public RoleStage(TitleLexicon titles) {
    this(titles, Lexicons.load());
  }

  public RoleStage(TitleLexicon titles, Lexicons common) {
    this.finder = new RoleFinder(titles, common);
  }

  @Override
  public String name() {
    return "roles";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.TEXT, Keys.TOKENS, Keys.ENTITIES);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.ROLES);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    TextView view = in.get(Keys.TEXT);
    return in.with(Keys.ROLES, new RoleLayer(
        finder.find(view.original(), view.matching(), in.get(Keys.TOKENS), in.get(Keys.ENTITIES).entities())));
  }
}
