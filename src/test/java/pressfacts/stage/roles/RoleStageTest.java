package pressfacts.stage.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Document;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityLayer;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.stage.tokens.TokenStage;
import pressfacts.text.TextView;

/**
 * The role stage alone: entities given by hand ("PER=Ivan Petrov|Petrov": one entity with every
 * occurrence of each form, longest forms first), roles expected as "person|title|organization"
 * (organization "null" when none), joined by "; ".
 */
class RoleStageTest {
  private static RoleStage stage;

  @BeforeAll
  static void load() {
    stage = new RoleStage();
  }

  static Stream<Arguments> roles() {
    return Stream.of(
        // a title's possessive before the unit: the role points to the unit (D10)
        Arguments.of("Jane Roe, Chief of the District Attorney's Homicide Bureau, spoke.",
            List.of("PER=Jane Roe", "ORG=Homicide Bureau"), "Jane Roe|Chief|Homicide Bureau"),
        Arguments.of("Senior Assistant District Attorney Jane Roe of the District Attorney\u2019s Special Victims Bureau spoke.",
            List.of("PER=Jane Roe", "ORG=Special Victims Bureau"),
            "Jane Roe|Senior Assistant District Attorney|Special Victims Bureau"),
        // TITLE of ORG, PERSON
        Arguments.of("The Chairman of the High Court, Ivan Petrov, opened the session.",
            List.of("PER=Ivan Petrov", "ORG=High Court"), "Ivan Petrov|Chairman|High Court"),
        // PERSON, TITLE of ORG
        Arguments.of("Ivan Petrov, deputy director of the Nordic Bank, spoke.",
            List.of("PER=Ivan Petrov", "ORG=Nordic Bank"), "Ivan Petrov|deputy director|Nordic Bank"),
        // ORG TITLE PERSON
        Arguments.of("High Court Chairman Ivan Petrov spoke.",
            List.of("PER=Ivan Petrov", "ORG=High Court"), "Ivan Petrov|Chairman|High Court"),
        // TITLE PERSON, no organization
        Arguments.of("Judge Anna Lee spoke.", List.of("PER=Anna Lee"), "Anna Lee|Judge|null"),
        // the delegation headed by TITLE PERSON
        Arguments.of("The delegation headed by Ambassador Anna Lee arrived.", List.of("PER=Anna Lee"),
            "Anna Lee|Ambassador|null"),
        // judges A, B and C: one role "judge" each, the plural in the singular
        Arguments.of("The case was heard by judges Ivan Petrov, Anna Lee and Omar Aziz yesterday.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "PER=Omar Aziz"),
            "Ivan Petrov|judge|null; Anna Lee|judge|null; Omar Aziz|judge|null"),
        // PERSON was appointed as TITLE; "of Ruritania" (a place) names no organization
        Arguments.of("Ivan Petrov was appointed as Prosecutor General of Ruritania.",
            List.of("PER=Ivan Petrov", "LOC=Ruritania"), "Ivan Petrov|Prosecutor General|null"),
        // PERSON, who is TITLE of ORG
        Arguments.of("Ivan Petrov, who is the head of the Nordic Bank, spoke.",
            List.of("PER=Ivan Petrov", "ORG=Nordic Bank"), "Ivan Petrov|head|Nordic Bank"),
        // President of the Republic of X PERSON: title "President", organization null
        Arguments.of("President of the Republic of Ruritania Omar Aziz signed.",
            List.of("PER=Omar Aziz", "LOC=Republic of Ruritania"), "Omar Aziz|President|null"),
        // a title repeated before a later short mention of the same person: one role
        Arguments.of("The Chairman of the High Court Ivan Petrov arrived. Later Chairman Petrov spoke.",
            List.of("PER=Ivan Petrov|Petrov", "ORG=High Court"), "Ivan Petrov|Chairman|High Court"),
        // a title with no named person is no role
        Arguments.of("They met with the Chairman of the High Court.", List.of("ORG=High Court"), ""),
        // "met with the Chairman" without a name
        Arguments.of("The guests met with the Chairman and left.", List.of(), ""),
        // a person between two organizations takes the one the title names
        Arguments.of("The Chairman of the High Court, Ivan Petrov, thanked the Nordic Bank.",
            List.of("PER=Ivan Petrov", "ORG=High Court", "ORG=Nordic Bank"), "Ivan Petrov|Chairman|High Court"),
        // a list of titles and names: each name takes the title before it, not the one after it
        Arguments.of("They met Mr. Ivan Petrov, political affairs officer of the Nordic Embassy, Mr. Omar Aziz and"
                + " political affairs assistant of the Nordic Embassy, Ms. Anna Lee.",
            List.of("PER=Ivan Petrov", "PER=Omar Aziz", "PER=Anna Lee", "ORG=Nordic Embassy"),
            "Omar Aziz|political affairs officer|Nordic Embassy; Anna Lee|political affairs assistant|Nordic Embassy"),
        // a later unnamed title of the same organization, in another sentence, is no role of its one holder
        // (Conventions v1.1: a role is stated inside one sentence)
        Arguments.of("Ivan Petrov, Chairman of the High Court, opened it. The President of the High Court closed it.",
            List.of("PER=Ivan Petrov", "ORG=High Court"),
            "Ivan Petrov|Chairman|High Court"),
        // a minister's domain belongs to the title
        Arguments.of("Minister of Justice of Ruritania Omar Aziz arrived.",
            List.of("PER=Omar Aziz", "LOC=Ruritania"), "Omar Aziz|Minister of Justice|null"),
        // TITLE PERSON of ORG
        Arguments.of("Judge Anna Lee of the High Court spoke.", List.of("PER=Anna Lee", "ORG=High Court"),
            "Anna Lee|Judge|High Court"),
        // members of a delegation hold their titles at the organization that sent it
        Arguments.of("A delegation of the Nordic Bank, consisting of deputy director Ivan Petrov and member Anna Lee, came.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "ORG=Nordic Bank"),
            "Ivan Petrov|deputy director|Nordic Bank; Anna Lee|member|Nordic Bank"),
        // a modifier belongs to the title
        Arguments.of("Acting chairman Omar Aziz spoke.", List.of("PER=Omar Aziz"), "Omar Aziz|Acting chairman|null"),
        // qualifiers of the kind of post belong to the title, joined by a space or a hyphen
        Arguments.of("State prosecutor Omar Aziz and Judge-Rapporteur Anna Lee took part.",
            List.of("PER=Omar Aziz", "PER=Anna Lee"), "Omar Aziz|State prosecutor|null; Anna Lee|Judge-Rapporteur|null"),
        Arguments.of("Then regional legal advisor Anna Lee spoke.", List.of("PER=Anna Lee"),
            "Anna Lee|regional legal advisor|null"),
        // a body a possessive names after the first is where the post is
        Arguments.of("Anna Lee, Special Agent in Charge of Nordic Customs's Harbour Investigations, spoke.",
            List.of("PER=Anna Lee", "ORG=Nordic Customs", "ORG=Harbour Investigations"),
            "Anna Lee|Special Agent in Charge|Harbour Investigations"),
        // the kind of company, or the quotes and legal form of its name, between title, company and holder
        Arguments.of("The director of limited liability company Nordic Stroy Invest Ivan Petrov signed contracts.",
            List.of("PER=Ivan Petrov", "ORG=Nordic Stroy Invest"), "Ivan Petrov|director|Nordic Stroy Invest"),
        Arguments.of("He agreed with director of \u201cRiver Build\u201d LLC A.Karimov on it.",
            List.of("PER=A.Karimov", "ORG=River Build"), "A.Karimov|director|River Build"),
        // members of a panel "of ORG consisting of ..." hold their titles there
        Arguments.of("The panel of judges of the High Court consisting of presiding judge Ivan Petrov, judges Anna Lee and Omar Aziz found him guilty.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "PER=Omar Aziz", "ORG=High Court"),
            "Ivan Petrov|presiding judge|High Court; Anna Lee|judge|High Court; Omar Aziz|judge|High Court"),
        // a sentence that opens with a name and a comma gives each title after its holder; "TITLE, BODY"
        Arguments.of("Ivan Petrov, Attorney for the Nordic Office, Anna Lee, Assistant Director of the Fraud Unit, and Omar Aziz,"
                + " Special Agent in Charge, Harbour Bureau, announced it.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "PER=Omar Aziz", "ORG=Nordic Office", "ORG=Fraud Unit", "ORG=Harbour Bureau"),
            "Ivan Petrov|Attorney|Nordic Office; Anna Lee|Assistant Director|Fraud Unit; Omar Aziz|Special Agent in Charge|Harbour Bureau"),
        // ... but a title that the next name follows with nothing between is that name's: a line break of a thank-you
        // list may leave a name at a sentence's start ("..., DA Victim\nAdvocate A, Paralegal B, ...")
        Arguments.of("Anna Lee, Paralegal Omar Aziz, Investigator Ivan Petrov and the Harbour Bureau helped.",
            List.of("PER=Anna Lee", "PER=Omar Aziz", "PER=Ivan Petrov", "ORG=Harbour Bureau"),
            "Omar Aziz|Paralegal|null; Ivan Petrov|Investigator|null"),
        Arguments.of("Lee, ADA Omar Aziz, and the Harbour Bureau helped.",
            List.of("PER=Lee", "PER=Omar Aziz", "ORG=Harbour Bureau"), "Omar Aziz|ADA|null"),
        // a complement of a title holds no verb: "on the case" belongs to it, "was" does not
        Arguments.of("The Judge-Rapporteur on the case was Anna Lee.", List.of("PER=Anna Lee"), ""),
        // the post one is released from was held by the person named earlier in the sentence
        Arguments.of("Ivan Petrov is appointed as chairman of the City Court, with release from the post of judge of the District Court.",
            List.of("PER=Ivan Petrov", "ORG=City Court", "ORG=District Court"),
            "Ivan Petrov|chairman|City Court; Ivan Petrov|judge|District Court"),
        // a roster after a plural title ending in a colon: each line's court and its judges
        Arguments.of("The judges appointed to the courts:\nNorth District Court No. 2 \u2013 Ivan Petrov, Anna Lee;\n"
                + "Harbour Court of Appeal \u2013 Omar Aziz.\n\nThen the oath was read.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "PER=Omar Aziz", "ORG=North District Court No. 2",
                "ORG=Harbour Court of Appeal"),
            "Ivan Petrov|judge|North District Court No. 2; Anna Lee|judge|North District Court No. 2;"
                + " Omar Aziz|judge|Harbour Court of Appeal"),
        // a plural title without a roster after it names nobody
        Arguments.of("The judges of the courts:\nThey took the oath.", List.of(), ""),
        // the organization's short form in parentheses stands between it and the holder
        Arguments.of("Deputy Secretary of the Nordic Commission for Democracy (Nordic Commission) Anna Lee spoke.",
            List.of("PER=Anna Lee", "ORG=Nordic Commission for Democracy", "ORG=Nordic Commission"),
            "Anna Lee|Deputy Secretary|Nordic Commission for Democracy"),
        // ... but after a comma the next name starts a new item of a list
        Arguments.of("Ivan Petrov, the Attorney for the Nordic Office (\u201cNO\u201d), Anna Lee, the director of the Fraud Unit, said.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "ORG=Nordic Office", "ORG=Fraud Unit"),
            "Ivan Petrov|Attorney|Nordic Office; Anna Lee|director|Fraud Unit"),
        // an acronym's body followed by the region it serves, then the holder
        Arguments.of("Regional Representative of NORDO for Central Asia Anna Lee spoke.",
            List.of("PER=Anna Lee", "ORG=NORDO", "LOC=Central Asia"), "Anna Lee|Regional Representative|NORDO"),
        // a domain stops before the name that follows it: no second title "Justice"
        Arguments.of("The Minister of Justice Omar Aziz spoke.", List.of("PER=Omar Aziz"),
            "Omar Aziz|Minister of Justice|null"),
        // a lower-case title takes a lower-case domain
        Arguments.of("Later deputy minister of finance Anna Lee spoke.", List.of("PER=Anna Lee"),
            "Anna Lee|deputy minister of finance|null"),
        // a domain, then the state of the minister, then the name
        Arguments.of("Minister of Justice of the Republic of Ruritania Omar Aziz came.",
            List.of("PER=Omar Aziz", "LOC=Republic of Ruritania"), "Omar Aziz|Minister of Justice|null"),
        // two titles of one person before the name: TITLE of ORG, TITLE PERSON
        Arguments.of("The Chairman of the High Court, Minister of Justice Omar Aziz, spoke.",
            List.of("PER=Omar Aziz", "ORG=High Court"), "Omar Aziz|Minister of Justice|null; Omar Aziz|Chairman|High Court"),
        // a plural title with a lower-case "of" phrase, then a second plural title and a list: both titles
        Arguments.of("Acting chairmen of the chambers, judges, Ivan Petrov and Anna Lee, spoke.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee"),
            "Ivan Petrov|judge|null; Ivan Petrov|Acting chairman|null; Anna Lee|judge|null; Anna Lee|Acting chairman|null"),
        // ORG in PLACE PERSON: the office's place is skipped on the way to the name
        Arguments.of("The Head of the Nordic Office in Ruritania Anna Lee spoke.",
            List.of("PER=Anna Lee", "ORG=Nordic Office", "LOC=Ruritania"), "Anna Lee|Head|Nordic Office"),
        // TITLE of ORG, TITLE PERSON where the second title has no organization of its own
        Arguments.of("Head of the Delegation of the Nordic Union, Ambassador Anna Lee, spoke.",
            List.of("PER=Anna Lee", "ORG=Delegation of the Nordic Union"),
            "Anna Lee|Ambassador|null; Anna Lee|Head|Delegation of the Nordic Union"),
        // a capitalised Delegation is part of a name, not a visiting delegation sent by the organization after it
        Arguments.of("The Delegation of the Nordic Union was led by Ambassador Anna Lee.",
            List.of("PER=Anna Lee", "ORG=Nordic Union"), "Anna Lee|Ambassador|null"),
        // a plural title after a list of names: every name, the title in the singular
        Arguments.of("The panel included Ivan Petrov and Anna Lee, judges of the High Court.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "ORG=High Court"),
            "Ivan Petrov|judge|High Court; Anna Lee|judge|High Court"),
        // a plural title after one name only is not that person's title
        Arguments.of("Then Ivan Petrov, judges of the High Court and others met.",
            List.of("PER=Ivan Petrov", "ORG=High Court"), ""),
        // a list after a plural title takes the organization named after its last name
        Arguments.of("Trial Attorneys Ivan Petrov and Anna Lee of the Fraud Unit prosecuted.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "ORG=Fraud Unit"),
            "Ivan Petrov|Trial Attorney|Fraud Unit; Anna Lee|Trial Attorney|Fraud Unit"),
        // a place inside a title belongs to it ("U.S." found as a place)
        Arguments.of("Before U.S. District Judge Anna Lee he pleaded.", List.of("PER=Anna Lee", "LOC=U.S."),
            "Anna Lee|U.S. District Judge|null"),
        // a modifier and a new title word
        Arguments.of("Presiding judge Omar Aziz read it.", List.of("PER=Omar Aziz"), "Omar Aziz|Presiding judge|null"),
        // TITLE for ORG and TITLE in the ORG after a person
        Arguments.of("Anna Lee, Chief Crown Prosecutor for the Nordic Service, spoke.",
            List.of("PER=Anna Lee", "ORG=Nordic Service"), "Anna Lee|Chief Crown Prosecutor|Nordic Service"),
        // a lower-case "on" complement belongs to the title, up to a new "of the" phrase
        Arguments.of("Mr. Omar Aziz, the adviser on the road works of the same bank, came.",
            List.of("PER=Omar Aziz"), "Omar Aziz|adviser on the road works|null"),
        // an "on" complement right before the name; "lawyers" inside it is no title
        Arguments.of("The Special Rapporteur on the freedom of judges and lawyers Mr. Omar Aziz came.",
            List.of("PER=Omar Aziz"), "Omar Aziz|Special Rapporteur on the freedom of judges and lawyers|null"),
        // an "on" phrase that runs on into the sentence is no complement of the title
        Arguments.of("Omar Aziz, Special Rapporteur on the freedom of judges visited the court.", List.of("PER=Omar Aziz"),
            "Omar Aziz|Special Rapporteur|null"),
        // "of the Republic of X" where only the state's name is a place, then "to" and the host state
        Arguments.of("The Ambassador of the Republic of Ruritania to Freedonia Omar Aziz came.",
            List.of("PER=Omar Aziz", "LOC=Ruritania", "LOC=Freedonia"), "Omar Aziz|Ambassador|null"),
        // a later shortened title without its complement is the same role
        Arguments.of("The Nordic Union Special Rapporteur on the rights of authors Omar Aziz came. The Nordic Union Special"
                + " Rapporteur said so.", List.of("PER=Omar Aziz", "ORG=Nordic Union"),
            "Omar Aziz|Special Rapporteur on the rights of authors|Nordic Union"),
        // a state's name that no mention covers, right before the holder's name
        Arguments.of("The Minister of Justice of the Republic of Ruritania Omar Aziz came.", List.of("PER=Omar Aziz"),
            "Omar Aziz|Minister of Justice|null"),
        // dismissed from the post of TITLE of ORG
        Arguments.of("Omar Aziz is dismissed from the post of chairman of the High Court.",
            List.of("PER=Omar Aziz", "ORG=High Court"), "Omar Aziz|chairman|High Court"),
        // a plural title of an organization without names goes to nobody, not to the organization's one holder
        Arguments.of("Chairman of the High Court Omar Aziz and members of the High Court came.",
            List.of("PER=Omar Aziz", "ORG=High Court"), "Omar Aziz|Chairman|High Court"),
        // US county shapes: qualified "District Attorney", the unit after the name
        Arguments.of("Senior Deputy District Attorney Jane Roe of the Homicide Unit is prosecuting this case.",
            List.of("PER=Jane Roe", "ORG=Homicide Unit"), "Jane Roe|Senior Deputy District Attorney|Homicide Unit"),
        Arguments.of("Deputy DA Jane Roe and ADA Omar Aziz spoke.", List.of("PER=Jane Roe", "PER=Omar Aziz"),
            "Jane Roe|Deputy DA|null; Omar Aziz|ADA|null"),
        // the longest title at its start: "Special Agent in Charge", not "Special" + "Agent"
        Arguments.of("Special Agent in Charge Hector Ruiz of the Cincinnati Field Office said so.",
            List.of("PER=Hector Ruiz", "ORG=Cincinnati Field Office"), "Hector Ruiz|Special Agent in Charge|Cincinnati Field Office"),
        // the country inside a US title belongs to it
        Arguments.of("Assistant U.S. Attorney Jane Roe is prosecuting the case.", List.of("PER=Jane Roe"),
            "Jane Roe|Assistant U.S. Attorney|null"),
        // hyphenated and misspelled titles stay whole
        Arguments.of("The vise-chairman Omar Aziz and Commander-in-Chief Jane Roe met.", List.of("PER=Omar Aziz", "PER=Jane Roe"),
            "Omar Aziz|vise-chairman|null; Jane Roe|Commander-in-Chief|null"),
        // a title that runs into a body's name gives way to the shorter title after it
        Arguments.of("The Columbus Division of Police Chief Karen Holloway spoke.",
            List.of("PER=Karen Holloway", "ORG=Columbus Division of Police"), "Karen Holloway|Chief|Columbus Division of Police"),
        // a contact block: the name on one line, the title alone on the next
        Arguments.of("For Immediate Release\nSusan Lee\nChief of Staff\nOffice: 555-0100\n", List.of("PER=Susan Lee"),
            "Susan Lee|Chief of Staff|null"),
        // one person, two titles joined by "and"
        Arguments.of("Omar Aziz, Deputy Chairman of the Bar Association and Director of the Legal Aid Center, spoke.",
            List.of("PER=Omar Aziz", "ORG=Bar Association", "ORG=Legal Aid Center"),
            "Omar Aziz|Deputy Chairman|Bar Association; Omar Aziz|Director|Legal Aid Center"),
        // a nameless title in another sentence is nobody's role, even at the body of a named holder
        Arguments.of("Judge Anna Lee of the High Court spoke. Later the President of the High Court said so.",
            List.of("PER=Anna Lee", "ORG=High Court"), "Anna Lee|Judge|High Court"),
        // a domain after "for"
        Arguments.of("Omar Aziz, Minister for Foreign Affairs of Ruritania, spoke.", List.of("PER=Omar Aziz", "LOC=Ruritania"),
            "Omar Aziz|Minister for Foreign Affairs|null"),
        // the unit after a possessive: "the Criminal Division's Fraud Section" gives the Fraud Section
        Arguments.of("The case was prosecuted by Trial Attorney Brian Rogers of the Criminal Division's Fraud Section.",
            List.of("PER=Brian Rogers", "ORG=Criminal Division", "ORG=Fraud Section"), "Brian Rogers|Trial Attorney|Fraud Section"),
        // two titled names joined by "and" share the body named after the last
        Arguments.of("It was prosecuted by Deputy Chief Kirk Ogrosky and Assistant Chief Jay Darden of the Fraud Section.",
            List.of("PER=Kirk Ogrosky", "PER=Jay Darden", "ORG=Fraud Section"),
            "Kirk Ogrosky|Deputy Chief|Fraud Section; Jay Darden|Assistant Chief|Fraud Section"),
        // "TITLE, PARENT UNIT" and "TITLE, PARENT's UNIT" after the name: the unit holds the post, as after "of" (D10, D11)
        Arguments.of("\"We will act,\" said Eileen Marsh, Chief, IRS Criminal Investigation.",
            List.of("PER=Eileen Marsh", "ORG=IRS", "ORG=Criminal Investigation"), "Eileen Marsh|Chief|Criminal Investigation"),
        Arguments.of("The plea was announced by Tom Reyes, Special Agent in Charge, the FBI's Houston Field Office.",
            List.of("PER=Tom Reyes", "ORG=FBI", "ORG=Houston Field Office"), "Tom Reyes|Special Agent in Charge|Houston Field Office"),
        // the parent's short form in brackets or a spaced dash between it and its unit: the unit holds the post (D11);
        // a bare head word left after a name cut short is no unit
        Arguments.of("It was announced by Special Agent in Charge Rita Vance of the Nordic Customs Agency (NCA) Harbour Field Division.",
            List.of("PER=Rita Vance", "ORG=Nordic Customs Agency", "ORG=NCA", "ORG=Harbour Field Division"),
            "Rita Vance|Special Agent in Charge|Harbour Field Division"),
        Arguments.of("Tom Reyes, Special Agent in Charge of the Bureau of Nordic Customs - Harbour Field Division, said so.",
            List.of("PER=Tom Reyes", "ORG=Bureau of Nordic Customs", "ORG=Harbour Field Division"),
            "Tom Reyes|Special Agent in Charge|Harbour Field Division"),
        Arguments.of("It was prosecuted by Deputy DA Alma Stone of the Gang and Harbour Crimes (GHC) Unit.",
            List.of("PER=Alma Stone", "ORG=Gang and Harbour Crimes", "ORG=GHC", "ORG=Unit"),
            "Alma Stone|Deputy DA|Gang and Harbour Crimes"),
        // a list of three titled names "A, B, and C of ORG": the middle item shares the body named after the last too
        Arguments.of("It was prosecuted by Deputy Chief Anna Bell, Assistant Chief Carl Dunn, and Trial Attorney Eve Fox of the Fraud Section.",
            List.of("PER=Anna Bell", "PER=Carl Dunn", "PER=Eve Fox", "ORG=Fraud Section"),
            "Anna Bell|Deputy Chief|Fraud Section; Carl Dunn|Assistant Chief|Fraud Section; Eve Fox|Trial Attorney|Fraud Section"),
        // ... but a body after a middle item is that item's alone, and the first item then has none
        Arguments.of("It was prosecuted by Deputy Chief Anna Bell, Assistant Chief Carl Dunn of the Tax Division, and Trial Attorney"
                + " Eve Fox of the Fraud Section.",
            List.of("PER=Anna Bell", "PER=Carl Dunn", "PER=Eve Fox", "ORG=Tax Division", "ORG=Fraud Section"),
            "Anna Bell|Deputy Chief|null; Carl Dunn|Assistant Chief|Tax Division; Eve Fox|Trial Attorney|Fraud Section"),
        // names and titles alternating, one apposition without its comma: each name holds the title after it
        Arguments.of("Talks were given by Juha Hayha, Judge of the Supreme Court of Finland, Dariusz Zawistowski President of"
                + " the Supreme Court of Poland, and Viive Ligi, Judge of the Supreme Court of Estonia.",
            List.of("PER=Juha Hayha", "PER=Dariusz Zawistowski", "PER=Viive Ligi", "ORG=Supreme Court of Finland",
                "ORG=Supreme Court of Poland", "ORG=Supreme Court of Estonia"),
            "Juha Hayha|Judge|Supreme Court of Finland; Dariusz Zawistowski|President|Supreme Court of Poland;"
                + " Viive Ligi|Judge|Supreme Court of Estonia"),
        // a title that serves another title is one position
        Arguments.of("Solvita Harba, Adviser to the Chief Justice of the Supreme Court, visited Vilnius.",
            List.of("PER=Solvita Harba", "ORG=Supreme Court", "LOC=Vilnius"), "Solvita Harba|Adviser to the Chief Justice|Supreme Court"),
        // a place in parentheses after the name, "appointed as", and a body after "to"
        Arguments.of("Mr Andreas Kumin (Austria) was appointed as judge to the Court of Justice.",
            List.of("PER=Andreas Kumin", "LOC=Austria", "ORG=Court of Justice"), "Andreas Kumin|judge|Court of Justice"),
        // a plural with its "s" on the first word, after a list of names
        Arguments.of("Mr Dean Spielmann and Mr Andrea Biondi were appointed as Advocates General of the Court of Justice.",
            List.of("PER=Dean Spielmann", "PER=Andrea Biondi", "ORG=Court of Justice"),
            "Dean Spielmann|Advocate General|Court of Justice; Andrea Biondi|Advocate General|Court of Justice"),
        // "in charge of" a body named after a possessive
        Arguments.of("said Scott Hammond, Acting Assistant Attorney General in charge of the Department's Antitrust Division.",
            List.of("PER=Scott Hammond", "ORG=Antitrust Division"), "Scott Hammond|Acting Assistant Attorney General|Antitrust Division"),
        // a modifier before the county before the title belongs to the title
        Arguments.of("Acting Brooklyn District Attorney Eric Gonzalez announced the verdict.",
            List.of("PER=Eric Gonzalez", "LOC=Brooklyn"), "Eric Gonzalez|Acting District Attorney|null"),
        // the place's last word begins a longer title of the lexicon: the title keeps it, the place its span
        Arguments.of("Hennepin County Attorney Mary Lund said the verdict was just.",
            List.of("LOC=Hennepin County", "PER=Mary Lund"), "Mary Lund|County Attorney|null"),
        Arguments.of("It was signed by Joe Diaz, Bexar County Criminal District\nAttorney, and others.",
            List.of("PER=Joe Diaz", "LOC=Bexar County Criminal"), "Joe Diaz|Criminal District Attorney|null"),
        // but a one-word place keeps its word: "Texas" begins no title
        Arguments.of("Texas Attorney General Ken Pax sued.", List.of("LOC=Texas", "PER=Ken Pax"), "Ken Pax|Attorney General|null"),
        // "in Charge" belongs to the Postal Inspection Service's title as to the FBI's
        Arguments.of("Rita Vance, Inspector in Charge of the U.S. Postal Inspection Service, joined.",
            List.of("PER=Rita Vance", "ORG=U.S. Postal Inspection Service"),
            "Rita Vance|Inspector in Charge|U.S. Postal Inspection Service"),
        // two titles joined by "and": the domain ends before the second title
        Arguments.of("The Honourable Jody Wilson, Minister of Justice and Attorney General of Canada.",
            List.of("PER=Jody Wilson", "LOC=Canada"), "Jody Wilson|Minister of Justice|null; Jody Wilson|Attorney General|null"),
        // a contact block with a label before the name and the office on the line after the title
        Arguments.of("October 15, 2018 Contact: Kim Leach\nDirector of Communications\nDallas County District Attorney's Office\n",
            List.of("PER=Kim Leach", "ORG=Dallas County District Attorney's Office"),
            "Kim Leach|Director of Communications|Dallas County District Attorney's Office"),
        // a unit chief's unit is the one of its kind named earlier in the sentence
        Arguments.of("It was prosecuted by ADA Carl Carter, of the District Attorney's Law Enforcement Bureau, under the"
                + " supervision of ADA Mark Pag, Bureau Chief.",
            List.of("PER=Carl Carter", "PER=Mark Pag", "ORG=Law Enforcement Bureau"),
            "Carl Carter|ADA|Law Enforcement Bureau; Mark Pag|ADA|null; Mark Pag|Bureau Chief|Law Enforcement Bureau"),
        // a first deputy of the unit too
        Arguments.of("It was prosecuted by ADA Carl Carter, of the District Attorney's Law Enforcement Bureau, under the"
                + " supervision of ADA Mark Pag, First Deputy Bureau Chief.",
            List.of("PER=Carl Carter", "PER=Mark Pag", "ORG=Law Enforcement Bureau"),
            "Carl Carter|ADA|Law Enforcement Bureau; Mark Pag|ADA|null; Mark Pag|First Deputy Bureau Chief|Law Enforcement Bureau"),
        // and the unit chief's title written before the name
        Arguments.of("It was prosecuted by ADA Carl Carter, of the District Attorney's Law Enforcement Bureau, under the"
                + " supervision of Deputy Bureau Chief Mark Pag and Bureau Chief Lena Ortt.",
            List.of("PER=Carl Carter", "PER=Mark Pag", "PER=Lena Ortt", "ORG=Law Enforcement Bureau"),
            "Carl Carter|ADA|Law Enforcement Bureau; Mark Pag|Deputy Bureau Chief|Law Enforcement Bureau;"
                + " Lena Ortt|Bureau Chief|Law Enforcement Bureau"),
        // "a member of a gang" names no body: no post
        Arguments.of("Police arrested Mario Coto, a member of a violent gang.", List.of("PER=Mario Coto"), ""),
        // an occupation after an indefinite article is told in the story, not a post (D4)
        Arguments.of("He hired a private detective, Vincent Parco, to follow her.", List.of("PER=Vincent Parco"), ""),
        // so is a lower-case common noun that only a comma parts from the name, after "the" too
        Arguments.of("He was confronted by the store clerk, Hao Lee, who saw the bottle.", List.of("PER=Hao Lee"), ""),
        Arguments.of("In a meeting with the undercover agent, Roy Dale stated that he had the parts.", List.of("PER=Roy Dale"), ""),
        // but a title written right before the name, or with its domain before the comma, is a post
        Arguments.of("The store clerk Hao Lee saw the bottle.", List.of("PER=Hao Lee"), "Hao Lee|clerk|null"),
        // a menu item read as a name holds no post
        Arguments.of("Leadership\nMeet The DA\nExecutive Team\nBureaus & Units\n", List.of("PER=Executive Team"), ""),
        // the head of a body "headed by" a title and name
        Arguments.of("It was handled by the Public Integrity Section, which is headed by Chief Lisa Phelan.",
            List.of("PER=Lisa Phelan", "ORG=Public Integrity Section"), "Lisa Phelan|Chief|Public Integrity Section"),
        // a modifier joins its title across a line break, as the words of a title do
        Arguments.of("It was prosecuted by Deputy\nChief Jane Roe of the Fraud Unit.", List.of("PER=Jane Roe", "ORG=Fraud Unit"),
            "Jane Roe|Deputy Chief|Fraud Unit"),
        // general posts of courts, universities and international bodies, with their qualifiers
        Arguments.of("Lecturer of the Nordic School of Justice Anna Lee and docent Omar Aziz spoke.",
            List.of("PER=Anna Lee", "PER=Omar Aziz", "ORG=Nordic School of Justice"),
            "Anna Lee|Lecturer|Nordic School of Justice; Omar Aziz|docent|null"),
        Arguments.of("It included international consultant of the Nordic Council Anna Lee and interpreter Mr. Omar Aziz.",
            List.of("PER=Anna Lee", "PER=Omar Aziz", "ORG=Nordic Council"),
            "Anna Lee|international consultant|Nordic Council; Omar Aziz|interpreter|null"),
        Arguments.of("Senior public prosecutor Anna Lee met Special Envoy Omar Aziz.", List.of("PER=Anna Lee", "PER=Omar Aziz"),
            "Anna Lee|Senior public prosecutor|null; Omar Aziz|Special Envoy|null"),
        Arguments.of("First Deputy Prosecutor General Omar Aziz met acting Registrar Anna Lee.", List.of("PER=Omar Aziz", "PER=Anna Lee"),
            "Omar Aziz|First Deputy Prosecutor General|null; Anna Lee|acting Registrar|null"),
        Arguments.of("Commissioner for Human Rights of the Nordic Council Anna Lee met Vice-Rector Omar Aziz.",
            List.of("PER=Anna Lee", "PER=Omar Aziz", "ORG=Nordic Council"),
            "Anna Lee|Commissioner for Human Rights|Nordic Council; Omar Aziz|Vice-Rector|null"),
        Arguments.of("Attorney-General Anna Lee met Charg\u00e9 d\u2019Affaires Omar Aziz.", List.of("PER=Anna Lee", "PER=Omar Aziz"),
            "Anna Lee|Attorney-General|null; Omar Aziz|Charg\u00e9 d\u2019Affaires|null"),
        Arguments.of("Pro-Rector of the Nordic University Anna Lee met investigating judge Omar Aziz.",
            List.of("PER=Anna Lee", "PER=Omar Aziz", "ORG=Nordic University"),
            "Anna Lee|Pro-Rector|Nordic University; Omar Aziz|investigating judge|null"),
        // a panel "in the composition of": its members hold their titles at the body that sits
        Arguments.of("The Grand Chamber heard the case in the composition of Judge-Rapporteur Ivan Petrov, judges Anna Lee and Omar Aziz.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "PER=Omar Aziz", "ORG=Grand Chamber"),
            "Ivan Petrov|Judge-Rapporteur|Grand Chamber; Anna Lee|judge|Grand Chamber; Omar Aziz|judge|Grand Chamber"),
        // a roster whose lines open with a dash
        Arguments.of("The judges were appointed to the following courts:\n\u2013 North District Court \u2013 Ivan Petrov and Anna Lee;\n"
                + "\u2013 Harbour Court of Appeal \u2013 Omar Aziz.\n\nThen the oath was read.",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "PER=Omar Aziz", "ORG=North District Court", "ORG=Harbour Court of Appeal"),
            "Ivan Petrov|judge|North District Court; Anna Lee|judge|North District Court; Omar Aziz|judge|Harbour Court of Appeal"),
        // lines of a list opened by a dash: "PERSON, TITLE of ORG" and "PERSON \u2013 as TITLE of ORG" ("is appointed" left out)
        Arguments.of("By the Decree:\n\u2013 Ivan Petrov, chairman of the North District Court;\n- Anna Lee is appointed as chairperson"
                + " of the Harbour Court;\n- Omar Aziz \u2013 as chairperson of the Bay Court.\n",
            List.of("PER=Ivan Petrov", "PER=Anna Lee", "PER=Omar Aziz", "ORG=North District Court", "ORG=Harbour Court", "ORG=Bay Court"),
            "Ivan Petrov|chairman|North District Court; Anna Lee|chairperson|Harbour Court; Omar Aziz|chairperson|Bay Court"));
  }

  @ParameterizedTest
  @MethodSource("roles")
  void readsRoles(String text, List<String> given, String expected) {
    List<Entity> entities = entities(text, given);
    List<Role> roles = run(text, entities);
    Map<String, String> names = entities.stream().collect(Collectors.toMap(Entity::id, Entity::name));
    assertEquals(expected, roles.stream()
        .map(r -> names.get(r.person()) + "|" + r.title() + "|" + (r.organization() == null ? "null" : names.get(r.organization())))
        .collect(Collectors.joining("; ")));
  }

  @Test
  void carriesEvidenceSentenceAndConfidence() {
    String text = "Rain fell. Judge Anna Lee spoke.";
    Role r = run(text, entities(text, List.of("PER=Anna Lee"))).get(0);
    assertEquals("Judge Anna Lee", r.evidence().of(text));
    assertEquals("title-person", r.pattern());
    assertEquals(1, r.sentence());
    assertTrue(r.confidence() > 0 && r.confidence() <= 1);
  }

  private static List<Role> run(String text, List<Entity> entities) {
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text))
        .with(Keys.TOKENS, TokenStage.tokenize(text))
        .with(Keys.ENTITIES, new EntityLayer(entities));
    return stage.apply(Document.of("t", text), in).get(Keys.ROLES).roles();
  }

  /** One entity per given line; its forms are placed longest first, never overlapping a placed one. */
  static List<Entity> entities(String text, List<String> given) {
    List<CharSpan> placed = new ArrayList<>();
    List<Entity> out = new ArrayList<>();
    for (String g : given) {
      EntityType type = switch (g.substring(0, 3)) {
        case "PER" -> EntityType.PERSON;
        case "ORG" -> EntityType.ORGANIZATION;
        default -> EntityType.LOCATION;
      };
      String[] forms = g.substring(4).split("\\|");
      List<Mention> mentions = new ArrayList<>();
      for (String form : forms) {
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
          CharSpan s = new CharSpan(i, i + form.length());
          if (placed.stream().noneMatch(p -> p.overlaps(s))) {
            placed.add(s);
            mentions.add(Mention.of(text, s, type));
          }
        }
      }
      out.add(new Entity("e" + (out.size() + 1), type, forms[0], mentions));
    }
    return out;
  }
}
