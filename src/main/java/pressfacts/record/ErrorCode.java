package pressfacts.record;

/** Stable codes of error records (listed in README.md). Add new ones, never rename. */
public enum ErrorCode {
  /** The input holds no text (empty, or white space only). */
  EMPTY_INPUT,
  /** The input is binary (NUL bytes or mostly control characters), not text. */
  BINARY_INPUT,
  /** The input is larger than the size limit. */
  TOO_LARGE,
  /** The input path does not exist or cannot be read. */
  UNREADABLE,
  /** A JSONL line is not a JSON object. */
  MALFORMED_JSONL,
  /** A JSONL object has no "text" string. */
  MISSING_TEXT,
  /** A field of a JSONL object has a bad value (for example "published" is not an ISO date). */
  BAD_FIELD,
  /** A pipeline stage failed on this document. */
  STAGE_FAILED,
  /**
   * {@code extract --db}: the database refused the record (a NUL character or a doc_id over 1,000
   * characters in PostgreSQL, say); this error record is stored in its place.
   */
  DATABASE_REFUSED
}
