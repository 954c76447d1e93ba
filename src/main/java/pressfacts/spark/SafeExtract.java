package pressfacts.spark;

import pressfacts.io.SourceItem;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.run.Extractor;

/**
 * One document through an extractor, with nothing thrown: {@link Extractor#extract} already turns
 * a stage's exception into a STAGE_FAILED error record; this also catches what it lets through
 * (an {@link Error} such as an assertion, a linkage error, or a document that exhausts the heap), so
 * that one document never fails the Spark task and with it the rest of its partition. Only the JVM's
 * own failures (InternalError, UnknownError) propagate, and Spark retries the task elsewhere.
 */
public final class SafeExtract {
  private SafeExtract() {
  }

  public static Outcome extract(Extractor extractor, SourceItem item) {
    if (item.error() != null) {
      return item.error();
    }
    try {
      return extractor.extract(item);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return failed(item, e);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Exception | Error e) {
      return failed(item, e);
    }
  }

  private static Outcome failed(SourceItem item, Throwable e) {
    // The same message shape as Extractor's own STAGE_FAILED records.
    return new ErrorRecord(item.docId(), ErrorCode.STAGE_FAILED, "document '" + item.docId() + "': " + e);
  }
}
