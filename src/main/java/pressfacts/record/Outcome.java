package pressfacts.record;

/** What the pipeline made of one input document: a record, or an error record that says why not. */
public sealed interface Outcome permits PressRecord, ErrorRecord {
  String docId();
}
