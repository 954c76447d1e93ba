package pressfacts.stage.roles;

import java.util.Map;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Entity;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;

/**
 * One way a text may state a role, before any choice among them: the person's mention, the title as read
 * at its place, the organization (null: none), the evidence span, the sentence, the shape that read it with
 * its hand-set confidence, and where the candidate comes from. The rule path settles such candidates by
 * fixed precedence; the learned linker ({@link RoleLinker}) by a model's probability.
 */
public record RoleCandidate(Mention personMention, Entity person, String title, CharSpan titleSpan, Entity org,
                            CharSpan evidence, int sentence, String shape, double confidence, Source source) {
  /** Where a candidate comes from. */
  public enum Source {
    /** A shape of {@link RoleFinder} (Java, shapes.tsv). */
    RULE,
    /** A row of slot-shapes.tsv ({@link SlotShapes}). */
    DATA,
    /** A rule's or a data shape's candidate with another organization of its sentence. */
    OTHER_ORG,
    /** A rule's or a data shape's candidate with no organization. */
    NO_ORG,
    /** A rule's or a data shape's candidate with another person of its sentence. */
    OTHER_PERSON
  }

  /** A data shape's reading as a candidate; {@code personMention}: the mention that starts where it read its person. */
  static RoleCandidate ofReading(SlotShapes.Reading r, Mention personMention, Map<String, Entity> byId) {
    Role role = r.role();
    // The reading keeps where its title starts, not where it ends: the title's text is as long as the title
    // read there, up to the evidence's end.
    int titleEnd = Math.min(r.titleStart() + role.title().length(), role.evidence().end());
    return new RoleCandidate(personMention, byId.get(role.person()), role.title(), new CharSpan(r.titleStart(), titleEnd),
        role.organization() == null ? null : byId.get(role.organization()), role.evidence(), role.sentence(),
        role.pattern(), role.confidence(), Source.DATA);
  }

  /** The same candidate with another organization (null: none), as an alternative of {@code source}. */
  RoleCandidate withOrg(Entity other, Source as) {
    return new RoleCandidate(personMention, person, title, titleSpan, other, evidence, sentence, shape, confidence, as);
  }

  /** The same candidate with another person's mention, as an alternative; the evidence spans the title and it. */
  RoleCandidate withPerson(Mention mention, Entity other) {
    CharSpan e = new CharSpan(Math.min(mention.span().start(), titleSpan.start()), Math.max(mention.span().end(), titleSpan.end()));
    return new RoleCandidate(mention, other, title, titleSpan, org, e, sentence, shape, confidence, Source.OTHER_PERSON);
  }

  /** Is the candidate one a shape read (not an alternative built from one)? */
  boolean read() {
    return source == Source.RULE || source == Source.DATA;
  }

  /** The role it states, with {@code confidence} and the pattern named {@code pattern}. */
  public Role toRole(double confidence, String pattern) {
    return new Role(person.id(), title, org == null ? null : org.id(), evidence, sentence, confidence, pattern);
  }
}
