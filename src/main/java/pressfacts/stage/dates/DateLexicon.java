package pressfacts.stage.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pressfacts.lexicon.Lexicons;
import pressfacts.text.LexiconFile;

/**
 * The vocabularies of the date grammar, read once from {@code /pressfacts/lexicon/dates/} and, for
 * month names and date-line words, the shared {@link Lexicons}: month and weekday names, the weekday abbreviations read only before a day ("Mon., Oct 7th, 2024"), parts of a year, cues of a date still to come (before it, and after a date that opens its sentence, with the words that may lead such a date and those that stop the cue), the words that make a bare
 * four-digit number a number rather than a year, the words that make it part of a name ("Justice 2020", "a 2021 Porsche"), and the words a site prints on its date line.
 * All maps and sets are immutable; keys are lower case.
 */
record DateLexicon(Map<String, Integer> months, Set<String> monthAbbreviations,
                   Map<String, Integer> weekdays, Map<String, Integer> weekdayAbbreviations,
                   Map<String, YearPart> yearParts,
                   List<String> futureCues, List<String> futureCuesAfter, Set<String> futureCueAfterLeads,
                   Set<String> futureCueAfterStops, Set<String> yearBlockersBefore,
                   Set<String> yearBlockersAfter, Set<String> yearNamesBefore, Set<String> yearNamesAfter,
                   Set<String> dateLineWords) {

  static final String DIR = "/pressfacts/lexicon/dates/";

  /** Months {@code from..to} of a year, or the whole year when {@code from} is 0. */
  record YearPart(int from, int to) {
    boolean wholeYear() {
      return from == 0;
    }
  }

  DateLexicon {
    months = Map.copyOf(months);
    monthAbbreviations = Set.copyOf(monthAbbreviations);
    weekdays = Map.copyOf(weekdays);
    weekdayAbbreviations = Map.copyOf(weekdayAbbreviations);
    yearParts = Map.copyOf(yearParts);
    futureCues = List.copyOf(futureCues);
    futureCuesAfter = List.copyOf(futureCuesAfter);
    futureCueAfterLeads = Set.copyOf(futureCueAfterLeads);
    futureCueAfterStops = Set.copyOf(futureCueAfterStops);
    yearBlockersBefore = Set.copyOf(yearBlockersBefore);
    yearBlockersAfter = Set.copyOf(yearBlockersAfter);
    yearNamesBefore = Set.copyOf(yearNamesBefore);
    yearNamesAfter = Set.copyOf(yearNamesAfter);
    dateLineWords = Set.copyOf(dateLineWords);
  }

  static DateLexicon load() {
    return load(Lexicons.load());
  }

  /** This stage's own lists, with the month names and date-line words of the shared vocabulary. */
  static DateLexicon load(Lexicons common) {
    Map<String, Integer> weekdays = new LinkedHashMap<>();
    for (String[] row : rows("weekdays.tsv", 2)) {
      weekdays.put(row[0], Integer.parseInt(row[1]));
    }
    Map<String, Integer> abbreviations = new LinkedHashMap<>();
    for (String[] row : rows("weekday-abbreviations.tsv", 2)) {
      abbreviations.put(row[0], Integer.parseInt(row[1]));
    }
    Map<String, YearPart> parts = new LinkedHashMap<>();
    for (String[] row : rows("year-parts.tsv", 3)) {
      parts.put(row[0], row[1].equals("-") ? new YearPart(0, 0)
          : new YearPart(Integer.parseInt(row[1]), Integer.parseInt(row[2])));
    }
    Set<String> namesBefore = new HashSet<>();
    Set<String> namesAfter = new HashSet<>();
    for (String[] row : rows("year-names.tsv", 2)) {
      switch (row[1]) {
        case "before" -> namesBefore.add(row[0]);
        case "after" -> namesAfter.add(row[0]);
        default -> throw new IllegalStateException("year-names.tsv: side must be before or after: " + row[1]);
      }
    }
    return new DateLexicon(common.months(), common.monthAbbreviations(), weekdays, abbreviations, parts,
        words("future-cues.txt"), words("future-cues-after.txt"), Set.copyOf(words("future-cue-after-leads.txt")),
        Set.copyOf(words("future-cue-after-stops.txt")), Set.copyOf(words("year-blockers-before.txt")),
        Set.copyOf(words("year-blockers-after.txt")), namesBefore, namesAfter, common.dateLineWords());
  }

  private static List<String[]> rows(String file, int columns) {
    return LexiconFile.rows(DIR + file, columns);
  }

  /** The non-blank, non-comment lines of a lexicon file, trimmed. */
  private static List<String> words(String file) {
    return LexiconFile.lines(DIR + file);
  }
}
