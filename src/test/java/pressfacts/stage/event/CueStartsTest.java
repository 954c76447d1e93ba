package pressfacts.stage.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CueStartsTest {
  @Test
  void literalAlternativesAndGroupsGiveTheirFirstLetters() {
    assertEquals("[mst]", CueStarts.classOf("meeting|talks|met |sued"));
    assertEquals("[acdl]", CueStarts.classOf("(law|decree|amendments?|code) (was )?adopted"));
    assertEquals("[hs]", CueStarts.classOf("hand(ing|ed|s)? over|settle[sd]?|sb ?\\d+"));
  }

  @Test
  void anOpeningThatMayBeSkippedOrIsNoLetterIsUnknown() {
    assertNull(CueStarts.classOf("(federal |state )?grants?\\b")); // the group is optional: "grants" starts with g
    assertNull(CueStarts.classOf("s?talks")); // "talks" starts with t
    assertNull(CueStarts.classOf("meeting|\\w+ed")); // an escape
    assertNull(CueStarts.classOf("meeting|[ab]x")); // a class
    assertNull(CueStarts.classOf("meeting|")); // the empty alternative
    assertNull(CueStarts.classOf("(?:a|b)c")); // a group with flags or look-around is not read
    assertNull(CueStarts.classOf("Meeting")); // a capital
  }
}
