package pressfacts.stage.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * {@link NerStage#joinWrappedNames}: tagger mentions given by hand ("PER=..." or "LOC=...", first
 * occurrence of the form), expected mentions "TYPE text" joined by "; " (line breaks as \n).
 */
class WrappedNamesTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        // a name wrapped in running prose is one
        Arguments.of("said District Clerk Mara\nQuist today.", List.of("PER=Mara", "PER=Quist"), "PERSON Mara\nQuist"),
        Arguments.of("with Attorney Erin Mara\nQuist and others.", List.of("PER=Erin Mara", "PER=Quist"),
            "PERSON Erin Mara\nQuist"),
        // names one a line are a list, not one name
        Arguments.of("Contacts:\nMara Quist\nJohn Lind\n", List.of("PER=Mara Quist", "PER=John Lind"),
            "PERSON Mara Quist; PERSON John Lind"),
        // a blank line, or words between, part two names
        Arguments.of("thanks Mara\n\nQuist spoke.", List.of("PER=Mara", "PER=Quist"), "PERSON Mara; PERSON Quist"),
        // only persons are joined
        Arguments.of("in Dallas\nQuist spoke.", List.of("LOC=Dallas", "PER=Quist"), "LOCATION Dallas; PERSON Quist"),
        // five words are no one name
        Arguments.of("said Ann Marie Mara\nQuist Lind today.", List.of("PER=Ann Marie Mara", "PER=Quist Lind"),
            "PERSON Ann Marie Mara; PERSON Quist Lind"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void joinsANameOverALineBreak(String text, List<String> given, String expected) {
    List<Mention> tagged = new ArrayList<>();
    for (String g : given) {
      String form = g.substring(4);
      int i = text.indexOf(form);
      tagged.add(Mention.of(text, new CharSpan(i, i + form.length()),
          g.startsWith("PER") ? EntityType.PERSON : EntityType.LOCATION));
    }
    assertEquals(expected, NerStage.joinWrappedNames(text, tagged).stream()
        .map(m -> m.type() + " " + m.text()).collect(Collectors.joining("; ")));
  }
}
