package pressfacts.review;

import java.util.List;

/**
 * What one document's page shows: its header facts, the text laid out as nested marks, and the
 * fact lists beside it. Every fact names the DOM id of the mark that is its evidence
 * ({@code target}); {@code ok} is false when its offsets do not select its text in this text.
 * {@code noDateLine} is true when no date is the date line. On the server's pages, {@code token}
 * is the session token the page's script sends with a save; null elsewhere.
 */
public record DocumentView(String docId, String title, String published, String eventType, String eventDate,
                           boolean hasText, List<MarkLayout.Piece> pieces, List<Legend> legend,
                           List<EntityView> entities, List<DateView> dates, boolean noDateLine,
                           List<CitationView> citations, List<RoleView> roles, List<WarningView> warnings,
                           boolean editable, String apiHref, String token, String note) {

  public record Legend(String cssClass, String label) {
  }

  public record EntityView(int index, String id, String type, String cssClass, String name,
                           List<MentionView> mentions) {
  }

  public record MentionView(int index, String target, int start, int end, String text, boolean ok) {
  }

  /** A date; {@code dateLine} is true for the date that is the record's {@code published} date line. */
  public record DateView(int index, String target, int start, int end, String text, String value, boolean ok,
                         boolean dateLine) {
  }

  public record CitationView(int index, String target, int start, int end, String text, String kind,
                             String title, String jurisdiction, String date, String provision,
                             String antecedent, String antecedentTarget, boolean ok) {
  }

  /** A role; {@code evidence} says what {@code target} points at (its evidence, or the person's first mention). */
  public record RoleView(int index, String target, String person, String personId, String title,
                         String organization, String organizationId, String evidence, String confidence) {
  }

  public record WarningView(String code, String message) {
  }
}
