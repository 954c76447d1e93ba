package pressfacts.stage.event;

import java.util.Set;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.doc.Event;
import pressfacts.doc.Header;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;

/**
 * What the release reports: the type from an {@link EventTypeClassifier}, and
 * the date of the first dated event of the body: the first day-precise date after the head that is
 * not the date line itself.
 */
public final class EventStage implements Stage {
  private final EventTypeClassifier rules;

  public EventStage(EventTypeClassifier rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return "event";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.HEADER, Keys.DATES);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.EVENT);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    Header header = in.get(Keys.HEADER);
    String title = header.title() == null ? "" : header.title().of(doc.text());
    String body = doc.text().substring(Math.min(header.bodyStart(), doc.text().length()));
    return in.with(Keys.EVENT, new Event(rules.classify(title, body), eventDate(header, in.get(Keys.DATES))));
  }

  static DateValue eventDate(Header header, DateLayer dates) {
    for (DateMention d : dates.dates()) {
      if (d.span().start() < header.bodyStart() || d == dates.published() || d.value() == null) {
        continue;
      }
      if (d.value() instanceof DateValue.Day || d.value() instanceof DateValue.Minute) {
        return d.value() instanceof DateValue.Minute mi ? new DateValue.Day(mi.time().toLocalDate()) : d.value();
      }
      if (d.value() instanceof DateValue.Interval iv && iv.from() instanceof DateValue.Day from) {
        return from;
      }
    }
    return null;
  }
}
