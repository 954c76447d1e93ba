package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * News agencies and outlets named as sources are ORGANIZATION (ANNOTATION.md, Conventions: "..., Report
 * informs"; issue 16: "news outlets missed"), through the entity stage with the tagger's mentions given
 * by hand as in {@link EntityStageTest}. Texts are made up; each expected value was written from
 * ANNOTATION.md before running.
 */
class NewsOutletShapesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> outlets() {
    return Stream.of(
        // a newspaper after "the": the whole name, no place inside it, no "The"
        Arguments.of("Judge Anar Mammadov told The Dallas Morning News that the reforms were important.",
            List.of("PER=Anar Mammadov", "LOC=Dallas"),
            "PERSON Anar Mammadov [Anar Mammadov]; ORGANIZATION Dallas Morning News [Dallas Morning News]"),
        // a clause closed by its source, an ordinary word capitalised as a name
        Arguments.of("The hearing was adjourned until May, Report informs.",
            List.of(),
            "ORGANIZATION Report [Report]"),
        // the name before a lower-case "news agency" (a descriptor, outside the span)
        Arguments.of("Baku, March 12, Trend news agency. The court heard the case.",
            List.of("LOC=Baku"),
            "LOCATION Baku [Baku]; ORGANIZATION Trend [Trend]"),
        // and after it, where a nationality word before it names no outlet
        Arguments.of("The Russian news agency Interfax reported the arrest.",
            List.of(),
            "ORGANIZATION Interfax [Interfax]"));
  }

  static Stream<Arguments> noOutlets() {
    return Stream.of(
        // a page's section heading ends in an outlet head but names none
        Arguments.of("Read the Latest News from the office.",
            List.of(),
            ""),
        // a headline in title case: a function word inside the run
        Arguments.of("Sheriff Speaks to The Rotary Club On Safety News\nThe sheriff spoke on Monday.",
            List.of(),
            ""),
        // a head word that goes on into a longer name
        Arguments.of("The Post-Conviction Bureau reviewed the case.",
            List.of("ORG=Post-Conviction Bureau"),
            "ORGANIZATION Post-Conviction Bureau [Post-Conviction Bureau]"),
        // the surname of a person named whole elsewhere stays the person
        Arguments.of("Prosecutor Dana Whitfield reviewed the file. After the hearing, Whitfield reported.",
            List.of("PER=Dana Whitfield", "PER=Whitfield"),
            "PERSON Dana Whitfield [Dana Whitfield|Whitfield]"));
  }

  @ParameterizedTest
  @MethodSource("outlets")
  void anOutletNamedAsSourceIsAnOrganization(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("noOutlets")
  void otherWordsBeforeOutletHeadsStay(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
