package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies named in Vietnamese in US county prosecutors' Vietnamese news items, through the entity stage
 * with the tagger's mentions given by hand as in {@link EntityStageTest}. Texts are made up; each
 * expected value was written from ANNOTATION.md (the maximal name, the place inside it) before running.
 */
class VietnameseBodyNamesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // the head and its capitalised syllables; the first lower-case syllable is the sentence's verb
        Arguments.of("Đường dây nóng của  Văn Phòng Công Tố Quận Norte kêu gọi cung cấp thông tin", List.of(),
            "ORGANIZATION Văn Phòng Công Tố Quận Norte [Văn Phòng Công Tố Quận Norte]"),
        // the place inside the name is no mention of its own
        Arguments.of("Sở Cảnh Sát Thành Phố Ruritania cho biết.", List.of("LOC=Ruritania"),
            "ORGANIZATION Sở Cảnh Sát Thành Phố Ruritania [Sở Cảnh Sát Thành Phố Ruritania]"),
        // a head with no capitalised syllable after it names no body
        Arguments.of("Văn Phòng kêu gọi cung cấp thông tin.", List.of(), ""),
        // a line break closes the name
        Arguments.of("Tòa Án Quận Norte\nKêu gọi", List.of(),
            "ORGANIZATION Tòa Án Quận Norte [Tòa Án Quận Norte]"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheVietnameseBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
