package pressfacts.registry;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import pressfacts.stage.entities.EntityLexicons;
import pressfacts.text.LexiconFile;

/**
 * Organization names compared across documents. The key of a full name is the set of its
 * content words, folded, in sorted order, so the orders and linking words releases vary join one
 * body: "Supreme Court of the Republic of Azerbaijan", "Supreme Court of Azerbaijan Republic" and
 * "Supreme Court Azerbaijan Republic" have one key, as do "Criminal Chamber of the Supreme Court"
 * and "Supreme Court's Criminal Chamber". A name of the known-organizations lexicon takes the key
 * of that body's first form, so "UNDP" and "United Nations Development Programme" are one.
 * Acronyms ("OSCE") are kept apart: they join only a body that was written with them.
 */
final class OrgNames {
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,7}");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> LINK_WORDS = Set.copyOf(LexiconFile.lines("/pressfacts/lexicon/registry/org-link-words.txt"));

  private final EntityLexicons lex;

  OrgNames(EntityLexicons lex) {
    this.lex = lex;
  }

  static boolean isAcronym(String form) {
    return ACRONYM.matcher(form.strip()).matches();
  }

  /** The key of a full name; a known organization's own key when the lexicon knows the name. */
  String key(String name) {
    String known = lex.knownOrganizationKey().get(EntityLexicons.matchingKey(name));
    if (known != null) {
      return "known:" + known;
    }
    TreeSet<String> words = new TreeSet<>();
    for (String w : NOT_WORD.split(PersonName.fold(name).replace("&", " and "))) {
      if (!w.isEmpty() && !LINK_WORDS.contains(w)) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }
}
