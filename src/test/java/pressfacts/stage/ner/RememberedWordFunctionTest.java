package pressfacts.stage.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.process.AmericanizeFunction;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedWordFunctionTest {
  @Test
  void returnsWhatTheFunctionReturns() {
    AmericanizeFunction americanize = new AmericanizeFunction();
    RememberedWordFunction kept = new RememberedWordFunction(americanize);
    for (int round = 0; round < 2; round++) {
      for (String w : List.of("the", "colour", "organisation", "Labour", "programmes", "january", "Jane", "ok")) {
        assertEquals(americanize.apply(w), kept.apply(w), w);
      }
    }
    // by hand: British spellings turned American, month names capitalised, others kept
    assertEquals("organization", kept.apply("organisation"));
    assertEquals("programs", kept.apply("programmes"));
    assertEquals("January", kept.apply("january"));
    assertEquals("Jane", kept.apply("Jane"));
  }

  @Test
  void callsTheFunctionOncePerLongWord() {
    AtomicInteger calls = new AtomicInteger();
    RememberedWordFunction kept = new RememberedWordFunction(w -> {
      calls.incrementAndGet();
      return w.toUpperCase();
    });
    for (int i = 0; i < 3; i++) {
      assertEquals("COLOUR", kept.apply("colour"));
      assertEquals("OF", kept.apply("of")); // short: passed on each time
    }
    assertEquals(1 + 3, calls.get());
    assertEquals(1, kept.size());
  }
}
