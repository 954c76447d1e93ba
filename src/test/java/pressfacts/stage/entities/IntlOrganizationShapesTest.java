package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pressfacts.doc.CharSpan;
import pressfacts.doc.CitationLayer;
import pressfacts.doc.Document;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.NerLayer;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.stage.tokens.TokenStage;
import pressfacts.text.TextView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shapes of organizations' names in English releases of courts, ministries and international bodies
 * outside the US (issue 16, "organizations"), through the entity stage with the tagger's mentions
 * given by hand as in {@link EntityStageTest}. Texts are made up; each expected value was written
 * from ANNOTATION.md before running.
 */
class IntlOrganizationShapesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // a place's possessive is no part of the body's name: the place is a LOCATION of its own
        Arguments.of("Argentina's Procurator Office against Drug Trafficking hosted the course.",
            List.of("LOC=Argentina"),
            "LOCATION Argentina [Argentina]; ORGANIZATION Procurator Office against Drug Trafficking"
                + " [Procurator Office against Drug Trafficking]"),
        Arguments.of("Moldova's Ministry of Foreign Affairs replied on Monday.",
            List.of("LOC=Moldova", "ORG=Moldova's Ministry of Foreign Affairs"),
            "LOCATION Moldova [Moldova]; ORGANIZATION Ministry of Foreign Affairs [Ministry of Foreign Affairs]"),
        // ... and an acronym of any length defined in brackets right after the name is the same body
        Arguments.of("Argentina's Procurator Office against Drug Trafficking (PROCUNAR) hosted the course."
                + " PROCUNAR thanked the experts.",
            List.of("LOC=Argentina"),
            "LOCATION Argentina [Argentina]; ORGANIZATION Procurator Office against Drug Trafficking"
                + " [Procurator Office against Drug Trafficking|PROCUNAR|PROCUNAR]"),
        // a title's domain ("Minister of Foreign Affairs") names no body; the state after it is a place
        Arguments.of("The Minister of Foreign Affairs of Moldova Anna Berg met the judges.",
            List.of("ORG=Foreign Affairs of Moldova", "PER=Anna Berg", "LOC=Moldova"),
            "LOCATION Moldova [Moldova]; PERSON Anna Berg [Anna Berg]"),
        // ... and a title with "for" and its domain before "of the" body: the body is what follows
        Arguments.of("The Commissioner for Human Rights of the Council of Europe Dunja Mijatovic visited the court.",
            List.of("PER=Dunja Mijatovic"),
            "ORGANIZATION Council of Europe [Council of Europe]; PERSON Dunja Mijatovic [Dunja Mijatovic]"),
        // a name in brackets after a name is a mention of its own, never half of one
        Arguments.of("The President of the International Association of Lawyers (Union Internationale des Avocats) spoke.",
            List.of("ORG=International Association of Lawyers (Union Internationale des Avocats"),
            "ORGANIZATION International Association of Lawyers [International Association of Lawyers];"
                + " ORGANIZATION Union Internationale des Avocats [Union Internationale des Avocats]"),
        // a name and its other language's name after a slash are two mentions
        Arguments.of("The Eastern Bars Committee of the European Bars Federation / Fédération des Barreaux d'Europe met.",
            List.of("ORG=Eastern Bars Committee of the European Bars Federation / Fédération des Barreaux d'Europe"),
            "ORGANIZATION Eastern Bars Committee of the European Bars Federation"
                + " [Eastern Bars Committee of the European Bars Federation];"
                + " ORGANIZATION Fédération des Barreaux d'Europe [Fédération des Barreaux d'Europe]"),
        Arguments.of("He met the Chairman of the Bars Committee of the Federation of the European Bars Federation"
                + " / Fédération des Barreaux d'Europe (FBE), Mr. Rajko Maric.",
            List.of("ORG=Bars Committee", "ORG=European Bars Federation / Fédération des Barreaux d'Europe",
                "PER=Rajko Maric"),
            "ORGANIZATION Bars Committee of the Federation of the European Bars Federation"
                + " [Bars Committee of the Federation of the European Bars Federation];"
                + " ORGANIZATION Fédération des Barreaux d'Europe [Fédération des Barreaux d'Europe|FBE];"
                + " PERSON Rajko Maric [Rajko Maric] {gender=male, honorific=Mr.}"),
        // a unit's lower-case complement before "of the" parent is part of the unit's name
        // a known body's organ or commissioner written after its name or acronym is one name with it
        Arguments.of("The NATO Parliamentary Assembly adopted the report.", List.of("ORG=NATO", "ORG=Parliamentary Assembly"),
            "ORGANIZATION NATO Parliamentary Assembly [NATO Parliamentary Assembly]"),
        Arguments.of("The OSCE Permanent Council met on Monday.", List.of(),
            "ORGANIZATION OSCE Permanent Council [OSCE Permanent Council]"),
        Arguments.of("She thanked the United Nations High Commissioner for Refugees for the grant.",
            List.of("ORG=United Nations", "ORG=High Commissioner for Refugees"),
            "ORGANIZATION United Nations High Commissioner for Refugees [United Nations High Commissioner for Refugees]"),
        Arguments.of("He wrote to the UN Committee on Enforced Disappearances last year.", List.of("ORG=UN"),
            "ORGANIZATION UN Committee on Enforced Disappearances [UN Committee on Enforced Disappearances]"),
        // ... an agency's unit after it stays a body of its own (D11)
        Arguments.of("The NATO Support Division sent two experts.", List.of("ORG=NATO"),
            "ORGANIZATION NATO [NATO]; ORGANIZATION Support Division [Support Division]"),
        Arguments.of("Ivan Petrenko, head of the Division for liaison with police bodies of the Cabinet Office, met them.",
            List.of("PER=Ivan Petrenko"),
            "PERSON Ivan Petrenko [Ivan Petrenko]; ORGANIZATION Division for liaison with police bodies of the"
                + " Cabinet Office [Division for liaison with police bodies of the Cabinet Office]"),
        Arguments.of("The complaint was reviewed by the Board on Tax cases of the Supreme Court.", List.of(),
            "ORGANIZATION Board on Tax cases of the Supreme Court [Board on Tax cases of the Supreme Court]"),
        // ... and when the person whose title names the unit follows its field at once
        Arguments.of("The Chairman of the Board on Tax cases Anna Berg opened the session.", List.of("PER=Anna Berg"),
            "ORGANIZATION Board on Tax cases [Board on Tax cases]; PERSON Anna Berg [Anna Berg]"),
        Arguments.of("The head of the Department for work with courts Ivan Petrov spoke.", List.of("PER=Ivan Petrov"),
            "ORGANIZATION Department for work with courts [Department for work with courts]; PERSON Ivan Petrov [Ivan Petrov]"),
        // ... but not a phrase about what a court is asked for
        Arguments.of("He applied to the Supreme Court for annulment of the Ministry of Justice order.", List.of(),
            "ORGANIZATION Supreme Court [Supreme Court]; ORGANIZATION Ministry of Justice [Ministry of Justice]"),
        // "through" joins a name's complement as "for" does
        Arguments.of("The Bureau of the European Commission for Democracy through Law of the Council of Europe met.",
            List.of("ORG=Council of Europe"),
            "ORGANIZATION Bureau of the European Commission for Democracy through Law of the Council of Europe"
                + " [Bureau of the European Commission for Democracy through Law of the Council of Europe]"),
        // ... also when the tagger read the unit into the known name: the known name's "Law" is no instrument
        Arguments.of("Anna Berg, member of the Bureau of the European Commission for Democracy through Law of the Council"
                + " of Europe, spoke.",
            List.of("PER=Anna Berg", "ORG=Bureau of the European Commission"),
            "PERSON Anna Berg [Anna Berg]; ORGANIZATION Bureau of the European Commission for Democracy through Law"
                + " of the Council of Europe [Bureau of the European Commission for Democracy through Law of the Council"
                + " of Europe]"),
        // title words inside a body's "of"-complement are part of its name; its acronym follows
        Arguments.of("The 9th Meeting of the Council of ASEAN Chief Justices (CACJ) was held online. The next CACJ"
                + " meeting is in May.",
            List.of("ORG=ASEAN"),
            "ORGANIZATION Council of ASEAN Chief Justices [Council of ASEAN Chief Justices|CACJ|CACJ]"),
        // ... also when the tagger closed the name before them
        Arguments.of("The 9th Meeting of the Council of ASEAN Chief Justices (CACJ) was held online. The next CACJ"
                + " meeting is in May.",
            List.of("ORG=Council of ASEAN"),
            "ORGANIZATION Council of ASEAN Chief Justices [Council of ASEAN Chief Justices|CACJ|CACJ]"),
        // ... but a title before a person is the person's
        Arguments.of("The Council of Europe Secretary General Anna Berg spoke.",
            List.of("ORG=Council of Europe", "PER=Anna Berg"),
            "ORGANIZATION Council of Europe [Council of Europe]; PERSON Anna Berg [Anna Berg]"),
        // "Law" inside a body's name is no instrument: the acronym after it is the body's
        Arguments.of("The President of the Council of Bars and Law Societies of Europe (CCBE) spoke. The CCBE agreed.",
            List.of("ORG=Council of Bars and Law Societies of Europe"),
            "ORGANIZATION Council of Bars and Law Societies of Europe [Council of Bars and Law Societies of Europe|CCBE|CCBE]"),
        // a body's office somewhere is named with the body
        Arguments.of("The course was organised by the OSCE Programme Office in Bishkek.", List.of("ORG=OSCE"),
            "ORGANIZATION OSCE Programme Office in Bishkek [OSCE Programme Office in Bishkek]"),
        // ... and so is a known body's field centre: one name with its place, no unit of the body
        Arguments.of("The course was organised by the OSCE Centre in Nordby.", List.of("ORG=OSCE"),
            "ORGANIZATION OSCE Centre in Nordby [OSCE Centre in Nordby]"),
        // a known body's field presence or representation in a place is one name with the body and the place
        Arguments.of("The OSCE Presence in Nordby held a course for judges.", List.of("ORG=OSCE", "LOC=Nordby"),
            "ORGANIZATION OSCE Presence in Nordby [OSCE Presence in Nordby]"),
        Arguments.of("Supplies came from the UNICEF Representation in Ruritania on Monday.",
            List.of("ORG=UNICEF", "LOC=Ruritania"),
            "ORGANIZATION UNICEF Representation in Ruritania [UNICEF Representation in Ruritania]"),
        // a known body's office or mission written with no place is the body's office too: one name, no unit
        // "Mission" or "Office" of its own (a unit is two or more capitalised words), before its head's name
        Arguments.of("Head of the OSCE Mission Anna Berg opened the course.", List.of("ORG=OSCE", "PER=Anna Berg"),
            "ORGANIZATION OSCE Mission [OSCE Mission]; PERSON Anna Berg [Anna Berg]"),
        Arguments.of("Anna Berg, Head of the UNDP Office, opened the course.", List.of("PER=Anna Berg", "ORG=UNDP"),
            "PERSON Anna Berg [Anna Berg]; ORGANIZATION UNDP Office [UNDP Office]"),
        // a body's part before "of the" and the known body is one mention, with or without words of its own
        Arguments.of("The Registry of the International Court of Justice published the order.",
            List.of("ORG=International Court of Justice"),
            "ORGANIZATION Registry of the International Court of Justice [Registry of the International Court of Justice]"),
        Arguments.of("A report of the Nordby Coordination Hub of the Council of Europe was read.",
            List.of("ORG=Council of Europe"),
            "ORGANIZATION Nordby Coordination Hub of the Council of Europe [Nordby Coordination Hub of the Council of Europe]"),
        // without a known body the word names nothing: a county's registry is no body
        Arguments.of("Residents may search the Offender Registry in Nordby County online.",
            List.of("LOC=Nordby County"),
            "LOCATION Nordby County [Nordby County]"),
        Arguments.of("The Sex Offender Registry of the Nordby County Sheriff's Office is updated.",
            List.of("ORG=Nordby County Sheriff's Office"),
            "ORGANIZATION Nordby County Sheriff's Office [Nordby County Sheriff's Office]"),
        // a body's head alone after "of the", right before its holder's name, is the body's short form as it is
        // before a comma: the title before "of" is the holder's, the head names the body (the tagger left it out)
        Arguments.of("The Supreme Court of Ruritania met on Monday. Deputy Chairman of the Court Ivan Petrov opened it.",
            List.of("ORG=Supreme Court of Ruritania", "PER=Ivan Petrov"),
            "ORGANIZATION Supreme Court of Ruritania [Supreme Court of Ruritania|Court]; PERSON Ivan Petrov [Ivan Petrov]"),
        Arguments.of("The High Council of Justice met. Registrar of the Council Anna Lee read the report.",
            List.of("ORG=High Council of Justice", "PER=Anna Lee"),
            "ORGANIZATION High Council of Justice [High Council of Justice|Council]; PERSON Anna Lee [Anna Lee]"),
        // ... but a head that opens the title before the name is still no body ("Commissioner" is both)
        Arguments.of("The Harbour Commission met. A report of the Commissioner Anna Lee was read.",
            List.of("ORG=Harbour Commission", "PER=Anna Lee"),
            "ORGANIZATION Harbour Commission [Harbour Commission]; PERSON Anna Lee [Anna Lee]"));
  }

  /** An acronym the tagger read as a body once names the body wherever else it stands alone. */
  @Test
  void anAcronymReadOnceIsReadEverywhere() {
    String text = "The meeting was opened by CRIMJUST in May. Later CRIMJUST delivered a presentation to the US delegation.";
    int first = text.indexOf("CRIMJUST");
    int us = text.indexOf("US ");
    List<Mention> tagged = List.of(Mention.of(text, new CharSpan(first, first + 8), EntityType.ORGANIZATION),
        Mention.of(text, new CharSpan(us, us + 2), EntityType.ORGANIZATION));
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text))
        .with(Keys.TOKENS, TokenStage.tokenize(text))
        .with(Keys.NER_MENTIONS, new NerLayer(tagged))
        .with(Keys.CITATIONS, new CitationLayer(List.of()));
    // "US" before "delegation" is the place (ANNOTATION.md), whatever the tagger said
    assertEquals("ORGANIZATION CRIMJUST [CRIMJUST|CRIMJUST]; LOCATION US [US]",
        EntityStageTest.render(new EntityStage().apply(Document.of("t", text), in).get(Keys.ENTITIES).entities()));
  }

  /** A word in capitals the tagger read as a place elsewhere in the document is no acronym to spread. */
  @Test
  void aPlaceInCapitalsIsNoAcronym() {
    String text = "CHICAGO won the game. Rain fell in CHICAGO on Sunday.";
    int first = text.indexOf("CHICAGO");
    int second = text.lastIndexOf("CHICAGO");
    List<Mention> tagged = List.of(Mention.of(text, new CharSpan(first, first + 7), EntityType.ORGANIZATION),
        Mention.of(text, new CharSpan(second, second + 7), EntityType.LOCATION));
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text))
        .with(Keys.TOKENS, TokenStage.tokenize(text))
        .with(Keys.NER_MENTIONS, new NerLayer(tagged))
        .with(Keys.CITATIONS, new CitationLayer(List.of()));
    // the team and the city stay apart: the place keeps its type where the tagger read a place
    assertEquals("ORGANIZATION CHICAGO [CHICAGO]; LOCATION CHICAGO [CHICAGO]",
        EntityStageTest.render(new EntityStage().apply(Document.of("t", text), in).get(Keys.ENTITIES).entities()));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheOrganization(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
