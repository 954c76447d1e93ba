package pressfacts.review;

import java.util.List;

/**
 * What the index page shows: one row per document, and the warning codes and event types that
 * its filters offer. {@code editable} is true when the server shows it (links say "review").
 */
public record IndexView(List<Row> rows, List<String> warningCodes, List<String> eventTypes, int documents,
                        boolean editable) {

  /**
   * One document. {@code href} is null for an error record (it has no page); counts are per
   * fact kind; {@code warnings} is a space-separated code list the filter reads.
   */
  public record Row(String docId, String href, String title, String published, String eventType,
                    String eventDate, int persons, int organizations, int locations, int dates,
                    int citations, int roles, String warnings, List<String> warningCodes,
                    String error) {
  }
}
