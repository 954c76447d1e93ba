package pressfacts.stage.event;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a release speaks in its author's own voice: remarks, a speech, an open letter ("Let me
 * begin by thanking ...", "Today, we are exposing ..."). Such a release is itself the statement it
 * reports, whatever cases or elections it speaks of. A report in the third person quotes its
 * officials' first person ("'We said we wanted this,' Creuzot said"), so quotations are not
 * counted: from an opening quote mark to its closing one or the end of the line (a quote running
 * over several paragraphs opens each of them again).
 */
final class FirstPerson {
  /** Pronouns of the speaker, as written (lower-case "us", not the country "US"). */
  private static final Set<String> PRONOUNS = Set.of(
      "I", "me", "my", "Me", "My", "myself", "we", "We", "our", "Our", "us", "ours");
  private static final Pattern QUOTATION = Pattern.compile("[\"\u201c][^\"\u201d\\n]*(?:[\"\u201d]|$)", Pattern.MULTILINE);
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /**
   * First-person pronouns per hundred words outside quotations from which the author speaks: a
   * speech or letter has four or more; a report with a stray "our office" far fewer.
   */
  static final double MIN_PER_HUNDRED_WORDS = 3.5;

  private FirstPerson() {
  }

  static boolean speaks(String body) {
    String unquoted = QUOTATION.matcher(body).replaceAll(" ");
    int words = 0;
    int pronouns = 0;
    Matcher m = WORD.matcher(unquoted);
    while (m.find()) {
      words++;
      if (PRONOUNS.contains(m.group())) {
        pronouns++;
      }
    }
    return words > 0 && pronouns * 100.0 >= MIN_PER_HUNDRED_WORDS * words;
  }
}
