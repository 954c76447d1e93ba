package pressfacts.stage.entities;

import java.util.List;
import pressfacts.doc.CharSpan;
import pressfacts.doc.TokenLayer;

/**
 * A further source of organization candidates (a learned name finder, say). Its spans only start
 * candidates, exactly like the tagger's ORGANIZATION mentions: {@link OrganizationFinder}'s rules
 * still settle their boundaries and overlaps. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface OrganizationCandidates {
  /** No extra candidates: the rules and the tagger alone. */
  OrganizationCandidates NONE = (text, tokens) -> List.of();

  /** Candidate organization spans of one document, in offsets of {@code text}. */
  List<CharSpan> find(String text, TokenLayer tokens);
}
