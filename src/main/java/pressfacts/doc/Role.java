package pressfacts.doc;

import java.util.Objects;

/**
 * A named person holding a position, at an organization when the text names one.
 * {@code person} and {@code organization} are entity ids ({@code organization} may be null);
 * {@code evidence} is the stretch of text the role was read from, {@code sentence} its sentence
 * index, {@code confidence} in [0, 1]. Evidence, sentence and confidence are optional (null) so
 * gold records, which do not carry them, fit the same type.
 */
public record Role(String person, String title, String organization, CharSpan evidence, Integer sentence,
                   Double confidence) {
  public Role {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(title, "title");
  }

  public Role(String person, String title, String organization) {
    this(person, title, organization, null, null, null);
  }
}
