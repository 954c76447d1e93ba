package pressfacts.stage.roles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Entity;

/**
 * The candidates the shapes read, and beside each the cheap alternatives a shape could as well have bound:
 * no organization, the nearest other organization of the sentence on either side of the title, the nearest
 * other person of the sentence on either side. The learned linker chooses among them; the rule path never
 * sees them. The checks every role passes in {@link RoleFinder} hold for the alternatives too (a holder that
 * can hold a post, a body for a title that needs one).
 */
final class RoleAlternatives {
  private final TitleLexicon titles;

  RoleAlternatives(TitleLexicon titles) {
    this.titles = titles;
  }

  /** {@code read}, each candidate once (the first read of it kept), then the alternatives not read, in order. */
  List<RoleCandidate> expand(List<RoleCandidate> read, MentionIndex index) {
    Map<String, RoleCandidate> out = new LinkedHashMap<>();
    for (RoleCandidate c : read) {
      out.putIfAbsent(key(c), c);
    }
    for (RoleCandidate c : read) {
      CharSpan context = index.context(c.sentence(), c.titleSpan());
      if (c.org() != null && !needsBody(c.title())) {
        out.putIfAbsent(key(c.withOrg(null, RoleCandidate.Source.NO_ORG)), c.withOrg(null, RoleCandidate.Source.NO_ORG));
      }
      for (MentionIndex.At o : nearestOthers(index.orgs(context), c.titleSpan(), c.org())) {
        RoleCandidate alt = c.withOrg(o.entity(), RoleCandidate.Source.OTHER_ORG);
        out.putIfAbsent(key(alt), alt);
      }
      for (MentionIndex.At p : nearestOthers(index.persons(context), c.titleSpan(), c.person())) {
        if (titles.canHold(p.mention().text().strip())) {
          RoleCandidate alt = c.withPerson(p.mention(), p.entity());
          out.putIfAbsent(key(alt), alt);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private boolean needsBody(String title) {
    return titles.needsBody(title.substring(title.lastIndexOf(' ') + 1));
  }

  /**
   * Of {@code sorted} mentions, the last one that ends before the title and the first one that starts after
   * it, each only when it names another entity than {@code not} (then the side gives none).
   */
  private static List<MentionIndex.At> nearestOthers(List<MentionIndex.At> sorted, CharSpan title, Entity not) {
    MentionIndex.At before = null;
    MentionIndex.At after = null;
    for (MentionIndex.At a : sorted) {
      CharSpan s = a.mention().span();
      if (s.end() <= title.start()) {
        before = a;
      } else if (s.start() >= title.end() && after == null) {
        after = a;
      }
    }
    List<MentionIndex.At> out = new ArrayList<>(2);
    for (MentionIndex.At a : new MentionIndex.At[] {before, after}) {
      if (a != null && (not == null || !a.entity().id().equals(not.id()))) {
        out.add(a);
      }
    }
    return out;
  }

  /** One candidate per title place, title, person's mention and organization. */
  private static String key(RoleCandidate c) {
    return c.titleSpan().start() + "|" + c.title().toLowerCase(Locale.ROOT) + "|" + c.personMention().span().start()
        + "|" + (c.org() == null ? "" : c.org().id());
  }
}
