package pressfacts.eval.conll;

import java.nio.file.Path;

/** A CoNLL file that cannot be read as one; the message names the file and the line. */
public final class ConllFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConllFormatException(Path file, int line, String what) {
    super(file + ":" + line + ": " + what);
  }
}
