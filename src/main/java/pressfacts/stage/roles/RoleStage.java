package pressfacts.stage.roles;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pressfacts.doc.Document;
import pressfacts.doc.Entity;
import pressfacts.doc.Role;
import pressfacts.doc.TokenLayer;
import pressfacts.doc.RoleLayer;
import pressfacts.lexicon.Lexicons;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;
import pressfacts.text.TextView;

/**
 * Resolves who holds which position where (ANNOTATION.md, "Roles"): titles from a lexicon, read
 * with the entity mentions around them by {@link RoleFinder}. Two paths: the rules settle the
 * candidates the shapes read by their fixed order (the default); with a {@link RoleLinker}, the model
 * chooses among those candidates and their alternatives. The title lexicon is loaded once, in the
 * constructor; the stage is immutable and thread-safe.
 */
public final class RoleStage implements Stage {
  private final RoleFinder finder;
  private final RoleAlternatives alternatives;
  /** The learned linker, or empty for the rule path. */
  private final Optional<RoleLinker> linker;

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
    this(titles, common, Optional.empty());
  }

  /** With the pipeline's shared vocabulary and the learned linker, or the rule path when {@code linker} is empty. */
  public RoleStage(Lexicons common, Optional<RoleLinker> linker) {
    this(TitleLexicon.load(common), common, linker);
  }

  private RoleStage(TitleLexicon titles, Lexicons common, Optional<RoleLinker> linker) {
    this.finder = new RoleFinder(titles, common);
    this.alternatives = new RoleAlternatives(titles);
    this.linker = linker;
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
    if (linker.isPresent()) {
      return in.with(Keys.ROLES, new RoleLayer(linker.get().link(choices(in))));
    }
    TextView view = in.get(Keys.TEXT);
    return in.with(Keys.ROLES, new RoleLayer(
        finder.find(view.original(), view.matching(), in.get(Keys.TOKENS), in.get(Keys.ENTITIES).entities())));
  }

  /**
   * Every candidate of a document the linker chooses among (what the shapes read, before the rule path's
   * settle step, and the alternatives beside each), with its features; {@code in} holds the text, tokens and
   * entities. Public for the linker's trainer, which labels them.
   */
  public List<RoleLinker.Choice> choices(Annotations in) {
    TextView view = in.get(Keys.TEXT);
    TokenLayer tokens = in.get(Keys.TOKENS);
    List<Entity> entities = in.get(Keys.ENTITIES).entities();
    MentionIndex index = new MentionIndex(view.matching(), tokens, entities);
    RoleFeatures features = new RoleFeatures(index);
    RoleFinder.Read read = finder.read(view.original(), view.matching(), tokens, entities);
    // What the rule path settles on is a feature too: the model learns where to trust it and where not.
    Set<String> settled = new HashSet<>();
    for (Role r : read.roles()) {
      settled.add(RoleLinker.key(r));
    }
    return alternatives.expand(read.candidates(), index).stream()
        .map(c -> new RoleLinker.Choice(c, features.of(c, settled.contains(RoleLinker.key(c.toRole(0, null)))))).toList();
  }
}
