package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.CitationLayer;
import pressfacts.doc.Document;
import pressfacts.doc.EntityType;
import pressfacts.doc.Instrument;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.Mention;
import pressfacts.doc.NerLayer;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.stage.tokens.TokenStage;
import pressfacts.text.TextView;

/**
 * The entity stage with a further candidate source given by hand ("CAND=...": every occurrence of
 * that text), citations by hand ("CIT=..."), no tagger mentions. Candidates only start organization
 * candidates: the rules still trim, grow and settle them. Expected as in {@link EntityStageTest}.
 */
class OrganizationCandidatesTest {
  static Stream<Arguments> candidates() {
    return Stream.of(
        // without a candidate, a name with no org head is not found
        Arguments.of("Blue Lantern donated books.", List.of(), ""),
        // a candidate alone makes the name an organization
        Arguments.of("Blue Lantern donated books.", List.of("CAND=Blue Lantern"),
            "ORGANIZATION Blue Lantern [Blue Lantern]"),
        // a leading lower-case word of a candidate is trimmed, as for a tagger mention
        Arguments.of("Yesterday the Blue Lantern donated books.", List.of("CAND=the Blue Lantern"),
            "ORGANIZATION Blue Lantern [Blue Lantern]"),
        // a candidate grows by an "of"-complement, as for a tagger mention
        Arguments.of("Open Hands of Ruritania donated books.", List.of("CAND=Open Hands"),
            "ORGANIZATION Open Hands of Ruritania [Open Hands of Ruritania]"),
        // a candidate inside a cited instrument is no mention: the citation wins
        Arguments.of("They applied the Regulation of Blue Lantern yesterday.",
            List.of("CAND=Blue Lantern", "CIT=Regulation of Blue Lantern"), ""));
  }

  @ParameterizedTest
  @MethodSource("candidates")
  void candidatesStartOrganizations(String text, List<String> given, String expected) {
    List<CharSpan> cands = new ArrayList<>();
    List<Citation> citations = new ArrayList<>();
    for (String g : given) {
      String form = g.substring(g.indexOf('=') + 1);
      for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        CharSpan span = new CharSpan(i, i + form.length());
        if (g.startsWith("CIT=")) {
          citations.add(new Citation(span, form, new Instrument(InstrumentKind.REGULATION, null, null, null),
              List.of(), null));
        } else {
          cands.add(span);
        }
      }
    }
    EntityStage stage = new EntityStage((t, tokens) -> List.copyOf(cands));
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text))
        .with(Keys.TOKENS, TokenStage.tokenize(text))
        .with(Keys.NER_MENTIONS, new NerLayer(List.of()))
        .with(Keys.CITATIONS, new CitationLayer(citations));
    assertEquals(expected, EntityStageTest.render(stage.apply(Document.of("t", text), in).get(Keys.ENTITIES).entities()));
  }

  /**
   * A candidate in an earlier sentence than a tagger mention: the merged list is searched by span,
   * so it must be sorted, or the earlier sentence loses its candidate.
   */
  @Test
  void candidatesBeforeTaggedMentionsAreFound() {
    String text = "Blue Lantern donated books. The Supreme Court of Ruritania thanked it.";
    CharSpan court = new CharSpan(text.indexOf("Supreme"), text.indexOf(" of Ruritania"));
    CharSpan lantern = new CharSpan(0, "Blue Lantern".length());
    EntityStage stage = new EntityStage((t, tokens) -> List.of(lantern));
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text))
        .with(Keys.TOKENS, TokenStage.tokenize(text))
        .with(Keys.NER_MENTIONS, new NerLayer(List.of(Mention.of(text, court, EntityType.ORGANIZATION))))
        .with(Keys.CITATIONS, new CitationLayer(List.of()));
    assertEquals("ORGANIZATION Blue Lantern [Blue Lantern]; ORGANIZATION Supreme Court of Ruritania [Supreme Court of Ruritania]",
        EntityStageTest.render(stage.apply(Document.of("t", text), in).get(Keys.ENTITIES).entities()));
  }
}
