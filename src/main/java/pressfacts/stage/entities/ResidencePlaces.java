package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
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
 * Where a person lives, in the shapes releases tell it: "a Crosby man" (a name between "a" and a noun
 * for people, lexicon/entities/resident-nouns.txt), "Jo Poe, 24, of Eugene, Ore." (a name after "of"
 * that follows a person's name and age), "Jo Poe, 53, Orange" (a name after a person's name and age, no "of":
 * the county pages' lists of defendants) and "a resident of Cataula, Ga." ("resident", "native" and "of"). The name is a LOCATION mention whatever the tagger took it for
 * (towns are often named like people: Eugene, Crosby, Humble); the same name before such a noun elsewhere,
 * without the article or in a title-case headline ("Crosby Man Sentenced"), is the same place. A person
 * mention of that exact span is retyped, a name no mention touches is added. An organization of that span after "of" is retyped when
 * nothing in it names a body ("of Scott Depot,"), or when a state's abbreviation follows it, which makes
 * the place certain ("of Mission Viejo, Calif."); one with a company's form stays ("of Acme Corp.").
 * Immutable.
 */
final class ResidencePlaces {
  /** A capitalised word, its hyphenated parts capitalised too ("Wilkes-Barre", not "Russian-born"). */
  private static final String WORD = "\\p{Lu}[\\p{L}'\u2019]*(?:-\\p{Lu}[\\p{L}'\u2019]*)*";
  /** One to three capitalised words ("Bath Beach", "Port St Lucie"), then no more letters. */
  private static final String NAME = WORD + "(?: " + WORD + "){0,2}(?![\\p{L}-])";
  /** "of" and a name after a person's name and an optional age; the name ends before a comma, stop, "on", "and" or a line end. */
  private static final Pattern OF_PLACE = Pattern.compile("(?:, \\d{1,3})?, of (" + NAME + ")(?=[,.;\\n]| on | and |$)");
  /**
   * A person's age and a name without "of" ("Jo Poe, 53, Orange" on a line of its own, "Jo Poe, 30, Corona, is
   * charged"): the name ends the line, or a comma and a lower-case word other than "and"/"or" follow it, or a
   * state's abbreviation. A further age ("Jo Poe, 25, Al Roe, 55 and ...") or "and" ("Jo Poe, 25, Al Roe, and
   * Ed Fox") lists persons, not a person and a town.
   */
  private static final Pattern AGED_PLACE = Pattern.compile(", \\d{1,3}, (" + NAME
      + ")(?=[ \\t]*\\n|$|, (?!(?:and|or|nor)(?![\\p{L}]))\\p{Ll}|, (?:\\p{Lu}{2}(?![\\p{L}\\p{N}])|\\p{Lu}\\p{L}{0,4}\\.))");
  /**
   * A name between commas after a person's name and before a lower-case word ("Jo Poe, Corona, is charged"),
   * not "and" or "or", which join a list of persons; read as a place only where the text types the same
   * name LOCATION elsewhere ("in Corona"), as nothing else tells the town from a second person's surname.
   */
  private static final Pattern PLAIN_PLACE = Pattern.compile(", (" + NAME + "), (?!(?:and|or|nor)(?![\\p{L}]))\\p{Ll}");
  /** "a resident of", "residents of", "a native of" and a name ("a resident of Cataula, Ga."), ending as after OF_PLACE. */
  private static final Pattern RESIDENT_OF = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[Rr]esidents?|[Nn]atives?) of (" + NAME + ")(?=[,.;\\n]| on | and |$)");
  /** A word ending as an adjective of nationality ("American", "Chinese", "Kurdish", "Hispanic", "Iraqi", "Latino"). */
  static final Pattern PEOPLE_ENDING = Pattern.compile(".*(?:an|ese|ish|ic|i|ino|ina)");

  /** A state's abbreviation after a comma: a postal code ("VA") or a word with its period ("Va.", "W.Va.", "Calif."). */
  private static final Pattern STATE_AFTER = Pattern.compile(", (?:\\p{Lu}{2}(?![\\p{L}\\p{N}])|\\p{Lu}\\p{L}{0,4}\\.(?:\\p{Lu}\\p{L}?\\.)?)");
  /** Companies' forms written abbreviated, which the common lexicon's list leaves out ("Acme Corp."). */
  private static final Set<String> ABBREVIATED_COMPANY_FORMS = Set.of("corp", "co");
  private final Pattern residentBefore;
  /**
   * A person's age, a name and a noun for people in any case ("a 22-year-old Dallas woman", a headline's
   * "68-Year-Old Fort Greene Woman"): the age stands where the article does, so the name is where the
   * person lives; in a headline only a name the text reads as a place elsewhere ("Homeless Man" is none).
   */
  private final Pattern agedResidentBefore;
  /**
   * A person's age, a noun for people and "from" before a name ("a 62-year-old man from Humble was
   * sentenced", "a 19-year-old woman from Elk Grove, Calif."): the name is where the person comes from.
   * Prose only: "year-old" and the noun in lower case (a headline's "Man From Uncle" tells nothing), and the
   * name ends before a mark, a line end or a lower-case word (not a longer capitalised name).
   */
  private final Pattern agedResidentFrom;
  /** The resident nouns as one alternation of quoted words, for the repeats of a residence's name. */
  private final String nouns;
  private final Set<String> peopleAdjectives;

  private final java.util.function.Predicate<String> isOrgHead;
  private final Set<String> companyForms;

  /**
   * {@code residentNouns}: lexicon/entities/resident-nouns.txt; {@code peopleAdjectives}:
   * lexicon/entities/people-adjectives.txt; {@code isOrgHead}: is this lower-case word an org head or a
   * company's form; {@code companyForms}: the lower-case legal forms of companies ("llc", "inc").
   */
  ResidencePlaces(List<String> residentNouns, List<String> peopleAdjectives,
                  java.util.function.Predicate<String> isOrgHead, Set<String> companyForms) {
    this.isOrgHead = isOrgHead;
    this.companyForms = companyForms;
    String nouns = String.join("|", residentNouns.stream().map(Pattern::quote).toList());
    this.residentBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(?:a|an|A|An) (" + NAME + ") (?:" + nouns + ")(?![\\p{L}\\p{N}])");
    this.agedResidentBefore = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,3}-(?:year|Year|YEAR)-(?:old|Old|OLD) (" + NAME
        + ") (?i:" + nouns + ")(?![\\p{L}\\p{N}])");
    this.agedResidentFrom = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,3}-year-old (?:" + nouns + ") from (" + NAME
        + ")(?=[,.;]|[ \\t]*\\n|$| \\p{Ll})");
    this.nouns = nouns;
    this.peopleAdjectives = Set.copyOf(peopleAdjectives);
  }

  /** The mentions with the residence names as places (see the class comment), in span order. */
  List<Mention> apply(String text, List<Mention> mentions) {
    Set<CharSpan> places = new HashSet<>();
    Set<String> taggedPlaces = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.LOCATION) {
        taggedPlaces.add(m.span().of(text).toLowerCase(Locale.ROOT));
      }
    }
    for (Pattern shape : List.of(residentBefore, agedResidentBefore)) {
      Matcher r = shape.matcher(text);
      while (r.find()) {
        String last = r.group(1).substring(r.group(1).lastIndexOf(' ') + 1);
        // after an age, a noun not in lower case is a headline's, where every word is capitalised
        // ("68-Year-Old Homeless Man"): the name must be read as a place elsewhere in the text too
        boolean headline = shape == agedResidentBefore
            && !text.substring(r.end(1) + 1, r.end()).equals(text.substring(r.end(1) + 1, r.end()).toLowerCase(Locale.ROOT));
        if (!peopleAdjectives.contains(last) && !PEOPLE_ENDING.matcher(last).matches()
            && (!headline || taggedPlaces.contains(r.group(1).toLowerCase(Locale.ROOT)))) {
          places.add(new CharSpan(r.start(1), r.end(1)));
        }
      }
    }
    places.addAll(repeatedBeforeNouns(text, places));
    Matcher of = OF_PLACE.matcher(text);
    Set<CharSpan> bodiesToo = new HashSet<>(); // residence names where a body of the same span gives way
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON && of.region(m.span().end(), text.length()).lookingAt()) {
        CharSpan place = new CharSpan(of.start(1), of.end(1));
        places.add(place);
        if (namesNoBody(text, place)) {
          bodiesToo.add(place);
        }
      }
    }
    Matcher aged = AGED_PLACE.matcher(text);
    Matcher plain = PLAIN_PLACE.matcher(text);
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      CharSpan place = null;
      if (aged.region(m.span().end(), text.length()).lookingAt()) {
        place = new CharSpan(aged.start(1), aged.end(1));
      } else if (plain.region(m.span().end(), text.length()).lookingAt()
          && taggedPlaces.contains(plain.group(1).toLowerCase(Locale.ROOT))) {
        place = new CharSpan(plain.start(1), plain.end(1));
      }
      // only a mention of that exact span is retyped (below); an untagged word ("Transient") stays out
      if (place != null && spanTagged(mentions, place)) {
        places.add(place);
        if (namesNoBody(text, place)) {
          bodiesToo.add(place);
        }
      }
    }
    Matcher agedFrom = agedResidentFrom.matcher(text);
    while (agedFrom.find()) {
      CharSpan place = new CharSpan(agedFrom.start(1), agedFrom.end(1));
      if (namesNoBody(text, place)) { // "a 40-year-old man from Acme Bank" came from his employer
        places.add(place);
        bodiesToo.add(place);
      }
    }
    Matcher residentOf = RESIDENT_OF.matcher(text);
    while (residentOf.find()) {
      CharSpan place = new CharSpan(residentOf.start(1), residentOf.end(1));
      places.add(place);
      if (namesNoBody(text, place)) {
        bodiesToo.add(place);
      }
    }
    if (places.isEmpty()) {
      return mentions;
    }
    Coverage taken = Coverage.of(mentions.stream().map(Mention::span).toList());
    List<Mention> out = new ArrayList<>(mentions.size() + places.size());
    for (Mention m : mentions) {
      boolean retyped = m.type() == EntityType.PERSON && places.contains(m.span())
          || m.type() == EntityType.ORGANIZATION && bodiesToo.contains(m.span());
      out.add(retyped ? Mention.of(text, m.span(), EntityType.LOCATION) : m);
    }
    for (CharSpan s : places) {
      if (!taken.overlaps(s)) {
        out.add(Mention.of(text, s, EntityType.LOCATION));
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The other places where a residence's name read after "a" stands before a resident noun in any case and
   * without the article: a title-case headline's "Crosby Man Sentenced" over the body's "A Crosby man".
   * The headline alone cannot tell ("Con Man Held"); the body's reading of the same name can.
   */
  private List<CharSpan> repeatedBeforeNouns(String text, Set<CharSpan> residences) {
    List<CharSpan> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (CharSpan r : residences) {
      names.add(r.of(text));
    }
    for (String name : names) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(" + Pattern.quote(name) + "|" + Pattern.quote(name.toUpperCase(Locale.ROOT))
          + ") (?i:" + nouns + ")(?![\\p{L}\\p{N}])").matcher(text);
      while (m.find()) {
        out.add(new CharSpan(m.start(1), m.end(1)));
      }
    }
    return out;
  }

  /** Does a person or organization mention cover exactly this span? */
  private static boolean spanTagged(List<Mention> mentions, CharSpan span) {
    for (Mention m : mentions) {
      if (m.span().equals(span) && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Does a residence name read after "of" name no body? Not with a company's form ("Acme Corp."); with a
   * body's head only when a state's abbreviation follows it ("Mission Viejo, Calif.").
   */
  private boolean namesNoBody(String text, CharSpan place) {
    boolean head = false;
    for (String w : place.of(text).split(" ")) {
      String lower = w.toLowerCase(Locale.ROOT).replace(".", "");
      if (companyForms.contains(lower) || ABBREVIATED_COMPANY_FORMS.contains(lower)) {
        return false;
      }
      head |= isOrgHead.test(lower);
    }
    return !head || STATE_AFTER.matcher(text).region(place.end(), text.length()).lookingAt();
  }
}
