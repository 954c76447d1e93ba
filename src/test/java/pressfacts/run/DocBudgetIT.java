package pressfacts.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Document;
import pressfacts.doc.WarningCode;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.testing.TestModels;

/** A document past its time budget still gets a record, with the facts found so far and a warning. */
class DocBudgetIT {
  private static final String TEXT = "Court appoints judges\n\n"
      + "The Chairman of the Supreme Court Ivan Petrov met Judge Anna Rossi of the Court of Appeal in Baku.\n";

  @Test
  void aTinyBudgetGivesARecordWithTheWarning() {
    Extractor ex = new Extractor(TestModels.pipeline().withBudget(Duration.ofNanos(1)));
    Outcome o = ex.extract(new Document("budget", TEXT, null, null, List.of()));
    PressRecord r = assertInstanceOf(PressRecord.class, o);
    assertTrue(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.TIME_BUDGET_EXCEEDED), r.warnings().toString());
  }

  @Test
  void withinTheBudgetNoWarning() {
    Extractor ex = new Extractor(TestModels.pipeline().withBudget(Duration.ofSeconds(600)));
    PressRecord r = assertInstanceOf(PressRecord.class, ex.extract(new Document("budget", TEXT, null, null, List.of())));
    assertFalse(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.TIME_BUDGET_EXCEEDED));
  }
}
