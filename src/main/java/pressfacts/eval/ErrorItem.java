package pressfacts.eval;

/**
 * One difference between gold and prediction, for {@code eval --errors}: a false positive
 * ({@code FP}), a false negative ({@code FN}), or a matched item whose value differs
 * ({@code MISMATCH}). {@code kind} names the layer ("PERSON mention", "date", "role", ...) and
 * {@code detail} the offsets and text.
 */
public record ErrorItem(String docId, String kind, String error, String detail) {
  public static final String FP = "FP";
  public static final String FN = "FN";
  public static final String MISMATCH = "MISMATCH";

  /** Tab-separated: doc id, error, kind, detail. */
  public String line() {
    return docId + "\t" + error + "\t" + kind + "\t" + detail;
  }
}
