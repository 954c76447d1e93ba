package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * "Acme (Ruritania) LLC", "Fairview Widgets (USA) Inc.": a company's name, a place in parentheses and a
 * company's legal form are one company's name, the form of a subsidiary named for where it is registered.
 * The place inside it is no mention of its own (ANNOTATION.md: the place inside an organization's name is
 * not a separate mention); the finders read the name before the parentheses as the body and the place as
 * a LOCATION. The whole becomes one ORGANIZATION mention, and the name with its place but without the form
 * ("Acme (Ruritania) agreed") is the same company wherever the text writes it, as a defined short name is
 * ({@link DefinedShortNames}). The place must be one the finders read as a LOCATION (its whole parentheses),
 * so a gloss or a nickname in parentheses is left alone. Forms: lexicon/common/company-forms.txt, plus the
 * written-out and abbreviated forms the grouper also reads ("Corp.", "Co.", "Corporation", "Limited").
 * Immutable.
 */
final class CompanyPlaceParens {
  /** A capitalised word of a company's name ("KIK", "Widgets", "AT&amp;T", "Guthy-Renker"). */
  private static final String WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'\u2019.\\-]*";
  /** One to four such words, the parentheses, a comma allowed, and a word (the form, checked against the list). */
  private static final Pattern SHAPE = Pattern.compile("(?<![\\p{L}\\p{N}&'\u2019.\\-])(" + WORD + "(?: " + WORD
      + "){0,3}) \\(([^()\\n]{2,40})\\),? (\\p{L}+)(\\.?)(?![\\p{L}\\p{N}])");
  /** Articles and function words that open a sentence, not a name ("The Acme (USA) Inc."). */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "and", "or", "of", "for", "by", "with", "to");
  /** Forms beside the common list: written out, or abbreviated with a period. */
  private static final Set<String> MORE_FORMS = Set.of("corp", "co", "corporation", "limited", "company");

  private final Set<String> forms;

  /** {@code companyForms}: the lower-case legal forms of companies ("llc", "inc"). */
  CompanyPlaceParens(Set<String> companyForms) {
    Set<String> all = new HashSet<>(companyForms);
    all.addAll(MORE_FORMS);
    this.forms = Set.copyOf(all);
  }

  /** The mentions with each such company's name (and its short form elsewhere) as one ORGANIZATION. */
  List<Mention> apply(String text, List<Mention> mentions, List<CharSpan> cited) {
    Coverage citations = Coverage.of(cited);
    List<CharSpan> wholes = new ArrayList<>();
    Set<String> shortForms = new LinkedHashSet<>();
    Matcher m = SHAPE.matcher(text);
    while (m.find()) {
      if (!forms.contains(m.group(3).toLowerCase(Locale.ROOT))) {
        continue;
      }
      CharSpan place = new CharSpan(m.start(2), m.end(2));
      if (mentions.stream().noneMatch(x -> x.type() == EntityType.LOCATION && x.span().equals(place))) {
        continue; // no place in the parentheses: a gloss, a nickname, an acronym
      }
      int start = m.start(1);
      // a name the finders read ending where the parentheses open, inside the run, is the name's start
      for (Mention x : mentions) {
        if (x.span().end() == m.end(1) && x.span().start() > start && x.type() != EntityType.LOCATION) {
          start = x.span().start();
        }
      }
      String name = text.substring(start, m.end(1));
      // an opening article or function word is no part of the name
      while (true) {
        int sp = name.indexOf(' ');
        if (sp < 0 || !OPENERS.contains(name.substring(0, sp).toLowerCase(Locale.ROOT))) {
          break;
        }
        start += sp + 1;
        name = name.substring(sp + 1);
      }
      if (OPENERS.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      // "Co." keeps its period, the sentence's stop after "Inc" is the form's too ("Acme (USA) Inc.")
      int end = m.group(4).isEmpty() ? m.end(3) : m.end(4);
      CharSpan whole = new CharSpan(start, end);
      if (citations.overlaps(whole)) {
        continue;
      }
      wholes.add(whole);
      shortForms.add(text.substring(start, m.end(2) + 1));
    }
    if (wholes.isEmpty()) {
      return mentions;
    }
    for (String s : shortForms) {
      for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        CharSpan at = new CharSpan(i, i + s.length());
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        if (wordStart && !citations.overlaps(at) && wholes.stream().noneMatch(w -> w.overlaps(at))) {
          wholes.add(at);
        }
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    List<CharSpan> added = new ArrayList<>();
    for (CharSpan w : wholes) {
      // a mention running out of the name on either side ("Acme (USA) Inc. Chief Officer Ann Vole"
      // read as one) leaves the text as the finders read it
      if (mentions.stream().anyMatch(x -> x.span().overlaps(w) && !w.contains(x.span()))) {
        continue;
      }
      added.add(w);
    }
    for (Mention x : mentions) {
      if (added.stream().noneMatch(w -> w.contains(x.span()))) {
        out.add(x);
      }
    }
    for (CharSpan w : added) {
      out.add(Mention.of(text, w, EntityType.ORGANIZATION));
    }
    out.sort(Comparator.comparingInt(x -> x.span().start()));
    return out;
  }
}
