package pressfacts.review;

import java.util.Locale;

/**
 * What a highlighted stretch of text is. The order is the nesting order when two spans cover the
 * same stretch: the earlier kind is the outer mark (a role's evidence holds a person's name; a
 * citation holds a date). Colours live in the stylesheet, keyed by {@link #cssClass()}.
 */
public enum SpanKind {
  ROLE("role evidence"),
  CITATION("citation"),
  ORGANIZATION("organization"),
  LOCATION("location"),
  PERSON("person"),
  DATE("date");

  private final String label;

  SpanKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String cssClass() {
    return "k-" + name().toLowerCase(Locale.ROOT);
  }
}
