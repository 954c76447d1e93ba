package pressfacts.stage.roles;

import pressfacts.doc.Role;
import pressfacts.text.MatchKey;

/**
 * When two roles are one: the same person, the same title in {@link MatchKey} form and the same
 * organization. A page that writes "State’s Attorney" in one paragraph and "State's Attorney" in the
 * next names one post; keyed by the title as written, the record listed it twice, which the scorer
 * and the record's validator count as one role and a duplicate.
 */
final class RoleKey {
  private RoleKey() {
  }

  /** Person and title: the key of a post whoever it is held at. */
  static String personTitle(String person, String title) {
    return person + "|" + MatchKey.of(title);
  }

  /** Person, title and organization (null: none). */
  static String of(String person, String title, String organization) {
    return personTitle(person, title) + "|" + (organization == null ? "" : organization);
  }

  static String of(Role r) {
    return of(r.person(), r.title(), r.organization());
  }
}
