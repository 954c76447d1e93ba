package pressfacts.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared vocabulary, and the part of each list that each of its readers takes (see lexicon/common/). */
class LexiconsTest {
  private static final Lexicons LEX = Lexicons.load();

  @Test
  void stateFormsEveryReaderKnowsAndTheLocationFindersFewMore() {
    assertEquals(List.of("Republic", "Kingdom", "Federation", "Principality"), LEX.stateForms());
    assertEquals(List.of("Republic", "Kingdom", "Federation", "Principality", "Sultanate", "Emirate", "State"),
        LEX.locationStateForms());
    assertEquals(Set.of("republic", "kingdom", "federation", "principality"), LEX.stateFormsLowerCase());
  }

  @Test
  void theRoleStageReadsTwelveOfTheFunctionWords() {
    assertEquals(Set.of("the", "of", "and", "a", "an", "on", "for", "in", "to", "at", "with", "by"), LEX.roleFunctionWords());
    assertEquals(22, LEX.functionWords().size());
    assertTrue(LEX.functionWords().containsAll(LEX.roleFunctionWords()));
    assertTrue(LEX.functionWords().containsAll(Set.of("between", "their", "against")));
  }

  @Test
  void honorificsTellAGenderAndWhereTheRoleStageReadsPastThem() {
    assertEquals("female", LEX.honorificGender().get("Mrs"));
    assertEquals("-", LEX.honorificGender().get("Dr"));
    assertEquals("female", LEX.honorificGender().get("Dame"));
    assertEquals(11, LEX.honorificGender().size());
    assertEquals("-", LEX.honorificGender().get("Honourable")); // a style of address that tells no gender
    assertEquals(List.of("Mr", "Mrs", "Ms", "Dr"), LEX.honorificsAnywhere());
    // a knight's or dame's style is read past between a title and its holder ("Acting Chief Justice Sir A")
    assertEquals(List.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame"), LEX.honorificsAfterTitle());
  }

  @Test
  void theRegistryDropsFiveOfTheHonorificsAndTwoTitlesTheEntityStageDoesNotCallHonorifics() {
    assertEquals(Set.of("mr", "mrs", "ms", "miss", "dr", "judge", "justice"), LEX.registryHonorifics());
    assertFalse(LEX.honorificGender().containsKey("Judge"));
    assertFalse(LEX.honorificsAfterTitle().contains("Justice"));
  }

  @Test
  void companyKindsAndForms() {
    assertEquals(Set.of("company", "enterprise", "firm"), LEX.companyKinds());
    assertEquals(List.of("LLC", "JSC", "Ltd"), LEX.companyForms().subList(0, 3));
  }

  @Test
  void monthsAndTheDateLineWordsOfEachStage() {
    assertEquals(24, LEX.months().size());
    assertEquals(9, LEX.months().get("sept"));
    assertEquals(Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        LEX.monthAbbreviations());
    assertEquals(List.of("category", "news", "read", "views", "view", "at"), LEX.headerDateLineWords());
    assertTrue(LEX.dateLineWords().containsAll(Set.of("category", "views", "for immediate release", "paylaş")));
    assertFalse(LEX.dateLineWords().contains("at"));
  }

  @Test
  void aReaderTheFileDoesNotKnowFailsWithTheFileAndEntry() {
    assertEquals(Set.of("entities", "roles"),
        Lexicons.readers(new String[] {"of", "entities roles"}, "function-words.tsv", Set.of("entities", "roles")));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Lexicons.readers(new String[] {"of", "entities role"}, "function-words.tsv", Set.of("entities", "roles")));
    assertTrue(e.getMessage().startsWith("/pressfacts/lexicon/common/function-words.tsv: unknown reader 'role' for 'of'"),
        e.getMessage());
  }

  @Test
  void theValueIsImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> LEX.stateForms().add("Duchy"));
    assertThrows(UnsupportedOperationException.class, () -> LEX.months().put("brumaire", 2));
    Map<String, Integer> months = new java.util.LinkedHashMap<>(Map.of("may", 5));
    Lexicons copy = new Lexicons(List.of(), List.of(), Set.of(), Set.of(), Set.of(), List.of(), Map.of(), List.of(),
        List.of(), months, Set.of(), Set.of(), List.of(), Set.of());
    months.put("june", 6);
    assertEquals(Map.of("may", 5), copy.months());
  }
}
