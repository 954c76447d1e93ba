package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * One capitalised word the tagger typed PERSON that nothing in the document supports as a person's
 * name is no mention: a park, street or town in a list ("Yorba Park, Aliso and ...", "on Bancroft and
 * Golf drives"), a product ("Wen hair care products"), a word of a Spanish headline or a cut page's
 * last word. A person the release names is named with a
 * fuller name somewhere, or the word stands after a title or honorific ("Miss Gregory", "DA Creuzot"),
 * in quotes or brackets (a nickname, "'Claudia'"), with a possessive, as a party ("People v. Cruz"),
 * after "a.k.a.", before an age ("Cruz, 25,"), next to other persons in a list ("Seau and Gerhardt"),
 * by a verb of speech or a noun of kin (lexicon/entities/person-cue-words.txt), before post-nominal
 * letters ("Reed QC said"), or it ends as a surname ("Abdykarimov"). A word that one such
 * mention supports keeps all its mentions. A word that another mention holds (a company's short name
 * beside its full one, "Tyson" of "Tyson Foods") is left to the grouping, which joins it there or not.
 * The word is dropped, not retyped: nothing here tells a place from a company.
 * Initials ("L.B.") are names and stay. Immutable.
 */
final class UnsupportedLoneNames {
  /** One word of letters, with an apostrophe or hyphen inside: no initials, no space. */
  private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*\\p{L}");
  /** The word before a position, past white space (line breaks too), a comma ("his wife, Peggy") and the period of an abbreviation. */
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}-]+)\\.?(?:\\s*,)?\\s+$");
  /**
   * A quote or bracket that opens right before the name; a bracket may stand a space apart, as in text
   * rebuilt from tokens ("( Zola 12 , Vialli 55 )"), where a quote that far could be closing the sentence before.
   */
  private static final Pattern OPENS_BEFORE = Pattern.compile("(?:[\u2018\u201c\"(\\[]|[(\\[] )$");
  /** A quote or bracket that closes right after it, or a possessive (a space apart in text rebuilt from tokens). */
  private static final Pattern CLOSES_OR_POSSESSIVE = Pattern.compile("^(?:[\u2019\u201d\")\\]]|'s\\b| (?:[)\\]]|'s\\b))");
  /** A case's "v." or "vs." or an alias's "a.k.a." / "aka" right before the name. */
  private static final Pattern PARTY_OR_ALIAS = Pattern.compile("(?:\\bvs?\\.|\\ba\\.k\\.a\\.,?|\\b(?:aka|AKA),?)\\s+$");
  /** A name and an age: ", 25" then no digit. */
  private static final Pattern AGE_AFTER = Pattern.compile("^, \\d{1,3}(?!\\d)");
  /** What joins two names of a list: a comma, "and" or "or". */
  private static final Pattern LIST_JOIN = Pattern.compile(",\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+");
  /** The word right after, past a comma and white space (a line break too: "Jo Stone" and "said" below). */
  private static final Pattern WORD_AFTER = Pattern.compile("^,?\\s+(\\p{L}+)");
  /** Characters looked at before a name for its title or cue word. */
  private static final int WINDOW = 40;

  private final Predicate<String> isTitleOrHonorific;
  private final Predicate<String> looksLikeSurname;
  private final Set<String> cueWords;

  /**
   * {@code isTitleOrHonorific}: the persons' title and honorific test; {@code looksLikeSurname}: does the
   * word end as a surname of lexicon/entities/surname-endings.txt ("Abdykarimov"); {@code cueWords}:
   * person-cue-words.txt.
   */
  UnsupportedLoneNames(Predicate<String> isTitleOrHonorific, Predicate<String> looksLikeSurname, List<String> cueWords) {
    this.isTitleOrHonorific = isTitleOrHonorific;
    this.looksLikeSurname = looksLikeSurname;
    this.cueWords = Set.copyOf(cueWords);
  }

  /** The mentions without the unsupported one-word persons (see the class comment); the same list when none. */
  List<Mention> apply(String text, List<Mention> mentions) {
    // the words of the persons written with more than one word, and of every other mention: the grouping
    // joins a lone word to the body or place it opens ("Dobson" of "Dobson Communications Corporation")
    Set<String> heldWords = new HashSet<>();
    List<Mention> persons = new ArrayList<>();
    for (Mention m : mentions) {
      boolean person = m.type() == EntityType.PERSON;
      if (person) {
        persons.add(m);
      }
      if (!person || !ONE_WORD.matcher(m.text()).matches()) {
        for (String w : m.text().split("[^\\p{L}'\u2019-]+")) {
          heldWords.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    Set<String> supported = new HashSet<>();
    List<Mention> lone = new ArrayList<>();
    for (Mention m : persons) {
      if (!ONE_WORD.matcher(m.text()).matches()) {
        continue;
      }
      String key = m.text().toLowerCase(Locale.ROOT);
      // a double-barrelled surname that a full name writes with an en dash ("Hardwick-Street" after
      // "Emma Hardwick\u2013Street") is held when its parts are
      if (heldWords.contains(key) || supported.contains(key) || key.indexOf('-') > 0
          && Arrays.stream(key.split("-")).allMatch(heldWords::contains)) {
        continue;
      }
      lone.add(m);
      if (isSupported(text, m, persons)) {
        supported.add(key);
      }
    }
    if (lone.size() > supported.size()) {
      // an honorific style right before ("Lord Reedman", "Dato' Seri Ramesh") supports the name as a title does
      Set<Integer> afterStyles = new HashSet<>();
      for (CharSpan run : HonorificRuns.find(text)) {
        afterStyles.add(run.end());
      }
      for (Mention m : lone) {
        int at = m.span().start();
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
          at--;
        }
        if (afterStyles.contains(at) || afterStyles.contains(m.span().start())) {
          supported.add(m.text().toLowerCase(Locale.ROOT));
        }
      }
    }
    Set<CharSpan> dropped = new HashSet<>();
    for (Mention m : lone) {
      if (!supported.contains(m.text().toLowerCase(Locale.ROOT))) {
        dropped.add(m.span());
      }
    }
    if (dropped.isEmpty()) {
      return mentions;
    }
    return mentions.stream().filter(m -> m.type() != EntityType.PERSON || !dropped.contains(m.span())).toList();
  }

  /** Does the text around this one-word person mention tell that it names a person? */
  private boolean isSupported(String text, Mention m, List<Mention> persons) {
    if (looksLikeSurname.test(m.text())) {
      return true; // "Abdykarimov was detained": the sites that write a surname alone give it a surname's ending
    }
    int s = m.span().start();
    int e = m.span().end();
    String before = text.substring(Math.max(0, s - WINDOW), s);
    String after = text.substring(e, Math.min(text.length(), e + WINDOW));
    Matcher wb = WORD_BEFORE.matcher(before);
    if (wb.find() && (isTitleOrHonorific.test(wb.group(1)) || cueWords.contains(wb.group(1).toLowerCase(Locale.ROOT)))) {
      return true;
    }
    Matcher wa = WORD_AFTER.matcher(after);
    if (wa.find() && (cueWords.contains(wa.group(1).toLowerCase(Locale.ROOT)) || NameSuffixes.isPostNominal(wa.group(1)))) {
      return true;
    }
    if (OPENS_BEFORE.matcher(before).find() || CLOSES_OR_POSSESSIVE.matcher(after).find()
        || PARTY_OR_ALIAS.matcher(before).find() || AGE_AFTER.matcher(after).find()) {
      return true;
    }
    for (Mention p : persons) {
      CharSpan o = p.span();
      if (o.end() <= s && s - o.end() <= 6 && LIST_JOIN.matcher(text.substring(o.end(), s)).matches()
          || e <= o.start() && o.start() - e <= 6 && LIST_JOIN.matcher(text.substring(e, o.start())).matches()) {
        return true;
      }
    }
    return false;
  }
}
