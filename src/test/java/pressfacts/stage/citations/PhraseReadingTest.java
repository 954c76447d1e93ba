package pressfacts.stage.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.DateValue;

/**
 * The interpretation of a parsed phrase, on hand-built phrases (no text): each row is a phrase as
 * the grammar would read the words in its comment, and what ANNOTATION.md ("Legal citations")
 * says it names.
 */
class PhraseReadingTest {
  private static final CitationLexicon LEX = CitationLexicon.load();

  private static Phrase phrase(String kindWord, UnaryOperator<Phrase.Builder> parts) {
    return parts.apply(Phrase.of(LEX.kind(kindWord), kindWord)).build();
  }

  static Stream<Arguments> titles() {
    return Stream.of(
        // "Criminal Code": the capitalised name
        Arguments.of(phrase("Code", p -> p.nameWords().name("Criminal Code")), "Criminal Code"),
        // "Presidential decree": the issuer adjective is no title
        Arguments.of(phrase("decree", p -> p.issuerAdjective()), null),
        // "the Convention": a bare kind word is untitled
        Arguments.of(phrase("Convention", p -> p), null),
        // "the Constitution": a self-titled kind, capitalised
        Arguments.of(phrase("Constitution", p -> p), "Constitution"),
        // "constitution of Azerbaijan": self-titled when its state is written after it
        Arguments.of(phrase("constitution", p -> p.stateAfter("AZ")), "Constitution"),
        // "the constitution": lowercase and stateless, a description
        Arguments.of(phrase("constitution", p -> p), null),
        // 'Law "On Courts and Judges"': the quoted title alone
        Arguments.of(phrase("Law", p -> p.quotedAfter("On Courts and Judges")), "On Courts and Judges"),
        // 'Constitutional Law "On Normative Acts"': a quoted title that opens with a capital is a name of its
        // own, as the gold of 'Constitutional Law "On the Constitutional Court"' has it; the kind before it is no part of it
        Arguments.of(phrase("Law", p -> p.nameWords().name("Constitutional Law").quotedAfter("On Normative Acts")),
            "On Normative Acts"),
        // 'European Convention "for the Protection of human rights and freedoms"': a quoted part in lower case goes on with the name
        Arguments.of(phrase("Convention", p -> p.nameWords().name("European Convention")
            .quotedAfter("for the Protection of human rights and freedoms")),
            "European Convention for the Protection of human rights and freedoms"),
        // 'Organic Law of Georgia "On Police"': after the state the quoted title is the whole title
        Arguments.of(phrase("Law", p -> p.nameWords().name("Organic Law").stateAfter("GE").quotedAfter("On Police")),
            "On Police"),
        // '"On Courts" Law': a quoted title before the kind word
        Arguments.of(phrase("Law", p -> p.quotedBefore("On Courts")), "On Courts"),
        // "Law of Georgia on Police": a law is named by its subject
        Arguments.of(phrase("Law", p -> p.stateAfter("GE").subjectAfterState("on Police")), "On Police"),
        // "Code of Georgia on Administrative Offences": other kinds keep their name before the subject
        Arguments.of(phrase("Code", p -> p.stateAfter("GE").subjectAfterState("on Administrative Offences")),
            "Code on Administrative Offences"),
        // "Law No. 231 of 25 November 2011": a dated law is not named by its number
        Arguments.of(phrase("Law", p -> p.numberTail().name("Law No. 231").date(DateValue.parse("2011-11-25"))), null),
        // "Protocol No. 16": a protocol is
        Arguments.of(phrase("Protocol", p -> p.numberTail().name("Protocol No. 16")), "Protocol No. 16"),
        // "Law No. 5 on the status of judges": the subject, capitalised
        Arguments.of(phrase("Law", p -> p.numberTail().name("Law No. 5").subject("on the status of judges", false)),
            "On the status of judges"),
        // "Memorandum of Understanding on cooperation": a name that only repeats the kind takes its subject
        Arguments.of(phrase("Memorandum", p -> p.complement(true).name("Memorandum of Understanding")
            .subject("on cooperation", true)), "Memorandum of Understanding on cooperation"),
        // "the law on the judicial system": a description names no title
        Arguments.of(phrase("law", p -> p.descriptive()), null),
        // "United Nations Convention against Transnational Organized Crime"
        Arguments.of(phrase("Convention", p -> p.nameWords().complement(true)
            .name("United Nations Convention against Transnational Organized Crime")),
            "United Nations Convention against Transnational Organized Crime"));
  }

  @ParameterizedTest
  @MethodSource("titles")
  void title(Phrase p, String expected) {
    assertEquals(Optional.ofNullable(expected), PhraseReading.title(p));
  }

  static Stream<Arguments> named() {
    return Stream.of(
        Arguments.of(phrase("Code", p -> p.nameWords().name("Criminal Code")), true),
        Arguments.of(phrase("decree", p -> p.issuerAdjective()), true),
        // "the Convention", "the said law": nothing names them; back-references at most
        Arguments.of(phrase("Convention", p -> p), false),
        Arguments.of(phrase("law", p -> p), false),
        Arguments.of(phrase("Constitution", p -> p), true),
        // "decree of 1 June 2020": a date names it
        Arguments.of(phrase("decree", p -> p.date(DateValue.parse("2020-06-01"))), true),
        // "the decree of the President of the Republic of Azerbaijan": an issuer names it
        Arguments.of(phrase("decree", p -> p.issuer(Optional.of("AZ"))), true),
        // "law of Georgia": a state names it
        Arguments.of(phrase("law", p -> p.stateAfter("GE")), true),
        // "the law on the judicial system": a subject names it
        Arguments.of(phrase("law", p -> p.descriptive()), true),
        // "California law", "Riverside County law": a state's body of law, no instrument
        Arguments.of(phrase("law", p -> p.nameWords().name("California law").placeBeforeKind()), false),
        // "California Penal Code": a place before a code names one
        Arguments.of(phrase("Code", p -> p.nameWords().name("California Penal Code").placeBeforeKind()), true));
  }

  @ParameterizedTest
  @MethodSource("named")
  void isNamed(Phrase p, boolean expected) {
    assertEquals(expected, PhraseReading.isNamed(p));
  }

  static Stream<Arguments> jurisdictions() {
    return Stream.of(
        // "US Constitution"
        Arguments.of(phrase("Constitution", p -> p.statePrefix("US")), "US"),
        // "Criminal Code of the Republic of Azerbaijan"
        Arguments.of(phrase("Code", p -> p.nameWords().name("Criminal Code").stateAfter("AZ")), "AZ"),
        // a state written after the kind word is the issuer's, whatever stands before it
        Arguments.of(phrase("Law", p -> p.statePrefix("AZ").stateAfter("GE")), "GE"),
        // "Decree of the President of the Republic of Azerbaijan"
        Arguments.of(phrase("Decree", p -> p.issuer(Optional.of("AZ"))), "AZ"),
        // "Decree of the Cabinet of Ministers": the issuer names no state
        Arguments.of(phrase("Decree", p -> p.issuer(Optional.empty())), null));
  }

  @ParameterizedTest
  @MethodSource("jurisdictions")
  void jurisdiction(Phrase p, String expected) {
    assertEquals(Optional.ofNullable(expected), PhraseReading.jurisdiction(p));
  }
}
