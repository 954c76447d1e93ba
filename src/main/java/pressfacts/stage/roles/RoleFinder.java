package pressfacts.stage.roles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;
import pressfacts.doc.TokenLayer;

/**
 * Reads roles around each title in a text. For one title it looks, in this order, for
 * <ol>
 *   <li>the organization: a mention right after "of"/"at" ("Chairman of the Supreme Court"), else one
 *   right before ("Supreme Court Chairman"); "of the Republic of X" (a place) gives none;</li>
 *   <li>the person: a PERSON mention right after, past a comma and an honorific ("..., Mr. Atsuki
 *   Takahashi"), and for a plural title the whole list ("judges A, B and C"); else one right before,
 *   as an apposition or a clause ("PERSON, TITLE", "PERSON, who is TITLE", "PERSON was appointed
 *   (as) TITLE").</li>
 * </ol>
 * A title without a named person gives no role ("met with the Chairman").
 */
final class RoleFinder {
  /** Between a title and its organization: "of", "at", an optional article. */
  private static final Pattern ORG_LINK = Pattern.compile("\\s+(?:of|at)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  /** Between an organization and the title that follows it: a space or a possessive. */
  private static final Pattern ORG_BEFORE_GAP = Pattern.compile("(?:'s)?\\s+$");
  /** Between a title (with its organization) and the person named after it: comma, article, honorific. */
  private static final Pattern PERSON_AFTER_GAP = Pattern.compile(
      "\\s*,?\\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Miss)\\.?\\s+)?");
  /** Between two names of a list: a comma, "and", or both. */
  private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?");
  /** Between a person and the title that follows it: an apposition or a copular / appointment clause. */
  private static final Pattern PERSON_BEFORE_GAP = Pattern.compile(
      "\\s*(?:,\\s*|,?\\s+(?:who\\s+(?:is|was|has\\s+been)|(?:is|was|has\\s+been|had\\s+been)\\s+(?:appointed|elected|named)"
          + "(?:\\s+as)?)\\s+)(?:the\\s+|a\\s+|an\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** A domain after a title that takes one: "of" and capitalised words ("Minister of Justice"). */
  private static final Pattern DOMAIN = Pattern.compile("\\s+of\\s+(?:\\p{Lu}\\p{L}*(?:\\s+and\\s+|\\s+))*\\p{Lu}\\p{L}*");

  /** Text right before an organization that sends a delegation (stray commas are tolerated). */
  private static final Pattern DELEGATION_OF = Pattern.compile("\\bdelegation\\s+(?:of|from)(?:[\\s,]+the)?[\\s,]+$",
      Pattern.CASE_INSENSITIVE);

  private final TitleLexicon titles;

  RoleFinder(TitleLexicon titles) {
    this.titles = titles;
  }

  private record Anchor(Mention mention, Entity entity) {
  }

  List<Role> find(String text, String match, TokenLayer tokens, List<Entity> entities) {
    TreeMap<Integer, Anchor> byStart = new TreeMap<>();
    TreeMap<Integer, Anchor> byEnd = new TreeMap<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        byStart.put(m.span().start(), new Anchor(m, e));
        byEnd.put(m.span().end(), new Anchor(m, e));
      }
    }
    Map<String, Role> roles = new LinkedHashMap<>();
    List<Unnamed> unnamed = new ArrayList<>();
    int titleEnd = 0;
    Matcher t = titles.pattern().matcher(match);
    while (t.find()) {
      CharSpan titleSpan = new CharSpan(t.start("title"), t.end("title"));
      if (insideMention(byStart, titleSpan) || titleSpan.start() < titleEnd) {
        continue; // inside a name, or inside the domain of the title before ("Minister of Justice")
      }
      boolean plural = t.group("plural") != null;
      int end = titleSpan.end();
      if (titles.takesDomain(t.group("base"))) {
        Matcher d = DOMAIN.matcher(match).region(end, match.length());
        if (d.lookingAt() && startsAt(byStart, d.end() - lastWordLength(d.group())) == null) {
          Anchor inDomain = firstMentionIn(byStart, end, d.end());
          if (inDomain == null) {
            end = d.end();
            titleSpan = new CharSpan(titleSpan.start(), end);
          }
        }
      }
      titleEnd = titleSpan.end();
      String title = text.substring(titleSpan.start(), titleSpan.end()).replaceAll("\\s+", " ");
      if (plural) {
        title = title.substring(0, title.length() - 1);
      }
      Entity org = null;
      Matcher link = ORG_LINK.matcher(match).region(end, match.length());
      if (link.lookingAt()) {
        Anchor a = startsAt(byStart, link.end());
        if (a != null && a.entity().type() != EntityType.PERSON) {
          org = a.entity().type() == EntityType.ORGANIZATION ? a.entity() : null;
          end = a.mention().span().end();
        }
      }
      if (org == null) {
        Map.Entry<Integer, Anchor> before = byEnd.floorEntry(titleSpan.start());
        if (before != null && before.getValue().entity().type() == EntityType.ORGANIZATION
            && ORG_BEFORE_GAP.matcher(match.substring(before.getKey(), titleSpan.start())).matches()) {
          org = before.getValue().entity();
        }
      }
      int sentence = tokens.sentenceAt(titleSpan.start());
      List<Anchor> after = personsAfter(match, byStart, end, plural);
      if (!after.isEmpty()) {
        if (org == null && after.size() == 1) {
          org = orgAfter(match, byStart, after.get(0).mention().span().end());
        }
        if (org == null && sentence >= 0) {
          org = delegationOrg(match, byStart, tokens.sentences().get(sentence).span().start(), titleSpan.start());
        }
        for (Anchor p : after) {
          add(roles, p, title, org, titleSpan, sentence, plural ? 0.8 : 0.9);
        }
        continue;
      }
      Map.Entry<Integer, Anchor> before = byEnd.floorEntry(titleSpan.start());
      if (before != null && before.getValue().entity().type() == EntityType.PERSON
          && PERSON_BEFORE_GAP.matcher(match.substring(before.getKey(), titleSpan.start())).matches()) {
        add(roles, before.getValue(), title, org, titleSpan, sentence, 0.75);
      } else if (org != null) {
        unnamed.add(new Unnamed(title, org, titleSpan, sentence));
      }
    }
    // "the President of the Supreme Court said": a title of an organization without a name goes to
    // the one person the document names in a position at that organization.
    for (Unnamed u : unnamed) {
      List<String> holders = roles.values().stream().filter(r -> u.org().id().equals(r.organization()))
          .map(Role::person).distinct().toList();
      if (holders.size() == 1) {
        Entity person = entities.stream().filter(e -> e.id().equals(holders.get(0))).findFirst().orElseThrow();
        add(roles, new Anchor(person.mentions().get(0), person), u.title(), u.org(), u.span(), u.sentence(), 0.5);
      }
    }
    return withoutBareRepeats(roles);
  }

  /**
   * "Chairman Petrov" after "the Chairman of the High Court Ivan Petrov": the repeated title without its
   * organization is the same role, not a second one.
   */
  private static List<Role> withoutBareRepeats(Map<String, Role> roles) {
    List<Role> out = new ArrayList<>();
    for (Role r : roles.values()) {
      boolean repeat = r.organization() == null && roles.values().stream().anyMatch(o -> o.organization() != null
          && o.person().equals(r.person()) && o.title().equalsIgnoreCase(r.title()));
      if (!repeat) {
        out.add(r);
      }
    }
    return out;
  }

  private record Unnamed(String title, Entity org, CharSpan span, int sentence) {
  }

  /**
   * "a delegation of Amnesty International, consisting of deputy director A and researcher B": members
   * of a delegation named earlier in the sentence hold their titles at the delegation's organization.
   */
  private static Entity delegationOrg(String match, TreeMap<Integer, Anchor> byStart, int sentenceStart, int titleStart) {
    Entity found = null;
    for (Anchor a : byStart.subMap(sentenceStart, titleStart).values()) {
      if (a.entity().type() == EntityType.ORGANIZATION
          && DELEGATION_OF.matcher(match.substring(sentenceStart, a.mention().span().start())).find()) {
        found = a.entity();
      }
    }
    return found;
  }

  /** "Judge A. Huseynov of the Supreme Court": the organization named right after the person. */
  private static Entity orgAfter(String match, TreeMap<Integer, Anchor> byStart, int from) {
    Matcher link = ORG_LINK.matcher(match).region(from, match.length());
    if (link.lookingAt()) {
      Anchor a = startsAt(byStart, link.end());
      if (a != null && a.entity().type() == EntityType.ORGANIZATION) {
        return a.entity();
      }
    }
    return null;
  }

  /** The person named right after a title, or every name of a list after a plural title. */
  private static List<Anchor> personsAfter(String match, TreeMap<Integer, Anchor> byStart, int from, boolean plural) {
    List<Anchor> out = new ArrayList<>();
    Matcher gap = PERSON_AFTER_GAP.matcher(match).region(from, match.length());
    if (!gap.lookingAt()) {
      return out;
    }
    Anchor p = startsAt(byStart, gap.end());
    while (p != null && p.entity().type() == EntityType.PERSON) {
      out.add(p);
      if (!plural) {
        break;
      }
      Matcher next = LIST_GAP.matcher(match).region(p.mention().span().end(), match.length());
      p = next.lookingAt() ? startsAt(byStart, next.end()) : null;
    }
    return out;
  }

  private static void add(Map<String, Role> roles, Anchor person, String title, Entity org, CharSpan titleSpan,
                          int sentence, double confidence) {
    String key = person.entity().id() + "|" + title.toLowerCase(Locale.ROOT) + "|" + (org == null ? "" : org.id());
    if (roles.containsKey(key)) {
      return;
    }
    CharSpan p = person.mention().span();
    CharSpan evidence = new CharSpan(Math.min(p.start(), titleSpan.start()), Math.max(p.end(), titleSpan.end()));
    roles.put(key, new Role(person.entity().id(), title, org == null ? null : org.id(), evidence, sentence, confidence));
  }

  private static Anchor startsAt(TreeMap<Integer, Anchor> byStart, int offset) {
    return byStart.get(offset);
  }

  private static Anchor firstMentionIn(TreeMap<Integer, Anchor> byStart, int from, int to) {
    Map.Entry<Integer, Anchor> e = byStart.ceilingEntry(from);
    return e != null && e.getKey() < to ? e.getValue() : null;
  }

  private static boolean insideMention(TreeMap<Integer, Anchor> byStart, CharSpan span) {
    Map.Entry<Integer, Anchor> e = byStart.floorEntry(span.start());
    if (e != null && e.getValue().mention().span().overlaps(span)) {
      return true;
    }
    Map.Entry<Integer, Anchor> next = byStart.ceilingEntry(span.start());
    return next != null && next.getValue().mention().span().overlaps(span);
  }

  private static int lastWordLength(String s) {
    int i = s.length();
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return s.length() - i;
  }
}
