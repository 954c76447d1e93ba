package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * "Tyson Foods Inc. ... Tyson operated the plants", "Luna Community College ... Luna's former president":
 * a release shortens a company's or a school's name to its first words, and the tagger reads the short form
 * alone as a person (issue 16, "names": companies typed PERSON). A PERSON text that is the first words of an
 * ORGANIZATION mention of the same document is that body's short form (ANNOTATION.md: all mentions of one
 * entity are one entity), so every PERSON mention of that text becomes ORGANIZATION, unless the text reads
 * it as a person or a place somewhere: a title or honorific right before it ("President Trump" of "the Trump
 * Administration"), a longer name of the same person ("Jason Tyson"), "in" before it ("in Orange"), a place
 * mention that it is or begins ("Dallas", "Dallas County"), or a county or city that the body's name goes on
 * with ("Orange County District Attorney"). Each short form names the first body in the text that it begins
 * ({@link Result#bodies}), so that the grouping joins it to that body's entity.
 */
final class CompanyShortNames {
  /** The word right before a mention, with a period after it ("Mr.", "Gov."), and the spaces up to the mention. */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+$");
  /** "in" right before a mention: a place ("arrested in Orange"). */
  private static final Pattern IN_BEFORE = Pattern.compile("\\bin\\s+$");
  /** How far back the word before a mention is looked for. */
  private static final int BEFORE_CHARS = 30;

  private CompanyShortNames() {
  }

  /** The mentions with the short forms retyped, and each short form's body (the text of the body's mention it begins). */
  record Result(List<Mention> mentions, Map<String, String> bodies) {
  }

  static Result apply(String text, List<Mention> mentions, Predicate<String> isTitleOrHonorific) {
    Map<String, String> bodies = new LinkedHashMap<>();
    for (Mention p : mentions) {
      if (p.type() == EntityType.PERSON && !bodies.containsKey(p.text())) {
        String body = bodyBegun(p.text(), mentions);
        if (body != null) {
          bodies.put(p.text(), body);
        }
      }
    }
    Set<String> shortForms = new HashSet<>(bodies.keySet());
    if (shortForms.isEmpty()) {
      return new Result(mentions, Map.of());
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON && !shortForms.contains(m.text())) {
        shortForms.removeIf(s -> m.text().startsWith(s + " ") || m.text().endsWith(" " + s));
      }
      if (m.type() == EntityType.LOCATION) {
        shortForms.removeIf(s -> m.text().equals(s) || m.text().startsWith(s + " "));
      }
      if (m.type() == EntityType.PERSON && shortForms.contains(m.text())) {
        String before = text.substring(Math.max(0, m.span().start() - BEFORE_CHARS), m.span().start());
        Matcher w = WORD_BEFORE.matcher(before);
        if (w.find() && isTitleOrHonorific.test(w.group(1)) || IN_BEFORE.matcher(before).find()) {
          shortForms.remove(m.text());
        }
      }
    }
    bodies.keySet().retainAll(shortForms);
    if (shortForms.isEmpty()) {
      return new Result(mentions, Map.of());
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean shortForm = m.type() == EntityType.PERSON && shortForms.contains(m.text());
      out.add(shortForm ? Mention.of(text, m.span(), EntityType.ORGANIZATION) : m);
    }
    return new Result(out, bodies);
  }

  /**
   * The first organization's mention whose first words {@code name} is, the next word capitalised and no county
   * or city ("Tyson" of "Tyson Foods Inc.", not "Orange" of "Orange County District Attorney"), or null.
   */
  private static String bodyBegun(String name, List<Mention> mentions) {
    for (Mention o : mentions) {
      String body = o.text();
      if (o.type() == EntityType.ORGANIZATION && body.length() > name.length() + 1 && body.startsWith(name + " ")
          && Character.isUpperCase(body.charAt(name.length() + 1))) {
        String next = body.substring(name.length() + 1).split("\\s+", 2)[0];
        if (!next.equals("County") && !next.equals("City")) {
          return body;
        }
      }
    }
    return null;
  }
}
