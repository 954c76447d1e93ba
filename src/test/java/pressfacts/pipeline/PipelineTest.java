package pressfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Document;
import pressfacts.doc.Event;
import pressfacts.doc.EventType;
import pressfacts.doc.Header;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;

class PipelineTest {

  /** A stage that declares what it needs and adds, and adds what {@code really} says. */
  private record FakeStage(String name, Set<Key<?>> needs, Set<Key<?>> adds, boolean addsNothing) implements Stage {
    @Override
    public Annotations apply(Document doc, Annotations in) {
      if (addsNothing) {
        return in;
      }
      Annotations out = in;
      for (Key<?> k : adds) {
        out = k == Keys.HEADER ? out.with(Keys.HEADER, new Header(null, java.util.List.of(), 0))
            : out.with(Keys.EVENT, new Event(EventType.OTHER, null));
      }
      return out;
    }
  }

  @Test
  void reportsEveryGapInOneMessage() {
    PipelineException e = assertThrows(PipelineException.class, () -> Pipeline.builder()
        .add(new FakeStage("a", Set.of(Keys.TOKENS), Set.of(Keys.HEADER), false))
        .add(new FakeStage("b", Set.of(Keys.DATES, Keys.HEADER), Set.of(Keys.EVENT), false))
        .build());
    assertTrue(e.getMessage().contains("stage 'a' needs [tokens]"), e.getMessage());
    assertTrue(e.getMessage().contains("stage 'b' needs [dates]"), e.getMessage());
  }

  @Test
  void refusesTwoStagesAddingOneKey() {
    PipelineException e = assertThrows(PipelineException.class, () -> Pipeline.builder()
        .add(new FakeStage("a", Set.of(), Set.of(Keys.HEADER), false))
        .add(new FakeStage("b", Set.of(), Set.of(Keys.HEADER), false))
        .build());
    assertTrue(e.getMessage().contains("'b' adds 'header'"), e.getMessage());
  }

  @Test
  void failsAStageThatDoesNotAddWhatItDeclares() {
    Pipeline p = Pipeline.builder().add(new FakeStage("lazy", Set.of(), Set.of(Keys.HEADER), true)).build();
    StageFailure f = assertThrows(StageFailure.class, () -> p.run(Document.of("d", "x")));
    assertTrue(f.getMessage().contains("lazy"), f.getMessage());
  }

  @Test
  void runsAChainAndTimesEachStage() throws StageFailure {
    Pipeline p = Pipeline.builder()
        .add(new FakeStage("a", Set.of(), Set.of(Keys.HEADER), false))
        .add(new FakeStage("b", Set.of(Keys.HEADER), Set.of(Keys.EVENT), false))
        .build();
    StageTimings t = new StageTimings(p.stageNames());
    Annotations a = p.run(Document.of("d", "x"), t);
    assertEquals(EventType.OTHER, a.get(Keys.EVENT).type());
    assertEquals(java.util.List.of("a", "b"), java.util.List.copyOf(t.snapshot().keySet()));
  }

  /** A stage that adds nothing but replaces the warnings so far by its own. */
  private record Warner(String name, java.util.List<Warning> raises, boolean dropsEarlier) implements Stage {
    @Override
    public Set<Key<?>> needs() {
      return Set.of();
    }

    @Override
    public Set<Key<?>> adds() {
      return Set.of();
    }

    @Override
    public Annotations apply(Document doc, Annotations in) {
      return (dropsEarlier ? Annotations.empty() : in).withWarnings(raises);
    }
  }

  @Test
  void keepsTheWarningsOfEveryStageInPipelineOrder() throws StageFailure {
    Warning first = new Warning(WarningCode.LONG_SENTENCE_SPLIT, "a");
    Warning second = new Warning(WarningCode.UNRESOLVED_REFERENCE, "b");
    Pipeline p = Pipeline.builder()
        .add(new Warner("a", java.util.List.of(first), false))
        .add(new Warner("b", java.util.List.of(second), false))
        .build();
    assertEquals(java.util.List.of(first, second), p.run(Document.of("d", "x")).warnings());
  }

  @Test
  void failsAStageThatDropsEarlierWarnings() {
    Pipeline p = Pipeline.builder()
        .add(new Warner("a", java.util.List.of(new Warning(WarningCode.LONG_SENTENCE_SPLIT, "a")), false))
        .add(new Warner("b", java.util.List.of(new Warning(WarningCode.UNRESOLVED_REFERENCE, "b")), true))
        .build();
    StageFailure f = assertThrows(StageFailure.class, () -> p.run(Document.of("d", "x")));
    assertTrue(f.getMessage().contains("'b' dropped"), f.getMessage());
  }

  @Test
  void annotationsRefuseToOverwrite() {
    Annotations a = Annotations.empty().with(Keys.EVENT, new Event(EventType.OTHER, null));
    assertThrows(IllegalStateException.class, () -> a.with(Keys.EVENT, new Event(EventType.MEETING, null)));
  }
}
