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
 * and any other token a literal matched case-insensitively on the matching text ("the", ",", "of").
 * White space may stand between any two tokens; a literal ending in a letter or digit must end a word.
 * A row holds one PERSON, one TITLE and at most one ORG. Rows are compiled once, when the stage is
 * built; a bad row fails with its file and line.
 */
final class SlotShapes {
  static final String FILE = TitleLexicon.DIR + "slot-shapes.tsv";

  private enum Kind { PERSON, ORG, TITLE, LITERAL }

  private record Slot(Kind kind, String literal) {
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
          case "PERSON" -> { slots.add(new Slot(Kind.PERSON, null)); persons++; }
          case "ORG" -> { slots.add(new Slot(Kind.ORG, null)); orgs++; }
          case "TITLE" -> { slots.add(new Slot(Kind.TITLE, null)); titleSlots++; }
          default -> {
            if (token.chars().allMatch(c -> Character.isUpperCase(c) || c == '_') && token.length() > 1) {
              throw new IllegalStateException(where + "unknown slot '" + token + "' (PERSON, ORG, TITLE or a literal in lower case)");
            }
            slots.add(new Slot(Kind.LITERAL, token.toLowerCase(Locale.ROOT)));
          }
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

  boolean isEmpty() {
    return shapes.isEmpty();
  }

  /**
   * The roles every shape reads in {@code text} ({@code match}: its matching form), each within one
   * sentence, in the order of shapes and then of positions.
   */
  List<Role> find(String text, String match, TokenLayer tokens, List<Entity> entities) {
    List<Role> out = new ArrayList<>();
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
        int end = sentence.span().end();
        for (int at = sentence.span().start(); at < end; at++) {
          if (at > 0 && Character.isLetterOrDigit(match.charAt(at - 1)) && Character.isLetterOrDigit(match.charAt(at))) {
            continue; // a shape starts at a word's start
          }
          Role r = readAt(shape, text, match, byStart, mentionAt, titleAt, at, end, s);
          if (r != null) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  /** The role {@code shape} reads from {@code start}, ending by {@code limit}, or null. */
  private Role readAt(Shape shape, String text, String match, TreeMap<Integer, Entity> byStart,
                      TreeMap<Integer, Mention> mentionAt, TreeMap<Integer, TitleLexicon.Found> titleAt,
                      int start, int limit, int sentence) {
    int at = start;
    Entity person = null, org = null;
    String title = null;
    for (int i = 0; i < shape.slots().size(); i++) {
      if (i > 0) {
        while (at < limit && Character.isWhitespace(match.charAt(at))) {
          at++;
        }
      }
      if (at >= limit) {
        return null;
      }
      Slot slot = shape.slots().get(i);
      switch (slot.kind()) {
        case PERSON, ORG -> {
          Entity e = byStart.get(at);
          EntityType wanted = slot.kind() == Kind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
          if (e == null || e.type() != wanted || mentionAt.get(at).span().end() > limit) {
            return null;
          }
          if (slot.kind() == Kind.PERSON) {
            person = e;
          } else {
            org = e;
          }
          at = mentionAt.get(at).span().end();
        }
        case TITLE -> {
          TitleLexicon.Found t = titleAt.get(at);
          if (t == null || t.end() > limit) {
            return null;
          }
          int singularEnd = t.plural() ? t.pluralEnd() - 1 : t.end();
          title = text.substring(t.start(), singularEnd);
          if (titles.isMenPlural(t.base())) {
            // "Chairmen" -> "Chairman", in its case (as RoleFinder reads it)
            int e = t.baseEnd() - 2 - t.start();
            title = title.substring(0, e) + (Character.isUpperCase(title.charAt(e)) ? "A" : "a") + title.substring(e + 1);
          }
          title = title.replaceAll("\\s+", " ");
          at = t.end();
        }
        case LITERAL -> {
          String lit = slot.literal();
          if (!match.regionMatches(true, at, lit, 0, lit.length()) || at + lit.length() > limit) {
            return null;
          }
          at += lit.length();
          if (Character.isLetterOrDigit(lit.charAt(lit.length() - 1)) && at < match.length()
              && Character.isLetterOrDigit(match.charAt(at))) {
            return null; // "the" does not match the start of "there"
          }
        }
        default -> throw new IllegalStateException(slot.kind().name());
      }
    }
    return new Role(person.id(), title, org == null ? null : org.id(), new CharSpan(start, at), sentence,
        shape.confidence(), shape.name());
  }
}
