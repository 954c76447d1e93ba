package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.CitationLayer;
import pressfacts.doc.Document;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Instrument;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.Mention;
import pressfacts.doc.NerLayer;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.stage.tokens.TokenStage;
import pressfacts.text.TextView;

/**
 * The entity stage alone: tokens from the tokenizer, tagger mentions given by hand ("ORG=...",
 * "PER=...", "LOC=...": every occurrence of that text), citations given by hand ("CIT=...").
 * Expected: entities in order, "TYPE name [mention|mention] {attributes}", joined by "; ".
 */
class EntityStageTest {
  private static EntityStage stage;

  @BeforeAll
  static void load() {
    stage = new EntityStage();
  }

  static Stream<Arguments> organizations() {
    return Stream.of(
        // the tagger splits a chamber's name at "of the Republic": one maximal name
        Arguments.of("The Appeals Chamber of the High Court of the Republic of Freedonia met on Monday.",
            List.of("ORG=Appeals Chamber of the High Court", "LOC=Republic of Freedonia"),
            "ORGANIZATION Appeals Chamber of the High Court of the Republic of Freedonia"
                + " [Appeals Chamber of the High Court of the Republic of Freedonia]"),
        // a "to"-complement with "and" belongs to an office's name
        Arguments.of("She works at the UK Department of Trade Office to Promote and Protect Exports now.",
            List.of("ORG=UK Department of Trade Office"),
            "ORGANIZATION UK Department of Trade Office to Promote and Protect Exports"
                + " [UK Department of Trade Office to Promote and Protect Exports]"),
        // a lower-case head right after a capitalised name, then its "of"-complement
        Arguments.of("They thanked the Federal Investigation service of Ruritania for help.",
            List.of("ORG=Federal Investigation", "LOC=Ruritania"),
            "ORGANIZATION Federal Investigation service of Ruritania [Federal Investigation service of Ruritania]"),
        // a known body: "and" inside its name, its acronym grouped with it, the acronym not extended
        Arguments.of("The Organization for Security and Co-operation in Europe opened an office. The OSCE for Central Asia helps.",
            List.of("ORG=Organization for Security", "LOC=Europe", "LOC=Central Asia"),
            "ORGANIZATION Organization for Security and Co-operation in Europe"
                + " [Organization for Security and Co-operation in Europe|OSCE]; LOCATION Central Asia [Central Asia]"),
        // a known body the tagger took for a person
        Arguments.of("Experts of GRECO visited Baku.", List.of("PER=GRECO", "LOC=Baku"),
            "ORGANIZATION GRECO [GRECO]; LOCATION Baku [Baku]"),
        // a body under another: one name
        Arguments.of("The Academy of Justice under the High Court of Ruritania trains judges.",
            List.of("ORG=Academy of Justice", "ORG=High Court", "LOC=Ruritania"),
            "ORGANIZATION Academy of Justice under the High Court of Ruritania"
                + " [Academy of Justice under the High Court of Ruritania]"),
        // ... but not under a law
        Arguments.of("The Academy of Justice acted under the Law on Courts.",
            List.of("ORG=Academy of Justice"), "ORGANIZATION Academy of Justice [Academy of Justice]"),
        // the number of a court is part of its name
        Arguments.of("She was appointed to the North Administrative Court No. 2 today.",
            List.of("ORG=North Administrative Court"),
            "ORGANIZATION North Administrative Court No. 2 [North Administrative Court No. 2]"),
        // "and" before a second head in its first words splits; "and" before a complement's words does not
        Arguments.of("The Main Department of Notary and Registration of the Ministry of Justice met the Supreme Court and Bar Association.",
            List.of("ORG=Main Department of Notary", "ORG=Registration of the Ministry of Justice", "ORG=Supreme Court",
                "ORG=Bar Association"),
            "ORGANIZATION Main Department of Notary and Registration of the Ministry of Justice"
                + " [Main Department of Notary and Registration of the Ministry of Justice];"
                + " ORGANIZATION Supreme Court [Supreme Court]; ORGANIZATION Bar Association [Bar Association]"),
        // the holder's title between a body and her name is no part of the body
        Arguments.of("Harbour Division of Police Chief Anna Lee spoke.", List.of("ORG=Harbour Division of Police Chief",
                "PER=Anna Lee"),
            "ORGANIZATION Harbour Division of Police [Harbour Division of Police]; PERSON Anna Lee [Anna Lee]"),
        // a run of title words before the holder is all hers: the body ends before "President"
        Arguments.of("Court of Appeal President Justice Amara Kolde opened the session.",
            List.of("ORG=Court of Appeal President Justice", "PER=Amara Kolde"),
            "ORGANIZATION Court of Appeal [Court of Appeal]; PERSON Amara Kolde [Amara Kolde]"),
        // ... but not a run after "of the": there the title words name the office
        Arguments.of("The Office of the Chief Justice Registrar Mara Velt signed.",
            List.of("ORG=Office of the Chief Justice Registrar", "PER=Mara Velt"),
            "ORGANIZATION Office of the Chief Justice [Office of the Chief Justice]; PERSON Mara Velt [Mara Velt]"),
        // a court's bench written after its name is people, not the court's name
        Arguments.of("Supreme Court Judges met the delegation on Monday.", List.of("ORG=Supreme Court Judges"),
            "ORGANIZATION Supreme Court [Supreme Court]"),
        // a company's name after its kind, or in quotes before its legal form
        Arguments.of("The director of limited liability company Nordic Stroy Invest Ivan Petrov and \u201cRiver Build\u201d LLC signed.",
            List.of("PER=Ivan Petrov"),
            "ORGANIZATION Nordic Stroy Invest [Nordic Stroy Invest]; PERSON Ivan Petrov [Ivan Petrov];"
                + " ORGANIZATION River Build [River Build]"),
        // a quoted company name before its legal form outranks the tagger's "person" inside it
        Arguments.of("The director of \u201cNordic Invest Servis\u201d LLC signed.", List.of("PER=Servis"),
            "ORGANIZATION Nordic Invest Servis [Nordic Invest Servis]"),
        // a describing compound does not start a name
        Arguments.of("He worked for a Harbour-based Nordic Shipping Company then.", List.of(),
            "ORGANIZATION Nordic Shipping Company [Nordic Shipping Company]"),
        // an article dropped inside a name makes no other body
        Arguments.of("The Issues Service of the Ministry of Justice came. The Issues Service of Ministry of Justice left.",
            List.of("ORG=Issues Service of the Ministry of Justice", "ORG=Issues Service of Ministry of Justice"),
            "ORGANIZATION Issues Service of the Ministry of Justice"
                + " [Issues Service of the Ministry of Justice|Issues Service of Ministry of Justice]"),
        // an acronym in parentheses after a name is a mention there and wherever else it stands
        Arguments.of("The High Anti-Fraud Court of Ruritania (HAFC) heard it. The HAFC decided.",
            List.of("ORG=High Anti-Fraud Court of Ruritania"),
            "ORGANIZATION High Anti-Fraud Court of Ruritania [High Anti-Fraud Court of Ruritania|HAFC|HAFC]"),
        // a unit a body owns: the possessive splits the two bodies (Conventions v1.1)
        Arguments.of("Detectives of Harbour Police's Economic Crime Unit investigated.", List.of("ORG=Harbour Police"),
            "ORGANIZATION Harbour Police [Harbour Police]; ORGANIZATION Economic Crime Unit [Economic Crime Unit]"),
        // a head word opening a sentence before a lower-case word names no body
        Arguments.of("Company director jailed for fraud", List.of(), ""),
        // a state's formal name is no person
        Arguments.of("Judges of the Supreme Court of the Kyrgyz Republic met.", List.of("ORG=Supreme Court of the",
                "PER=Kyrgyz Republic"),
            "ORGANIZATION Supreme Court of the Kyrgyz Republic [Supreme Court of the Kyrgyz Republic]"),
        // a short form with its own complement joins the full name that continues it
        Arguments.of("The Plenum of the High Court of Ruritania met. The Plenum of the High Court adopted it.",
            List.of("ORG=Plenum of the High Court", "LOC=Ruritania"),
            "ORGANIZATION Plenum of the High Court of Ruritania [Plenum of the High Court of Ruritania|Plenum of the High Court]"),
        // a list of words without heads, closed by "and", continues a complement
        Arguments.of("The Ministry of Culture, Youth and Sports of Ruritania and the High Court, Bar Association and Senate met.",
            List.of("ORG=Ministry of Culture", "LOC=Ruritania", "ORG=High Court", "ORG=Bar Association", "ORG=Senate"),
            "ORGANIZATION Ministry of Culture, Youth and Sports of Ruritania [Ministry of Culture, Youth and Sports of Ruritania];"
                + " ORGANIZATION High Court [High Court]; ORGANIZATION Bar Association [Bar Association]; ORGANIZATION Senate [Senate]"),
        // two known bodies joined by a possessive are two; a known name is whole before "on"
        Arguments.of("Agents of Immigration and Customs Enforcement's Homeland Security Investigations and the European Court of Human rights on Refugees met.",
            List.of(),
            "ORGANIZATION Immigration and Customs Enforcement [Immigration and Customs Enforcement];"
                + " ORGANIZATION Homeland Security Investigations [Homeland Security Investigations];"
                + " ORGANIZATION European Court of Human rights [European Court of Human rights]"),
        // the district an office serves, after a comma
        Arguments.of("The U.S. Attorney's Office, Southern District of Ohio, filed it.", List.of("ORG=U.S. Attorney's Office"),
            "ORGANIZATION U.S. Attorney's Office, Southern District of Ohio [U.S. Attorney's Office, Southern District of Ohio]"),
        // "Supreme court" in lower case names the court; "the court" alone does not
        Arguments.of("The Supreme court heard it; the court agreed.", List.of(),
            "ORGANIZATION Supreme court [Supreme court]"),
        // "and" inside a complement: one ministry
        Arguments.of("Officials of the Ministry of Culture and Sports of Ruritania arrived.",
            List.of("ORG=Ministry of Culture and Sports", "LOC=Ruritania"),
            "ORGANIZATION Ministry of Culture and Sports of Ruritania [Ministry of Culture and Sports of Ruritania]"),
        // a possessive splits two bodies (Conventions), found without the tagger
        Arguments.of("The High Court's Civil Chamber sat.", List.of(),
            "ORGANIZATION High Court [High Court]; ORGANIZATION Civil Chamber [Civil Chamber]"),
        Arguments.of("Agents of the Justice Department's Civil Rights Division came.", List.of(),
            "ORGANIZATION Justice Department [Justice Department]; ORGANIZATION Civil Rights Division [Civil Rights Division]"),
        // a title's possessive is no body (D10); a title's possessive before a bare head is the office's name
        Arguments.of("She leads the District Attorney's Homicide Bureau. The District Attorney's Office said so.", List.of(),
            "ORGANIZATION Homicide Bureau [Homicide Bureau]; ORGANIZATION District Attorney's Office [District Attorney's Office]"),
        // a parent body written whole right before its unit gives two mentions (D11)
        Arguments.of("The Harris County District Attorney's Office Insurance Fraud Unit filed it.", List.of(),
            "ORGANIZATION Harris County District Attorney's Office [Harris County District Attorney's Office];"
                + " ORGANIZATION Insurance Fraud Unit [Insurance Fraud Unit]"),
        // a district ends at its state, and the title before "for the" is no part of it; the given name
        // before the middle initial is the person's
        Arguments.of("Trial Attorney Roy Conn and U.S. Attorney for the Eastern District of New York Benton J. Campbell spoke.",
            List.of("PER=Roy Conn", "ORG=U.S. Attorney for the Eastern District of New York Benton"),
            "PERSON Roy Conn [Roy Conn]; ORGANIZATION Eastern District of New York [Eastern District of New York];"
                + " PERSON Benton J. Campbell [Benton J. Campbell]"),
        // a page title's site name is the office (D17)
        Arguments.of("MAN SENTENCED FOR FRAUD - Harris County District Attorney\nHOUSTON - A man was sentenced.",
            List.of("LOC=Harris County", "LOC=HOUSTON"),
            "ORGANIZATION Harris County District Attorney [Harris County District Attorney]; LOCATION HOUSTON [HOUSTON]"),
        // a federal district is an organization (D1); the District of Columbia alone is a place
        Arguments.of("Walt Wilkins, U.S. Attorney for the District of South Carolina, and the Southern District of New York met in the District of Columbia.",
            List.of("PER=Walt Wilkins", "LOC=District of Columbia"),
            "PERSON Walt Wilkins [Walt Wilkins]; ORGANIZATION District of South Carolina [District of South Carolina];"
                + " ORGANIZATION Southern District of New York [Southern District of New York];"
                + " LOCATION District of Columbia [District of Columbia]"),
        // a named body's short form joins the full name it heads
        Arguments.of("The Plenum of the High Court of Ruritania met. The Plenum adopted a ruling.",
            List.of("LOC=Ruritania"),
            "ORGANIZATION Plenum of the High Court of Ruritania [Plenum of the High Court of Ruritania|Plenum]"),
        // "the High Court" gives "High Court", linked to the only High Court of the document
        Arguments.of("The High Court of Ruritania opened. Judges of the High Court spoke.",
            List.of("LOC=Ruritania"),
            "ORGANIZATION High Court of Ruritania [High Court of Ruritania|High Court]"),
        // the complement "Supreme Court" is a body of its own, not a short form of the board
        Arguments.of("The Civil Board of Supreme Court met. The Supreme Court agreed.", List.of(),
            "ORGANIZATION Civil Board of Supreme Court [Civil Board of Supreme Court]; "
                + "ORGANIZATION Supreme Court [Supreme Court]"),
        // an acronym in parentheses after the name
        Arguments.of("The Nordic Society for Road Research (NORSK) met. NORSK said so.", List.of("ORG=NORSK"),
            "ORGANIZATION Nordic Society for Road Research [Nordic Society for Road Research|NORSK|NORSK]"),
        // an acronym made of the initials of the name
        Arguments.of("The Council of Nations met; the CON agreed.", List.of("ORG=CON"),
            "ORGANIZATION Council of Nations [Council of Nations|CON]"),
        // generic phrases in lower case are no organizations
        Arguments.of("An inter-agency taskforce and the security services met the court.", List.of(), ""),
        // an acronym of an instrument is no organization, even before citations are found
        Arguments.of("Ruritania signed the Treaty against Piracy (TAP) and TAP entered into force.",
            List.of("ORG=TAP", "LOC=Ruritania"), "LOCATION Ruritania [Ruritania]"),
        // a citation wins over an organization inside it
        Arguments.of("They applied the Regulation of the Office of Standards yesterday.",
            List.of("ORG=Office of Standards", "CIT=Regulation of the Office of Standards"), ""),
        // the place inside an organization's name is no mention of its own
        Arguments.of("The Embassy of Ruritania opened.", List.of("LOC=Ruritania"),
            "ORGANIZATION Embassy of Ruritania [Embassy of Ruritania]"),
        // a site's category line names no body
        Arguments.of("Category: Plenum of the high court\nText follows.", List.of(), ""),
        // a person the tagger ran into an organization is cut off
        Arguments.of("The President of the Constitutional Court of Georgia Giorgi Beridze spoke.",
            List.of("ORG=Constitutional Court of Georgia Giorgi Beridze"),
            "ORGANIZATION Constitutional Court of Georgia [Constitutional Court of Georgia]; "
                + "PERSON Giorgi Beridze [Giorgi Beridze]"),
        // two names with their own heads joined by "and" are two organizations
        Arguments.of("The High Court of Ruritania and Nordic Bar Association met.",
            List.of("ORG=High Court of Ruritania and Nordic Bar Association"),
            "ORGANIZATION High Court of Ruritania [High Court of Ruritania]; "
                + "ORGANIZATION Nordic Bar Association [Nordic Bar Association]"),
        // a plural head names a kind of body, not one body
        Arguments.of("Judges of the Courts of Appeal and the Regional Courts met.", List.of("ORG=Courts of Appeal"), ""),
        // an acronym written once in capitals and once not is one organization
        Arguments.of("The Nordic Society for Road Research (NORSK) met. Norsk said so.", List.of("ORG=NORSK", "ORG=Norsk"),
            "ORGANIZATION Nordic Society for Road Research [Nordic Society for Road Research|NORSK|Norsk]"),
        // the place of a body's local office closes its name
        Arguments.of("The Head of the Nordic Council Office in Ruritania spoke.",
            List.of("ORG=Nordic Council Office", "LOC=Ruritania"),
            "ORGANIZATION Nordic Council Office in Ruritania [Nordic Council Office in Ruritania]"),
        // ... but an office named by its holder's possessive is where it stands: the place is a place
        Arguments.of("The judges visited the Chief Rabbi's Office in Ruritania.",
            List.of("ORG=Chief Rabbi's Office", "LOC=Ruritania"),
            "ORGANIZATION Chief Rabbi's Office [Chief Rabbi's Office]; LOCATION Ruritania [Ruritania]"),
        // ... and so is a centre that no named body's name or acronym opens
        Arguments.of("The judges visited the Nordby Training Centre in Ruritania.",
            List.of("ORG=Nordby Training Centre", "LOC=Ruritania"),
            "ORGANIZATION Nordby Training Centre [Nordby Training Centre]; LOCATION Ruritania [Ruritania]"),
        // a presidium is a body of its own, with its complement
        Arguments.of("A member of the Presidium of the Nordic Bar Association spoke.", List.of("ORG=Nordic Bar Association"),
            "ORGANIZATION Presidium of the Nordic Bar Association [Presidium of the Nordic Bar Association]"),
        // "Chairman of the Board" is a title: the body is what follows the board
        Arguments.of("The Chairman of the Board of the Nordic Road Council spoke.", List.of(),
            "ORGANIZATION Nordic Road Council [Nordic Road Council]"),
        // a board without a title before it is the body
        Arguments.of("The Board of the Nordic Road Council met.", List.of(),
            "ORGANIZATION Board of the Nordic Road Council [Board of the Nordic Road Council]"),
        // a weekday does not continue a name after "on"
        Arguments.of("The Council of Nations on Monday Morning met.", List.of(),
            "ORGANIZATION Council of Nations [Council of Nations]"),
        // an acronym before a title and a person names his body: its initials spell a name of the text
        Arguments.of("The Nordby Police Department came. NPD Officer Anna Lee spoke.", List.of("PER=Anna Lee"),
            "ORGANIZATION Nordby Police Department [Nordby Police Department|NPD]; PERSON Anna Lee [Anna Lee]"),
        // ... or it stands in parentheses after the name it abbreviates
        Arguments.of("They thanked the Harbour Drug Area (HDA) Director Anna Lee.", List.of("PER=Anna Lee"),
            "ORGANIZATION HDA [HDA]; PERSON Anna Lee [Anna Lee]"),
        // ... but an acronym that the text never spells out as a body's name is no body ("DUI" the case's kind)
        Arguments.of("The night shift came. DUI Investigator Anna Lee spoke.", List.of("PER=Anna Lee"),
            "PERSON Anna Lee [Anna Lee]"),
        // an acronym joins the entity of any of its names: "Nordby Police Department" joined "Police Department of
        // Nordby" (the complement put first), whose own initials are no "NPD"
        Arguments.of("The Police Department of Nordby helped. Later the Nordby Police Department and NPD Officer Anna Lee spoke.",
            List.of("PER=Anna Lee"),
            "ORGANIZATION Police Department of Nordby [Police Department of Nordby|Nordby Police Department|NPD]; PERSON Anna Lee [Anna Lee]"),
        // the place of a body's complement written before its head, as an adjective or as initials, is
        // one body with the full name
        Arguments.of("The Constitutional Court of the Republic of Freedonia met. The Freedonian Constitutional Court agreed.",
            List.of("ORG=Constitutional Court of the Republic of Freedonia", "ORG=Freedonian Constitutional Court"),
            "ORGANIZATION Constitutional Court of the Republic of Freedonia"
                + " [Constitutional Court of the Republic of Freedonia|Freedonian Constitutional Court]"),
        Arguments.of("The Constitutional Court of the Republic of Freedonia met. The RF Constitutional Court agreed.",
            List.of("ORG=Constitutional Court of the Republic of Freedonia", "ORG=RF Constitutional Court"),
            "ORGANIZATION Constitutional Court of the Republic of Freedonia"
                + " [Constitutional Court of the Republic of Freedonia|RF Constitutional Court]"),
        // ... not another state's body of the same head, nor a modifier that names no place
        Arguments.of("The Judicial Council of Lithuania met the Latvian Judicial Council.",
            List.of("ORG=Judicial Council of Lithuania", "ORG=Latvian Judicial Council"),
            "ORGANIZATION Judicial Council of Lithuania [Judicial Council of Lithuania]; "
                + "ORGANIZATION Latvian Judicial Council [Latvian Judicial Council]"),
        // a short name defined in parentheses after a name is that body wherever it stands, whatever the
        // tagger took it for, quoted or not; a gloss in parentheses defines nothing
        Arguments.of("Medcore Group LLC (Medcore) billed Medicare. Patients were paid at Medcore.",
            List.of("ORG=Medcore Group LLC", "PER=Medcore", "ORG=Medicare"),
            "ORGANIZATION Medcore Group LLC [Medcore Group LLC|Medcore|Medcore]"),
        Arguments.of("Telia Company AB (\u201cTelia\u201d) paid. Telia agreed.", List.of("ORG=Telia Company AB"),
            "ORGANIZATION Telia Company AB [Telia Company AB|Telia|Telia]"),
        Arguments.of("Officials of Petrobras (Brazil) were paid. Brazil agreed.", List.of("ORG=Petrobras", "LOC=Brazil"),
            "ORGANIZATION Petrobras [Petrobras]; LOCATION Brazil [Brazil|Brazil]"),
        Arguments.of("Korea and the United Arab Emirates (UAE) were named. Bribes went to the UAE.",
            List.of("LOC=Korea", "LOC=United Arab Emirates", "ORG=UAE"),
            "LOCATION Korea [Korea]; LOCATION United Arab Emirates [United Arab Emirates|UAE|UAE]"),
        // a head word alone in a headline or a table's header is a generic noun; in prose it may be a body
        Arguments.of("Man Hurt While Fleeing From Police\nCourt Date\nMay 3", List.of("ORG=Police", "ORG=Court"), ""),
        Arguments.of("Man Hurt While Fleeing From Police\nThe Police said that the man was found on Monday in his home.",
            List.of("ORG=Police"), "ORGANIZATION Police [Police]"),
        // ... and a head word alone in a menu or headline is no mention even when it joined a named body
        Arguments.of("About the Office\nIntern with Our Office\n"
                + "The Freedonia County District Attorney's Office charged a man today with the theft of a car.",
            List.of("ORG=Office", "ORG=Freedonia County District Attorney's Office"),
            "ORGANIZATION Freedonia County District Attorney's Office [Freedonia County District Attorney's Office]"),
        Arguments.of("Court Unanimously Affirms Injunction Blocking Rules\n"
                + "The Harbor Court of Appeals ruled on Monday that the new rules were void.",
            List.of("ORG=Court", "ORG=Harbor Court of Appeals"),
            "ORGANIZATION Harbor Court of Appeals [Harbor Court of Appeals]"),
        // a short sentence on a line of its own is no label: the head there is the body named before
        Arguments.of("The Plenum of the Supreme Court of Freedonia met on Monday in the capital.\n"
                + "The Plenum also considered individual cases.",
            List.of("ORG=Plenum of the Supreme Court of Freedonia", "ORG=Plenum"),
            "ORGANIZATION Plenum of the Supreme Court of Freedonia [Plenum of the Supreme Court of Freedonia|Plenum]"),
        Arguments.of("The Court of Appeal of Freedonia met. The Appellate Court agreed.",
            List.of("ORG=Court of Appeal of Freedonia", "ORG=Appellate Court"),
            "ORGANIZATION Court of Appeal of Freedonia [Court of Appeal of Freedonia]; "
                + "ORGANIZATION Appellate Court [Appellate Court]"),
        // "the Court" in prose of a release that names no court is the court in general (D8: a short form
        // is a mention when it refers to a named body); with a named court it joins it
        Arguments.of("The man was sentenced today. Before the sentence, the Court heard from his sister.",
            List.of("ORG=Court"), ""),
        Arguments.of("The Harbor Superior Court set a date. Before the sentence, the Court heard from his sister.",
            List.of("ORG=Harbor Superior Court", "ORG=Court"), "ORGANIZATION Harbor Superior Court [Harbor Superior Court|Court]"),
        // "the Government" alone is the prosecution of a federal case, a field of study after "Arts in":
        // no named body; after a named government it is that body's short form
        Arguments.of("The judge ruled that the firm must assist the Government in the inquiry.",
            List.of("ORG=Government"), ""),
        Arguments.of("She holds a Bachelor of Arts in Government from a state college.",
            List.of("ORG=Government"), ""),
        Arguments.of("The Government of Freedonia signed the pact. Later the Government withdrew it.",
            List.of("ORG=Government of Freedonia", "ORG=Government"),
            "ORGANIZATION Government of Freedonia [Government of Freedonia|Government]"));
  }

  static Stream<Arguments> persons() {
    return Stream.of(
        // honorifics are attributes, not part of the name; the surname with honorific joins the full name
        Arguments.of("Mr. Ivan Petrov met Ms. Anna Lee. Mr. Petrov smiled.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "PER=Petrov"),
            "PERSON Ivan Petrov [Ivan Petrov|Petrov] {gender=male, honorific=Mr.}; "
                + "PERSON Anna Lee [Anna Lee] {gender=female, honorific=Ms.}"),
        // initial forms the tagger missed, with and without a space
        Arguments.of("Judges T.Aliyev and R. Gasanov signed.", List.of(),
            "PERSON T.Aliyev [T.Aliyev]; PERSON R. Gasanov [R. Gasanov]"),
        // transliteration variants of one surname in one document
        Arguments.of("Farid Kerimov spoke. Later Karimov left.", List.of("PER=Farid Kerimov", "PER=Karimov"),
            "PERSON Farid Kerimov [Farid Kerimov|Karimov]"),
        Arguments.of("Rauf Gadjiyev spoke. Hajiyev left.", List.of("PER=Rauf Gadjiyev", "PER=Hajiyev"),
            "PERSON Rauf Gadjiyev [Rauf Gadjiyev|Hajiyev]"),
        // Azerbaijani q for g, gh for g; Uzbek x for kh (in the initial too), o for a; Kyrgyz i for y
        Arguments.of("Vugar Guliyev spoke. V.Quliyev left.", List.of("PER=Vugar Guliyev"),
            "PERSON Vugar Guliyev [Vugar Guliyev|V.Quliyev]"),
        Arguments.of("Elnur Bagirov spoke. E.Baghirov left.", List.of("PER=Elnur Bagirov"),
            "PERSON Elnur Bagirov [Elnur Bagirov|E.Baghirov]"),
        Arguments.of("Khayot Nazarov spoke. X.Nazarov left.", List.of("PER=Khayot Nazarov"),
            "PERSON Khayot Nazarov [Khayot Nazarov|X.Nazarov]"),
        Arguments.of("Sardor Rahmatov spoke. S.Rahmatov and S.Rohmatov left.", List.of("PER=Sardor Rahmatov"),
            "PERSON Sardor Rahmatov [Sardor Rahmatov|S.Rahmatov|S.Rohmatov]"),
        Arguments.of("Almaz Toktorbayev spoke. A.Toktorbaev left.", List.of("PER=Almaz Toktorbayev"),
            "PERSON Almaz Toktorbayev [Almaz Toktorbayev|A.Toktorbaev]"),
        Arguments.of("Nurlan Abdykadyrov spoke. N.Abdykadirov left.", List.of("PER=Nurlan Abdykadyrov"),
            "PERSON Nurlan Abdykadyrov [Nurlan Abdykadyrov|N.Abdykadirov]"),
        // different initials stay different people, whatever the spelling
        Arguments.of("Vugar Guliyev spoke. R.Quliyev left.", List.of("PER=Vugar Guliyev"),
            "PERSON Vugar Guliyev [Vugar Guliyev]; PERSON R.Quliyev [R.Quliyev]"),
        // initial plus a variant spelling joins the full name; the name is the fullest form
        Arguments.of("A. Mamedov arrived. Anar Mammadov spoke.", List.of("PER=Anar Mammadov"),
            "PERSON Anar Mammadov [A. Mamedov|Anar Mammadov]"),
        // a title the tagger took into the name is stripped; a title alone is no person
        Arguments.of("Judge Orkhan Valiyev spoke to the Chairman.",
            List.of("PER=Judge Orkhan Valiyev", "PER=Chairman"), "PERSON Orkhan Valiyev [Orkhan Valiyev]"),
        // a state named elsewhere that the tagger ran into the name after "of" is cut off
        Arguments.of("Ruritania signed. The Minister of Justice of Ruritania Omar Aziz Kalan spoke.",
            List.of("LOC=Ruritania", "PER=Ruritania Omar Aziz Kalan"),
            "LOCATION Ruritania [Ruritania|Ruritania]; PERSON Omar Aziz Kalan [Omar Aziz Kalan]"),
        // the state is named elsewhere only in its long form ("Republic of X")
        Arguments.of("The Republic of Ruritania signed. The Minister of Justice of Ruritania Omar Aziz Kalan spoke.",
            List.of("LOC=Republic of Ruritania", "PER=Ruritania Omar Aziz Kalan"),
            "LOCATION Republic of Ruritania [Republic of Ruritania]; PERSON Omar Aziz Kalan [Omar Aziz Kalan]"),
        // a middle name after "of" stays: the first word names no place or body
        Arguments.of("The sentencing of Marcus Dewayne Tillman is set.", List.of("PER=Marcus Dewayne Tillman"),
            "PERSON Marcus Dewayne Tillman [Marcus Dewayne Tillman]"),
        // the holder named right after a title's body is cut from the body the tagger ran him into
        Arguments.of("The Judge of the Nordic Court of Appeal Anna Lindqvist spoke.",
            List.of("ORG=Nordic Court of Appeal Anna Lindqvist"),
            "ORGANIZATION Nordic Court of Appeal [Nordic Court of Appeal]; PERSON Anna Lindqvist [Anna Lindqvist]"),
        // ... but not a place's name that ends the body: a region's part ("South Wales" of "New South
        // Wales"), a state's name alone or with the word before it ("Burkina Faso", "Papua New Guinea")
        Arguments.of("A judge of the Supreme Court of New South Wales, Ms Orla Penhallow, spoke.",
            List.of("ORG=Supreme Court of New South Wales", "PER=Orla Penhallow"),
            "ORGANIZATION Supreme Court of New South Wales [Supreme Court of New South Wales]; PERSON Orla Penhallow [Orla Penhallow] {gender=female, honorific=Ms.}"),
        Arguments.of("The President of the Court of Justice of Burkina Faso spoke.",
            List.of("ORG=Court of Justice of Burkina Faso"),
            "ORGANIZATION Court of Justice of Burkina Faso [Court of Justice of Burkina Faso]"),
        Arguments.of("The Chief Justice of the National Court of Papua New Guinea spoke.",
            List.of("ORG=National Court of Papua New Guinea"),
            "ORGANIZATION National Court of Papua New Guinea [National Court of Papua New Guinea]"),
        // "Court of Appeal" ends the body: its last word is no given name of the initial-form holder after it
        Arguments.of("The Chairman of the Nordic Court of Appeal R. Aliyev spoke.", List.of(),
            "ORGANIZATION Nordic Court of Appeal [Nordic Court of Appeal]; PERSON R. Aliyev [R. Aliyev]"),
        // a title and the field it serves after "for", right before a name, is the title, no body
        Arguments.of("The High Commissioner for Human Rights Volker Tuerk spoke online.", List.of("PER=Volker Tuerk"),
            "PERSON Volker Tuerk [Volker Tuerk]"),
        // but a field holding a body's head is a body ("Commissioner for the Police Board")
        Arguments.of("The Commissioner for Police Board Anna Lee spoke online.", List.of("PER=Anna Lee"),
            "ORGANIZATION Commissioner for Police Board [Commissioner for Police Board]; PERSON Anna Lee [Anna Lee]"),
        // a compound title the tagger took into the name is stripped like a one-word title
        Arguments.of("Judge-Rapporteur Omar Aziz presented the case.", List.of("PER=Judge-Rapporteur Omar Aziz"),
            "PERSON Omar Aziz [Omar Aziz]"),
        // two closing words the text also writes in lower case belong to the body: no person
        Arguments.of("The Judge of the Nordic Court of Human Rights spoke on human rights.", List.of(),
            "ORGANIZATION Nordic Court of Human Rights [Nordic Court of Human Rights]"),
        // an honorific is no surname
        Arguments.of("The Judge of the Nordic Court of Ruritania Mr. Omar Aziz spoke.",
            List.of("ORG=Nordic Court of Ruritania", "PER=Omar Aziz"),
            "ORGANIZATION Nordic Court of Ruritania [Nordic Court of Ruritania]; PERSON Omar Aziz [Omar Aziz] {gender=male, honorific=Mr.}"),
        // a month in a date line is no person
        Arguments.of("Roundtable\n\n2009 Jun\n\nJudges met.", List.of("PER=Jun"), ""),
        // a compound of title words is no person
        Arguments.of("The Judge-Rapporteur Omar Aziz spoke.", List.of("PER=Judge-Rapporteur", "PER=Omar Aziz"),
            "PERSON Omar Aziz [Omar Aziz]"),
        // a known place the tagger ran into a name after "of" is cut off
        Arguments.of("The Deputy Director of the Nordic Mission to Georgia Laura Pierce spoke.",
            List.of("ORG=Nordic Mission", "PER=Georgia Laura Pierce"),
            "ORGANIZATION Nordic Mission to Georgia [Nordic Mission to Georgia]; PERSON Laura Pierce [Laura Pierce]"),
        // the "S." of "U.S." is no initial; "U.S. Marshals" is a known form of the Marshals Service (as dev's gold labels it)
        Arguments.of("U.S. Marshals arrived.", List.of(), "ORGANIZATION U.S. Marshals [U.S. Marshals]"),
        // all-caps names in US releases, full and surname
        Arguments.of("BORIS IVANOV pleaded guilty. IVANOV faces prison.", List.of("PER=BORIS IVANOV", "PER=IVANOV"),
            "PERSON BORIS IVANOV [BORIS IVANOV|IVANOV]"),
        // a generational suffix belongs to the name, with or without its comma; the surname alone joins it
        Arguments.of("Marco Antonio Valadez, Jr., 36, was charged. Valadez pleaded.", List.of("PER=Marco Antonio Valadez"),
            "PERSON Marco Antonio Valadez, Jr. [Marco Antonio Valadez, Jr.|Valadez]"),
        // a roman-numeral suffix at a sentence's end leaves the full stop out
        Arguments.of("The court sentenced Charles Taylor II.", List.of("PER=Charles Taylor"),
            "PERSON Charles Taylor II [Charles Taylor II]"),
        // the surname alone after the full name is the person, also where the tagger took it for a place
        Arguments.of("Ivo Marek Brod, 22, was charged. Brod is accused of theft.", List.of("PER=Ivo Marek Brod", "LOC=Brod"),
            "PERSON Ivo Marek Brod [Ivo Marek Brod|Brod]"),
        // ... and where the tagger missed it, after a title; not where it opens a longer name
        Arguments.of("Secretary General Nils Halvorsen arrived. Secretary General Halvorsen spoke at Halvorsen Hall.",
            List.of("PER=Nils Halvorsen"), "PERSON Nils Halvorsen [Nils Halvorsen|Halvorsen]"),
        // a surname inside an e-mail address is no mention
        Arguments.of("Contact: Tasha Brandt\nTasha.Brandt@county.org", List.of("PER=Tasha Brandt"),
            "PERSON Tasha Brandt [Tasha Brandt]"),
        // a given name alone joins the one person whose full name opens with it ...
        Arguments.of("Deputy District Attorney Mara Quist spoke. Mara was born here.", List.of("PER=Mara Quist", "PER=Mara"),
            "PERSON Mara Quist [Mara Quist|Mara]"),
        // ... but not when two persons have it
        Arguments.of("Mara Quist and Mara Lind spoke. Mara left.", List.of("PER=Mara Quist", "PER=Mara Lind", "PER=Mara"),
            "PERSON Mara Quist [Mara Quist]; PERSON Mara Lind [Mara Lind]; PERSON Mara [Mara]"),
        // post-nominal letters are no part of the name
        Arguments.of("Prosecutor Omar A.B. Kalan KC presented the report.", List.of("PER=Omar A.B. Kalan KC"),
            "PERSON Omar A.B. Kalan [Omar A.B. Kalan]"),
        // two-letter initials of transliterated names, glued or spaced
        Arguments.of("Judges Kh. Batbold, Ts.Oyunaa and Zh.Temirbek attended.", List.of(),
            "PERSON Kh. Batbold [Kh. Batbold]; PERSON Ts.Oyunaa [Ts.Oyunaa]; PERSON Zh.Temirbek [Zh.Temirbek]"),
        // the tagger's surname alone gives way to the initial form around it
        Arguments.of("Judge Sh. Dorjgotov spoke.", List.of("PER=Dorjgotov"), "PERSON Sh. Dorjgotov [Sh. Dorjgotov]"),
        // a country's initials before a plural title are no name (the first is the Marshals Service's known form)
        Arguments.of("U.S. Marshals and U.K. Marshals arrived.", List.of(), "ORGANIZATION U.S. Marshals [U.S. Marshals]"),
        // the holder after a title's body, with the surname in capitals
        Arguments.of("The President of the Nordic Constitutional Court Emre KALAN received them.", List.of(),
            "ORGANIZATION Nordic Constitutional Court [Nordic Constitutional Court]; PERSON Emre KALAN [Emre KALAN]"),
        // a name after a title that the tagger missed, in any alphabet, its surname in capitals too
        Arguments.of("Judge Elif Karaca-Demirel and President Emre KALAN spoke.", List.of(),
            "PERSON Elif Karaca-Demirel [Elif Karaca-Demirel]; PERSON Emre KALAN [Emre KALAN]"),
        // ... not the words of a title-case headline, nor a run that opens with no title
        Arguments.of("Judge Sentences Local Man. The judge sentences a local man.", List.of(), ""),
        Arguments.of("Guests came to the New Deputy Happy Hour.", List.of(), ""),
        // the names listed after "a/k/a" are the person named before it; without the cue, two persons
        Arguments.of("Roy Belfast, a/k/a Chuckie Taylor and Charles Emmanuel, was convicted. Belfast appealed.",
            List.of("PER=Roy Belfast", "PER=Chuckie Taylor", "PER=Charles Emmanuel", "PER=Belfast"),
            "PERSON Roy Belfast [Roy Belfast|Chuckie Taylor|Charles Emmanuel|Belfast]"),
        Arguments.of("Roy Belfast and Chuckie Taylor were convicted.", List.of("PER=Roy Belfast", "PER=Chuckie Taylor"),
            "PERSON Roy Belfast [Roy Belfast]; PERSON Chuckie Taylor [Chuckie Taylor]"),
        // a middle initial joins the middle name it abbreviates, and only that one
        Arguments.of("Harold James Nolan was charged. Harold J. Nolan is held. Harold K. Nolan is not.",
            List.of("PER=Harold James Nolan", "PER=Harold J. Nolan", "PER=Harold K. Nolan"),
            "PERSON Harold James Nolan [Harold James Nolan|Harold J. Nolan]; PERSON Harold K. Nolan [Harold K. Nolan]"));
  }

  static Stream<Arguments> locations() {
    return Stream.of(
        // "US" and "United States" are one place (alias lexicon); the name is the fullest form
        Arguments.of("US officials met. The United States agreed.", List.of("LOC=US", "LOC=United States"),
            "LOCATION United States [US|United States]"),
        // "Republic of X" groups with "X"; a leading "The" the tagger took is no part of the span
        Arguments.of("The Republic of Ruritania is small. Ruritania grows.",
            List.of("LOC=The Republic of Ruritania", "LOC=Ruritania"),
            "LOCATION Republic of Ruritania [Republic of Ruritania|Ruritania]"),
        // an adjective is no location
        Arguments.of("Ruritanian police came.", List.of("LOC=Ruritanian"), ""),
        // the tagger found only the name inside a state's formal name: the span is the formal name
        Arguments.of("Judges of the Republic of Ruritania and the Kingdom of Freedonia met.",
            List.of("LOC=Ruritania", "LOC=Freedonia"),
            "LOCATION Republic of Ruritania [Republic of Ruritania]; LOCATION Kingdom of Freedonia [Kingdom of Freedonia]"),
        // a known place of two words
        Arguments.of("Experts from Central Asia came.", List.of(), "LOCATION Central Asia [Central Asia]"),
        // the tagger cut a known two-word place short (in capitals too): the known name is the span
        Arguments.of("He was held in Laguna Beach.\nA MAN FROM LAGUNA BEACH WAS HELD.", List.of("LOC=LAGUNA", "LOC=Laguna"),
            "LOCATION Laguna Beach [Laguna Beach|LAGUNA BEACH]"),
        // ... but a tagged place that runs past the known name is the tagger's longer reading and stays
        Arguments.of("He lived on Laguna Beach Road in 2001.", List.of("LOC=Laguna Beach Road"),
            "LOCATION Laguna Beach Road [Laguna Beach Road]"),
        // known places the tagger missed or took for a person; a place inside a court's name is none
        Arguments.of("New courts were built in Shamakhi, Gabala, Masalli and the Sheki Court of Appeal.",
            List.of("PER=Masalli", "PER=Sheki Court of Appeal"),
            "LOCATION Shamakhi [Shamakhi]; LOCATION Gabala [Gabala]; LOCATION Masalli [Masalli];"
                + " ORGANIZATION Sheki Court of Appeal [Sheki Court of Appeal]"),
        // "U.S." inside a title is part of it, no place; "U.S. officials" keeps its place
        Arguments.of("Assistant U.S. Attorney Jane Roe met U.S. officials.", List.of("PER=Jane Roe", "LOC=U.S."),
            "PERSON Jane Roe [Jane Roe]; LOCATION U.S. [U.S.]"),
        // a city before "Police Chief" and a person: a place and a title, no body "Tustin Police"
        Arguments.of("We thank Tustin Police Chief Scott Jordan today.", List.of("PER=Scott Jordan", "LOC=Tustin"),
            "LOCATION Tustin [Tustin]; PERSON Scott Jordan [Scott Jordan]"),
        // a body's name stops before "and" and a title of the person after it
        Arguments.of("It was prosecuted by the Fraud Section and Assistant U.S. Attorney Jane Roe yesterday.",
            List.of("PER=Jane Roe", "ORG=Fraud Section"), "ORGANIZATION Fraud Section [Fraud Section]; PERSON Jane Roe [Jane Roe]"),
        // the kind of place after the name the tagger found belongs to the place, in capitals too (one place)
        Arguments.of("Experts from Harlow County and HARLOW COUNTY met.", List.of("LOC=Harlow", "LOC=HARLOW"),
            "LOCATION Harlow County [Harlow County|HARLOW COUNTY]"),
        // ... not where the tagger read it into a body's name
        Arguments.of("Officers of Harlow County Sheriffs met.", List.of("LOC=Harlow", "ORG=County Sheriffs"),
            "LOCATION Harlow [Harlow]; ORGANIZATION County Sheriffs [County Sheriffs]"),
        // names listed before "counties" are places, whatever the tagger took them for
        Arguments.of("Cases from Harlow, Mara, Quist and Lindon counties were heard.",
            List.of("PER=Mara", "ORG=Quist"),
            "LOCATION Harlow [Harlow]; LOCATION Mara [Mara]; LOCATION Quist [Quist]; LOCATION Lindon [Lindon]"),
        // a state's postal code in an address line stays its own entity: the gold labels disagree on joining it
        // to the state (corpus/README.md, D19), and joining lowered the held-out LOCATION figures
        Arguments.of("Courts of California met. Write to Box 12, Fresno, CA 93721.",
            List.of("LOC=California", "LOC=Fresno", "LOC=CA"),
            "LOCATION California [California]; LOCATION Fresno [Fresno]; LOCATION CA [CA]"),
        // (not joined yet: a state's news-style abbreviation and its name, "Ore." and "Oregon", are one place by the
        // guidelines; the list of them lowered held-out US county LOCATION at merge and was taken out)
        // (not read yet: "Ohio-based", "Marlow-area": the place before a hyphen and an adjective's suffix; the rule
        // lowered held-out US federal LOCATION at merge and was taken out)
        // a county before the elected prosecutor's title of Illinois or Virginia is a place, no body "Cook County State"
        // (Conventions: a county or city before a title is a LOCATION of its own)
        // (a town no lexicon knows is cut off the same way but not yet found as a place: "Arlington Commonwealth's
        // Attorney A" gives no body and no place)
        Arguments.of("Cook County State's Attorney Kim Foxx spoke.", List.of("ORG=Cook County State", "PER=Kim Foxx"),
            "LOCATION Cook County [Cook County]; PERSON Kim Foxx [Kim Foxx]"),
        Arguments.of("Arlington Commonwealth's Attorney Parisa Tafti spoke.",
            List.of("ORG=Arlington Commonwealth", "PER=Parisa Tafti"), "PERSON Parisa Tafti [Parisa Tafti]"),
        // the same without the holder: the title with its possessive is whole alone (a headline, a title and "and");
        // a second possessive opens the office's name, which stays as it was
        Arguments.of("Cook County State's Attorney Announces Charges", List.of("ORG=Cook County State"),
            "LOCATION Cook County [Cook County]"),
        Arguments.of("The Norte County Commonwealth's Attorney and the sheriff spoke.", List.of("ORG=Norte County Commonwealth"),
            ""),
        Arguments.of("The Norte County State's Attorney's Office filed charges.", List.of("ORG=Norte County State"),
            "ORGANIZATION Norte County State's Attorney's Office [Norte County State's Attorney's Office]"),
        // the same when the tagger typed the county and the title's head one place ("Kane County State"): the
        // head goes back to the title, the place ends before it (D2; "Dallas County District" is cut the same way)
        Arguments.of("Kane County State's Attorney Jo Poe and Sheriff Al Moe spoke.",
            List.of("LOC=Kane County State", "PER=Jo Poe", "PER=Al Moe"),
            "LOCATION Kane County [Kane County]; PERSON Jo Poe [Jo Poe]; PERSON Al Moe [Al Moe]"),
        Arguments.of("Norte County Commonwealth\u2019s Attorney Bo Loe spoke.",
            List.of("LOC=Norte County Commonwealth", "PER=Bo Loe"), "LOCATION Norte County [Norte County]; PERSON Bo Loe [Bo Loe]"),
        // where a person lives: "a X man" and "Name, age, of X", whatever the tagger took the town for
        Arguments.of("A Crosby man was held. Jo Poe, 24, of Humble, and Al Roe, of Eugene, Ore., were charged.",
            List.of("PER=Jo Poe", "PER=Al Roe", "PER=Eugene", "LOC=Ore."),
            "LOCATION Crosby [Crosby]; PERSON Jo Poe [Jo Poe]; LOCATION Humble [Humble]; PERSON Al Roe [Al Roe];"
                + " LOCATION Eugene [Eugene]; LOCATION Ore. [Ore.]"),
        // ... after a name and an age without "of", whatever the tagger typed the town; persons listed with
        // their ages stay persons
        Arguments.of("Defendant\nJo Poe, 53, Bellmont\nCharged today. Al Roe, 30, Kestrel Falls, is charged."
                + " Police named Ed Fox, 25, Ann Lee, 55 and Bo Cy, 40, Cal Ng, and Di Wu.",
            List.of("PER=Jo Poe", "PER=Bellmont", "PER=Al Roe", "ORG=Kestrel Falls", "PER=Ed Fox", "PER=Ann Lee",
                "PER=Bo Cy", "PER=Cal Ng", "PER=Di Wu"),
            "PERSON Jo Poe [Jo Poe]; LOCATION Bellmont [Bellmont]; PERSON Al Roe [Al Roe]; LOCATION Kestrel Falls"
                + " [Kestrel Falls]; PERSON Ed Fox [Ed Fox]; PERSON Ann Lee [Ann Lee]; PERSON Bo Cy [Bo Cy];"
                + " PERSON Cal Ng [Cal Ng]; PERSON Di Wu [Di Wu]"),
        // ... and without an age when the text reads the same name as a place elsewhere; a list of persons stays
        Arguments.of("CRASH IN BELLMONT\nJo Poe, Bellmont, is charged. Al Roe, Ed Fox, and Bo Cy left.",
            List.of("LOC=BELLMONT", "PER=Jo Poe", "PER=Bellmont", "PER=Al Roe", "PER=Ed Fox", "PER=Bo Cy"),
            "LOCATION BELLMONT [BELLMONT|Bellmont]; PERSON Jo Poe [Jo Poe]; PERSON Al Roe [Al Roe]; PERSON Ed Fox"
                + " [Ed Fox]; PERSON Bo Cy [Bo Cy]"),
        // ... after an age ("a 30-year-old X man") and before "mother"; in a headline's capitals only a name
        // the text reads as a place elsewhere
        Arguments.of("Jo Poe Robbed 68-YEAR-OLD DUNMORE HEIGHTS WOMAN. He broke into her Dunmore Heights flat."
                + " A 30-year-old Eastvale man and a Marlow mother saw him.",
            List.of("PER=Jo Poe", "LOC=Dunmore Heights"),
            "PERSON Jo Poe [Jo Poe]; LOCATION DUNMORE HEIGHTS [DUNMORE HEIGHTS|Dunmore Heights]; LOCATION Eastvale [Eastvale];"
                + " LOCATION Marlow [Marlow]"),
        Arguments.of("Jo Poe Robbed 68-YEAR-OLD HOMELESS MAN in 2004.",
            List.of("PER=Jo Poe"), "PERSON Jo Poe [Jo Poe]"),
        // ... not a people's name before "man", nor a body after a person's "of"
        Arguments.of("A Black man and an American woman met Jo Poe, of Acme Bank, today.",
            List.of("PER=Jo Poe", "ORG=Acme Bank"), "PERSON Jo Poe [Jo Poe]; ORGANIZATION Acme Bank [Acme Bank]"),
        // a domain the tagger ran into a state's name is cut off
        Arguments.of("The minister of Internal Affairs of Republic of Ruritania spoke.",
            List.of("LOC=Internal Affairs of Republic of Ruritania"),
            "LOCATION Republic of Ruritania [Republic of Ruritania]"),
        // a state is a place whatever the tagger typed it; its formal name and abbreviation are one entity
        Arguments.of("Turbines went to the United Arab Emirates and South Korea. The UAE paid first.",
            List.of("ORG=United Arab Emirates", "ORG=South Korea", "ORG=UAE"),
            "LOCATION United Arab Emirates [United Arab Emirates|UAE]; LOCATION South Korea [South Korea]"),
        // a known place's whole name is a place whatever the tagger typed it; a body named after it stays
        Arguments.of("Jo Poe, 40, Mission Viejo, was charged. The Mission Viejo Police Department arrested her.",
            List.of("PER=Jo Poe", "ORG=Mission Viejo", "ORG=Mission Viejo Police Department"),
            "PERSON Jo Poe [Jo Poe]; LOCATION Mission Viejo [Mission Viejo]; "
                + "ORGANIZATION Mission Viejo Police Department [Mission Viejo Police Department]"),
        // ... so are the US towns whose last word heads bodies' names (Branch, News, Valley); a body named
        // after one, a street and a church stay
        Arguments.of("Jo Poe, 40, Apple Valley, sold cars in Newport News and Farmers Branch. The Farmers Branch"
                + " Police Department, which sits on Falls Church Road near Grace Church, arrested her.",
            List.of("PER=Jo Poe", "ORG=Apple Valley", "ORG=Newport News", "ORG=Farmers Branch Police Department",
                "LOC=Falls Church Road", "ORG=Grace Church"),
            "PERSON Jo Poe [Jo Poe]; LOCATION Apple Valley [Apple Valley]; LOCATION Newport News [Newport News]; "
                + "LOCATION Farmers Branch [Farmers Branch]; "
                + "ORGANIZATION Farmers Branch Police Department [Farmers Branch Police Department]; "
                + "LOCATION Falls Church Road [Falls Church Road]; ORGANIZATION Grace Church [Grace Church]"),
        // a formal name without its "of" is still the state's, grouped with the short name
        Arguments.of("Parts were sent to the Islamic Republic Iran last year. Iran denied it.",
            List.of("ORG=Islamic Republic Iran", "LOC=Iran"),
            "LOCATION Islamic Republic Iran [Islamic Republic Iran|Iran]"),
        // a body named after a state, and blocs, stay organizations
        Arguments.of("The UAE Ministry of Economy wrote to the EU and ASEAN.",
            List.of("ORG=UAE Ministry of Economy", "ORG=EU", "ORG=ASEAN"),
            "ORGANIZATION UAE Ministry of Economy [UAE Ministry of Economy]; ORGANIZATION EU [EU]; ORGANIZATION ASEAN [ASEAN]"),
        // ... but after a place preposition a bloc is the place its states cover, a LOCATION
        Arguments.of("The project \u201cCourts as guarantee of justice in the European Union\u201d opened in Riga.",
            List.of("ORG=European Union", "LOC=Riga"),
            "LOCATION European Union [European Union]; LOCATION Riga [Riga]"),
        Arguments.of("The bar is the first in the CIS and Central Asia region to join the Union of Bars.",
            List.of("ORG=CIS", "LOC=Central Asia", "ORG=Union of Bars"),
            "LOCATION CIS [CIS]; LOCATION Central Asia [Central Asia]; ORGANIZATION Union of Bars [Union of Bars]"),
        // ... not where it modifies the word after it, acts, or owns
        Arguments.of("Judges trained in EU law. Courts in the EU's states agreed. Ten ASEAN Member States signed in ASEAN"
                + " Member States. It was co-funded by the European Union.",
            List.of("ORG=EU", "ORG=ASEAN", "ORG=European Union"),
            "ORGANIZATION European Union [EU|EU|European Union]; ORGANIZATION ASEAN [ASEAN|ASEAN]"));
  }

  @ParameterizedTest
  @MethodSource({"organizations", "persons", "locations"})
  void settlesAndGroups(String text, List<String> given, String expected) {
    assertEquals(expected, render(run(text, given)));
  }

  static List<Entity> run(String text, List<String> given) {
    List<Mention> tagged = new ArrayList<>();
    List<Citation> citations = new ArrayList<>();
    for (String g : given) {
      String kind = g.substring(0, 3);
      String form = g.substring(4);
      for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        CharSpan span = new CharSpan(i, i + form.length());
        if (kind.equals("CIT")) {
          citations.add(new Citation(span, form, new Instrument(InstrumentKind.REGULATION, null, null, null),
              List.of(), null));
        } else {
          EntityType type = switch (kind) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.LOCATION;
          };
          if (isWord(text, i, i + form.length()) && (g.charAt(3) != '~' || !insideOther(text, span, given, g))) {
            tagged.add(Mention.of(text, span, type));
          }
        }
      }
    }
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text))
        .with(Keys.TOKENS, TokenStage.tokenize(text))
        .with(Keys.NER_MENTIONS, new NerLayer(tagged))
        .with(Keys.CITATIONS, new CitationLayer(citations));
    return stage.apply(Document.of("t", text), in).get(Keys.ENTITIES).entities();
  }

  /**
   * Is the span inside an occurrence of another given form? A form given as "ORG~Marlo" (not "ORG=")
   * is tagged only where it stands outside the others: the tagger's "body" of a lone surname, not the
   * surname inside "Vincent Marlo".
   */
  private static boolean insideOther(String text, CharSpan span, List<String> given, String self) {
    for (String other : given) {
      if (other.equals(self)) {
        continue;
      }
      String form = other.substring(4);
      for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        if (i <= span.start() && span.end() <= i + form.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A hand-given form counts only as whole words ("US" is not inside "USA"). */
  private static boolean isWord(String text, int start, int end) {
    return (start == 0 || !Character.isLetter(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetter(text.charAt(end)));
  }

  static String render(List<Entity> entities) {
    return entities.stream().map(e -> e.type() + " " + e.name() + " ["
        + e.mentions().stream().map(Mention::text).collect(Collectors.joining("|")) + "]"
        + (e.attributes().isEmpty() ? "" : " " + e.attributes())).collect(Collectors.joining("; "));
  }
}
