package pressfacts.doc;

import java.util.Objects;

/**
 * A named person holding a position, at an organization when the text names one.
 * {@code person} and {@code organization} are entity ids ({@code organization} may be null);
 * {@code evidence} is the stretch of text the role was read from, {@code sentence} its sentence
 * index, {@code confidence} in [0, 1], {@code pattern} the name of the role shape it was read by
 * ("TITLE PERSON", "PERSON , TITLE", "contact block", ...). Evidence, sentence, confidence and pattern
 * are optional (null) so gold records, which do not carry them, fit the same type.
 */
public record Role(String person, String title, String organization, CharSpan evidence, Integer sentence,
                   Double confidence, String pattern) {
  public Role {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(title, "title");
  }

  public Role(String person, String title, String organization) {
    this(person, title, organization, null, null, null, null);
  }

  /** A role without the name of the shape it was read by. */
  public Role(String person, String title, String organization, CharSpan evidence, Integer sentence, Double confidence) {
    this(person, title, organization, evidence, sentence, confidence, null);
  }
}
