package pressfacts.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pressfacts.text.LexiconFile;

/**
 * The vocabulary more than one stage reads, loaded once from
 * {@code src/main/resources/pressfacts/lexicon/common/} (each file's header says what it lists and
 * who reads it). Built once per pipeline, where the stages are built, and handed to the stages that
 * need it; a stage's own vocabulary stays in its own lexicon folder. Immutable, so one value serves
 * every thread. Where two stages read different parts of one list, the file marks which part each
 * reads, and this value offers each part under its own name.
 *
 * @param stateForms forms of a state before its name that every reader knows ("Republic", "Kingdom"), in file order
 * @param locationStateForms the forms the location finder knows: {@code stateForms} and a few more ("Sultanate", "State")
 * @param functionWords words that join the parts of a name but never end one (the entity stage's list), lower case
 * @param roleFunctionWords the function words a role's complement or domain does not end with, lower case
 * @param companyKinds lower-case kinds of company whose name follows at once ("company", "firm")
 * @param companyForms legal forms of companies, as written ("LLC", "JSC"), in file order
 * @param honorificGender honorifics ("Mr") to the gender they tell ("male", "female", "-")
 * @param honorificsAnywhere honorifics the role stage reads past before any name ("Mr", "Dr"), in file order
 * @param honorificsAfterTitle honorifics the role stage reads past between a title and its holder, in file order
 * @param months month names and abbreviations, lower case, to their number, in file order
 * @param monthAbbreviations the abbreviations among {@code months} ("sept")
 * @param dateLineWords words a site prints around its date line, as the date stage reads them, lower case
 * @param headerDateLineWords the words the header stage takes in a date line, lower case, in file order
 */
public record Lexicons(List<String> stateForms, List<String> locationStateForms, Set<String> functionWords,
                       Set<String> roleFunctionWords, Set<String> companyKinds, List<String> companyForms,
                       Map<String, String> honorificGender, List<String> honorificsAnywhere,
                       List<String> honorificsAfterTitle, Map<String, Integer> months, Set<String> monthAbbreviations,
                       Set<String> dateLineWords, List<String> headerDateLineWords) {

  public static final String DIR = "/pressfacts/lexicon/common/";

  /** {@link #byReader}'s key for the list of every row, whichever readers it names. */
  private static final String EVERY_ROW = "*";

  public Lexicons {
    stateForms = List.copyOf(stateForms);
    locationStateForms = List.copyOf(locationStateForms);
    functionWords = Set.copyOf(functionWords);
    roleFunctionWords = Set.copyOf(roleFunctionWords);
    companyKinds = Set.copyOf(companyKinds);
    companyForms = List.copyOf(companyForms);
    honorificGender = Map.copyOf(honorificGender);
    honorificsAnywhere = List.copyOf(honorificsAnywhere);
    honorificsAfterTitle = List.copyOf(honorificsAfterTitle);
    months = Collections.unmodifiableMap(new LinkedHashMap<>(months));
    monthAbbreviations = Set.copyOf(monthAbbreviations);
    dateLineWords = Set.copyOf(dateLineWords);
    headerDateLineWords = List.copyOf(headerDateLineWords);
  }

  /** Reads every file of {@code lexicon/common/}; fails with file:line on a bad row. */
  public static Lexicons load() {
    Map<String, List<String>> stateForms = byReader("state-forms.tsv", Set.of("all", "locations"));
    Map<String, List<String>> functionWords = byReader("function-words.tsv", Set.of("entities", "roles"));
    Map<String, String> gender = new HashMap<>();
    List<String> anywhere = new ArrayList<>();
    List<String> afterTitle = new ArrayList<>();
    for (String[] row : LexiconFile.rows(DIR + "honorifics.tsv", 3)) {
      gender.put(row[0].trim(), row[1].trim());
      Set<String> places = readers(row, "honorifics.tsv", Set.of("any", "after-title", "-"));
      if (places.size() != 1) {
        throw new IllegalStateException(DIR + "honorifics.tsv: one place, not " + places + ", for '" + row[0] + "'");
      }
      String where = places.iterator().next();
      if (!where.equals("-")) {
        afterTitle.add(row[0]);
      }
      if (where.equals("any")) {
        anywhere.add(row[0]);
      }
    }
    Map<String, Integer> months = new LinkedHashMap<>();
    List<String> abbreviations = new ArrayList<>();
    for (String[] row : LexiconFile.rows(DIR + "months.tsv", 3)) {
      months.put(row[0], Integer.parseInt(row[1]));
      if (row[2].equals("abbr")) {
        abbreviations.add(row[0]);
      }
    }
    Map<String, List<String>> dateLineWords = byReader("date-line-words.tsv", Set.of("dates", "header"));
    // every reader of state forms knows the "all" ones; the location finder knows every row
    return new Lexicons(stateForms.get("all"), stateForms.get(EVERY_ROW), Set.copyOf(functionWords.get("entities")),
        Set.copyOf(functionWords.get("roles")),
        Set.copyOf(LexiconFile.lines(DIR + "company-kinds.txt")), LexiconFile.lines(DIR + "company-forms.txt"),
        gender, anywhere, afterTitle, months, Set.copyOf(abbreviations), Set.copyOf(dateLineWords.get("dates")),
        dateLineWords.get("header"));
  }

  /** The state forms every reader knows, lower case ("republic"). */
  public Set<String> stateFormsLowerCase() {
    return Set.copyOf(stateForms.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList());
  }

  /**
   * The first cells of a two-column file, listed under each reader its second cell names (a row
   * may name several: "entities roles"), in file order; under {@link #EVERY_ROW}, all of them.
   */
  private static Map<String, List<String>> byReader(String file, Set<String> readers) {
    Map<String, List<String>> lists = new HashMap<>();
    readers.forEach(r -> lists.put(r, new ArrayList<>()));
    lists.put(EVERY_ROW, new ArrayList<>());
    for (String[] row : LexiconFile.rows(DIR + file, 2)) {
      lists.get(EVERY_ROW).add(row[0]);
      for (String reader : readers(row, file, readers)) {
        lists.get(reader).add(row[0]);
      }
    }
    return lists;
  }

  /** The words of a row's last cell ("entities roles"), each one of {@code allowed}. */
  static Set<String> readers(String[] row, String file, Set<String> allowed) {
    Set<String> words = Set.of(row[row.length - 1].trim().split("\\s+"));
    for (String w : words) {
      if (!allowed.contains(w)) {
        throw new IllegalStateException(DIR + file + ": unknown reader '" + w + "' for '" + row[0] + "'; expected one of " + allowed);
      }
    }
    return words;
  }
}
