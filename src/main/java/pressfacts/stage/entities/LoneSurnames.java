package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * A surname written alone after the document has named the person in full ("Rosendo Xo Pec, 22 ...
 * Pec is accused of", "Thorbjørn Jagland ... Secretary General Jagland"): every mention of a person is
 * a mention (PERSON), so the lone surname is one too, even where the tagger missed it or took it for
 * a place. An occurrence counts when it stands as a word of its own: not inside an address or a
 * compound ("Tasha.Tsiaperas@", "Emge-DA"), not before another capitalised word ("Field Office",
 * "Dobson Communications": then it opens a longer name), and after a capitalised word only when that
 * word is a title or honorific ("Secretary General Jagland"), an ordinary word the text also writes
 * in lower case ("Defendant Pec"), or the end of an organization's name ("Secretary General
 * of the Council of Europe Jagland"). It never enters an organization, a person's longer name or a
 * citation; a place of exactly its span becomes the person, and so does an organization of exactly
 * its span whose word alone could name no body (no org head, no known body): ANNOTATION.md, all
 * mentions of one person belong to one entity ("Vincent Marlo ... released Marlo and Tess"). The full
 * name written again where no mention stands is added the same way ("landlord Menachem Stark in"),
 * when the document reads those words as no other kind; it is never retyped from a place or body.
 */
final class LoneSurnames {
  /** Characters that join a word to the one before it into an address, file name or compound. */
  private static final String JOINED_BEFORE = "-./@_&";
  /** Characters that join a word to the one after it. */
  private static final String JOINED_AFTER = "-/@_&";

  private final Predicate<String> titleOrHonorific;
  private final Predicate<String> namesBodyAlone;

  /**
   * {@code titleOrHonorific}: is this capitalised word a title or honorific ("General", "Mr")?
   * {@code namesBodyAlone}: may this word alone be a body's name (an org head such as "Police", a known
   * body)? An organization of exactly a surname's span that is no such word becomes the person.
   */
  LoneSurnames(Predicate<String> titleOrHonorific, Predicate<String> namesBodyAlone) {
    this.titleOrHonorific = titleOrHonorific;
    this.namesBodyAlone = namesBodyAlone;
  }

  /** The settled mentions (sorted) with the lone surnames added or retyped, sorted. */
  List<Mention> apply(String text, List<Mention> settled, List<CharSpan> cited) {
    Set<String> surnames = new HashSet<>();
    Set<String> otherKinds = new HashSet<>();
    for (Mention m : settled) {
      if (m.type() != EntityType.PERSON) {
        otherKinds.add(m.text());
      }
    }
    for (Mention m : settled) {
      if (m.type() == EntityType.PERSON) {
        String s = surnameOf(m.text());
        if (s != null) {
          surnames.add(s);
          // the full name written again ("landlord Menachem Stark in ..."), when the document reads those
          // words as nothing but a person: a gang's or place's name the tagger once typed PERSON ("Gates Fam
          // member", "Baja California") is read as its own kind elsewhere, and the repeat would spread the slip
          if (isWrittenFullName(m.text()) && !otherKinds.contains(m.text())) {
            surnames.add(m.text());
          }
        }
      }
    }
    if (surnames.isEmpty()) {
      return settled;
    }
    Map<CharSpan, Mention> retypable = new HashMap<>();
    List<CharSpan> blocking = new ArrayList<>(cited);
    Set<Integer> bodyEnds = new HashSet<>();
    for (Mention m : settled) {
      if (m.type() == EntityType.LOCATION
          || m.type() == EntityType.ORGANIZATION && surnames.contains(m.text()) && !namesBodyAlone.test(m.text())) {
        retypable.put(m.span(), m); // the tagger's "place" or "body" of a surname's exact span ("released Marlo and Tess")
      }
      if (m.type() == EntityType.ORGANIZATION) {
        bodyEnds.add(m.span().end());
      }
      blocking.add(m.span());
    }
    Coverage taken = Coverage.of(blocking);
    Set<String> lowerWords = lowerCaseWords(text);
    Set<CharSpan> retyped = new HashSet<>();
    List<Mention> added = new ArrayList<>();
    // full names before the surnames they hold, so that a surname never takes a part of a full name's repeat
    for (String surname : surnames.stream().sorted(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder())).toList()) {
      for (int i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
        CharSpan s = new CharSpan(i, i + surname.length());
        if (!standsAlone(text, s, lowerWords, bodyEnds)) {
          continue;
        }
        if (retypable.containsKey(s) && surname.indexOf(' ') < 0) {
          retyped.add(s); // a lone surname only: a full name's repeat is added where nothing stands, never retyped
        } else if (!taken.overlaps(s)) {
          added.add(Mention.of(text, s, EntityType.PERSON));
          taken.add(s);
        }
      }
    }
    if (added.isEmpty() && retyped.isEmpty()) {
      return settled;
    }
    List<Mention> out = new ArrayList<>(settled.size() + added.size());
    for (Mention m : settled) {
      out.add(retyped.contains(m.span()) ? Mention.of(text, m.span(), EntityType.PERSON) : m);
    }
    out.addAll(added);
    out.sort(null);
    return out;
  }

  /**
   * The surname of a full name of two words or more: its last word before a generational suffix, when
   * that word is a name (a capital and at least one more letter, no period); else null.
   */
  static String surnameOf(String name) {
    String[] words = name.trim().split("\\s+");
    int n = words.length;
    while (n > 1 && NameSuffixes.isSuffix(words[n - 1])) {
      n--;
    }
    if (n < 2) {
      return null;
    }
    String w = words[n - 1];
    if (w.endsWith(",")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return null;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
        return null;
      }
    }
    return w;
  }

  /**
   * Whether a PERSON mention's text is a full name written on one line that may stand again as a whole:
   * two words or more separated by single spaces, each opening with a capital letter (a generational
   * suffix or initial included), only letters, hyphens, apostrophes and periods. Such a name written
   * again where the tagger read nothing is a mention of the same person (ANNOTATION.md: every mention of
   * a person is a mention), as its lone surname already is.
   */
  static boolean isWrittenFullName(String name) {
    String[] words = name.split(" ", -1);
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
          return false;
        }
      }
    }
    return true;
  }

  boolean standsAlone(String text, CharSpan s, Set<String> lowerWords, Set<Integer> bodyEnds) {
    int before = s.start() - 1;
    if (before >= 0 && (Character.isLetterOrDigit(text.charAt(before)) || JOINED_BEFORE.indexOf(text.charAt(before)) >= 0)) {
      return false;
    }
    int after = s.end();
    if (after < text.length() && (Character.isLetterOrDigit(text.charAt(after)) || JOINED_AFTER.indexOf(text.charAt(after)) >= 0)) {
      return false;
    }
    int next = after;
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
      next++;
    }
    if (next > after && next < text.length() && Character.isUpperCase(text.charAt(next))) {
      return false; // "Field Office": it opens a longer name
    }
    int prevEnd = before;
    while (prevEnd >= 0 && (text.charAt(prevEnd) == ' ' || text.charAt(prevEnd) == '\t')) {
      prevEnd--;
    }
    if (prevEnd == before || prevEnd < 0) {
      return true; // at a line's start or after punctuation
    }
    char last = text.charAt(prevEnd);
    if (!Character.isLetter(last) && last != '.') {
      return true; // after a comma, quote or bracket
    }
    int wordEnd = last == '.' ? prevEnd : prevEnd + 1;
    int prevStart = wordEnd;
    while (prevStart > 0 && Character.isLetter(text.charAt(prevStart - 1))) {
      prevStart--;
    }
    String prev = text.substring(prevStart, wordEnd);
    if (last == '.') {
      return prev.length() > 1; // "Mr. Heidary", or a sentence's end; not the initial of "M. Belfast"
    }
    if (prev.isEmpty() || !Character.isUpperCase(prev.charAt(0))) {
      return true;
    }
    // "Secretary General of the Council of Europe Jagland": after the body of the holder's title
    return titleOrHonorific.test(prev) || lowerWords.contains(prev.toLowerCase(Locale.ROOT)) || bodyEnds.contains(wordEnd);
  }

  /** The words that the text writes starting with a lower-case letter. */
  static Set<String> lowerCaseWords(String text) {
    Set<String> out = new HashSet<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (Character.isLowerCase(text.charAt(start))) {
        out.add(text.substring(start, i));
      }
    }
    return out;
  }
}
