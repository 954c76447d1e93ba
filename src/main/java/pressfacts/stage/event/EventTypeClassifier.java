package pressfacts.stage.event;

import pressfacts.doc.EventType;

/**
 * Decides what a release reports from its title and body. Implementations: the keyword baseline
 * ({@link EventTypeRules}) and the categorizer trained from the corpus
 * ({@link EventCategorizer}); the pipeline ships whichever scores better on
 * corpus/synthetic/test. Implementations are thread-safe.
 */
public interface EventTypeClassifier {
  EventType classify(String title, String body);
}
