package pressfacts.doc;

import java.util.Objects;

/** A note for the analyst, with a stable code and a message that says what to check. */
public record Warning(WarningCode code, String message) {
  public Warning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
