package pressfacts.stage.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parse alone: which parts of a {@link Phrase} the grammar reads around a kind word. Each row
 * is a sentence, its kind word, and the parts expected, written as "part=value" in a fixed order;
 * worked out by hand from the grammar in the javadoc of {@link InstrumentGrammar}.
 */
class InstrumentGrammarTest {
  private static final CitationLexicon LEX = CitationLexicon.load();
  private static final InstrumentGrammar GRAMMAR = new InstrumentGrammar(LEX, new ProvisionGrammar(LEX));

  /** The phrase at the first word equal to {@code kindWord}, in compact form, or "none". */
  private static String parse(String text, String kindWord) {
    Words w = new Words(text);
    int k = 0;
    while (!w.at(k).equals(kindWord)) {
      k++;
    }
    Optional<Phrase> p = GRAMMAR.parse(text, w, k, LEX.kind(kindWord), Map.of());
    return p.map(ph -> compact(ph, text)).orElse("none");
  }

  private static String compact(Phrase p, String text) {
    StringBuilder b = new StringBuilder("name=" + p.name());
    p.quotedBefore().ifPresent(q -> b.append(" quotedBefore=").append(q));
    p.statePrefix().ifPresent(s -> b.append(" statePrefix=").append(s));
    p.stateAfter().ifPresent(s -> b.append(" stateAfter=").append(s));
    p.subjectAfterState().ifPresent(s -> b.append(" subjectAfterState=").append(s));
    p.quotedAfter().ifPresent(q -> b.append(" quotedAfter=").append(q));
    p.subject().ifPresent(s -> b.append(" subject=").append(s));
    List<String> flags = Stream.of(p.issuerAdjective() ? "issuerAdjective" : null, p.placeBeforeKind() ? "placeBeforeKind" : null,
        p.nameWords() ? "nameWords" : null, p.numberTail() ? "numberTail" : null, p.complement() ? "complement" : null,
        p.issuer() ? "issuer" : null, p.descriptive() ? "descriptive" : null).filter(f -> f != null).toList();
    if (!flags.isEmpty()) {
      b.append(" ").append(String.join(",", flags));
    }
    p.provision().forEach(pr -> b.append(" provision=").append(pr.unit().wireName()).append(" ").append(pr.id()));
    return b.append(" span=").append(p.span().of(text)).toString();
  }

  static Stream<Arguments> phrases() {
    return Stream.of(
        Arguments.of("He broke the Criminal Code of the Republic of Azerbaijan.", "Code",
            "name=Criminal Code stateAfter=AZ nameWords span=Criminal Code of the Republic of Azerbaijan"),
        Arguments.of("It was signed by Presidential decree yesterday.", "decree",
            "name=decree issuerAdjective span=Presidential decree"),
        Arguments.of("Under the US Constitution all are equal.", "Constitution",
            "name=Constitution statePrefix=US placeBeforeKind span=US Constitution"),
        Arguments.of("It amends the Law of Georgia on Police and more.", "Law",
            "name=Law stateAfter=GE subjectAfterState=on Police span=Law of Georgia on Police"),
        Arguments.of("The Law \"On Courts and Judges\" was adopted.", "Law",
            "name=Law quotedAfter=On Courts and Judges span=Law \"On Courts and Judges\""),
        Arguments.of("He ratified Protocol No. 16 to the Convention today.", "Protocol",
            "name=Protocol No. 16 numberTail,complement span=Protocol No. 16 to the Convention"),
        Arguments.of("It breaks the Civil Rights Act of 1964 again.", "Act",
            "name=Civil Rights Act of 1964 nameWords,numberTail span=Civil Rights Act of 1964"),
        Arguments.of("He is charged under California Penal Code section 187(a) now.", "Code",
            "name=Penal Code statePrefix=US-CA nameWords provision=section 187(a) span=California Penal Code section 187(a)"),
        Arguments.of("It violates California law, he said.", "law",
            "name=California law placeBeforeKind,nameWords span=California law"),
        Arguments.of("They discussed the law on the judicial system today.", "law",
            "name=law descriptive span=law on the judicial system"),
        // a kind word inside another name, and a non-instrument
        Arguments.of("We marked Constitution Day in May.", "Constitution", "none"),
        Arguments.of("He studied case law at home.", "law", "none"),
        // "Law" in an institution's name
        Arguments.of("The Dean of the Faculty of Law of the University of Latvia Kristine Strada-Rozenberga spoke.", "Law",
            "none"));
  }

  @ParameterizedTest
  @MethodSource("phrases")
  void parse(String text, String kindWord, String expected) {
    assertEquals(expected, parse(text, kindWord));
  }
}
