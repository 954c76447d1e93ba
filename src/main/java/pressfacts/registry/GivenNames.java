package pressfacts.registry;

import java.util.HashMap;
import java.util.Map;
import pressfacts.stage.entities.EntityLexicons;
import pressfacts.text.LexiconFile;

/**
 * Forms of one given name ("Mike" and "Michael", "Matt" and "Matthew"), from
 * {@code lexicon/registry/given-name-variants.tsv}, compared by their spelling keys. Immutable.
 */
public final class GivenNames {
  static final String FILE = "/pressfacts/lexicon/registry/given-name-variants.tsv";

  private final Map<String, String> canonical = new HashMap<>();

  private GivenNames(Map<String, String> canonical) {
    this.canonical.putAll(canonical);
  }

  public static GivenNames load(EntityLexicons lex) {
    Map<String, String> m = new HashMap<>();
    for (String[] forms : LexiconFile.rows(FILE, 2, Integer.MAX_VALUE)) {
      String head = lex.surnameKey(PersonName.fold(forms[0].strip()));
      for (String f : forms) {
        m.put(lex.surnameKey(PersonName.fold(f.strip())), head);
      }
    }
    return new GivenNames(m);
  }

  /** No variants at all: only equal names are one name. */
  public static GivenNames none() {
    return new GivenNames(Map.of());
  }

  /** Are two given-name keys forms of one name? */
  boolean same(String a, String b) {
    String ca = canonical.get(a);
    return ca != null && ca.equals(canonical.get(b));
  }
}
