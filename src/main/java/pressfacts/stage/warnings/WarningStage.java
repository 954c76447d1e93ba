package pressfacts.stage.warnings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.doc.Event;
import pressfacts.doc.Header;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.doc.WarningLayer;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;

/**
 * Gathers what an analyst should check into the record's warnings, in this order: warnings from
 * reading the source; its own checks on the whole document (a title repeated in the body, a date
 * line earlier than the event it reports); the warnings every earlier stage raised
 * ({@link Annotations#warnings()}, in pipeline order, whichever stage raised them); text that does
 * not look like English; a time budget that ran out.
 */
public final class WarningStage implements Stage {
  private final LanguageCheck language;

  public WarningStage(LanguageCheck language) {
    this.language = language;
  }

  @Override
  public String name() {
    return "warnings";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.HEADER, Keys.TOKENS, Keys.DATES, Keys.EVENT);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.WARNINGS);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    List<Warning> out = new ArrayList<>(doc.sourceWarnings());
    Header header = in.get(Keys.HEADER);
    if (!header.repeatedTitles().isEmpty()) {
      CharSpan first = header.repeatedTitles().get(0);
      out.add(new Warning(WarningCode.REPEATED_TITLE, "the title line stands " + header.repeatedTitles().size()
          + " more time(s) in the text, first at offset " + first.start() + "; it is counted once"));
    }
    DateLayer dates = in.get(Keys.DATES);
    Event event = in.get(Keys.EVENT);
    DateValue published = doc.suppliedPublished() != null ? doc.suppliedPublished()
        : dates.published() == null ? null : dates.published().value();
    if (published != null && event.date() != null && published.lastDay().isBefore(event.date().firstDay())) {
      out.add(new Warning(WarningCode.PUBLISHED_BEFORE_EVENT, "the date line (" + published.iso()
          + ") is earlier than the event it reports (" + event.date().iso() + "); check which is right"));
    }
    out.addAll(in.warnings());
    if (!language.isEnglish(in.get(Keys.TOKENS).tokens())) {
      out.add(new Warning(WarningCode.NOT_ENGLISH, String.format(Locale.ROOT,
          "only %.0f%% of the words are English function words; the text does not look like English and the"
              + " facts found in it are unreliable", 100 * language.functionWordShare(in.get(Keys.TOKENS).tokens()))));
    }
    if (pressfacts.pipeline.Deadline.passed()) {
      out.add(new Warning(WarningCode.TIME_BUDGET_EXCEEDED, "the document ran past its time budget of "
          + pressfacts.pipeline.Deadline.budget().toMillis() / 1000.0 + " s: the stages stopped there, and facts"
          + " after that point may be missing"));
    }
    return in.with(Keys.WARNINGS, new WarningLayer(out));
  }
}
