package pressfacts.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import pressfacts.doc.DateValue;
import pressfacts.doc.Event;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;

/**
 * Scores predictions against a gold corpus, document by document in gold order, and sums the
 * counts into an {@link EvalReport}. A gold document without a prediction, or whose prediction is
 * an error record, is scored against an empty record (everything in it is missed) and named in the
 * report's notes; predictions for documents that are not in the gold are left out and counted.
 */
public final class Evaluator {
  static final String PUBLISHED = "published value";
  static final String EVENT_TYPE = "event type";
  static final String EVENT_DATE = "event date";

  private Evaluator() {
  }

  public static EvalReport evaluate(List<GoldDoc> gold, List<? extends Outcome> predictions) {
    Map<String, Outcome> byId = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    TreeSet<String> duplicates = new TreeSet<>();
    for (Outcome o : predictions) {
      if (byId.putIfAbsent(o.docId(), o) != null) {
        duplicates.add(o.docId());
      }
    }
    Tally t = new Tally();
    TreeSet<String> missing = new TreeSet<>();
    TreeSet<String> failed = new TreeSet<>();
    TreeSet<String> goldIds = new TreeSet<>();
    for (GoldDoc g : gold) {
      goldIds.add(g.docId());
      Outcome o = byId.get(g.docId());
      PressRecord pred;
      if (o instanceof PressRecord r) {
        pred = r;
      } else {
        if (o == null) {
          missing.add(g.docId());
        } else {
          failed.add(g.docId() + " (" + ((ErrorRecord) o).code() + ")");
        }
        pred = empty(g.docId());
      }
      score(g.gold(), pred, t);
    }
    TreeSet<String> extra = new TreeSet<>(byId.keySet());
    extra.removeAll(goldIds);
    note(notes, "gold documents without a prediction (scored as empty)", missing);
    note(notes, "gold documents whose prediction is an error record (scored as empty)", failed);
    note(notes, "predictions for documents not in the gold (ignored)", extra);
    note(notes, "doc_ids predicted more than once (the first was scored)", duplicates);
    return EvalReport.of(gold.size(), t, notes);
  }

  /** Adds every metric of one document to the tally. */
  static void score(PressRecord gold, PressRecord pred, Tally t) {
    MentionScorer.score(gold, pred, t);
    EntityScorer.score(gold, pred, t);
    DateScorer.score(gold, pred, t);
    CitationScorer.score(gold, pred, t);
    RoleScorer.score(gold, pred, t);
    String doc = gold.docId();
    String gp = gold.published() == null ? null : gold.published().value().iso();
    String pp = pred.published() == null ? null : pred.published().value().iso();
    share(t, doc, PUBLISHED, gp, pp);
    share(t, doc, EVENT_TYPE, eventType(gold.event()), eventType(pred.event()));
    share(t, doc, EVENT_DATE, eventDate(gold.event()), eventDate(pred.event()));
  }

  /** Equal values (null on both sides included) are a hit. */
  private static void share(Tally t, String doc, String metric, String gold, String pred) {
    boolean equal = Objects.equals(gold, pred);
    t.add(metric, Share.of(equal));
    if (!equal) {
      t.error(doc, metric, ErrorItem.MISMATCH, "gold " + gold + ", predicted " + pred);
    }
  }

  private static String eventType(Event e) {
    return e == null ? null : e.type().wireName();
  }

  private static String eventDate(Event e) {
    DateValue d = e == null ? null : e.date();
    return d == null ? null : d.iso();
  }

  static PressRecord empty(String docId) {
    return new PressRecord(PressRecord.SCHEMA_VERSION, docId, null, null, List.of(), List.of(), List.of(),
        List.of(), null, List.of(), null);
  }

  /** How many ids a note lists before it only counts the rest (a whole pool's predictions are many). */
  private static final int IDS_SHOWN = 20;

  private static void note(List<String> notes, String what, TreeSet<String> ids) {
    if (!ids.isEmpty()) {
      List<String> shown = ids.stream().limit(IDS_SHOWN).toList();
      notes.add(ids.size() + " " + what + ": " + String.join(", ", shown)
          + (ids.size() > IDS_SHOWN ? ", ... and " + (ids.size() - IDS_SHOWN) + " more" : ""));
    }
  }
}
