package pressfacts.stage.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;
import pressfacts.doc.Sentence;
import pressfacts.doc.TokenLayer;
import pressfacts.text.LexiconFile;

/**
 * Role shapes given as data (lexicon/roles/slot-shapes.tsv: name, slot pattern, confidence), read
 * over a document's mentions and titles within one sentence. A slot pattern is tokens separated by
 * spaces: {@code PERSON} and {@code ORG} (a PERSON / ORGANIZATION mention that starts there),
 * {@code TITLE} (a title that {@link TitleLexicon} finds starting there, reading the text from its start, as written, a plural "s" or "-men" made singular),
 * and any other token a literal matched case-insensitively on the matching text ("the", ",", "of"): one
 * word, or words separated by "|" of which one must stand there ("headed|led"), and in brackets a literal
 * that may be left out ("[,]", "[which|that]"). White space may stand between any two tokens; a literal
 * ending in a letter or digit must end a word. A reading tries the choices in the order written (an optional
 * literal first present, then left out) and takes the first that reads the whole row.
 * A row holds one PERSON, one TITLE and at most one ORG. Rows are compiled once, when the stage is
 * built; a bad row fails with its file and line.
 */
final class SlotShapes {
  static final String FILE = TitleLexicon.DIR + "slot-shapes.tsv";

  private enum Kind { PERSON, ORG, TITLE, LITERAL }

  /** One token of a row: a slot, or a literal with its choices (one word, or several of which one is read). */
  private record Slot(Kind kind, List<String> choices, boolean optional) {
  }

  /**
   * A role a row read, with where its title and its person's mention start: the rules ask for the
   * organization a row reads at the title and person they read ({@link #orgAt}).
   */
  record Reading(Role role, int titleStart, int personStart) {
  }

  /** One compiled row: its name (the roles' pattern), its slots in order, its confidence. */
  private record Shape(String name, List<Slot> slots, double confidence) {
  }

  private final TitleLexicon titles;
  private final List<Shape> shapes;

  private SlotShapes(TitleLexicon titles, List<Shape> shapes) {
    this.titles = titles;
    this.shapes = List.copyOf(shapes);
  }

  /** The shapes of {@link #FILE} on the class path. */
  static SlotShapes load(TitleLexicon titles) {
    return compile(titles, FILE, LexiconFile.numberedRows(FILE, 3, 3));
  }

  /** The shapes of table text {@code content}, named {@code source} in errors (for tests). */
  static SlotShapes parse(TitleLexicon titles, String source, String content) {
    return compile(titles, source, LexiconFile.numberedRows(source, content, 3, 3));
  }

  private static SlotShapes compile(TitleLexicon titles, String source, List<LexiconFile.Row> rows) {
    List<Shape> shapes = new ArrayList<>();
    for (LexiconFile.Row row : rows) {
      String where = source + ":" + row.line() + ": ";
      String name = row.cells()[0].trim();
      List<Slot> slots = new ArrayList<>();
      int persons = 0, titleSlots = 0, orgs = 0;
      for (String token : row.cells()[1].trim().split("\\s+")) {
        switch (token) {
          case "PERSON" -> { slots.add(new Slot(Kind.PERSON, List.of(), false)); persons++; }
          case "ORG" -> { slots.add(new Slot(Kind.ORG, List.of(), false)); orgs++; }
          case "TITLE" -> { slots.add(new Slot(Kind.TITLE, List.of(), false)); titleSlots++; }
          default -> slots.add(literal(where, token));
        }
      }
      if (persons != 1 || titleSlots != 1 || orgs > 1) {
        throw new IllegalStateException(where + "a slot shape holds one PERSON, one TITLE and at most one ORG: '" + row.cells()[1] + "'");
      }
      double confidence;
      try {
        confidence = Double.parseDouble(row.cells()[2].trim());
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where + "confidence is not a number: '" + row.cells()[2] + "'");
      }
      if (!(confidence > 0 && confidence <= 1)) {
        throw new IllegalStateException(where + "confidence outside (0, 1]: " + confidence);
      }
      shapes.add(new Shape(name, slots, confidence));
    }
    return new SlotShapes(titles, shapes);
  }

  /** A literal token: "of", "headed|led" (one of them), "[,]" or "[which|that]" (one of them, or none). */
  private static Slot literal(String where, String token) {
    boolean optional = token.length() > 2 && token.startsWith("[") && token.endsWith("]");
    String inner = optional ? token.substring(1, token.length() - 1) : token;
    if (inner.contains("[") || inner.contains("]")) {
      throw new IllegalStateException(where + "a bracket holds one literal or its choices, \"[,]\" or \"[its|the]\": '" + token + "'");
    }
    List<String> choices = new ArrayList<>();
    // "|" alone is a literal, not an empty choice between two empty ones
    for (String choice : inner.equals("|") ? List.of("|") : List.of(inner.split("\\|", -1))) {
      if (choice.isEmpty()) {
        throw new IllegalStateException(where + "an empty choice in '" + token + "'");
      }
      if (choice.chars().allMatch(c -> Character.isUpperCase(c) || c == '_') && choice.length() > 1) {
        throw new IllegalStateException(where + "unknown slot '" + choice + "' (PERSON, ORG, TITLE or a literal in lower case;"
            + " a slot is never optional nor a choice)");
      }
      choices.add(choice.toLowerCase(Locale.ROOT));
    }
    return new Slot(Kind.LITERAL, List.copyOf(choices), optional);
  }

  boolean isEmpty() {
    return shapes.isEmpty();
  }

  /**
   * The roles every shape reads in {@code text} ({@code match}: its matching form), each within one
   * sentence, in the order of shapes and then of positions.
   */
  List<Role> find(String text, String match, TokenLayer tokens, List<Entity> entities) {
    return read(text, match, tokens, entities).stream().map(Reading::role).toList();
  }

  /** As {@link #find}, each role with where its title and its person start. */
  List<Reading> read(String text, String match, TokenLayer tokens, List<Entity> entities) {
    List<Reading> out = new ArrayList<>();
    if (shapes.isEmpty()) {
      return out;
    }
    TreeMap<Integer, Entity> byStart = new TreeMap<>();
    TreeMap<Integer, Mention> mentionAt = new TreeMap<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        byStart.put(m.span().start(), e);
        mentionAt.put(m.span().start(), m);
      }
    }
    // The titles as the lexicon reads the text from its start, each search going on past the last title:
    // "District Attorney" inside "Deputy District Attorney" is no title of its own.
    TreeMap<Integer, TitleLexicon.Found> titleAt = new TreeMap<>();
    for (TitleLexicon.Found t = titles.next(match, 0); t != null; t = titles.next(match, t.end())) {
      titleAt.put(t.start(), t);
    }
    for (Shape shape : shapes) {
      for (int s = 0; s < tokens.sentences().size(); s++) {
        Sentence sentence = tokens.sentences().get(s);
        int end = runOnEnd(match, tokens, s);
        for (int at = sentence.span().start(); at < end; at++) {
          if (at > 0 && Character.isLetterOrDigit(match.charAt(at - 1)) && Character.isLetterOrDigit(match.charAt(at))) {
            continue; // a shape starts at a word's start
          }
          if (!firstSlotMayRead(shape.slots().get(0), match, at, byStart, titleAt)) {
            continue; // what the first slot needs is not there: no reading, and no Attempt made for it
          }
          Attempt a = new Attempt(text, match, byStart, mentionAt, titleAt, end);
          int readEnd = a.read(shape.slots(), 0, at);
          if (readEnd >= 0) {
            out.add(new Reading(new Role(a.person.id(), a.title, a.org == null ? null : a.org.id(), new CharSpan(at, readEnd), s,
                shape.confidence(), shape.name()), a.titleStart, a.personStart));
          }
        }
      }
    }
    return out;
  }

  /** A line's last word that never ends a sentence: an article ("is currently a\nDeputy District Attorney"). */
  private static final java.util.regex.Pattern ARTICLE_AT_END =
      java.util.regex.Pattern.compile("(?<![\\p{L}])(?:a|an|the)$", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Where sentence {@code s} ends for a row: its own end, or the next sentence's when it stops at a line's end on an
   * article. Scraped pages put a linked or bold post on a line of its own ("Laura is currently a\nDeputy District
   * Attorney III in the X Division"); the lines are one sentence (ANNOTATION Roles: a role inside one sentence), which
   * the tokens split at the line break.
   */
  private static int runOnEnd(String match, TokenLayer tokens, int s) {
    int end = tokens.sentences().get(s).span().end();
    if (s + 1 < tokens.sentences().size() && ARTICLE_AT_END.matcher(match.substring(Math.max(0, end - 4), end)).find()) {
      int next = tokens.sentences().get(s + 1).span().start();
      String gap = match.substring(end, next);
      if (gap.indexOf('\n') >= 0 && gap.isBlank() && gap.indexOf('\n') == gap.lastIndexOf('\n')) {
        return tokens.sentences().get(s + 1).span().end();
      }
    }
    return end;
  }

  /**
   * False when the first slot of a row cannot read at {@code at}, as {@link Attempt#read} would find: a
   * PERSON or ORG slot needs a mention starting there, a TITLE a title, a literal that must stand one of
   * its choices (an optional one may be left out: true).
   */
  private static boolean firstSlotMayRead(Slot first, String match, int at, TreeMap<Integer, Entity> byStart,
                                          TreeMap<Integer, TitleLexicon.Found> titleAt) {
    switch (first.kind()) {
      case PERSON, ORG:
        return byStart.containsKey(at);
      case TITLE:
        return titleAt.containsKey(at);
      default:
        if (first.optional()) {
          return true;
        }
        for (String c : first.choices()) {
          if (match.regionMatches(true, at, c, 0, c.length())) {
            return true;
          }
        }
        return false;
    }
  }

  /**
   * One reading of a row from one position, ending by {@code limit} (the sentence's end): what its slots
   * took, set on the way; on a choice that fails further on, the next choice is tried.
   */
  private final class Attempt {
    private final String text;
    private final String match;
    private final TreeMap<Integer, Entity> byStart;
    private final TreeMap<Integer, Mention> mentionAt;
    private final TreeMap<Integer, TitleLexicon.Found> titleAt;
    private final int limit;
    Entity person;
    Entity org;
    String title;
    int titleStart = -1;
    int personStart = -1;

    Attempt(String text, String match, TreeMap<Integer, Entity> byStart, TreeMap<Integer, Mention> mentionAt,
            TreeMap<Integer, TitleLexicon.Found> titleAt, int limit) {
      this.text = text;
      this.match = match;
      this.byStart = byStart;
      this.mentionAt = mentionAt;
      this.titleAt = titleAt;
      this.limit = limit;
    }

    /** Where slots {@code i}... read from {@code at} end (after the last token read), or -1. */
    int read(List<Slot> slots, int i, int at) {
      if (i == slots.size()) {
        return at;
      }
      Slot slot = slots.get(i);
      int from = at;
      if (i > 0) {
        while (from < limit && Character.isWhitespace(match.charAt(from))) {
          from++;
        }
      }
      if (slot.kind() == Kind.LITERAL) {
        for (String choice : slot.choices()) {
          int end = literalEnd(choice, from);
          int rest = end < 0 ? -1 : read(slots, i + 1, end);
          if (rest >= 0) {
            return rest;
          }
        }
        // an optional literal left out: the next token reads from here, its white space its own
        return slot.optional() ? read(slots, i + 1, at) : -1;
      }
      int end = slotEnd(slot.kind(), from);
      return end < 0 ? -1 : read(slots, i + 1, end);
    }

    /** Where {@code literal} read at {@code at} ends, or -1 ("the" does not match the start of "there"). */
    private int literalEnd(String literal, int at) {
      if (at >= limit || at + literal.length() > limit || !match.regionMatches(true, at, literal, 0, literal.length())) {
        return -1;
      }
      int end = at + literal.length();
      if (Character.isLetterOrDigit(literal.charAt(literal.length() - 1)) && end < match.length()
          && Character.isLetterOrDigit(match.charAt(end))) {
        return -1;
      }
      return end;
    }

    /** Where a PERSON, ORG or TITLE slot read at {@code at} ends, or -1; what it read is kept. */
    private int slotEnd(Kind kind, int at) {
      if (at >= limit) {
        return -1;
      }
      if (kind == Kind.TITLE) {
        TitleLexicon.Found t = titleAt.get(at);
        if (t == null || t.end() > limit) {
          return -1;
        }
        int singularEnd = t.plural() ? t.pluralStart(text) : t.end();
        String read = text.substring(t.start(), singularEnd);
        if (titles.isMenPlural(t.base())) {
          // "Chairmen" -> "Chairman", in its case (as RoleFinder reads it)
          int e = t.baseEnd() - 2 - t.start();
          read = read.substring(0, e) + (Character.isUpperCase(read.charAt(e)) ? "A" : "a") + read.substring(e + 1);
        }
        title = read.replaceAll("\\s+", " ");
        titleStart = t.start();
        return t.end();
      }
      Entity e = byStart.get(at);
      EntityType wanted = kind == Kind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
      if (e == null || e.type() != wanted || mentionAt.get(at).span().end() > limit) {
        return -1;
      }
      if (kind == Kind.PERSON) {
        person = e;
        personStart = at;
      } else {
        org = e;
      }
      return mentionAt.get(at).span().end();
    }
  }
}
