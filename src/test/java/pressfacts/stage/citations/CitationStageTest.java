package pressfacts.stage.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pressfacts.stage.citations.CitationFixtures.compact;
import static pressfacts.stage.citations.CitationFixtures.dates;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.Citation;
import pressfacts.doc.DateLayer;
import pressfacts.doc.Document;
import pressfacts.doc.WarningCode;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.text.TextView;

/**
 * The citation stage alone, on hand-written sentences; dates come from a hand-built DateLayer.
 * Expected strings are worked out from ANNOTATION.md, "Legal citations".
 */
class CitationStageTest {
  private static final CitationStage STAGE = new CitationStage();
  /** A lead sentence that makes the document Azerbaijani (cue weight 3 + 1). */
  private static final String AZ = "The Supreme Court of the Republic of Azerbaijan reported. ";
  private static final DateLayer NO_DATES = new DateLayer(List.of(), null);

  private static List<String> run(String text, DateLayer dates) {
    return compact(STAGE.citations(text, dates).citations());
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        // article with a hyphenated id, code with its state
        Arguments.of("Under Article 144-1 of the Criminal Code of the Republic of Azerbaijan he was charged.",
            List.of("Article 144-1 of the Criminal Code of the Republic of Azerbaijan => code | Criminal Code | AZ | - | article 144-1")),
        // a bare article joined by "and" to a provision of a code cites that code; the remark on the offence stays out
        Arguments.of("He was found guilty under Article 144-1 (trafficking in persons) and part 2 of Article 126 of the"
                + " Criminal Code of the Republic of Azerbaijan.",
            List.of("Article 144-1 => code | Criminal Code | AZ | - | article 144-1",
                "part 2 of Article 126 of the Criminal Code of the Republic of Azerbaijan => code | Criminal Code | AZ | - | article 126, part 2")),
        Arguments.of("He was convicted under Article 308.2 (abuse of power), and Section 14 of the Penal Code of the Republic of Moldova.",
            List.of("Article 308.2 => code | Penal Code | MD | - | article 308.2",
                "Section 14 of the Penal Code of the Republic of Moldova => code | Penal Code | MD | - | section 14")),
        // post-Soviet codes letter the items of a part, after commas
        Arguments.of("He was charged under Article 126, Part 1, Subparagraph b of the Criminal Code of Georgia.",
            List.of("Article 126, Part 1, Subparagraph b of the Criminal Code of Georgia => code | Criminal Code | GE | - | article 126, part 1, subparagraph b")),
        // section with a bracketed sub-id, no article before the code
        Arguments.of("It is governed by section 144(1) of Criminal Code of the Republic of Azerbaijan.",
            List.of("section 144(1) of Criminal Code of the Republic of Azerbaijan => code | Criminal Code | AZ | - | section 144(1)")),
        // abbreviated unit; the constitution is titled "Constitution"
        Arguments.of("See Art. 5 of the Constitution of the Republic of Azerbaijan.",
            List.of("Art. 5 of the Constitution of the Republic of Azerbaijan => constitution | Constitution | AZ | - | article 5")),
        // inner "of" outer: listed outer to inner; jurisdiction from the document (Azerbaijani court)
        Arguments.of(AZ + "It applied paragraph 2 of Article 5 of the Civil Code.",
            List.of("paragraph 2 of Article 5 of the Civil Code => code | Civil Code | AZ | - | article 5, paragraph 2")),
        // outer, inner: the same path written the other way round; "of" complement is part of the title
        Arguments.of(AZ + "It applied Article 5, paragraph 2 of the Code of Administrative Offences.",
            List.of("Article 5, paragraph 2 of the Code of Administrative Offences => code | Code of Administrative Offences | AZ | - | article 5, paragraph 2")),
        // a list of articles is one level whose id is the list as written
        Arguments.of(AZ + "Articles 3 and 5 of the Code of Criminal Procedure apply.",
            List.of("Articles 3 and 5 of the Code of Criminal Procedure => code | Code of Criminal Procedure | AZ | - | article 3 and 5")),
        // chapters are numbered in roman numerals; the point is inside the chapter
        Arguments.of(AZ + "Point 3 of Chapter IV of the Constitution was read.",
            List.of("Point 3 of Chapter IV of the Constitution => constitution | Constitution | AZ | - | chapter IV, point 3")),
        // United States Code: title number before, section sign after
        Arguments.of("He was charged under 18 U.S.C. § 1591 in New York.",
            List.of("18 U.S.C. § 1591 => code | United States Code | US | - | section 1591")),
        // two sections under one sign: one citation, the list as written
        Arguments.of("He was charged under 18 U.S.C. §§ 1341 and 1343 in New York.",
            List.of("18 U.S.C. §§ 1341 and 1343 => code | United States Code | US | - | section 1341 and 1343")),
        // a comma between the code and its section
        Arguments.of("The count is 42 U.S.C., Section 2274(b) of the indictment.",
            List.of("42 U.S.C., Section 2274(b) => code | United States Code | US | - | section 2274(b)")),
        // the code written out, its title number before it
        Arguments.of("He pleaded guilty to Title 18, United States Code, Section 371 yesterday.",
            List.of("Title 18, United States Code, Section 371 => code | United States Code | US | - | section 371")),
        // a US state before its code: the state's ISO 3166-2 code, the section after the code
        Arguments.of("Towing is governed by California Vehicle Code Section 22658 statewide.",
            List.of("California Vehicle Code Section 22658 => code | Vehicle Code | US-CA | - | section 22658")),
        // "and" inside a code's name; chapter before it
        Arguments.of("It breached Chapter 6.95 of the California Health and Safety Code again.",
            List.of("Chapter 6.95 of the California Health and Safety Code => code | Health and Safety Code | US-CA | - | chapter 6.95")),
        // "and" inside an Act's name
        Arguments.of("It violated the Occupational Safety and Health Act at the site.",
            List.of("Occupational Safety and Health Act => act | Occupational Safety and Health Act | - | - | ")),
        // a state before an Act: jurisdiction, not title
        Arguments.of("They relied on the Texas Medical Records Act in court.",
            List.of("Texas Medical Records Act => act | Medical Records Act | US-TX | - | ")),
        // a kind word in a capitals headline; the case's own plea agreement and court order
        Arguments.of("ORANGE COUNTY PROPOSES NEW LAW\n\nThe board met.", List.of()),
        Arguments.of("He signed a Plea Agreement and the Court Order followed.", List.of()),
        // an ordinance is kind other
        Arguments.of("The board passed the County Ordinance today.",
            List.of("County Ordinance => other | County Ordinance | - | - | ")),
        // an Act opening with "International" is still a state's Act
        Arguments.of("The U.S. Attorney charged him under the International Emergency Economic Powers Act yesterday.",
            List.of("International Emergency Economic Powers Act => act | International Emergency Economic Powers Act | US | - | ")),
        // a state's code named without its state: the state of the dateline
        Arguments.of("SANTA ANA, Calif. - He violated Penal Code section 187(a), a felony.",
            List.of("Penal Code section 187(a) => code | Penal Code | US-CA | - | section 187(a)")),
        Arguments.of("AUSTIN, Tex. - He was charged under Health and Safety Code section 11352 today.",
            List.of("Health and Safety Code section 11352 => code | Health and Safety Code | US-TX | - | section 11352")),
        // federal bodies outweigh a state named in a federal release
        Arguments.of("The Justice Department and the Environmental Protection Agency sued an Ohio refinery under the Clean Air Act.",
            List.of("Clean Air Act => act | Clean Air Act | US | - | ")),
        // Indian Penal Code: sections before it, India's code
        Arguments.of("He was booked under Sections 420 and 468 of the Indian Penal Code in Delhi.",
            List.of("Sections 420 and 468 of the Indian Penal Code => code | Indian Penal Code | IN | - | section 420 and 468")),
        // bills are kind other, titled as written unless the text spells the name out; a proposition is a law
        Arguments.of("AUSTIN, Tex. - SB1319 passed; Senate Bill 1319 takes effect.",
            List.of("SB1319 => other | Senate Bill 1319 | US-TX | - | ", "Senate Bill 1319 => other | Senate Bill 1319 | US-TX | - | ")),
        Arguments.of("SANTA ANA, Calif. - AB 109 and Proposition 47 changed sentencing.",
            List.of("AB 109 => other | AB 109 | US-CA | - | ", "Proposition 47 => law | Proposition 47 | US-CA | - | ")),
        // IPC is the Indian Penal Code wherever it stands
        Arguments.of("He was booked under the Indian Penal Code; the IPC applies.",
            List.of("Indian Penal Code => code | Indian Penal Code | IN | - | ", "IPC => code | Indian Penal Code | IN | - |  -> 0")),
        // a state's body of law is no instrument
        Arguments.of("Under California law the county must act.", List.of()),
        Arguments.of("Per Texas statute the fee is due.", List.of()),
        Arguments.of("The Riverside County law was cited.", List.of()),
        // "Title VII of the ... Act": the title in the span, provision []; a bare "Title VII" later is the Act;
        // the Civil Rights Act is federal law ("US") even in a text that names no state
        Arguments.of("It sued under Title VII of the Civil Rights Act of 1964. Title VII bars it.",
            List.of("Title VII of the Civil Rights Act of 1964 => act | Civil Rights Act of 1964 | US | - | ",
                "Title VII => act | Civil Rights Act of 1964 | US | - | ")),
        // the year written with an Act's name is part of its title
        Arguments.of("The Protect America Act of 2007 expired.",
            List.of("Protect America Act of 2007 => act | Protect America Act of 2007 | - | - | ")),
        // UK statute with its year in the title; jurisdiction from known-instruments.tsv
        Arguments.of("The court read section 3 of the Human Rights Act 1998 narrowly.",
            List.of("section 3 of the Human Rights Act 1998 => act | Human Rights Act 1998 | GB | - | section 3")),
        // quoted title after the kind word: the span starts at the kind, the title has no quotes
        Arguments.of(AZ + "Judges follow the Law \"On Courts and Judges\" strictly.",
            List.of("Law \"On Courts and Judges\" => law | On Courts and Judges | AZ | - | ")),
        // curly quotes, lowercase kind word
        Arguments.of(AZ + "They cited the law \u201cOn Combating Human Trafficking\u201d again.",
            List.of("law \u201cOn Combating Human Trafficking\u201d => law | On Combating Human Trafficking | AZ | - | ")),
        // a lowercase descriptive subject makes a citation without a title
        Arguments.of(AZ + "Amendments were made to the law on the judicial system last year.",
            List.of("law on the judicial system => law | - | AZ | - | ")),
        // a memorandum or protocol described in lower case is an untitled instrument (Conventions); two sides
        // sign it, so no state of the document and no INT; its subject after "on" is in the span
        Arguments.of(AZ + "A bilateral memorandum of cooperation was signed with the Court of Latvia.",
            List.of("memorandum of cooperation => memorandum | - | - | - | ")),
        Arguments.of(AZ + "They signed a memorandum of understanding on judicial cooperation and a protocol of cooperation.",
            List.of("memorandum of understanding on judicial cooperation => memorandum | - | - | - | ",
                "protocol of cooperation => protocol | - | - | - | ")),
        // after a determiner it only points back (here to nothing named): no new instrument of its own
        Arguments.of(AZ + "The courts praised this memorandum of understanding.", List.of()),
        // constitution named with a place modifier; its state is its only name
        Arguments.of("Under Heydar Aliyev Constitution of independent Azerbaijan Republic was adopted.",
            List.of("Constitution of independent Azerbaijan Republic => constitution | Constitution | AZ | - | ")),
        // a state before a constitution is its jurisdiction, not its title
        Arguments.of("They compared it with the US Constitution in class.",
            List.of("US Constitution => constitution | Constitution | US | - | ")),
        // an issuer adjective: no title, jurisdiction from the document
        Arguments.of(AZ + "A taskforce was set up by Presidential decree last spring.",
            List.of("Presidential decree => decree | - | AZ | - | ")),
        // a decision cited with its issuer (and its state inside the issuer) and a quoted title
        Arguments.of("They discussed the decision of the Plenum of the Supreme Court of the Republic of Azerbaijan \"On judicial practice\" at length.",
            List.of("decision of the Plenum of the Supreme Court of the Republic of Azerbaijan \"On judicial practice\" => decision | On judicial practice | AZ | - | ")),
        // issuer without a title
        Arguments.of("It follows the Resolution of the Cabinet of Ministers of the Republic of Azerbaijan closely.",
            List.of("Resolution of the Cabinet of Ministers of the Republic of Azerbaijan => resolution | - | AZ | - | ")),
        // international convention, name complement with inner function words and the child
        Arguments.of("They cited subparagraph (b) of paragraph 1 of Article 7 of the Convention on the Rights of the Child today.",
            List.of("subparagraph (b) of paragraph 1 of Article 7 of the Convention on the Rights of the Child => convention | Convention on the Rights of the Child | INT | - | article 7, paragraph 1, subparagraph (b)")),
        // numbered protocol: alone, and named after the convention it belongs to (one instrument, the protocol)
        Arguments.of("Protocol No. 16 entered into force.",
            List.of("Protocol No. 16 => protocol | Protocol No. 16 | INT | - | ")),
        Arguments.of("Protocol No. 16 to the European Convention on Human Rights entered into force.",
            List.of("Protocol No. 16 to the European Convention on Human Rights => protocol | Protocol No. 16 to the European Convention on Human Rights | INT | - | ")),
        // a numbered protocol "to the Convention": the bare back-reference is in the span, not in the title
        Arguments.of("The Convention on Human Rights was signed. Protocol No. 16 to the Convention entered into force.",
            List.of("Convention on Human Rights => convention | Convention on Human Rights | INT | - | ",
                "Protocol No. 16 to the Convention => protocol | Protocol No. 16 | INT | - | ")),
        // a short name of the same kind in parentheses is its own citation of the same instrument
        Arguments.of("They signed the Protocol against Smuggling of Migrants (Smuggling Protocol) in 2004.",
            List.of("Protocol against Smuggling of Migrants => protocol | Protocol against Smuggling of Migrants | INT | - | ",
                "Smuggling Protocol => protocol | Protocol against Smuggling of Migrants | INT | - | ")),
        // a lowercase kind word with a capitalised complement; the bracketed words belong to the title, "in Azerbaijan" does not
        Arguments.of("They studied the protocol to Prevent Trafficking in Persons (especially Women and Children) in Azerbaijan.",
            List.of("protocol to Prevent Trafficking in Persons (especially Women and Children) => protocol | Protocol to Prevent Trafficking in Persons (especially Women and Children) | INT | - | ")),
        // quoted title before the kind word, in single quotes
        Arguments.of("Azerbaijan joined the 'On defense of human rights' European Convention in 2002.",
            List.of("'On defense of human rights' European Convention => convention | On defense of human rights | INT | - | ")),
        // a name and a quoted title: both make the title
        Arguments.of("The provisions of the European Convention \"for the Protection of human rights\" are studied.",
            List.of("European Convention \"for the Protection of human rights\" => convention | European Convention for the Protection of human rights | INT | - | ")),
        // a memorandum names no state by itself; a signed agreement between two sides stays null
        Arguments.of(AZ + "They signed a Memorandum of Understanding on Judicial Cooperation.",
            List.of("Memorandum of Understanding on Judicial Cooperation => memorandum | Memorandum of Understanding on Judicial Cooperation | - | - | ")),
        // an unquoted law title after its state: the title is the name after the issuer, as a quoted one would be
        Arguments.of("Officers act under the Law of Georgia on Police and Security in all cases.",
            List.of("Law of Georgia on Police and Security => law | On Police and Security | GE | - | ")),
        // an organic law: the adjective and the state are no part of the title either
        Arguments.of("The Organic Law of Georgia on General Courts was amended.",
            List.of("Organic Law of Georgia on General Courts => law | On General Courts | GE | - | ")),
        // a code named after its state keeps its kind word before the subject
        Arguments.of("Fines follow the Code of the Republic of Armenia on Administrative Violations strictly.",
            List.of("Code of the Republic of Armenia on Administrative Violations => code | Code on Administrative Violations | AM | - | ")),
        // "Law of the Republic of X" before a quoted title: the issuer is no part of the title
        Arguments.of("They applied the Law of the Republic of Moldova \"On Notaries\" yesterday.",
            List.of("Law of the Republic of Moldova \"On Notaries\" => law | On Notaries | MD | - | ")),
        // "X Republic" form of a state ends the phrase; the bracketed gloss after it is no name
        Arguments.of("Article 5 of the Criminal Code of the Kyrgyz Republic (theft) applies.",
            List.of("Article 5 of the Criminal Code of the Kyrgyz Republic => code | Criminal Code | KG | - | article 5")),
        // a multi-word capitalised name with an inner "of" before Act, year in the title
        Arguments.of("He was convicted under section 7 of the Prevention of Terrorism Act 2005 last week.",
            List.of("section 7 of the Prevention of Terrorism Act 2005 => act | Prevention of Terrorism Act 2005 | - | - | section 7")),
        // an international name before a self-titled kind belongs to the title
        Arguments.of("They cited the European Social Charter today.",
            List.of("European Social Charter => charter | European Social Charter | INT | - | ")),
        // an agreement of the EU with a state is an instrument of an international organization
        Arguments.of("The EU-Armenia Partnership Agreement entered into force.",
            List.of("EU-Armenia Partnership Agreement => agreement | EU-Armenia Partnership Agreement | INT | - | ")),
        // a provision of a law with a lowercase adjective before the kind word ('constitutional Law "..."')
        Arguments.of("Under Article 9 of the constitutional Law \"On Elections\" they voted.",
            List.of("Article 9 of the constitutional Law \"On Elections\" => law | On Elections | - | - | article 9")),
        // a short name in brackets after a convention's name is no part of its title
        Arguments.of("The Convention for the Protection of Birds (Convention 12) is old.",
            List.of("Convention for the Protection of Birds => convention | Convention for the Protection of Birds | INT | - | ")),
        // "Rules" with a capitalised name is a regulation; a dotted article id is one id
        Arguments.of("Article 12.3 of the Rules on Notarial Fees was applied.",
            List.of("Article 12.3 of the Rules on Notarial Fees => regulation | Rules on Notarial Fees | - | - | article 12.3")),
        // after the issuing state, a quoted name is the whole title: the issuer and "Organic" are no part of it
        Arguments.of("The Organic Law of Georgia \"On Local Self-Government\" was amended.",
            List.of("Organic Law of Georgia \"On Local Self-Government\" => law | On Local Self-Government | GE | - | ")),
        // an agreement between an international organization and a state is INT; its parties are part of the name
        Arguments.of("The Partnership Agreement between the European Union and the Republic of Armenia was signed.",
            List.of("Partnership Agreement between the European Union and the Republic of Armenia => agreement | Partnership Agreement between the European Union and the Republic of Armenia | INT | - | ")),
        // a treaty between two states is bilateral (null), its lowercase subject with a listed comma is part of its name
        Arguments.of("The Treaty between the Republic of Latvia and Ukraine on mutual legal assistance in civil, family and labour matters was ratified.",
            List.of("Treaty between the Republic of Latvia and Ukraine on mutual legal assistance in civil, family and labour matters => treaty | "
                + "Treaty between the Republic of Latvia and Ukraine on mutual legal assistance in civil, family and labour matters | - | - | ")),
        // the issuing state written after "of" ends its instrument: a Law after "and" is another citation
        Arguments.of("The court applied Article 7 of the Criminal Code of the Russian Federation and Federal Law No. 12-FZ \"On Police\".",
            List.of("Article 7 of the Criminal Code of the Russian Federation => code | Criminal Code | RU | - | article 7",
                "Federal Law No. 12-FZ \"On Police\" => law | On Police | RU | - | ")),
        // non-breaking space inside the citation: matched on the normalized form, reported as written
        Arguments.of("See Article\u00a05 of the Criminal Code of the Republic of Azerbaijan.",
            List.of("Article\u00a05 of the Criminal Code of the Republic of Azerbaijan => code | Criminal Code | AZ | - | article 5")));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void readsEachForm(String text, List<String> expected) {
    assertEquals(expected, run(text, NO_DATES));
  }

  static Stream<Arguments> nearMisses() {
    return Stream.of(
        // "article" without an id, about a newspaper
        Arguments.of(AZ + "He wrote an article in the newspaper."),
        // "law" as a modifier of another noun
        Arguments.of(AZ + "The law enforcement bodies acted quickly."),
        // a unit word in a job title
        Arguments.of(AZ + "The Section Chief spoke first."),
        // minutes of a meeting, not a treaty protocol
        Arguments.of(AZ + "She signed the protocol of the meeting."),
        // a plan is no instrument kind
        Arguments.of(AZ + "They implemented the National Action Plan."),
        // a principle
        Arguments.of(AZ + "They spoke about the rule of law and the Rule of Law."),
        // an organization
        Arguments.of(AZ + "The Ministry of Justice hosted them."),
        // decisions in general, plural or not named
        Arguments.of(AZ + "Court decisions were discussed, and a decision was adopted on the issue."),
        // a body of case law, even with an issuer after it
        Arguments.of(AZ + "The case law of the European Court of Human Rights matters. So does Case Law."),
        // plural orders of the President
        Arguments.of(AZ + "They executed orders of the President."),
        // a provision of something that is no instrument
        Arguments.of(AZ + "Section 3 of the report was read."),
        // "Law Enforcement" with capitals is a name's part, even after a quoted nickname
        Arguments.of("Detective Parga received the Enrique “Kiki” Camarena Law Enforcement Award."),
        // a bare provision not joined to a cited one names no instrument; a lone "point a" is prose
        Arguments.of(AZ + "Chapter 3 was read. At one point a judge spoke, and then Article 5 of the report was read."),
        // "the law" lowercase alone is too vague to point back to anything
        Arguments.of(AZ + "Everybody is equal before the law."),
        // a constable's number and name, no Penal Code section
        Arguments.of("The Metropolitan Police said PC 1234 Smith arrested him in London."),
        // "the act" and "this legislation" with nothing named before them
        Arguments.of(AZ + "Police caught him in the act, and the act itself was filmed. This legislation is overdue."),
        // "the bill", "the legislation", "the measure" with no bill named before: legislation in general
        Arguments.of(AZ + "The legislation needs work; the measure failed, and the bill was paid."),
        // a field of law and "the Law of Europe"
        Arguments.of(AZ + "He teaches criminal law and the Law of Europe."),
        // a kind word inside an organization's or a day's name, followed by a capitalised word
        Arguments.of(AZ + "The International Development Law Organization trained judges on Constitution Day."),
        // rules in general, lowercase, or a plural opening a sentence
        Arguments.of(AZ + "Judges follow the rules of judicial ethics. Rules were changed."),
        // without a date from the DateLayer, a month is no name: "Decree of February" is a bare back-reference, unresolved
        Arguments.of(AZ + "He read the Decree of February 3, 2019."));
  }

  @ParameterizedTest
  @MethodSource("nearMisses")
  void leavesNearMissesAlone(String text) {
    assertEquals(List.of(), run(text, NO_DATES));
  }

  static Stream<Arguments> dateBindings() {
    return Stream.of(
        // subject of an adoption verb, date before it in the sentence
        Arguments.of(AZ + "On 28 June 2005 the law \"On Trafficking\" was adopted.", new String[] {"28 June 2005=2005-06-28"},
            List.of("law \"On Trafficking\" => law | On Trafficking | AZ | 2005-06-28 | ")),
        // adoption verb right before the date, instrument after it
        Arguments.of(AZ + "A taskforce was established on 6 May 2004 by Presidential decree.", new String[] {"6 May 2004=2004-05-06"},
            List.of("Presidential decree => decree | - | AZ | 2004-05-06 | ")),
        // date after the instrument and its verb
        Arguments.of(AZ + "The Law \"On Courts\" was adopted on 1 May 2010.", new String[] {"1 May 2010=2010-05-01"},
            List.of("Law \"On Courts\" => law | On Courts | AZ | 2010-05-01 | ")),
        // "from DATE" inside the span, before the quoted title
        Arguments.of("The Decree of the President of the Republic of Azerbaijan from 3 April 2019 \"On deepening reforms\" was read.",
            new String[] {"3 April 2019=2019-04-03"},
            List.of("Decree of the President of the Republic of Azerbaijan from 3 April 2019 \"On deepening reforms\" => decree | On deepening reforms | AZ | 2019-04-03 | ")),
        // title before the kind, "dated DATE" after it
        Arguments.of(AZ + "He praised the \"In-depth reform\" Decree dated April 3, 2019 warmly.", new String[] {"April 3, 2019=2019-04-03"},
            List.of("\"In-depth reform\" Decree dated April 3, 2019 => decree | In-depth reform | AZ | 2019-04-03 | ")),
        // an untitled order is a citation because of its date
        Arguments.of(AZ + "Under the Order dated 13 February 2014 the courts moved.", new String[] {"13 February 2014=2014-02-13"},
            List.of("Order dated 13 February 2014 => order | - | AZ | 2014-02-13 | ")),
        // "since DATE" is when a state joined, not when the convention was made
        Arguments.of("Since 12 December 2000 the Convention on the Rights of the Child was ratified by many.",
            new String[] {"12 December 2000=2000-12-12"},
            List.of("Convention on the Rights of the Child => convention | Convention on the Rights of the Child | INT | - | ")),
        // a numbered and dated law named by a lowercase subject: the subject is its title
        Arguments.of("Article 4 of the Law No. 210 of 5 May 2001 on the status of notaries was cited.", new String[] {"5 May 2001=2001-05-05"},
            List.of("Article 4 of the Law No. 210 of 5 May 2001 on the status of notaries => law | On the status of notaries | - | 2001-05-05 | article 4")),
        // a comma opening a clause ends the subject of a law
        Arguments.of("Under Article 2 of the Law No. 12 of 3 March 2000 on notaries, notaries take an oath.", new String[] {"3 March 2000=2000-03-03"},
            List.of("Article 2 of the Law No. 12 of 3 March 2000 on notaries => law | On notaries | - | 2000-03-03 | article 2")),
        // a numbered and dated law with no subject has no title: a law is named by its subject, not its number
        Arguments.of("Law No. 231 of 25 November 2011 was amended.", new String[] {"25 November 2011=2011-11-25"},
            List.of("Law No. 231 of 25 November 2011 => law | - | - | 2011-11-25 | ")),
        // the head of state issues a decree like the president: no title
        Arguments.of(AZ + "The Decree of the Head of State of 20 June 2022 was read.", new String[] {"20 June 2022=2022-06-20"},
            List.of("Decree of the Head of State of 20 June 2022 => decree | - | AZ | 2022-06-20 | ")),
        // a date in the sentence without an adoption verb is not the instrument's
        Arguments.of(AZ + "On 5 May 2015 judges discussed the Criminal Code at length.", new String[] {"5 May 2015=2015-05-05"},
            List.of("Criminal Code => code | Criminal Code | AZ | - | ")));
  }

  @ParameterizedTest
  @MethodSource("dateBindings")
  void bindsDatesOfAdoption(String text, String[] dates, List<String> expected) {
    assertEquals(expected, run(text, dates(text, dates)));
  }

  static Stream<Arguments> resolution() {
    return Stream.of(
        // a parenthesised acronym is its own citation, and so is every later use
        Arguments.of("They signed the United Nations Convention against Transnational Organized Crime (UNTOC). UNTOC matters.",
            List.of("United Nations Convention against Transnational Organized Crime => convention | United Nations Convention against Transnational Organized Crime | INT | - | ",
                "UNTOC => convention | United Nations Convention against Transnational Organized Crime | INT | - |  -> 0",
                "UNTOC => convention | United Nations Convention against Transnational Organized Crime | INT | - |  -> 0")),
        // an acronym used before its quoted definition is bound to it too
        Arguments.of("The FCPA case grew. It broke the Foreign Corrupt Practices Act (\"FCPA\") twice.",
            List.of("FCPA => act | Foreign Corrupt Practices Act | US | - |  -> 1",
                "Foreign Corrupt Practices Act => act | Foreign Corrupt Practices Act | US | - | ",
                "FCPA => act | Foreign Corrupt Practices Act | US | - |  -> 1")),
        // "The Decree" points back to the nearest decree, and copies its instrument with the date
        Arguments.of(AZ + "The \"Reform\" Decree dated April 3, 2019 matters. The Decree is a roadmap.",
            List.of("\"Reform\" Decree dated April 3, 2019 => decree | Reform | AZ | 2019-04-03 | ",
                "Decree => decree | Reform | AZ | 2019-04-03 |  -> 0")),
        // "the Code" skips a law to reach the nearest code; a provision of a back-reference is its own
        Arguments.of(AZ + "The Criminal Code and the Law \"On Police\" apply. Article 3 of the Code is clear.",
            List.of("Criminal Code => code | Criminal Code | AZ | - | ",
                "Law \"On Police\" => law | On Police | AZ | - | ",
                "Article 3 of the Code => code | Criminal Code | AZ | - | article 3 -> 0")),
        // "the said law", lowercase with a strong determiner
        Arguments.of(AZ + "The Law \"On Police\" was read; the said law is old.",
            List.of("Law \"On Police\" => law | On Police | AZ | - | ",
                "law => law | On Police | AZ | - |  -> 0")),
        // a bill is a law in the making: "this legislation", "this important bill", "this new law" point back to it
        // (each to the nearest citation of it before); the adjective stays out of the span, as the determiner does
        Arguments.of("The Senate passed Senate Bill 12. This legislation helps; we championed this important bill."
                + " This new law starts today.",
            List.of("Senate Bill 12 => other | Senate Bill 12 | - | - | ",
                "legislation => other | Senate Bill 12 | - | - |  -> 0",
                "bill => other | Senate Bill 12 | - | - |  -> 1",
                "law => other | Senate Bill 12 | - | - |  -> 2")),
        // "the act" in lower case after a named Act is that Act; "the act of ..." and "in the act" are deeds
        Arguments.of("He violated the Arms Export Control Act and rules issued under the act. The act of exporting was"
                + " seen; he was caught in the act.",
            List.of("Arms Export Control Act => act | Arms Export Control Act | - | - | ",
                "act => act | Arms Export Control Act | - | - |  -> 0")),
        // "the ordinance", "the proposed ordinance" in lower case after a named Ordinance are that Ordinance;
        // after a bill (kind other too) "the ordinance" names nothing
        Arguments.of("The Board passed the Park Safety Ordinance. The proposed ordinance bars loitering, and the ordinance"
                + " takes effect soon.",
            List.of("Park Safety Ordinance => other | Park Safety Ordinance | - | - | ",
                "ordinance => other | Park Safety Ordinance | - | - |  -> 0",
                "ordinance => other | Park Safety Ordinance | - | - |  -> 1")),
        Arguments.of("The Senate passed Senate Bill 12. The ordinance was discussed too.",
            List.of("Senate Bill 12 => other | Senate Bill 12 | - | - | ")),
        // once a bill is named, "the bill", "the new legislation", "the measure" point back to it, as "this
        // legislation" does; "the measure of" is a measuring
        Arguments.of("The House passed House Bill 31. The bill adds judges, and the new legislation takes effect in"
                + " May. The measure of its success is speed, said the measure's sponsor.",
            List.of("House Bill 31 => other | House Bill 31 | - | - | ",
                "bill => other | House Bill 31 | - | - |  -> 0",
                "legislation => other | House Bill 31 | - | - |  -> 1",
                "measure => other | House Bill 31 | - | - |  -> 2")),
        // a dated decree after a titled one is a new instrument, not a back-reference
        Arguments.of(AZ + "The \"Reform\" Decree was read, and so was the Decree of February 3, 2019.",
            List.of("\"Reform\" Decree => decree | Reform | AZ | - | ",
                "Decree of February 3, 2019 => decree | - | AZ | 2019-02-03 | ")),
        // a short name that begins an earlier title is that instrument
        Arguments.of("The European Convention on Human Rights is applied; the European Convention binds.",
            List.of("European Convention on Human Rights => convention | European Convention on Human Rights | INT | - | ",
                "European Convention => convention | European Convention on Human Rights | INT | - |  -> 0")),
        // a bare "Memorandum of Understanding" written with capitals takes its name as title (Conventions),
        // and "the Memorandum" points back to it
        Arguments.of("A Memorandum of Understanding was signed. The Memorandum runs for five years.",
            List.of("Memorandum of Understanding => memorandum | Memorandum of Understanding | - | - | ",
                "Memorandum => memorandum | Memorandum of Understanding | - | - |  -> 0")),
        // "the Convention" before the only convention the text names: that convention
        Arguments.of("The applicant relied on Article 6 § 1 of the Convention. The Court found a violation of the"
                + " European Convention on Human Rights.",
            List.of("Article 6 § 1 of the Convention => convention | European Convention on Human Rights | INT | - | article 6, paragraph 1",
                "European Convention on Human Rights => convention | European Convention on Human Rights | INT | - | ")),
        // a memorandum named in full later: the bare one before it is that memorandum; a lowercase subject is part of the name
        Arguments.of("Ministers signed a Memorandum of Understanding. The Memorandum of Understanding on legal aid in civil matters is short.",
            List.of("Memorandum of Understanding => memorandum | Memorandum of Understanding on legal aid in civil matters | - | - |  -> 1",
                "Memorandum of Understanding on legal aid in civil matters => memorandum | Memorandum of Understanding on legal aid in civil matters | - | - | ")),
        // a short name before the full title of its kind is that instrument
        Arguments.of("Protocol No. 7 was opened. Protocol No. 7 to the European Social Charter followed.",
            List.of("Protocol No. 7 => protocol | Protocol No. 7 to the European Social Charter | INT | - |  -> 1",
                "Protocol No. 7 to the European Social Charter => protocol | Protocol No. 7 to the European Social Charter | INT | - | ")),
        // "the Convention" with no convention cited before: the one named inside the protocol's title
        Arguments.of("Protocol No. 4 to the Convention for the Protection of Animals is new. Article 2 of the Convention applies.",
            List.of("Protocol No. 4 to the Convention for the Protection of Animals => protocol | Protocol No. 4 to the Convention for the Protection of Animals | INT | - | ",
                "Article 2 of the Convention => convention | Convention for the Protection of Animals | INT | - | article 2")),
        // a kind word with a subject ("Decree on the Youth Strategy") is the decree whose "On ..." title holds that subject
        Arguments.of(AZ + "He signed the Decree on the Youth Strategy. The Decree \"On approval of the Youth Strategy for 2020-2025\" is out.",
            List.of("Decree on the Youth Strategy => decree | On approval of the Youth Strategy for 2020-2025 | AZ | - |  -> 1",
                "Decree \"On approval of the Youth Strategy for 2020-2025\" => decree | On approval of the Youth Strategy for 2020-2025 | AZ | - | ")),
        // two different titles hold the subject: no guess, the description keeps its own name
        Arguments.of(AZ + "He signed the Decree on the Youth Strategy. The Decree \"On the Youth Strategy\" and the Decree \"On funding the Youth Strategy\" are out.",
            List.of("Decree on the Youth Strategy => decree | Decree on the Youth Strategy | AZ | - | ",
                "Decree \"On the Youth Strategy\" => decree | On the Youth Strategy | AZ | - | ",
                "Decree \"On funding the Youth Strategy\" => decree | On funding the Youth Strategy | AZ | - | ")),
        // the same titled instrument twice: the date one of them has is the date of both
        Arguments.of(AZ + "The decision of the Plenum \"On appeals\" was discussed. The Plenum adopted the Decision of the Plenum from 19 November 2021 \"On appeals\".",
            List.of("decision of the Plenum \"On appeals\" => decision | On appeals | AZ | 2021-11-19 | ",
                "Decision of the Plenum from 19 November 2021 \"On appeals\" => decision | On appeals | AZ | 2021-11-19 | ")),
        // one name, two written states: two codes, each of its own state; a phrase that writes none is its paragraph's
        Arguments.of("A court of Ukraine in Kyiv heard the case of a citizen of Ukraine. He was sentenced in absentia under Article 275 of the Criminal Code of the Russian Federation. He was found "
            + "guilty under Article 111 of the Criminal Code of Ukraine. Article 12 of the Criminal Code sets the term.",
            List.of("Article 275 of the Criminal Code of the Russian Federation => code | Criminal Code | RU | - | article 275",
                "Article 111 of the Criminal Code of Ukraine => code | Criminal Code | UA | - | article 111",
                "Article 12 of the Criminal Code => code | Criminal Code | UA | - | article 12")));
  }

  @ParameterizedTest
  @MethodSource("resolution")
  void resolvesAcronymsAndBackReferences(String text, List<String> expected) {
    DateLayer ds = text.contains("April 3, 2019") ? dates(text, "April 3, 2019=2019-04-03")
        : text.contains("19 November 2021") ? dates(text, "19 November 2021=2021-11-19")
        : text.contains("February 3, 2019") ? dates(text, "February 3, 2019=2019-02-03") : NO_DATES;
    assertEquals(expected, run(text, ds));
  }

  @Test
  void dropsAnUnresolvedBackReferenceWithAWarning() {
    CitationStage.Result layer = STAGE.citations("The Convention was applied by the court.", NO_DATES);
    assertEquals(List.of(), layer.citations());
    assertEquals(1, layer.warnings().size());
    assertEquals(WarningCode.UNRESOLVED_REFERENCE, layer.warnings().get(0).code());
    assertTrue(layer.warnings().get(0).message().contains("'Convention' at [4,14)"), layer.warnings().get(0).message());
  }

  @Test
  void raisesItsWarningsAsAnnotationWarnings() throws Exception {
    String text = "The Convention was applied by the court.";
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text)).with(Keys.DATES, NO_DATES);
    Annotations out = STAGE.apply(Document.of("t1", text), in);
    assertEquals(List.of(), out.get(Keys.CITATIONS).citations());
    assertEquals(List.of(WarningCode.UNRESOLVED_REFERENCE), out.warnings().stream().map(w -> w.code()).toList());
  }

  @Test
  void addsCitationsThroughTheStageInterface() throws Exception {
    String text = AZ + "See Article 5 of the Criminal Code.";
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text)).with(Keys.DATES, NO_DATES);
    Annotations out = STAGE.apply(Document.of("t1", text), in);
    List<Citation> cs = out.get(Keys.CITATIONS).citations();
    assertEquals(List.of("Article 5 of the Criminal Code => code | Criminal Code | AZ | - | article 5"), compact(cs));
    assertEquals(Set.of(Keys.CITATIONS), STAGE.adds());
    assertEquals("citations", STAGE.name());
  }

  static Stream<Arguments> documentJurisdictions() {
    return Stream.of(
        // "District Court" is no US cue: courts of that name exist everywhere; the Kyrgyz forms decide
        Arguments.of("The Pervomaisky District Court of Bishkek applied the Criminal Code of the Kyrgyz Republic and the Civil Code.",
            "Civil Code => code | Civil Code | KG | - | "),
        // the formal "Republic of X" name weighs more than a guest country named once
        Arguments.of("The Ministry of Justice of the Republic of Armenia met guests from Latvia. The Penitentiary Code was discussed.",
            "Penitentiary Code => code | Penitentiary Code | AM | - | "),
        // an adjective and a capital are cues too
        Arguments.of("Ukrainian judges met in Kyiv to discuss the Civil Code.",
            "Civil Code => code | Civil Code | UA | - | "),
        // a paragraph that names one state only speaks of that state, whatever the document's guests
        Arguments.of("Judges of the Republic of Uzbekistan came from Tashkent to the Republic of Uzbekistan embassy.\n\n"
            + "The hosts told of reforms in Azerbaijan under the Civil Code.",
            "Civil Code => code | Civil Code | AZ | - | "),
        // a paragraph naming two states leaves the document's jurisdiction
        Arguments.of("Judges of the Republic of Uzbekistan came from Tashkent to the Republic of Uzbekistan embassy.\n\n"
            + "Hosts from Azerbaijan and Uzbekistan spoke of the Civil Code.",
            "Civil Code => code | Civil Code | UZ | - | "),
        // a dateline in capitals names the state the release is written from
        Arguments.of("Man charged with murder\n\nKUALA LUMPUR, March 4 \u2014 A driver was charged today under Section 302 of the Penal Code.",
            "Section 302 of the Penal Code => code | Penal Code | MY | - | section 302"),
        // ... also where the page ran it onto a headline in capitals
        Arguments.of("MAN CHARGED WITH MURDER KUALA LUMPUR, Mar 4 \u2014 A driver was charged under Section 302 of the Penal Code.",
            "Section 302 of the Penal Code => code | Penal Code | MY | - | section 302"),
        // a dateline in mixed case, with its date, weighs as one in capitals: the capital's state outweighs a guest's
        Arguments.of("Supreme Court\nUlaanbaatar, 12 March 2024\n\nThe Court met judges from Japan.\n\n"
                + "The Chief Justice said that the Constitution guarantees the independence of judges.",
            "Constitution => constitution | Constitution | MN | - | "),
        Arguments.of("Vilnius, March 4, 2023 - The Court received judges of the Constitutional Court of Latvia.\n\n"
                + "They discussed Article 29 of the Constitution.",
            "Article 29 of the Constitution => constitution | Constitution | LT | - | article 29"),
        // a state's highest court named with its state names the state whose law its release cites
        Arguments.of("The Constitutional Court of Ukraine delivered a decision.\n\n"
                + "The Court held that Article 55 of the Constitution guarantees judicial protection.",
            "Article 55 of the Constitution => constitution | Constitution | UA | - | article 55"),
        Arguments.of("The Supreme Court of Mongolia held a meeting.\n\nThe judges discussed the Criminal Code.",
            "Criminal Code => code | Criminal Code | MN | - | "),
        Arguments.of("The Supreme Court of the Republic of Moldova examined a case under Article 16 of the Constitution.",
            "Article 16 of the Constitution => constitution | Constitution | MD | - | article 16"),
        // the host's court and a guest's court weigh alike: no state
        Arguments.of("The Constitutional Court of Moldova received judges of the Constitutional Court of Armenia.\n\n"
                + "They discussed the Constitution.",
            "Constitution => constitution | Constitution | - | - | "),
        // a capital opening a line without a date is no dateline
        Arguments.of("Ulaanbaatar, the capital, hosted judges from Japan.\n\nThey discussed the Constitution.",
            "Constitution => constitution | Constitution | - | - | "),
        // a UK act without a state in its words takes the document's jurisdiction (England, London)
        Arguments.of("Protesters in London were charged in England under section 5 of the Public Order Act 1986.",
            "section 5 of the Public Order Act 1986 => act | Public Order Act 1986 | GB | - | section 5"));
  }

  @ParameterizedTest
  @MethodSource("documentJurisdictions")
  void takesTheDocumentJurisdictionFromRegionalCues(String text, String lastCitation) {
    List<String> got = run(text, NO_DATES);
    assertEquals(lastCitation, got.get(got.size() - 1));
  }

  @Test
  void readsAnArticleBetweenTwoWordsOfAName() {
    // "a" inside the name, between two of its capitalised words; not after "and" (two instruments)
    assertEquals(List.of("Regulation on the Procedure for Holding a Competition for Candidates => regulation"
            + " | Regulation on the Procedure for Holding a Competition for Candidates | - | - | "),
        run("The Council approved the Regulation on the Procedure for Holding a Competition for Candidates.", NO_DATES));
  }

  @Test
  void documentWithoutCuesLeavesDomesticJurisdictionUnknown() {
    assertEquals(List.of("Criminal Code => code | Criminal Code | - | - | "),
        run("The Criminal Code was read.", NO_DATES));
  }
}
