package pressfacts.doc;

/**
 * Stable codes of what an analyst should check. Codes are part of the output contract: add new
 * ones, never rename.
 */
public enum WarningCode {
  /** The title line stands again in the body. */
  REPEATED_TITLE,
  /** The document's date line is earlier than the date of the event it reports. */
  PUBLISHED_BEFORE_EVENT,
  /** The input bytes were not valid UTF-8; bad sequences were replaced with U+FFFD. */
  INVALID_UTF8,
  /** The text does not look like English. */
  NOT_ENGLISH,
  /** A back-reference ("the Convention") had no compatible instrument before it. */
  UNRESOLVED_REFERENCE,
  /** Another document of the batch has the same doc_id. */
  DUPLICATE_DOC_ID,
  /** A sentence was longer than the tagger's cap and was tagged in pieces. */
  LONG_SENTENCE_SPLIT,
  /** The document ran past its time budget: the facts are those found until then. */
  TIME_BUDGET_EXCEEDED
}
