package pressfacts.stage.roles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import pressfacts.text.LexiconFile;

/**
 * A court's or a state's style of address written between a title and its holder's name ("Chief Justice
 * the Hon A", "Attorney General, Yang Berhormat Datin B", "President of the Court, the Hon Justice C"): one
 * or more of the entity stage's honorific forms (lexicon/entities/honorific-sequences.txt, which already
 * keeps them out of the PERSON span) or "Honourable", after an optional "the". ANNOTATION.md keeps
 * honorifics out of a name, so the role stage reads past them as it reads past "Mr.".
 */
final class Styles {
  /** The run, each form closed by spaces; a period after any word of a form is optional ("Hon.", "Rt. Hon"). */
  static final String RUN;

  static {
    List<String> forms = new ArrayList<>(LexiconFile.lines("/pressfacts/lexicon/entities/honorific-sequences.txt"));
    forms.add("Honourable");
    forms.add("Honorable");
    String alternation = String.join("|", forms.stream().map(String::trim).filter(f -> !f.isEmpty())
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(f -> String.join("[ \\t]+", Arrays.stream(f.split("\\s+")).map(w -> Pattern.quote(w) + "\\.?").toList()))
        .toList());
    RUN = "(?:[Tt]he\\s+)?(?:(?:" + alternation + ")(?![\\p{L}\\p{N}'\u2019])\\s+)+";
  }

  private Styles() {
  }
}
