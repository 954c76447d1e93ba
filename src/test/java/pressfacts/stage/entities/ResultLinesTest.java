package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sides of a results table (a score line, standings rows) are teams: ORGANIZATION mentions
 * (ANNOTATION.md: named institutions and clubs), even named by a town the tagger read as a place or a
 * person; a state's name there stays a place (a national team). Through the entity stage with the
 * tagger's mentions given by hand as in {@link EntityStageTest}. Texts and names are made up; each
 * expected value was written from ANNOTATION.md before running.
 */
class ResultLinesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> pairs() {
    return Stream.of(
        // a score line: both sides are clubs, whatever the tagger read
        Arguments.of("Results of the county cup on Sunday:\nFairbank 3 Lowmoor Rovers 1",
            List.of("LOC=Fairbank", "PER=Lowmoor Rovers"),
            "ORGANIZATION Fairbank [Fairbank]; ORGANIZATION Lowmoor Rovers [Lowmoor Rovers]"),
        // a score line with a closing bracket; the tagger's place inside a side gives way to the side
        Arguments.of("Results on Friday:\nEaston City 2 Westby 2 ( halftime 1-0 )",
            List.of("LOC=Easton"),
            "ORGANIZATION Easton City [Easton City]; ORGANIZATION Westby [Westby]"),
        // standings rows, two or more in the text: each row's name is a club
        Arguments.of("Standings after Saturday:\nEASTON 12 7 6 77 76 30\nWESTBY 10 9 4 70 71 24",
            List.of("LOC=EASTON", "LOC=WESTBY"),
            "ORGANIZATION EASTON [EASTON]; ORGANIZATION WESTBY [WESTBY]"),
        // a state's name in a score line stays a place (a national team)
        Arguments.of("Result of the group match:\nJapan 2 Fairbank 1",
            List.of("LOC=Japan"),
            "LOCATION Japan [Japan]; ORGANIZATION Fairbank [Fairbank]"),
        // a golfer's three rounds are too few columns for a standings row
        Arguments.of("Leading scores:\nAnn Walsh 69 67 76\nBea Moor 70 70 72",
            List.of("PER=Ann Walsh", "PER=Bea Moor"),
            "PERSON Ann Walsh [Ann Walsh]; PERSON Bea Moor [Bea Moor]"),
        // one row of figures alone is no standings table, and prose with scores is no score line
        Arguments.of("Figures for the year:\nFairbank 12 7 6 77\nThe mayor of Fairbank said 3 of Easton 4 times.",
            List.of("LOC=Fairbank", "LOC=Fairbank", "LOC=Easton"),
            "LOCATION Fairbank [Fairbank|Fairbank]; LOCATION Easton [Easton]"),
        // a bracket of one or two capital letters after a side is its town code, part of the side
        Arguments.of("Results on Saturday:\nRovers ( W ) 2 Athletic ( NB ) 1",
            List.of("ORG=Rovers", "ORG=Athletic"),
            "ORGANIZATION Rovers ( W ) [Rovers ( W )]; ORGANIZATION Athletic ( NB ) [Athletic ( NB )]"),
        // the same in standings rows; a country's name in brackets stays outside the side
        Arguments.of("Standings:\nRovers ( W ) 4 3 1 0 9 2 10\nCelta ( Spain ) 4 2 1 1 6 4 7",
            List.of("ORG=Rovers", "PER=Celta", "LOC=Spain"),
            "ORGANIZATION Rovers ( W ) [Rovers ( W )]; ORGANIZATION Celta [Celta]; LOCATION Spain [Spain]"));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void theSidesOfAResultsTableAreTeams(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
