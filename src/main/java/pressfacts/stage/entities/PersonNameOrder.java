package pressfacts.stage.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name in given-name-first order, for grouping only: releases of post-Soviet courts write
 * the surname first in two shapes, "Rzayev R." (initials after it) and "IVANOV Sergei" (the surname in
 * capitals), and both name the person that "Ramiz Rzayev" and "Sergei Ivanov" name elsewhere in the
 * text (ANNOTATION.md: all mentions of one person are one entity). Other names are returned as written.
 */
final class PersonNameOrder {
  /** One initial: a capital, or a two-letter one of lexicon/entities/initial-digraphs.txt ("Kh."); not "Jr.". */
  private static final String INITIAL = "(?:" + String.join("|",
      pressfacts.text.LexiconFile.lines(EntityLexicons.LEXICON_DIR + "initial-digraphs.txt")) + "|\\p{Lu})\\.";
  /** A surname, then one to three initials: "Rzayev R.", "Huseynova S.R.", "Aliyev Kh. A.". */
  private static final Pattern SURNAME_THEN_INITIALS = Pattern.compile(
      "(\\p{Lu}[\\p{L}'\u2019-]+)\\s+((?:" + INITIAL + "\\s?){1,3})");
  /** A surname in capitals, then one to three given names or a patronymic in mixed case: "IVANOV Sergei Petrovich". */
  private static final Pattern CAPITALS_SURNAME_FIRST = Pattern.compile(
      "(\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})");

  private PersonNameOrder() {
  }

  /** {@code name} with a leading surname moved to the end ("R. Rzayev", "Sergei Petrovich IVANOV"). */
  static String givenFirst(String name) {
    Matcher m = SURNAME_THEN_INITIALS.matcher(name);
    if (m.matches()) {
      return m.group(2).trim() + " " + m.group(1);
    }
    m = CAPITALS_SURNAME_FIRST.matcher(name);
    if (m.matches()) {
      return m.group(2) + " " + m.group(1);
    }
    return name;
  }
}
