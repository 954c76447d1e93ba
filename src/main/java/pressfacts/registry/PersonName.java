package pressfacts.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.stage.entities.EntityLexicons;
import pressfacts.text.LexiconFile;

/**
 * A person's name taken apart for matching across documents: the given names (full or initials),
 * the surname, a generational suffix ("Jr.", "II"), and their spelling keys. Keys are
 * transliteration-insensitive through the entity stage's own rewrite table
 * ({@link EntityLexicons#surnameKey}), so "Narbaeva" and "Narbayeva", "Baghirov" and "Bagirov",
 * "Zühtü ARSLAN" and "Zühtü Arslan" have one key, exactly as they do inside one document.
 *
 * <p>Forms: "Ramiz Rzayev", "R.Rzayev", "R. Alexander Acosta", "John S. \"Jay\" Darden" (nickname
 * dropped), "Hoshimzoda D." (initial after the surname), "Takahashi" (surname only). A name with no
 * word of two letters ("B.C.", an anonymised party) is {@link #matchable() not matchable}: it
 * never joins another document's person.
 *
 * @param given   spelling keys of the given names in order; an initial is one letter
 * @param surname spelling key of the surname (null when not matchable)
 * @param suffix  "jr", "sr", "ii", ... or null
 */
public record PersonName(List<String> given, String surname, String suffix) {
  /** How well two names fit, from none to a full match of given name and surname. */
  public enum Fit { NONE, SURNAME_ONLY, INITIAL, FULL }

  /** Quoted or bracketed nicknames: "Jay", (Jay), “Princess”. */
  private static final Pattern NICKNAME = Pattern.compile("[\"\u201C\u201D(][^\"\u201C\u201D()]*[\"\u201C\u201D)]");
  /** Words are split at spaces, dots and commas ("R.Rzayev", "Cummings, II"). */
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s.,]+");
  private static final Set<String> SUFFIXES = Set.copyOf(LexiconFile.lines("/pressfacts/lexicon/registry/name-suffixes.txt"));

  public PersonName {
    given = List.copyOf(given);
  }

  public static PersonName parse(String name, EntityLexicons lex) {
    String folded = fold(NICKNAME.matcher(name).replaceAll(" "));
    // Honorifics that predicted names may still carry (lexicon/common/honorifics.tsv, "registry").
    Set<String> honorifics = lex.common().registryHonorifics();
    List<String> words = new ArrayList<>();
    String suffix = null;
    for (String w : WORD_BREAK.split(folded)) {
      String t = w.replaceAll("[^\\p{L}\\p{N}'-]", "").replace("'", "");
      if (t.isEmpty()) {
        continue;
      }
      if (SUFFIXES.contains(t) && !words.isEmpty()) {
        suffix = t;
      } else if (!(words.isEmpty() && honorifics.contains(t))) {
        words.add(t);
      }
    }
    if (words.stream().noneMatch(t -> t.length() > 1)) {
      return new PersonName(List.of(), null, suffix);
    }
    // "Hoshimzoda D.": the initials follow the surname.
    if (words.size() >= 2 && words.get(0).length() > 1 && words.subList(1, words.size()).stream().allMatch(t -> t.length() == 1)) {
      List<String> given = new ArrayList<>(words.subList(1, words.size()));
      return new PersonName(given, lex.surnameKey(words.get(0)), suffix);
    }
    String surname = words.get(words.size() - 1);
    List<String> given = new ArrayList<>();
    for (String g : words.subList(0, words.size() - 1)) {
      given.add(g.length() == 1 ? g : lex.surnameKey(g));
    }
    return new PersonName(given, lex.surnameKey(surname), suffix);
  }

  /** Whether the name can join a person of another document at all. */
  public boolean matchable() {
    return surname != null;
  }

  /**
   * How well this name fits another: NONE when surnames, given names, middle names or suffixes
   * contradict each other; SURNAME_ONLY when either lacks a given name; INITIAL when the first
   * given names agree only by their initial or as variants of one name ("Mike", "Michael"), or one
   * name has a suffix the other lacks; FULL when
   * both give the same first name.
   */
  public Fit fit(PersonName o, GivenNames variants) {
    if (!matchable() || !o.matchable() || !surname.equals(o.surname)) {
      return Fit.NONE;
    }
    if (suffix != null && o.suffix != null && !suffix.equals(o.suffix)) {
      return Fit.NONE;
    }
    if (given.isEmpty() || o.given.isEmpty()) {
      return Fit.SURNAME_ONLY;
    }
    boolean variant = false;
    for (int i = 0; i < Math.min(given.size(), o.given.size()); i++) {
      String a = given.get(i);
      String b = o.given.get(i);
      if (!sameGiven(a, b)) {
        if (a.length() > 1 && b.length() > 1 && variants.same(a, b)) {
          variant = true;
        } else {
          return Fit.NONE;
        }
      }
    }
    boolean full = !variant && given.get(0).length() > 1 && o.given.get(0).length() > 1;
    boolean sameSuffix = suffix == null ? o.suffix == null : suffix.equals(o.suffix);
    return full && sameSuffix ? Fit.FULL : Fit.INITIAL;
  }

  private static boolean sameGiven(String a, String b) {
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0);
    }
    return a.equals(b);
  }

  /** Lower case without diacritics ("Zühtü" "zuhtu", "Thorbjørn" "thorbjorn"); curly apostrophes straight. */
  static String fold(String s) {
    String n = Normalizer.normalize(s.replace('\u2019', '\'').replace('\u2018', '\''), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ø', 'Ø' -> sb.append('o');
        case 'ł', 'Ł' -> sb.append('l');
        case 'ı' -> sb.append('i');
        case 'ß' -> sb.append("ss");
        case 'æ', 'Æ' -> sb.append("ae");
        default -> sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
