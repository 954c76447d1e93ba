package pressfacts.pipeline;

/** A pipeline was put together wrongly (a stage needs what no earlier stage adds). */
public class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PipelineException(String message) {
    super(message);
  }
}
