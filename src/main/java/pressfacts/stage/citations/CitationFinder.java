package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.Spans;

/**
 * The find step: instrument phrases from the grammar, provision chains attached to the phrase
 * they end on ("section 144(1) of Criminal Code ..."), overlaps settled by
 * {@link #keepLongestThenLeftmost}, and dates bound. Pure: the same text and dates give the same
 * list, sorted by span.
 */
final class CitationFinder {
  private final InstrumentGrammar grammar;
  private final ProvisionGrammar provisions;
  private final DateBinder dateBinder;
  private final CitationLexicon lex;

  CitationFinder(CitationLexicon lex) {
    this.lex = lex;
    this.provisions = new ProvisionGrammar(lex);
    this.grammar = new InstrumentGrammar(lex, provisions);
    this.dateBinder = new DateBinder(lex);
  }

  List<Found> find(String original, String matching, Words w, List<DateMention> dates) {
    Map<Integer, DateMention> byStart = new HashMap<>();
    for (DateMention d : dates) {
      byStart.putIfAbsent(d.span().start(), d);
    }
    List<Found> phrases = attachProvisions(w, grammar.find(original, w, byStart));
    phrases.addAll(provisionsBeforeCoordinated(w, phrases));
    List<Found> kept = keepLongestThenLeftmost(phrases).stream().map(f -> withEtSeq(w, f)).toList();
    Sentences sentences = new Sentences(matching, lex);
    List<Found> out = new ArrayList<>(kept.size());
    for (Found f : kept) {
      if (f.form() == Found.Form.NAMED && f.date() == null) {
        DateValue d = dateBinder.bind(f, matching, dates, sentences, kept);
        out.add(d == null ? f : f.withDate(d));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** A chain ending in "of (the)" right before a phrase joins it; the longest chain wins. */
  private List<Found> attachProvisions(Words w, List<Found> phrases) {
    Map<Integer, ProvisionGrammar.Chain> byAttach = new HashMap<>();
    Map<Integer, ProvisionGrammar.Chain> byNextWord = new HashMap<>();
    for (int i = 0; i < w.size(); i++) {
      ProvisionGrammar.Chain c = provisions.parseAt(w, i);
      if (c != null && c.attach() >= 0) {
        byAttach.putIfAbsent(c.attach(), c);
      } else if (c != null && w.sameLine(c.last())) {
        byNextWord.putIfAbsent(c.last() + 1, c);
        if (w.is(c.last() + 1, ",") && w.sameLine(c.last() + 1) && w.get(c.first()).capitalized()) {
          // "Section 49.04, Texas Penal Code": the provision first, then a comma and the code it is
          // in, one citation; only a capitalised unit opens this form, so a lowercase "section 187"
          // that ends one code's citation ("Penal Code section 187, Vehicle Code ...") is not taken
          byNextWord.putIfAbsent(c.last() + 2, c);
        }
      }
    }
    List<Found> out = new ArrayList<>(phrases.size());
    for (Found f : phrases) {
      ProvisionGrammar.Chain c = f.provision().isEmpty() ? byAttach.get(f.firstWord()) : null;
      if (c == null && f.provision().isEmpty() && namedStatute(w, f)) {
        // "contrary to s.18 Offences Against the Person Act 1861": a section written right before the
        // Act's name, with no "of", as British releases cite
        c = byNextWord.get(f.firstWord());
      }
      int before = f.firstWord() - 1;
      if (c == null && f.provision().isEmpty() && before >= 0 && isLowercaseWord(w, before)) {
        // "of the constitutional Law ...": one lowercase adjective between "the" and the phrase
        c = byAttach.get(before);
      }
      if (c != null) {
        out.add(f.withProvision(new CharSpan(w.get(c.first()).start(), f.span().end()), c.provisions()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * "Article 144-1 (trafficking in persons) and part 2 of Article 126 of the Criminal Code": a
   * provision with no instrument of its own, joined by "and" or a comma to a provision that cites
   * one, is a provision of that instrument (the same instrument, as a list "Articles 3 and 5" is).
   * A remark in brackets between them stays out of the span: it describes the offence.
   */
  private List<Found> provisionsBeforeCoordinated(Words w, List<Found> phrases) {
    Map<Integer, Found> byFirstWord = new HashMap<>();
    for (Found f : phrases) {
      if (f.form() == Found.Form.NAMED && !f.provision().isEmpty()) {
        byFirstWord.putIfAbsent(wordAt(w, f.span().start()), f);
      }
    }
    List<Found> out = new ArrayList<>();
    if (byFirstWord.isEmpty()) {
      return out;
    }
    for (int i = 0; i < w.size(); i++) {
      ProvisionGrammar.Chain c = provisions.parseAt(w, i);
      if (c == null || c.attach() >= 0 || i > 0 && (w.is(i - 1, "of") || provisions.parseAt(w, i - 1) != null)) {
        continue;
      }
      int remark = provisions.remarkAfter(w, c.last());
      int j = remark >= 0 ? remark + 1 : c.last() + 1;
      if (w.is(j, ",") && w.is(j + 1, "and")) {
        j++;
      }
      if (!(w.is(j, "and") || w.is(j, ",")) || !w.sameLine(j - 1) || !w.sameLine(j)) {
        continue;
      }
      Found next = byFirstWord.get(j + 1);
      if (next != null) {
        CharSpan s = new CharSpan(w.get(i).start(), w.get(c.last()).end());
        out.add(Found.named(s, i, next.kind()).title(next.title()).jurisdiction(next.jurisdiction())
            .date(next.date()).provision(c.provisions()).build());
      }
      i = c.last();
    }
    return out;
  }

  /** The index of the word starting at {@code start}, or -1. */
  private static int wordAt(Words w, int start) {
    for (int i = 0; i < w.size(); i++) {
      if (w.get(i).start() == start) {
        return i;
      }
      if (w.get(i).start() > start) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Penal Code sections 290 et seq.", "42 U.S.C. §§ 3601, et seq.": "and the sections that follow" after
   * a provision is part of its citation's span; the provision stays the one written.
   */
  private static Found withEtSeq(Words w, Found f) {
    if (f.provision().isEmpty()) {
      return f;
    }
    int last = lastWord(w, f.span().end());
    if (last < 0) {
      return f;
    }
    int et = last + 1;
    boolean comma = w.is(et, ",") && w.touching(last);
    if (comma) {
      et++;
    }
    // after a comma "et seq" may stand on the next line: nothing else begins with it
    if (!w.is(et, "et") || !w.is(et + 1, "seq") || !comma && !w.sameLine(et - 1) || !w.sameLine(et)) {
      return f;
    }
    int end = w.is(et + 2, ".") && w.touching(et + 1) ? et + 2 : et + 1;
    return f.withProvision(new CharSpan(f.span().start(), w.get(end).end()), f.provision());
  }

  /** The word that ends at {@code end}, or -1. */
  private static int lastWord(Words w, int end) {
    for (int i = 0; i < w.size(); i++) {
      if (w.get(i).end() == end) {
        return i;
      }
      if (w.get(i).start() >= end) {
        return -1;
      }
    }
    return -1;
  }

  /** A named Act or Code whose span opens with a capitalised word of its title ("Offences Against ..."). */
  private static boolean namedStatute(Words w, Found f) {
    return f.form() == Found.Form.NAMED && f.title() != null
        && (f.kind() == InstrumentKind.ACT || f.kind() == InstrumentKind.CODE) && w.get(f.firstWord()).capitalized();
  }

  private static boolean isLowercaseWord(Words w, int i) {
    Words.W x = w.get(i);
    return x.isWord() && Character.isLowerCase(x.text().charAt(0));
  }

  /**
   * The overlap policy: longer phrases first, then earlier ones; a phrase overlapping one already
   * kept is dropped. Returns the kept phrases sorted by span.
   */
  static List<Found> keepLongestThenLeftmost(List<Found> phrases) {
    List<Found> kept = Spans.keepLongest(phrases, Found::span, Comparator.comparing(Found::span));
    kept.sort(Comparator.comparing(Found::span));
    return kept;
  }
}
