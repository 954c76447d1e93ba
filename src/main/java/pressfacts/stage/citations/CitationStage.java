package pressfacts.stage.citations;

import java.util.List;
import java.util.Set;
import pressfacts.doc.Citation;
import pressfacts.doc.CitationLayer;
import pressfacts.doc.DateLayer;
import pressfacts.doc.Document;
import pressfacts.doc.DateMention;
import pressfacts.doc.Warning;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;
import pressfacts.text.Normalization;
import pressfacts.text.TextView;

/**
 * Finds legal citations (ANNOTATION.md, "Legal citations") and adds them as
 * {@link Keys#CITATIONS}: span, instrument {kind, title, jurisdiction, date} and provision path.
 *
 * <p>In: the document text and {@link Keys#DATES} (instrument dates are taken from the DateLayer,
 * never parsed here, so one date grammar serves the project). Out: a {@link CitationLayer}, and a
 * warning for each back-reference that pointed to nothing.
 *
 * <p>Design: find, then resolve, as separate pure steps (eyecite's find/resolve):
 * {@link CitationFinder} reads phrases with a small grammar anchored on kind words
 * ({@link InstrumentGrammar}, {@link ProvisionGrammar}) and binds dates; {@link CitationResolver}
 * fills jurisdictions, expands acronyms and binds back-references. Matching runs on
 * {@link Normalization#forMatching}, spans are offsets of the original text. The vocabularies are
 * data files under {@code /pressfacts/lexicon/citations/}, read once in the constructor; the stage
 * holds no mutable state and is thread-safe.
 */
public final class CitationStage implements Stage {
  private final CitationFinder finder;
  private final CitationResolver resolver;
  private final DocumentJurisdiction documentJurisdiction;

  public CitationStage() {
    CitationLexicon lex = CitationLexicon.load();
    this.finder = new CitationFinder(lex);
    this.resolver = new CitationResolver(lex);
    this.documentJurisdiction = new DocumentJurisdiction(lex);
  }

  @Override
  public String name() {
    return "citations";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.TEXT, Keys.DATES);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.CITATIONS);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    Result r = citations(in.get(Keys.TEXT), in.get(Keys.DATES));
    return in.with(Keys.CITATIONS, new CitationLayer(r.citations())).withWarnings(r.warnings());
  }

  /** The citations of a text and the warnings about them (back-references that pointed to nothing). */
  record Result(List<Citation> citations, List<Warning> warnings) {
  }

  /** The citations of {@code text}, with the dates of {@code dates} bound to their instruments. */
  Result citations(String text, DateLayer dates) {
    return citations(TextView.of(text), dates);
  }

  Result citations(TextView view, DateLayer dates) {
    String text = view.original();
    String matching = view.matching();
    Words words = new Words(text, matching);
    List<DateMention> ds = dates.dates();
    List<Found> found = finder.find(text, matching, words, ds);
    DocumentJurisdiction.Cues cues = documentJurisdiction.find(matching);
    CitationResolver.Result r = resolver.resolve(text, words, found, cues::at, cues.state());
    return new Result(r.citations(), r.warnings());
  }
}
