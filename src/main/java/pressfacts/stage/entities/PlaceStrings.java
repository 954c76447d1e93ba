package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * Issue 16, item 4 (one string, one type in a document), for the words of a place: where the text spells
 * a place's name, a person or a body read into part of it is the place. The places are the names of the
 * known-places lexicon found in the text and the occurrences of a name of several words that the
 * document itself types LOCATION elsewhere ("Harris County" written "Harris\nCounty" in a list). At
 * such an occurrence, a PERSON or ORGANIZATION mention lying inside it and shorter ("Linda" of "YORBA
 * LINDA FAMILY ...", "Mission" of "in Mission Viejo"), or, at a name of the lexicon, an ORGANIZATION of
 * the same span without an org head or a company's form, before a comma and its region ("took her to
 * Cabazon, California"), gives way to one LOCATION mention of the whole name. Left alone: a mention
 * that runs past the place ("Mission Viejo Police Department"), a body inside a place that a capitalised
 * word follows ("MISSION VIEJO HIGH SCHOOL" may be a school's name), a body of the place's span without
 * a comma and region after it ("CHICAGO won the game" may name a team), a person of the same span
 * ("Blythe" is a town and a surname), an occurrence that touches a citation. Immutable.
 */
final class PlaceStrings {
  /** Most places that the document's own names give: bounds the scan of a long text. */
  private static final int MAX_DOCUMENT_PLACES = 50;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A comma and a capitalised word after a place: the "town, state" of an address or a residence. */
  private static final Pattern PLACE_THEN_REGION = Pattern.compile(", \\p{Lu}");
  /**
   * A capitalised word right after a place: a body's reading inside it may be part of a longer name there
   * ("DANA POINT HIGH SCHOOL"), so it is left to stand.
   */
  private static final Pattern NAME_GOES_ON = Pattern.compile("[ \\t]+\\p{Lu}");
  private final Predicate<String> isOrgHead;

  /** {@code isOrgHead}: is this lower-case word an org head or a company's legal form? */
  PlaceStrings(Predicate<String> isOrgHead) {
    this.isOrgHead = isOrgHead;
  }

  /** The mentions with the places read back (see the class comment), in span order; the same list when none. */
  List<Mention> apply(String text, List<CharSpan> knownPlaces, List<CharSpan> cited, List<Mention> mentions) {
    Set<CharSpan> known = Set.copyOf(knownPlaces);
    List<CharSpan> places = new ArrayList<>(knownPlaces);
    places.addAll(documentPlaces(text, mentions));
    places.sort(null);
    Coverage citations = Coverage.of(cited);
    Set<Mention> dropped = new HashSet<>();
    List<Mention> added = new ArrayList<>();
    Coverage replaced = Coverage.of(List.of());
    for (CharSpan place : places) {
      if (citations.overlaps(place) || replaced.overlaps(place)) {
        continue;
      }
      List<Mention> inside = new ArrayList<>();
      boolean readable = true;
      for (Mention m : mentions) {
        if (m.span().overlaps(place)) {
          readable &= place.contains(m.span()) && givesWay(text, m, place, known.contains(place))
              && (m.type() != EntityType.ORGANIZATION || !nameGoesOn(text, place));
          inside.add(m);
        }
      }
      if (readable && !inside.isEmpty()) {
        dropped.addAll(inside);
        added.add(Mention.of(text, place, EntityType.LOCATION));
        replaced.add(place);
      }
    }
    if (added.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!dropped.contains(m)) {
        out.add(m);
      }
    }
    out.addAll(added);
    out.sort(null);
    return out;
  }

  /**
   * Does a mention lying inside a place's name give way to the place? A body of the same span only to a
   * lexicon's place: the document's own readings of one string are weighed by {@link
   * EntityStage#oneTypePerString} ("District of Columbia" is an office after "U.S. Attorney for the").
   */
  private boolean givesWay(String text, Mention m, CharSpan place, boolean knownPlace) {
    if (m.type() == EntityType.LOCATION) {
      return false; // the place is read already (or a shorter place of its own, "Dallas" of "Dallas County")
    }
    if (m.span().length() < place.length()) {
      return true;
    }
    if (m.type() != EntityType.ORGANIZATION || !knownPlace || !PLACE_THEN_REGION.matcher(text).region(place.end(), text.length()).lookingAt()) {
      return false; // "CHICAGO won the game": the team may be named so; "Cabazon, California" is a place
    }
    for (String w : SPACES.split(m.text().strip())) {
      if (isOrgHead.test(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
        return false;
      }
    }
    return true;
  }

  private static boolean nameGoesOn(String text, CharSpan place) {
    return NAME_GOES_ON.matcher(text).region(place.end(), text.length()).lookingAt();
  }

  /** The occurrences of the names of several words that the document types LOCATION, in any case and spacing. */
  private static List<CharSpan> documentPlaces(String text, List<Mention> mentions) {
    Set<String> names = new LinkedHashSet<>();
    for (Mention m : mentions) {
      String name = SPACES.matcher(m.text().strip()).replaceAll(" ");
      if (m.type() == EntityType.LOCATION && name.indexOf(' ') > 0 && names.size() < MAX_DOCUMENT_PLACES) {
        names.add(name.toLowerCase(Locale.ROOT));
      }
    }
    List<CharSpan> out = new ArrayList<>();
    for (String name : names) {
      List<String> words = new ArrayList<>();
      for (String w : name.split(" ")) {
        words.add(Pattern.quote(w));
      }
      Matcher at = Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("\\s+", words) + "(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
      while (at.find()) {
        out.add(new CharSpan(at.start(), at.end()));
      }
    }
    return out;
  }
}
