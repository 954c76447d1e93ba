package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * "Medcore Group LLC (Medcore)", "Rite Aid Corporation (Rite Aid)", "United Arab Emirates (UAE)": a short
 * name that a release defines in parentheses right after a mention names that same thing wherever it
 * stands (ANNOTATION.md: all mentions of one entity are one entity, and an acronym is a mention of what
 * it abbreviates). So every whole-word occurrence of it is a mention of the defining mention's type: one
 * the tagger typed otherwise is retyped ("received by Medcore" is no person), one that lies inside it
 * widened to it, one nobody found added. The short name must be the name's first words or the initials
 * of its words, so that a gloss ("Petrobras (Brazil)", "Andreas Kumin (Austria)") defines nothing; an
 * occurrence inside a longer mention or a citation stays part of that.
 */
final class DefinedShortNames {
  /** Parentheses right after a mention, the short name in them, quotation marks around it allowed. */
  private static final Pattern DEFINITION = Pattern.compile("[ \\t]*\\([\"\u201c]?(\\p{Lu}[^()\"\u201c\u201d\\n]{1,59}?)[\"\u201d]?\\)");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private DefinedShortNames() {
  }

  static List<Mention> apply(String text, List<Mention> mentions, List<CharSpan> cited) {
    Map<String, EntityType> defined = new LinkedHashMap<>();
    Set<String> twoTypes = new HashSet<>();
    for (Mention m : mentions) {
      String name = definedAfter(text, m.span());
      if (name != null && shortens(m.text(), name)) {
        EntityType before = defined.putIfAbsent(name, m.type());
        if (before != null && before != m.type()) {
          twoTypes.add(name); // defined as two things: the text does not say which
        }
      }
    }
    defined.keySet().removeAll(twoTypes);
    if (defined.isEmpty()) {
      return mentions;
    }
    // by start: settled mentions never overlap, so those touching a span are the one starting at or
    // before it and those starting inside it
    TreeMap<Integer, Mention> byStart = new TreeMap<>();
    for (Mention m : mentions) {
      byStart.put(m.span().start(), m);
    }
    Coverage citations = Coverage.of(cited);
    for (Map.Entry<String, EntityType> e : defined.entrySet()) {
      String name = e.getKey();
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        CharSpan at = new CharSpan(i, i + name.length());
        if (!wholeWords(text, at) || citations.overlaps(at)) {
          continue;
        }
        Map.Entry<Integer, Mention> before = byStart.floorEntry(at.start());
        if (before != null && before.getValue().span().overlaps(at) && !at.contains(before.getValue().span())) {
          continue; // inside a longer mention (the defining name itself, "Medcore" of "Medcore Group LLC")
        }
        Map<Integer, Mention> inside = byStart.subMap(at.start(), true, at.end(), false);
        if (inside.values().stream().anyMatch(m -> !at.contains(m.span()))) {
          continue; // runs into a mention that goes on after it
        }
        if (inside.size() == 1 && inside.values().iterator().next().span().equals(at)
            && inside.values().iterator().next().type() == e.getValue()) {
          continue; // already that mention
        }
        inside.clear();
        byStart.put(at.start(), Mention.of(text, at, e.getValue()));
      }
    }
    return new ArrayList<>(byStart.values());
  }

  /** The short name defined in parentheses right after {@code span} ("(Medcore)", "(“Telia”)"), or null. */
  static String definedAfter(String text, CharSpan span) {
    Matcher d = DEFINITION.matcher(text).region(span.end(), text.length());
    return d.lookingAt() ? d.group(1) : null;
  }

  /** Is {@code shorter} the first words of {@code name} (not all of them), or the initials of its words? */
  static boolean shortens(String name, String shorter) {
    String[] words = WORD_BREAK.split(name.replace(",", ""));
    String[] first = WORD_BREAK.split(shorter.replace(",", ""));
    if (first.length < words.length) {
      boolean prefix = true;
      for (int k = 0; k < first.length && prefix; k++) {
        prefix = first[k].equals(words[k]);
      }
      if (prefix) {
        return true;
      }
    }
    if (!ACRONYM.matcher(shorter).matches()) {
      return false;
    }
    // a hyphenated word gives the initials of its parts ("High-Risk Drug Area (HRDA)") or one initial
    // ("Fairview Cargo-Theft Response Detail (FCRD)"): releases write both
    return initials(words).equals(shorter) || initials(SPACES.split(name.replace(",", "").strip())).equals(shorter);
  }

  private static String initials(String[] words) {
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString();
  }

  /** No letter or digit right before or after the span. */
  private static boolean wholeWords(String text, CharSpan s) {
    return (s.start() == 0 || !Character.isLetterOrDigit(text.charAt(s.start() - 1)))
        && (s.end() == text.length() || !Character.isLetterOrDigit(text.charAt(s.end())));
  }
}
