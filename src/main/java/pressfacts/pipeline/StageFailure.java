package pressfacts.pipeline;

/** A stage could not process a document; the document becomes an error record and the batch goes on. */
public class StageFailure extends Exception {
  private static final long serialVersionUID = 1L;

  public StageFailure(String message, Throwable cause) {
    super(message, cause);
  }

  public StageFailure(String message) {
    super(message);
  }
}
