package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * "Tyson Foods Inc. ... Tyson operated several plants", "Luna Community College ... the lawsuit against
 * Luna": a body named in full is then called by the first words of its name, which read like a person's
 * name. A person entity is such a short form of an organization entity when each of its mentions is
 * the first words of a mention of that one organization, the organization is named before it, that
 * name ends in a body's head or a company's legal form ("College", "Company", "Inc."), and no mention
 * of it stands after a title or an honorific ("Mr. Tyson" is a person). A name that ends in no head
 * ("Frank Artiles Trial" read out of a headline) may be no body at all, and its first words a person. Its mentions then join
 * the organization (ANNOTATION.md: companies and colleges are ORGANIZATION; all mentions of one thing
 * belong to one entity). A place class after the first words ("Orange" of "Orange County District
 * Attorney") makes them a place, and a text also found as a place is left alone: neither is a body's
 * short form. Entities are numbered again after a merge.
 */
final class OrganizationFirstWords {
  /** Punctuation around a word ("Inc.", "Corp.,"). */
  private static final Pattern LAST_WORD_PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** The word right before a mention, after an optional period ("Mr. Tyson", "Judge Luna"). */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+$");
  private final Predicate<String> isTitleOrHonorific;
  private final Predicate<String> isOrgHead;
  private final Set<String> placeClassWords;

  /**
   * {@code isTitleOrHonorific}: is this word a title or an honorific; {@code isOrgHead}: is this lower-case
   * word a body's head or a company's legal form; {@code placeClassWords}: words that make a place of the
   * name before them (lexicon/entities/place-class-words.txt), compared ignoring case.
   */
  OrganizationFirstWords(Predicate<String> isTitleOrHonorific, Predicate<String> isOrgHead, Set<String> placeClassWords) {
    this.isTitleOrHonorific = isTitleOrHonorific;
    this.isOrgHead = isOrgHead;
    this.placeClassWords = placeClassWords.stream().map(w -> w.toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  List<Entity> apply(String text, List<Entity> entities) {
    Set<String> placeTexts = new HashSet<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION) {
        e.mentions().forEach(m -> placeTexts.add(m.text()));
      }
    }
    Map<Entity, Entity> joins = new IdentityHashMap<>(); // person -> organization
    for (Entity p : entities) {
      if (p.type() == EntityType.PERSON) {
        Entity org = organizationOf(text, p, entities, placeTexts);
        if (org != null) {
          joins.put(p, org);
        }
      }
    }
    if (joins.isEmpty()) {
      return entities;
    }
    Map<Entity, List<Mention>> added = new IdentityHashMap<>();
    for (Map.Entry<Entity, Entity> j : joins.entrySet()) {
      List<Mention> to = added.computeIfAbsent(j.getValue(), o -> new ArrayList<>());
      for (Mention m : j.getKey().mentions()) {
        to.add(Mention.of(text, m.span(), EntityType.ORGANIZATION));
      }
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      if (joins.containsKey(e)) {
        continue;
      }
      List<Mention> mentions = e.mentions();
      if (added.containsKey(e)) {
        mentions = new ArrayList<>(mentions);
        mentions.addAll(added.get(e));
      }
      out.add(new Entity("e" + (out.size() + 1), e.type(), e.name(), mentions, e.attributes()));
    }
    return out;
  }

  /** The one organization whose name the person entity's mentions all begin, or null. */
  private Entity organizationOf(String text, Entity person, List<Entity> entities, Set<String> placeTexts) {
    Entity found = null;
    for (Mention m : person.mentions()) {
      if (placeTexts.contains(m.text()) || afterTitle(text, m)) {
        return null;
      }
      Entity org = null;
      for (Entity e : entities) {
        if (e.type() == EntityType.ORGANIZATION && e.mentions().stream().anyMatch(o -> firstWordsOf(m.text(), o.text()))) {
          if (org != null && org != e) {
            return null; // the first words of two bodies: the text does not say which
          }
          org = e;
        }
      }
      if (org == null || (found != null && found != org)) {
        return null;
      }
      found = org;
    }
    return found != null && found.mentions().get(0).compareTo(person.mentions().get(0)) < 0 ? found : null;
  }

  /**
   * Is {@code shortForm} the first words of {@code name}, not followed by a place class ("County"), and
   * does {@code name} end in a body's head or a legal form?
   */
  private boolean firstWordsOf(String shortForm, String name) {
    if (!name.startsWith(shortForm + " ")) {
      return false;
    }
    String rest = name.substring(shortForm.length() + 1);
    String[] words = rest.split("\\s+");
    String last = LAST_WORD_PUNCTUATION.matcher(words[words.length - 1]).replaceAll("").toLowerCase(Locale.ROOT);
    return !placeClassWords.contains(words[0].toLowerCase(Locale.ROOT)) && isOrgHead.test(last);
  }

  private boolean afterTitle(String text, Mention m) {
    Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 40), m.span().start()));
    return w.find() && isTitleOrHonorific.test(w.group(1));
  }
}
