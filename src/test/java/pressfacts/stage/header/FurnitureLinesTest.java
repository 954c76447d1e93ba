package pressfacts.stage.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line verdict on small made-up pages, each line's expected side decided by hand. */
class FurnitureLinesTest {

  private static List<String> furniture(String page) {
    return FurnitureLines.of(page).stream().map(s -> s.of(page)).toList();
  }

  @Test
  void navigationShareLabelsAndTheSidebarAreFurniture() {
    String page = String.join("\n",
        "Man Sentenced for Fraud - County DA",
        "Skip to content",
        "\u2013",
        "4 min read",
        "Man Sentenced for Fraud",
        "March 3, 2024",
        "A man was sentenced today to five years in prison for a fraud scheme in the county.",
        "\u201c",
        "We will not tolerate fraud against the elderly in our county,\u201d the District Attorney said.",
        "Share",
        "Latest Posts",
        "Woman Charged in Crash",
        "May 28, 2026");
    // the dash between two labels is a menu's; the quote mark between two body lines is the body's;
    // the teaser's date stands in the sidebar
    assertEquals(List.of("Skip to content", "\u2013", "4 min read", "Share", "Latest Posts", "Woman Charged in Crash",
        "May 28, 2026"), furniture(page));
  }

  @Test
  void shortLinesThatCloseTheLastSentenceAreTheRelease() {
    String page = String.join("\n",
        "Expo Opens",
        "More than 1,300 applications have been completed in just one week for this year's expo in the county.",
        "For assistance applying, call the District Clerk's office at 214-712-3088 or City of Dallas",
        "Community Courts at 214-670-7129.",
        "Call 214-653-2905.",
        "Contact Us");
    assertEquals(List.of("Contact Us"), furniture(page));
  }

  @Test
  void aMetadataStampAfterTheReleaseIsItsDateLineAndTheNextStampIsNot() {
    String page = String.join("\n",
        "Officer Shot",
        "A man who shot an officer after a traffic stop was sentenced today to forty years in prison.",
        "https://example.org/wp-content/uploads/2023/12/gavel-and-gun-photo.jpg",
        "2025-09-02 11:34:09",
        "2025-09-02 11:41:58",
        "718-250-2340");
    assertEquals(List.of("https://example.org/wp-content/uploads/2023/12/gavel-and-gun-photo.jpg", "2025-09-02 11:41:58",
        "718-250-2340"), furniture(page));
  }
}
