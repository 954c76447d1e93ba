package pressfacts.stage.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pressfacts.stage.citations.CitationFixtures.compact;
import static pressfacts.stage.citations.CitationFixtures.dates;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.Citation;
import pressfacts.doc.DateLayer;
import pressfacts.doc.InstrumentKind;

/**
 * Citations in US, UK, Indian and Georgian styles, one sentence each after a lead that gives the
 * document its state. Expected values are worked out by hand from ANNOTATION.md ("Legal citations" and
 * Conventions, Citations): the U.S.C. title number stays in the span only, a state's own law has
 * its ISO 3166-2 code, a year in an Act's name is in its title and is its date, a title of an Act
 * ("Title VII") has no unit, a list of sections is one level, a provision joined by "and" to a
 * cited instrument points back to it.
 */
class CitationStylesTest {
  private static final CitationStage STAGE = new CitationStage();
  private static final String US = "WASHINGTON - The Justice Department announced it today. ";
  private static final String CA = "LOS ANGELES, Calif. - The District Attorney announced it today. ";
  private static final String FL = "MIAMI, Fla. - The State Attorney announced it today. ";
  private static final String TX = "AUSTIN, Tex. - The District Attorney announced it today. ";
  private static final String GB = "The Crown Prosecution Service said so in London. ";
  private static final String IN = "The Supreme Court of India said so in New Delhi. ";

  static Stream<Arguments> georgian() {
    String text = "The Tbilisi City Court found him guilty under articles 25, 109, provisions “a” and “t” (Code edition"
        + " valid till 31 May, 2006) of the Criminal Code of Georgia and part I of art.333 (edition valid till 31 May,"
        + " 2006) yesterday.";
    return Stream.of(Arguments.of(text, List.of(
        "articles 25, 109, provisions “a” and “t” (Code edition valid till 31 May, 2006) of the Criminal Code of Georgia"
            + " => code | Criminal Code | GE | - | article 25, 109, subparagraph a and t",
        "part I of art.333 (edition valid till 31 May, 2006) => code | Criminal Code | GE | - | article 333, part I -> 0")));
  }

  @ParameterizedTest
  @MethodSource("georgian")
  void citesProvisionsInGeorgianStyle(String text, List<String> expected) {
    assertEquals(expected, compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  static Stream<Arguments> international() {
    String coe = "Council of Europe Convention on preventing and combating violence against women and domestic violence";
    return Stream.of(
        // a declaration is kind other and international; "the Declaration" points back to it
        Arguments.of("The Chief Justices signed the Jakarta Declaration on Monday. They agreed in the Declaration that it"
            + " applies.", List.of("Jakarta Declaration => other | Jakarta Declaration | INT | - | ",
            "Declaration => other | Jakarta Declaration | INT | - |  -> 0")),
        // an international organisation's name leads the title, which goes on in lower case; "known as" gives its short name
        Arguments.of("Austria ratified the " + coe + ", known as the Istanbul Convention, in 2013.",
            List.of(coe + " => convention | " + coe + " | INT | - | ",
                "Istanbul Convention => convention | " + coe + " | INT | - | ")));
  }

  @ParameterizedTest
  @MethodSource("international")
  void citesInternationalInstruments(String text, List<String> expected) {
    assertEquals(expected, compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of(US + "He committed wire fraud, in violation of 18 U.S.C. § 1343.", List.of(),
            "18 U.S.C. § 1343 => code | United States Code | US | - | section 1343"),
        Arguments.of(US + "They were charged under 18 U.S.C. §§ 1341 and 1343 last week.", List.of(),
            "18 U.S.C. §§ 1341 and 1343 => code | United States Code | US | - | section 1341 and 1343"),
        Arguments.of(US + "He pleaded guilty to violating Title 18, United States Code, Section 1343.", List.of(),
            "Title 18, United States Code, Section 1343 => code | United States Code | US | - | section 1343"),
        Arguments.of(US + "She is charged with murder under Cal. Penal Code § 187(a) in the case.", List.of(),
            "Cal. Penal Code § 187(a) => code | Penal Code | US-CA | - | section 187(a)"),
        Arguments.of(CA + "He is charged with one count of murder, Penal Code section 187(a).", List.of(),
            "Penal Code section 187(a) => code | Penal Code | US-CA | - | section 187(a)"),
        Arguments.of(CA + "He is charged with possession for sale, Health and Safety Code section 11352.", List.of(),
            "Health and Safety Code section 11352 => code | Health and Safety Code | US-CA | - | section 11352"),
        // a state whose name begins with a word that stops a name ("New") still leads the code's name
        Arguments.of(US + "He is charged under New York Penal Law section 140.25 in the case.", List.of(),
            "New York Penal Law section 140.25 => law | Penal Law | US-NY | - | section 140.25"),
        Arguments.of(US + "He is charged under Penal Law § 125.25 in the case.", List.of(),
            "Penal Law § 125.25 => law | Penal Law | US | - | section 125.25"),
        // "&" joins the words of a code's name as "and" does: the span as written, the title the code's one
        // name ("H&S 11378" gives Health and Safety Code too)
        Arguments.of(CA + "He is charged with possession, Health & Safety Code section 11378, today.", List.of(),
            "Health & Safety Code section 11378 => code | Health and Safety Code | US-CA | - | section 11378"),
        // a section number right after a code's name, with no unit word, is a section
        Arguments.of(CA + "He was charged with DUI causing injury, Vehicle Code 23152(a), on Monday.", List.of(),
            "Vehicle Code 23152(a) => code | Vehicle Code | US-CA | - | section 23152(a)"),
        Arguments.of(CA + "He is charged with attempted murder, Penal Code 664/187, and more.", List.of(),
            "Penal Code 664/187 => code | Penal Code | US-CA | - | section 664/187"),
        // an order or a resolution numbered without "No.": the number is in its name
        Arguments.of(US + "The company is designated under Executive Order 13224 since then.", List.of(),
            "Executive Order 13224 => order | Executive Order 13224 | US | - | "),
        // in a state's release a five-digit Executive Order is still the President's (one series since 1907)
        Arguments.of(CA + "The agency acted under Executive Order 14159 since then.", List.of(),
            "Executive Order 14159 => order | Executive Order 14159 | US | - | "),
        // a governor's order numbered lower stays the state's
        Arguments.of(CA + "The agency acted under Executive Order 202 since then.", List.of(),
            "Executive Order 202 => order | Executive Order 202 | US-CA | - | "),
        // a capitalised order or directive numbered in hyphenated parts: the number is in its name, a
        // lettered one too ("of the court" in lower case names no issuer)
        Arguments.of(CA + "The office follows Special Directive 19-04 on bail, the new policy.", List.of(),
            "Special Directive 19-04 => directive | Special Directive 19-04 | US-CA | - | "),
        Arguments.of(CA + "The county closed parks under Executive Order K-12-21 last spring.", List.of(),
            "Executive Order K-12-21 => order | Executive Order K-12-21 | US-CA | - | "),
        Arguments.of(CA + "Trials were paused by General Order 2021-07 of the court.", List.of(),
            "General Order 2021-07 => order | General Order 2021-07 | US-CA | - | "),
        // "Federal" before a known federal Act says whose law it is, as a state's name does: no part of the
        // title, in the span; a name that needs the word stays whole
        Arguments.of(US + "The Federal Fair Housing Act bars such steering, she said.", List.of(),
            "Federal Fair Housing Act => act | Fair Housing Act | US | - | "),
        Arguments.of(US + "The widow sued under the Federal Tort Claims Act last year.", List.of(),
            "Federal Tort Claims Act => act | Federal Tort Claims Act | US | - | "),
        // a federal Act that a county release cites without "federal" (known-instruments.tsv)
        Arguments.of(CA + "The county funds reentry under the Second Chance Act this year.", List.of(),
            "Second Chance Act => act | Second Chance Act | US | - | "),
        Arguments.of(CA + "He was released early under the First Step Act this year.", List.of(),
            "First Step Act => act | First Step Act | US | - | "),
        // a U.S.C. section written without "§"
        Arguments.of(US + "He pleaded guilty to violating 21 U.S.C. 841(a)(1) in May.", List.of(),
            "21 U.S.C. 841(a)(1) => code | United States Code | US | - | section 841(a)(1)"),
        // capitalised words listed with a serial comma make one Act's name
        Arguments.of(US + "The drugs were misbranded under the Federal Food, Drug, and Cosmetic Act, he said.", List.of(),
            "Federal Food, Drug, and Cosmetic Act => act | Federal Food, Drug, and Cosmetic Act | US | - | "),
        // a state code's abbreviation before a section number, as charges are listed
        Arguments.of(CA + "He was charged with assault with a deadly weapon (PC 245(a)(1)) last week.", List.of(),
            "PC 245(a)(1) => code | Penal Code | US-CA | - | section 245(a)(1)"),
        Arguments.of(CA + "She faces one count of DUI, VC 23152, and probation.", List.of(),
            "VC 23152 => code | Vehicle Code | US-CA | - | section 23152"),
        // the abbreviation written with dots or an ampersand
        Arguments.of(CA + "He is charged with murder (P.C. 187(a)) and a gang enhancement.", List.of(),
            "P.C. 187(a) => code | Penal Code | US-CA | - | section 187(a)"),
        Arguments.of(CA + "He is charged with possession, H&S 11378, and transportation.", List.of(),
            "H&S 11378 => code | Health and Safety Code | US-CA | - | section 11378"),
        Arguments.of(US + "The grants were created by Pub. L. No. 110-53 in 2007.", List.of(),
            "Pub. L. No. 110-53 => law | Pub. L. No. 110-53 | US | - | "),
        Arguments.of(US + "It violates Title VII of the Civil Rights Act of 1964, the suit says.", List.of("1964=1964"),
            "Title VII of the Civil Rights Act of 1964 => act | Civil Rights Act of 1964 | US | 1964 | "),
        Arguments.of(GB + "He was convicted under section 18 of the Offences Against the Person Act 1861 today.",
            List.of("1861=1861"),
            "section 18 of the Offences Against the Person Act 1861 => act | Offences Against the Person Act 1861 | GB | 1861 | section 18"),
        Arguments.of(IN + "He was booked under Section 302 of the IPC for the murder.", List.of(),
            "Section 302 of the IPC => code | Indian Penal Code | IN | - | section 302"),
        Arguments.of(IN + "A case u/s 34 IPC was registered against them.", List.of(),
            "u/s 34 IPC => code | Indian Penal Code | IN | - | section 34"),
        Arguments.of(IN + "They were charged under Sections 420 and 468 of the Indian Penal Code.", List.of(),
            "Sections 420 and 468 of the Indian Penal Code => code | Indian Penal Code | IN | - | section 420 and 468"),
        Arguments.of(TX + "The rules are in Chapter 56 in Title 1 of the Texas Administrative Code now.", List.of(),
            "Chapter 56 in Title 1 of the Texas Administrative Code => code | Texas Administrative Code | US-TX | - | chapter 56"));
  }

  /**
   * More forms of the same styles and of the international ones, each worked out by hand from
   * ANNOTATION.md: the U.S.C. title number in the span only, an Indian short title's year after a
   * comma kept in the title and its date, the UK "s." for section, a law named after a person with
   * its possessive, an official number after the issuer or the date in the span ('No. 273-FZ'),
   * with the quoted title as title and an untitled decree's title null, a capitalised body of law
   * issued by a named state.
   */
  static Stream<Arguments> moreForms() {
    return Stream.of(
        Arguments.of(US + "He violated Section 1343 of Title 18 of the United States Code in May.", List.of(),
            "Section 1343 of Title 18 of the United States Code => code | United States Code | US | - | section 1343"),
        Arguments.of(US + "He was charged under 18 USC 1343 last year.", List.of(),
            "18 USC 1343 => code | United States Code | US | - | section 1343"),
        Arguments.of(IN + "An FIR was registered under Section 13(1)(d) of the Prevention of Corruption Act, 1988 yesterday.",
            List.of("1988=1988"),
            "Section 13(1)(d) of the Prevention of Corruption Act, 1988 => act | Prevention of Corruption Act, 1988 | IN | 1988"
                + " | section 13(1)(d)"),
        Arguments.of(GB + "He was charged under s.18 of the Offences Against the Person Act 1861 today.", List.of("1861=1861"),
            "s.18 of the Offences Against the Person Act 1861 => act | Offences Against the Person Act 1861 | GB | 1861 | section 18"),
        Arguments.of(CA + "The victim was told of her rights under Marsy’s Law today.", List.of(),
            "Marsy’s Law => law | Marsy’s Law | US-CA | - | "),
        Arguments.of(CA + "He must register under Megan's Law for life.", List.of(),
            "Megan's Law => law | Megan's Law | US-CA | - | "),
        Arguments.of("He was charged under Article 179.3.2 of the Criminal Code of the Republic of Azerbaijan (embezzlement).",
            List.of(), "Article 179.3.2 of the Criminal Code of the Republic of Azerbaijan => code | Criminal Code | AZ | - | article 179.3.2"),
        Arguments.of("The court applied Part 2 of Article 15 of the Law of Ukraine “On Access to Public Information”.", List.of(),
            "Part 2 of Article 15 of the Law of Ukraine “On Access to Public Information” => law | On Access to Public Information"
                + " | UA | - | article 15, part 2"),
        Arguments.of("Under Article 28 of the Constitution of the Republic of Moldova, everyone has the right to privacy.", List.of(),
            "Article 28 of the Constitution of the Republic of Moldova => constitution | Constitution | MD | - | article 28"),
        Arguments.of("Article 6 of the European Convention on Human Rights guarantees a fair trial.", List.of(),
            "Article 6 of the European Convention on Human Rights => convention | European Convention on Human Rights | INT | - | article 6"),
        Arguments.of("The Federal Law of the Russian Federation No. 273-FZ \"On Combating Corruption\" is in force.", List.of(),
            "Federal Law of the Russian Federation No. 273-FZ \"On Combating Corruption\" => law | On Combating Corruption | RU | - | "),
        // the quoted title names another instrument ("the Criminal Code"): no citation of its own inside the span
        Arguments.of("The Law of the Republic of Kazakhstan dated 4 July 2023 No. 10-VIII \"On Amendments to the Criminal Code\" was"
            + " signed.", List.of("4 July 2023=2023-07-04"), "Law of the Republic of Kazakhstan dated 4 July 2023 No. 10-VIII"
            + " \"On Amendments to the Criminal Code\" => law | On Amendments to the Criminal Code | KZ | 2023-07-04 | "),
        Arguments.of("Decree of the President of the Republic of Uzbekistan No. PF-5482 dated 7 August 2018 was adopted.",
            List.of("7 August 2018=2018-08-07"), "Decree of the President of the Republic of Uzbekistan No. PF-5482 dated 7 August"
            + " 2018 => decree | - | UZ | 2018-08-07 | "),
        Arguments.of("The court found that he violated Section 5 of the Criminal Law of Latvia.", List.of(),
            "Section 5 of the Criminal Law of Latvia => law | Criminal Law | LV | - | section 5"),
        // a code's acronym with its state after it: the acronym stands for the code, written out as title
        Arguments.of("The court found him guilty under Part 1 of Article 115 of the CC of Ukraine.", List.of(),
            "Part 1 of Article 115 of the CC of Ukraine => code | Criminal Code | UA | - | article 115, part 1"),
        Arguments.of("The investigator acted under Article 208 of the CPC of Ukraine.", List.of(),
            "Article 208 of the CPC of Ukraine => code | Criminal Procedure Code | UA | - | article 208"),
        // principles adopted by judges: a capitalised name, kind other, international like a declaration
        Arguments.of("The judges discussed the Bangalore Principles of Judicial Conduct.", List.of(),
            "Bangalore Principles of Judicial Conduct => other | Bangalore Principles of Judicial Conduct | INT | - | "),
        // "et seq." after a provision is in the span; the provision is the one written
        Arguments.of(CA + "He must register under Penal Code section 290 et seq. for life.", List.of(),
            "Penal Code section 290 et seq. => code | Penal Code | US-CA | - | section 290"),
        Arguments.of(US + "The suit relies on 42 U.S.C. §§ 3601, et seq., and on state law.", List.of(),
            "42 U.S.C. §§ 3601, et seq. => code | United States Code | US | - | section 3601"),
        Arguments.of(CA + "He must register under Penal Code sections 290,\net seq\n. He did not.", List.of(),
            "Penal Code sections 290,\net seq => code | Penal Code | US-CA | - | section 290"),
        // a long official title with several inner words in a row is read whole (issue: long titles read whole)
        Arguments.of(US + "He was charged under the Victims of Trafficking and Violence Protection Act of 2000 today.",
            List.of("2000=2000"), "Victims of Trafficking and Violence Protection Act of 2000 => act | Victims of Trafficking and"
            + " Violence Protection Act of 2000 | US | 2000 | "),
        Arguments.of(IN + "A case was registered under the Protection of Children from Sexual Offences Act, 2012 yesterday.",
            List.of("2012=2012"), "Protection of Children from Sexual Offences Act, 2012 => act | Protection of Children from"
            + " Sexual Offences Act, 2012 | IN | 2012 | "),
        // "to" and "in" join a long title's capitalised words too
        Arguments.of(IN + "She applied under the Right to Information Act, 2005 last week.",
            List.of("2005=2005"), "Right to Information Act, 2005 => act | Right to Information Act, 2005 | IN | 2005 | "),
        Arguments.of(US + "He was charged under the Right to Financial Privacy Act today.",
            List.of(), "Right to Financial Privacy Act => act | Right to Financial Privacy Act | US | - | "),
        // a known regulation named without a kind word: found by its whole title, in either spelling
        Arguments.of(US + "The rifle scopes are defense articles on the United States Munitions List, he said.", List.of(),
            "United States Munitions List => regulation | United States Munitions List | US | - | "),
        Arguments.of(US + "Items on the U.S. Munitions List need a license to leave the country.", List.of(),
            "U.S. Munitions List => regulation | U.S. Munitions List | US | - | "),
        // "State" after a US state's name is the state's: the title is the law's own name
        Arguments.of(US + "He pleaded guilty under New York State Penal Law § 125.25 on Monday.", List.of(),
            "New York State Penal Law § 125.25 => law | Penal Law | US-NY | - | section 125.25"),
        // "the State of Texas" after a constitution names its state, as "Texas Constitution" does
        Arguments.of(US + "Victims' rights are in the Constitution of the State of Texas, she said.", List.of(),
            "Constitution of the State of Texas => constitution | Constitution | US-TX | - | "),
        // the dot of "U.S." inside the name does not cut it
        Arguments.of(US + "The search violated the Fourth Amendment to the U.S. Constitution, the suit says.", List.of(),
            "Fourth Amendment to the U.S. Constitution => constitution | Fourth Amendment to the U.S. Constitution | US | - | "),
        // inner "in" and "and" in the short names of a protocol and of regulations
        Arguments.of(US + "The country ratified the Trafficking in Persons Protocol last year.", List.of(),
            "Trafficking in Persons Protocol => protocol | Trafficking in Persons Protocol | INT | - | "),
        Arguments.of(US + "He violated the Iranian Transactions and Sanctions Regulations for years.", List.of(),
            "Iranian Transactions and Sanctions Regulations => regulation | Iranian Transactions and Sanctions Regulations | US | - | "),
        // an acronym in brackets inside an Act's name: the span is the whole name, the title the name without it
        Arguments.of(CA + "They were convicted under the Racketeer Influenced and Corrupt Organizations (RICO) Act today.",
            List.of(), "Racketeer Influenced and Corrupt Organizations (RICO) Act => act | Racketeer Influenced and"
                + " Corrupt Organizations Act | US | - | "),
        // the Code of Federal Regulations by title number and part, or section
        Arguments.of(US + "The exports violated 31 C.F.R. Part 560 for years.", List.of(),
            "31 C.F.R. Part 560 => regulation | Code of Federal Regulations | US | - | part 560"),
        Arguments.of(US + "The items are listed at 22 CFR 121.1 in full.", List.of(),
            "22 CFR 121.1 => regulation | Code of Federal Regulations | US | - | section 121.1"),
        // an Indian code's year after a comma and its subject is in its span and title, and is its date
        Arguments.of(IN + "He was arrested under the Code of Criminal Procedure, 1973 on Monday.", List.of("1973=1973"),
            "Code of Criminal Procedure, 1973 => code | Code of Criminal Procedure, 1973 | IN | 1973 | "),
        // the issuing state from the document: Mongolia's name, capital and adjective are cues
        Arguments.of("ULAANBAATAR - The Judicial General Council of Mongolia met. The Law on Courts was amended.", List.of(),
            "Law on Courts => law | Law on Courts | MN | - | "));
  }

  @ParameterizedTest
  @MethodSource("moreForms")
  void citesTheInstrumentInMoreForms(String text, List<String> datePairs, String expected) {
    DateLayer ds = dates(text, datePairs.toArray(String[]::new));
    assertEquals(List.of(expected), compact(STAGE.citations(text, ds).citations()));
  }

  /**
   * Federal law cited in a state's release, a provision before its code set off by a comma, and
   * Indian "read with": worked out by hand from the Conventions (federal law is "US", a state's own
   * law its ISO 3166-2 code; the span covers provision and instrument as one stretch; a list of ids
   * of one unit is one level whose id is written as in the text).
   */
  static Stream<Arguments> federalCommaAndReadWith() {
    return Stream.of(
        // a known federal Act keeps "US" in a California release; the state's own Act of a like name does not
        Arguments.of(CA + "The landlord violated the Fair Housing Act, the suit says.", List.of(),
            List.of("Fair Housing Act => act | Fair Housing Act | US | - | ")),
        Arguments.of(CA + "The suit relies on the Civil Rights Act of 1964 today.", List.of("1964=1964"),
            List.of("Civil Rights Act of 1964 => act | Civil Rights Act of 1964 | US | 1964 | ")),
        Arguments.of(CA + "The suit relies on the Unruh Civil Rights Act today.", List.of(),
            List.of("Unruh Civil Rights Act => act | Unruh Civil Rights Act | US-CA | - | ")),
        // an Act the text calls federal is federal law, whatever its name
        Arguments.of(CA + "The company violated the federal Clean Water Act, officials said.", List.of(),
            List.of("Clean Water Act => act | Clean Water Act | US | - | ")),
        // "Section 49.04, Texas Penal Code": the section first, then a comma and its code: one citation
        Arguments.of(TX + "He was convicted under Section 49.04, Texas Penal Code, and sentenced.", List.of(),
            List.of("Section 49.04, Texas Penal Code => code | Penal Code | US-TX | - | section 49.04")),
        // "r/w" (read with) joins two sections of one offence: one level, its id as written
        Arguments.of(IN + "A chargesheet was filed under Section 13(2) r/w 13(1)(d) of the PC Act yesterday.", List.of(),
            List.of("Section 13(2) r/w 13(1)(d) of the PC Act => act | PC Act | IN | - | section 13(2) r/w 13(1)(d)")),
        Arguments.of(IN + "A case u/s 120-B r/w 420 IPC was registered.", List.of(),
            List.of("u/s 120-B r/w 420 IPC => code | Indian Penal Code | IN | - | section 120-B r/w 420")),
        // India's procedure code by its acronym with a small letter ("CrPC"), and the codes of 2023 by
        // their Hindi titles (no English kind word) or acronyms
        Arguments.of(IN + "Bail was granted under Section 438 CrPC to the accused.", List.of(),
            List.of("Section 438 CrPC => code | Code of Criminal Procedure, 1973 | IN | - | section 438")),
        Arguments.of(IN + "A case u/s 318 BNS was registered.", List.of(),
            List.of("u/s 318 BNS => code | Bharatiya Nyaya Sanhita | IN | - | section 318")),
        Arguments.of(IN + "Bail was refused under Section 483 of the Bharatiya Nagarik Suraksha Sanhita and the CrPC no longer applies.",
            List.of(),
            List.of("Section 483 of the Bharatiya Nagarik Suraksha Sanhita => code | Bharatiya Nagarik Suraksha Sanhita | IN | - | section 483",
                "CrPC => code | Code of Criminal Procedure, 1973 | IN | - | ")),
        // a mixed-case word that is no listed acronym is no instrument after a section
        Arguments.of(IN + "He met officers of the McKinley unit in Section 4 McKinley yesterday.", List.of(),
            List.of()),
        // a United Kingdom statute keeps GB with no British cue in the text; a like name does not
        Arguments.of("He was convicted under section 18 of the Offences Against the Person Act 1861 today.", List.of("1861=1861"),
            List.of("section 18 of the Offences Against the Person Act 1861 => act | Offences Against the Person Act 1861 | GB | 1861 | section 18")),
        Arguments.of(US + "He was charged under the Offences Against Children Act today.", List.of(),
            List.of("Offences Against Children Act => act | Offences Against Children Act | US | - | ")),
        // a code's name with an ampersand is the same code's ("Health & Safety Code"); an Act's keeps it as written
        Arguments.of(CA + "He was charged under Health & Safety Code section 11352 today.", List.of(),
            List.of("Health & Safety Code section 11352 => code | Health and Safety Code | US-CA | - | section 11352")),
        Arguments.of(CA + "The suit relies on the Fish & Game Act today.", List.of(),
            List.of("Fish & Game Act => act | Fish & Game Act | US-CA | - | ")),
        // a ballot measure abbreviated ("Prop. 57") is the Proposition, a state's law; "Prop." with no number is none
        Arguments.of(CA + "His sentence was cut under Prop. 57 last year.", List.of(),
            List.of("Prop. 57 => law | Proposition 57 | US-CA | - | ")),
        Arguments.of(CA + "The Prop. house stood at 57 Main St. for years.", List.of(),
            List.of()),
        // a county's ballot measure named by its letters ("Measure J") is a law the voters adopted, of the state
        Arguments.of(CA + "The voters approved Measure QQ to fund the clinic last year.", List.of(),
            List.of("Measure QQ => law | Measure QQ | US-CA | - | ")),
        Arguments.of(CA + "The Measure of the program is its reach.", List.of(),
            List.of()),
        // a law known by a hyphenated nickname of numbers and words ("10-20-Life law"); a lowercase or all-capitals compound is none
        Arguments.of(FL + "Under the state's 15-25-Prison law he faces a minimum term.", List.of(),
            List.of("15-25-Prison law => law | 15-25-Prison | US-FL | - | ")),
        Arguments.of(FL + "The 33-year law and the old-Style law were both repealed.", List.of(),
            List.of()),
        // words alone joined by hyphens are a place before "law", not a nickname ("Miami-Dade law enforcement")
        Arguments.of(FL + "Tallow-Creek law enforcement officers made the arrest.", List.of(),
            List.of()),
        // a part numbered in words inside an article, as translated releases write it; alone it is prose
        Arguments.of("The Supreme Court of Ukraine said so in Kyiv. Under part two of Article 45 of the Criminal Code the"
            + " case was closed, as set out in part one of the report.", List.of(),
            List.of("part two of Article 45 of the Criminal Code => code | Criminal Code | UA | - | article 45, part two")),
        // organisations named with a kind word are bodies, not instruments
        Arguments.of(CA + "The office works with Code for America and the Order of the Eastern Star on it.", List.of(),
            List.of()),
        // a second "and the" ends a convention's name before the next instrument: both read whole
        Arguments.of("The court cited the International Covenant on Fishing and Forestry Rights and the United Nations"
            + " Convention on Soils.", List.of(),
            List.of("International Covenant on Fishing and Forestry Rights => convention | International Covenant on Fishing"
                + " and Forestry Rights | INT | - | ",
                "United Nations Convention on Soils => convention | United Nations Convention on Soils | INT | - | ")));
  }

  @ParameterizedTest
  @MethodSource("federalCommaAndReadWith")
  void citesFederalActsCommaCodesAndReadWith(String text, List<String> datePairs, List<String> expected) {
    DateLayer ds = dates(text, datePairs.toArray(String[]::new));
    assertEquals(expected, compact(STAGE.citations(text, ds).citations()));
  }

  /**
   * A court's decision in the case reported is a document of the case itself, no citation
   * (Conventions, Citations); a Plenum's or a Constitutional Court's decision is law that the
   * release cites. Expected values by hand from ANNOTATION.md.
   */
  static Stream<Arguments> courtDecisions() {
    return Stream.of(
        Arguments.of("The Supreme Court upheld the decision of the Criminal Cases Panel of Ganja City Court and"
            + " dismissed the appeal.", List.of()),
        Arguments.of("The prosecutor appealed the decision of the Baku Court of Appeal last year.", List.of()),
        Arguments.of("The judges discussed the decision of the Plenum of the Supreme Court of the Republic of Azerbaijan.",
            List.of("decision of the Plenum of the Supreme Court of the Republic of Azerbaijan => decision | - | AZ | - | ")),
        // a court's order in the case is a document of the case too; a numbered one stays a citation
        Arguments.of("The defendant challenged an order of the Superior Court of Kern County to reopen the case.",
            List.of()),
        Arguments.of("The clerk read Order No. 7 of the Supreme Court of Ukraine.",
            List.of("Order No. 7 of the Supreme Court of Ukraine => order | Order No. 7 | UA | - | ")));
  }

  @ParameterizedTest
  @MethodSource("courtDecisions")
  void readsACourtsDecisionInTheCaseAsNoCitation(String text, List<String> expected) {
    assertEquals(expected, compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  /** The deciding court may follow the decision's date: still a document of the case; a Plenum's decision stays. */
  @Test
  void readsACourtAfterTheDecisionsDateAsTheCaseItself() {
    String inCase = "The verdict was upheld by the decision from May 4, 2019 of the Criminal Chamber of Kutaisi Court"
        + " of Appeals.";
    assertEquals(List.of(), compact(STAGE.citations(inCase, dates(inCase, "May 4, 2019=2019-05-04")).citations()));
    String law = "The judges applied the decision from May 4, 2019 of the Plenum of the Supreme Court of Georgia.";
    // still a citation (its span does not yet reach the Plenum after the date: only that it stays is checked)
    List<Citation> kept = STAGE.citations(law, dates(law, "May 4, 2019=2019-05-04")).citations();
    assertEquals(1, kept.size());
    assertEquals(InstrumentKind.DECISION, kept.get(0).instrument().kind());
  }

  /**
   * The European Court of Human Rights' style: "§" inside an article numbers its paragraph (outer to
   * inner: article, then paragraph), a remark in brackets stays in the span, "the Convention" points
   * back to the named Convention. Expected values by hand from ANNOTATION.md.
   */
  static Stream<Arguments> echrStyle() {
    String echr = "European Convention on Human Rights";
    return Stream.of(
        Arguments.of("The applicant relied on Article 6 § 1 (right to a fair trial) of the " + echr + ".", List.of(
            "Article 6 § 1 (right to a fair trial) of the " + echr + " => convention | " + echr + " | INT | - | article 6,"
                + " paragraph 1")),
        Arguments.of("He relied on Article 8 of the " + echr + ". The Court found a violation of Article 6, § 3 of the"
            + " Convention.", List.of(
            "Article 8 of the " + echr + " => convention | " + echr + " | INT | - | article 8",
            "Article 6, § 3 of the Convention => convention | " + echr + " | INT | - | article 6, paragraph 3 -> 0")),
        // a section sign with no article stays a section ("18 U.S.C. § 1591" is unchanged)
        Arguments.of("He was charged under 18 U.S.C. § 1591 in Texas.", List.of(
            "18 U.S.C. § 1591 => code | United States Code | US | - | section 1591")));
  }

  @ParameterizedTest
  @MethodSource("echrStyle")
  void readsTheSectionSignInAnArticleAsItsParagraph(String text, List<String> expected) {
    assertEquals(expected, compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  /** A kind word that makes a common noun with the word after it names no instrument, whatever stands before it. */
  static Stream<Arguments> commonNouns() {
    return Stream.of(
        Arguments.of(CA + "Mexican law enforcement located him in Tijuana."),
        Arguments.of(US + "\"No law enforcement officer may use unreasonable force,\" he said."),
        Arguments.of(CA + "The District Attorney and Attorney General law enforcement action is separate."),
        Arguments.of(CA + "She worked at a private law firm before joining the office."),
        // fields a lawyer practises, listed in a biography
        Arguments.of(CA + "She worked at a firm that specialized in Business Law, Civil Litigation and Real Estate."),
        // a known title's words inside a longer word name nothing
        Arguments.of(US + "The U.S. Munitions Listing Office reviewed the file."));
  }

  @ParameterizedTest
  @MethodSource("commonNouns")
  void citesNoInstrumentInACommonNoun(String text) {
    assertEquals(List.of(), compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  static Stream<Arguments> twoCitations() {
    return Stream.of(
        // "and" before another capitalised name ending on a kind word joins two instruments, not one name
        Arguments.of("The Code of Civil Procedure and the Criminal Procedure Code of the Republic of Azerbaijan were amended.",
            List.of("Code of Civil Procedure => code | Code of Civil Procedure | AZ | - | ",
                "Criminal Procedure Code of the Republic of Azerbaijan => code | Criminal Procedure Code | AZ | - | ")),
        // a name ending on the same kind word before "and" is a whole code: two codes, not one name
        Arguments.of(TX + "The office answered under the Texas Family Code and Texas Government Code Chapter 552 today.",
            List.of("Texas Family Code => code | Family Code | US-TX | - | ",
                "Texas Government Code Chapter 552 => code | Government Code | US-TX | - | chapter 552")),
        // while "and" between a name's words stays inside it
        Arguments.of(TX + "He was charged under the Texas Health and Safety Code Chapter 481 today.",
            List.of("Texas Health and Safety Code Chapter 481 => code | Health and Safety Code | US-TX | - | chapter 481")),
        // "and" inside one name stays ("Human Rights and Fundamental Freedoms")
        Arguments.of("Azerbaijan applies the Convention for the Protection of Human Rights and Fundamental Freedoms.",
            List.of("Convention for the Protection of Human Rights and Fundamental Freedoms => convention | Convention for the"
                + " Protection of Human Rights and Fundamental Freedoms | INT | - | ")),
        // a title number after "and" begins a new U.S.C. citation; it is no id of the list before it
        Arguments.of(US + "He violated Title 18, United States Code, Section 1343 and 18 U.S.C. §§ 1341 and 1349 today.",
            List.of("Title 18, United States Code, Section 1343 => code | United States Code | US | - | section 1343",
                "18 U.S.C. §§ 1341 and 1349 => code | United States Code | US | - | section 1341 and 1349")),
        // nor is the title number of a C.F.R. citation after it
        Arguments.of(US + "He violated 26 U.S.C. § 7201 and 31 C.F.R. Part 560 today.",
            List.of("26 U.S.C. § 7201 => code | United States Code | US | - | section 7201",
                "31 C.F.R. Part 560 => regulation | Code of Federal Regulations | US | - | part 560")));
  }

  static Stream<Arguments> wrappedLines() {
    String wrapped = "Lawmakers passed the bill after months of debate; it amends the Texas Medical\nRecords Act for good.";
    return Stream.of(
        // a line of prose wrapped inside a name: the name is whole, the state before it gives the jurisdiction
        Arguments.of(TX + wrapped, List.of("Texas Medical\nRecords Act => act | Medical Records Act | US-TX | - | ")),
        // a unit wrapped away from its code in running text
        Arguments.of(CA + "The defendant pleaded guilty to one felony count of assault under Penal Code\nsection 245(a)(1) today.",
            List.of("Penal Code\nsection 245(a)(1) => code | Penal Code | US-CA | - | section 245(a)(1)")),
        // a short line (a heading, a menu item) is no wrap: the name on the next line stands alone
        Arguments.of(TX + "\nTexas Medical\nRecords Act amended.", List.of("Records Act => act | Records Act | US-TX | - | ")));
  }

  @ParameterizedTest
  @MethodSource("wrappedLines")
  void readsANameAcrossAWrappedLine(String text, List<String> expected) {
    assertEquals(expected, compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  @ParameterizedTest
  @MethodSource("twoCitations")
  void citesEachOfTwoInstrumentsInARow(String text, List<String> expected) {
    assertEquals(expected, compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void citesTheInstrument(String text, List<String> datePairs, String expected) {
    DateLayer ds = dates(text, datePairs.toArray(String[]::new));
    assertEquals(List.of(expected), compact(STAGE.citations(text, ds).citations()));
  }
  /**
   * A state's statute book in its official and Bluebook forms (state-codes.tsv), each worked out by
   * hand: title the book's name (a book named after its state keeps the state, a code named by its
   * subject does not), jurisdiction the state's ISO 3166-2 code, a title number before the form in
   * the span only (as for the U.S.C.), a rule's number in the span only (no unit for a rule).
   */
  static Stream<Arguments> statuteBooks() {
    return Stream.of(
        Arguments.of("He was charged under Fla. Stat. § 782.04 last week.",
            "Fla. Stat. § 782.04 => code | Florida Statutes | US-FL | - | section 782.04"),
        Arguments.of("He is charged with murder under Section 782.04, Florida Statutes, the office said.",
            "Section 782.04, Florida Statutes => code | Florida Statutes | US-FL | - | section 782.04"),
        Arguments.of("The penalties are set by the Florida Statutes for each offense.",
            "Florida Statutes => code | Florida Statutes | US-FL | - | "),
        Arguments.of("She is charged under A.R.S. § 13-1105 with first-degree murder.",
            "A.R.S. § 13-1105 => code | Arizona Revised Statutes | US-AZ | - | section 13-1105"),
        Arguments.of("The Arizona Revised Statutes allow it.",
            "Arizona Revised Statutes => code | Arizona Revised Statutes | US-AZ | - | "),
        Arguments.of("He was charged with first degree murder (720 ILCS 5/9-1) on Monday.",
            "720 ILCS 5/9-1 => code | Illinois Compiled Statutes | US-IL | - | section 5/9-1"),
        Arguments.of("It is a felony under the Illinois Compiled Statutes now.",
            "Illinois Compiled Statutes => code | Illinois Compiled Statutes | US-IL | - | "),
        Arguments.of("He is charged with murder, O.C.G.A. § 16-5-1, in the indictment.",
            "O.C.G.A. § 16-5-1 => code | Official Code of Georgia Annotated | US-GA | - | section 16-5-1"),
        Arguments.of("He was charged with murder, N.J.S.A. 2C:11-3, on Friday.",
            "N.J.S.A. 2C:11-3 => code | New Jersey Statutes Annotated | US-NJ | - | section 2C:11-3"),
        Arguments.of("She was charged with murder in the first degree, RCW 9A.32.030, yesterday.",
            "RCW 9A.32.030 => code | Revised Code of Washington | US-WA | - | section 9A.32.030"),
        Arguments.of("He was convicted of murder under ORS 163.115 today.",
            "ORS 163.115 => code | Oregon Revised Statutes | US-OR | - | section 163.115"),
        Arguments.of("He faces a charge of first-degree murder, MCL 750.316, in court.",
            "MCL 750.316 => code | Michigan Compiled Laws | US-MI | - | section 750.316"),
        Arguments.of("He was indicted for murder under G.L. c. 265, § 1 in May.",
            "G.L. c. 265, § 1 => code | Massachusetts General Laws | US-MA | - | chapter 265, section 1"),
        Arguments.of("He is charged with murder, Tex. Penal Code § 19.02, in the case.",
            "Tex. Penal Code § 19.02 => code | Penal Code | US-TX | - | section 19.02"),
        Arguments.of("He is charged under N.Y. Penal Law § 125.25 in the case.",
            "N.Y. Penal Law § 125.25 => law | Penal Law | US-NY | - | section 125.25"),
        Arguments.of("The sentence follows the Cal. Penal Code in full.",
            "Cal. Penal Code => code | Penal Code | US-CA | - | "),
        Arguments.of("He is charged under Colo. Rev. Stat. § 18-3-102 with murder.",
            "Colo. Rev. Stat. § 18-3-102 => code | Colorado Revised Statutes | US-CO | - | section 18-3-102"),
        Arguments.of("He is charged under C.R.S. 18-3-102 with murder.",
            "C.R.S. 18-3-102 => code | Colorado Revised Statutes | US-CO | - | section 18-3-102"),
        Arguments.of("He is charged under Nev. Rev. Stat. § 200.010 with murder.",
            "Nev. Rev. Stat. § 200.010 => code | Nevada Revised Statutes | US-NV | - | section 200.010"),
        Arguments.of("He is charged with murder, NRS 200.010, in the complaint.",
            "NRS 200.010 => code | Nevada Revised Statutes | US-NV | - | section 200.010"),
        Arguments.of("He is charged under Ohio Rev. Code § 2903.02 with murder.",
            "Ohio Rev. Code § 2903.02 => code | Ohio Revised Code | US-OH | - | section 2903.02"),
        Arguments.of("He was indicted for murder in violation of R.C. 2903.02 in May.",
            "R.C. 2903.02 => code | Ohio Revised Code | US-OH | - | section 2903.02"),
        Arguments.of("He is charged under 18 Pa.C.S. § 2502 with murder.",
            "18 Pa.C.S. § 2502 => code | Pennsylvania Consolidated Statutes | US-PA | - | section 2502"),
        Arguments.of("He is charged under Va. Code § 18.2-32 with murder.",
            "Va. Code § 18.2-32 => code | Code of Virginia | US-VA | - | section 18.2-32"),
        Arguments.of("He is charged under N.C. Gen. Stat. § 14-17 with murder.",
            "N.C. Gen. Stat. § 14-17 => code | General Statutes of North Carolina | US-NC | - | section 14-17"),
        Arguments.of("He pleaded guilty under Federal Rule of Criminal Procedure 11(c)(1)(C) in May.",
            "Federal Rule of Criminal Procedure 11(c)(1)(C) => regulation | Federal Rules of Criminal Procedure | US | - | "),
        Arguments.of("The judge admitted it under the Federal Rules of Evidence at trial.",
            "Federal Rules of Evidence => regulation | Federal Rules of Evidence | US | - | "),
        Arguments.of("He is charged under Ala. Code § 13A-5-40 with capital murder.",
            "Ala. Code § 13A-5-40 => code | Code of Alabama | US-AL | - | section 13A-5-40"),
        Arguments.of("The Code of Alabama sets the penalty.",
            "Code of Alabama => code | Code of Alabama | US-AL | - | "),
        Arguments.of("He is charged under Alaska Stat. § 11.41.100 with murder.",
            "Alaska Stat. § 11.41.100 => code | Alaska Statutes | US-AK | - | section 11.41.100"),
        Arguments.of("He is charged under Ark. Code Ann. § 5-10-101 with murder.",
            "Ark. Code Ann. § 5-10-101 => code | Arkansas Code | US-AR | - | section 5-10-101"),
        Arguments.of("He is charged under Conn. Gen. Stat. § 53a-54a with murder.",
            "Conn. Gen. Stat. § 53a-54a => code | General Statutes of Connecticut | US-CT | - | section 53a-54a"),
        Arguments.of("He is charged with murder, C.G.S. 53a-54a, in court.",
            "C.G.S. 53a-54a => code | General Statutes of Connecticut | US-CT | - | section 53a-54a"),
        Arguments.of("He is charged under Del. Code Ann. tit. 11, § 636 with murder.",
            "Del. Code Ann. tit. 11, § 636 => code | Delaware Code | US-DE | - | section 636"),
        Arguments.of("He is charged under 11 Del. C. § 636 with murder.",
            "11 Del. C. § 636 => code | Delaware Code | US-DE | - | section 636"),
        Arguments.of("He is charged under D.C. Code § 22-2101 with murder.",
            "D.C. Code § 22-2101 => code | District of Columbia Code | US-DC | - | section 22-2101"),
        Arguments.of("He is charged under Haw. Rev. Stat. § 707-701 with murder.",
            "Haw. Rev. Stat. § 707-701 => code | Hawaii Revised Statutes | US-HI | - | section 707-701"),
        Arguments.of("He is charged with murder, HRS § 707-701, in court.",
            "HRS § 707-701 => code | Hawaii Revised Statutes | US-HI | - | section 707-701"),
        Arguments.of("He is charged under Idaho Code § 18-4001 with murder.",
            "Idaho Code § 18-4001 => code | Idaho Code | US-ID | - | section 18-4001"),
        Arguments.of("He is charged under Ind. Code § 35-42-1-1 with murder.",
            "Ind. Code § 35-42-1-1 => code | Indiana Code | US-IN | - | section 35-42-1-1"),
        Arguments.of("He is charged under Iowa Code § 707.2 with murder.",
            "Iowa Code § 707.2 => code | Code of Iowa | US-IA | - | section 707.2"),
        Arguments.of("He is charged with murder, K.S.A. 21-5402, in court.",
            "K.S.A. 21-5402 => code | Kansas Statutes Annotated | US-KS | - | section 21-5402"),
        Arguments.of("He is charged under Kan. Stat. Ann. § 21-5402 with murder.",
            "Kan. Stat. Ann. § 21-5402 => code | Kansas Statutes Annotated | US-KS | - | section 21-5402"),
        Arguments.of("He is charged under Ky. Rev. Stat. Ann. § 507.020 with murder.",
            "Ky. Rev. Stat. Ann. § 507.020 => code | Kentucky Revised Statutes | US-KY | - | section 507.020"),
        Arguments.of("He is charged with murder, KRS 507.020, in court.",
            "KRS 507.020 => code | Kentucky Revised Statutes | US-KY | - | section 507.020"),
        Arguments.of("He is charged with murder, La. R.S. 14:30, in court.",
            "La. R.S. 14:30 => code | Louisiana Revised Statutes | US-LA | - | section 14:30"),
        Arguments.of("He is charged under La. Rev. Stat. § 14:30 with murder.",
            "La. Rev. Stat. § 14:30 => code | Louisiana Revised Statutes | US-LA | - | section 14:30"),
        Arguments.of("He is charged under Me. Rev. Stat. tit. 17-A, § 201 with murder.",
            "Me. Rev. Stat. tit. 17-A, § 201 => code | Maine Revised Statutes | US-ME | - | section 201"),
        Arguments.of("He is charged under 17-A M.R.S. § 201 with murder.",
            "17-A M.R.S. § 201 => code | Maine Revised Statutes | US-ME | - | section 201"),
        Arguments.of("He is charged under Minn. Stat. § 609.185 with murder.",
            "Minn. Stat. § 609.185 => code | Minnesota Statutes | US-MN | - | section 609.185"),
        Arguments.of("He is charged under Miss. Code Ann. § 97-3-19 with murder.",
            "Miss. Code Ann. § 97-3-19 => code | Mississippi Code | US-MS | - | section 97-3-19"),
        Arguments.of("He is charged under Mo. Rev. Stat. § 565.020 with murder.",
            "Mo. Rev. Stat. § 565.020 => code | Missouri Revised Statutes | US-MO | - | section 565.020"),
        Arguments.of("He is charged with murder, RSMo 565.020, in court.",
            "RSMo 565.020 => code | Missouri Revised Statutes | US-MO | - | section 565.020"),
        Arguments.of("He is charged under Mont. Code Ann. § 45-5-102 with murder.",
            "Mont. Code Ann. § 45-5-102 => code | Montana Code Annotated | US-MT | - | section 45-5-102"),
        Arguments.of("He is charged with murder, MCA 45-5-102, in court.",
            "MCA 45-5-102 => code | Montana Code Annotated | US-MT | - | section 45-5-102"),
        Arguments.of("He is charged under Neb. Rev. Stat. § 28-303 with murder.",
            "Neb. Rev. Stat. § 28-303 => code | Nebraska Revised Statutes | US-NE | - | section 28-303"),
        Arguments.of("He is charged under N.H. Rev. Stat. Ann. § 630:1-a with murder.",
            "N.H. Rev. Stat. Ann. § 630:1-a => code | New Hampshire Revised Statutes | US-NH | - | section 630:1-a"),
        Arguments.of("He is charged with murder, RSA 630:1-a, in court.",
            "RSA 630:1-a => code | New Hampshire Revised Statutes | US-NH | - | section 630:1-a"),
        Arguments.of("He is charged under N.M. Stat. Ann. § 30-2-1 with murder.",
            "N.M. Stat. Ann. § 30-2-1 => code | New Mexico Statutes Annotated | US-NM | - | section 30-2-1"),
        Arguments.of("He is charged under N.D. Cent. Code § 12.1-16-01 with murder.",
            "N.D. Cent. Code § 12.1-16-01 => code | North Dakota Century Code | US-ND | - | section 12.1-16-01"),
        Arguments.of("He is charged with murder, N.D.C.C. § 12.1-16-01, in court.",
            "N.D.C.C. § 12.1-16-01 => code | North Dakota Century Code | US-ND | - | section 12.1-16-01"),
        Arguments.of("He is charged under Okla. Stat. tit. 21, § 701.7 with murder.",
            "Okla. Stat. tit. 21, § 701.7 => code | Oklahoma Statutes | US-OK | - | section 701.7"),
        Arguments.of("He is charged under 21 O.S. § 701.7 with murder.",
            "21 O.S. § 701.7 => code | Oklahoma Statutes | US-OK | - | section 701.7"),
        Arguments.of("He is charged under R.I. Gen. Laws § 11-23-1 with murder.",
            "R.I. Gen. Laws § 11-23-1 => code | General Laws of Rhode Island | US-RI | - | section 11-23-1"),
        Arguments.of("He is charged under S.C. Code Ann. § 16-3-10 with murder.",
            "S.C. Code Ann. § 16-3-10 => code | Code of Laws of South Carolina | US-SC | - | section 16-3-10"),
        Arguments.of("He is charged under S.D. Codified Laws § 22-16-4 with murder.",
            "S.D. Codified Laws § 22-16-4 => code | South Dakota Codified Laws | US-SD | - | section 22-16-4"),
        Arguments.of("He is charged with murder, SDCL 22-16-4, in court.",
            "SDCL 22-16-4 => code | South Dakota Codified Laws | US-SD | - | section 22-16-4"),
        Arguments.of("He is charged under Tenn. Code Ann. § 39-13-202 with murder.",
            "Tenn. Code Ann. § 39-13-202 => code | Tennessee Code Annotated | US-TN | - | section 39-13-202"),
        Arguments.of("He is charged with murder, T.C.A. § 39-13-202, in court.",
            "T.C.A. § 39-13-202 => code | Tennessee Code Annotated | US-TN | - | section 39-13-202"),
        Arguments.of("He is charged under Utah Code Ann. § 76-5-203 with murder.",
            "Utah Code Ann. § 76-5-203 => code | Utah Code | US-UT | - | section 76-5-203"),
        Arguments.of("He is charged under Utah Code § 76-5-203 with murder.",
            "Utah Code § 76-5-203 => code | Utah Code | US-UT | - | section 76-5-203"),
        Arguments.of("He is charged under Vt. Stat. Ann. tit. 13, § 2301 with murder.",
            "Vt. Stat. Ann. tit. 13, § 2301 => code | Vermont Statutes Annotated | US-VT | - | section 2301"),
        Arguments.of("He is charged under 13 V.S.A. § 2301 with murder.",
            "13 V.S.A. § 2301 => code | Vermont Statutes Annotated | US-VT | - | section 2301"),
        Arguments.of("He is charged under W. Va. Code § 61-2-1 with murder.",
            "W. Va. Code § 61-2-1 => code | West Virginia Code | US-WV | - | section 61-2-1"),
        Arguments.of("He is charged under Wis. Stat. § 940.01 with murder.",
            "Wis. Stat. § 940.01 => code | Wisconsin Statutes | US-WI | - | section 940.01"),
        Arguments.of("He is charged under Wyo. Stat. Ann. § 6-2-101 with murder.",
            "Wyo. Stat. Ann. § 6-2-101 => code | Wyoming Statutes | US-WY | - | section 6-2-101"),
        Arguments.of("He is charged under Ariz. Rev. Stat. § 13-1105 with murder.",
            "Ariz. Rev. Stat. § 13-1105 => code | Arizona Revised Statutes | US-AZ | - | section 13-1105"),
        Arguments.of("He is charged under Mass. Gen. Laws ch. 265, § 1 with murder.",
            "Mass. Gen. Laws ch. 265, § 1 => code | Massachusetts General Laws | US-MA | - | chapter 265, section 1"),
        Arguments.of("He is charged under Wash. Rev. Code § 9A.32.030 with murder.",
            "Wash. Rev. Code § 9A.32.030 => code | Revised Code of Washington | US-WA | - | section 9A.32.030"),
        Arguments.of("He is charged under Or. Rev. Stat. § 163.115 with murder.",
            "Or. Rev. Stat. § 163.115 => code | Oregon Revised Statutes | US-OR | - | section 163.115"),
        Arguments.of("He is charged under Mich. Comp. Laws § 750.316 with murder.",
            "Mich. Comp. Laws § 750.316 => code | Michigan Compiled Laws | US-MI | - | section 750.316"),
        Arguments.of("He is charged under 18 Pa. Cons. Stat. § 2502 with murder.",
            "18 Pa. Cons. Stat. § 2502 => code | Pennsylvania Consolidated Statutes | US-PA | - | section 2502"),
        Arguments.of("He is charged under Ga. Code Ann. § 16-5-1 with murder.",
            "Ga. Code Ann. § 16-5-1 => code | Official Code of Georgia Annotated | US-GA | - | section 16-5-1"),
        Arguments.of("He is charged under N.J. Stat. Ann. § 2C:11-3 with murder.",
            "N.J. Stat. Ann. § 2C:11-3 => code | New Jersey Statutes Annotated | US-NJ | - | section 2C:11-3"),
        Arguments.of("He is charged under 720 Ill. Comp. Stat. 5/9-1 with murder.",
            "720 Ill. Comp. Stat. 5/9-1 => code | Illinois Compiled Statutes | US-IL | - | section 5/9-1"),
        Arguments.of("He is charged under N.C.G.S. § 14-17 with murder.",
            "N.C.G.S. § 14-17 => code | General Statutes of North Carolina | US-NC | - | section 14-17"),
        Arguments.of("He was convicted under Fed. R. Evid. 404(b) in May.",
            "Fed. R. Evid. 404(b) => regulation | Federal Rules of Evidence | US | - | "),
        Arguments.of("He was charged with battery in violation of Florida Statute 784.045 on Monday.",
            "Florida Statute 784.045 => code | Florida Statutes | US-FL | - | section 784.045"),
        // "§§" and a list: one citation, one id as written (as "18 U.S.C. §§ 1341 and 1343")
        Arguments.of("He is charged under Fla. Stat. §§ 782.04 and 782.051 today.",
            "Fla. Stat. §§ 782.04 and 782.051 => code | Florida Statutes | US-FL | - | section 782.04 and 782.051"),
        Arguments.of("He was charged with battery, F.S. 784.045, on Monday.",
            "F.S. 784.045 => code | Florida Statutes | US-FL | - | section 784.045"),
        Arguments.of("He was charged with battery, FS 784.045, on Monday.",
            "FS 784.045 => code | Florida Statutes | US-FL | - | section 784.045"),
        Arguments.of("He is charged with murder, Tex. Penal Code Ann. § 19.02, in the case.",
            "Tex. Penal Code Ann. § 19.02 => code | Penal Code | US-TX | - | section 19.02"),
        Arguments.of("He was charged under section 782.04 of the Florida Statutes on Monday.",
            "section 782.04 of the Florida Statutes => code | Florida Statutes | US-FL | - | section 782.04"),
        Arguments.of("He is charged with murder, ARS 13-1105, in court.",
            "ARS 13-1105 => code | Arizona Revised Statutes | US-AZ | - | section 13-1105"),
        Arguments.of("He was indicted for murder in violation of ORC 2903.02(A) in May.",
            "ORC 2903.02(A) => code | Ohio Revised Code | US-OH | - | section 2903.02(A)"),
        Arguments.of("He is charged under 18 Pa.C.S.A. § 2502 with murder.",
            "18 Pa.C.S.A. § 2502 => code | Pennsylvania Consolidated Statutes | US-PA | - | section 2502"),
        Arguments.of("He is charged with murder, G.S. 14-17, in court.",
            "G.S. 14-17 => code | General Statutes of North Carolina | US-NC | - | section 14-17"),
        Arguments.of("He pleaded guilty under Rule 11(c)(1)(C) of the Federal Rules of Criminal Procedure in May.",
            "Rule 11(c)(1)(C) of the Federal Rules of Criminal Procedure => regulation | Federal Rules of Criminal Procedure | US | - | "),
        Arguments.of("He is charged under Ariz. Rev. Stat. Ann. § 13-1105 with murder.",
            "Ariz. Rev. Stat. Ann. § 13-1105 => code | Arizona Revised Statutes | US-AZ | - | section 13-1105"),
        Arguments.of("He is charged under M.G.L. c. 265, § 1 with murder.",
            "M.G.L. c. 265, § 1 => code | Massachusetts General Laws | US-MA | - | chapter 265, section 1"),
        Arguments.of("He is charged under M.C.L. 750.316 with murder.",
            "M.C.L. 750.316 => code | Michigan Compiled Laws | US-MI | - | section 750.316"),
        Arguments.of("He is charged under O.R.C. 2903.02 with murder.",
            "O.R.C. 2903.02 => code | Ohio Revised Code | US-OH | - | section 2903.02"),
        Arguments.of("He is charged under Ohio Rev. Code Ann. § 2903.02 with murder.",
            "Ohio Rev. Code Ann. § 2903.02 => code | Ohio Revised Code | US-OH | - | section 2903.02"),
        Arguments.of("He is charged under 18 Pa. C.S. § 2502 with murder.",
            "18 Pa. C.S. § 2502 => code | Pennsylvania Consolidated Statutes | US-PA | - | section 2502"),
        Arguments.of("He is charged under Va. Code Ann. § 18.2-32 with murder.",
            "Va. Code Ann. § 18.2-32 => code | Code of Virginia | US-VA | - | section 18.2-32"),
        Arguments.of("He is charged under La. Rev. Stat. Ann. § 14:30 with murder.",
            "La. Rev. Stat. Ann. § 14:30 => code | Louisiana Revised Statutes | US-LA | - | section 14:30"),
        Arguments.of("He pleaded guilty under Fed. R. Crim. P. 11(c)(1)(C) in May.",
            "Fed. R. Crim. P. 11(c)(1)(C) => regulation | Federal Rules of Criminal Procedure | US | - | "),
        Arguments.of("It was admitted under Federal Rule of Evidence 404(b) in May.",
            "Federal Rule of Evidence 404(b) => regulation | Federal Rules of Evidence | US | - | "),
        Arguments.of("The suit was dismissed under Federal Rule of Civil Procedure 12(b)(6) in May.",
            "Federal Rule of Civil Procedure 12(b)(6) => regulation | Federal Rules of Civil Procedure | US | - | "),
        Arguments.of("The suit follows the Federal Rules of Civil Procedure in full.",
            "Federal Rules of Civil Procedure => regulation | Federal Rules of Civil Procedure | US | - | "),
        Arguments.of("The Federal Rules of Criminal Procedure apply.",
            "Federal Rules of Criminal Procedure => regulation | Federal Rules of Criminal Procedure | US | - | "),
        Arguments.of("The penalty is set out in the Colorado Revised Statutes for it.",
            "Colorado Revised Statutes => code | Colorado Revised Statutes | US-CO | - | "),
        Arguments.of("The penalty is set out in the Official Code of Georgia Annotated for it.",
            "Official Code of Georgia Annotated => code | Official Code of Georgia Annotated | US-GA | - | "),
        Arguments.of("The penalty is set out in the Official Code of Georgia for it.",
            "Official Code of Georgia => code | Official Code of Georgia Annotated | US-GA | - | "),
        Arguments.of("The penalty is set out in the Massachusetts General Laws for it.",
            "Massachusetts General Laws => code | Massachusetts General Laws | US-MA | - | "),
        Arguments.of("The penalty is set out in the Michigan Compiled Laws for it.",
            "Michigan Compiled Laws => code | Michigan Compiled Laws | US-MI | - | "),
        Arguments.of("The penalty is set out in the Nevada Revised Statutes for it.",
            "Nevada Revised Statutes => code | Nevada Revised Statutes | US-NV | - | "),
        Arguments.of("The penalty is set out in the General Statutes of North Carolina for it.",
            "General Statutes of North Carolina => code | General Statutes of North Carolina | US-NC | - | "),
        Arguments.of("The penalty is set out in the Ohio Revised Code for it.",
            "Ohio Revised Code => code | Ohio Revised Code | US-OH | - | "),
        Arguments.of("The penalty is set out in the Oregon Revised Statutes for it.",
            "Oregon Revised Statutes => code | Oregon Revised Statutes | US-OR | - | "),
        Arguments.of("The penalty is set out in the Pennsylvania Consolidated Statutes for it.",
            "Pennsylvania Consolidated Statutes => code | Pennsylvania Consolidated Statutes | US-PA | - | "),
        Arguments.of("The penalty is set out in the Code of Virginia for it.",
            "Code of Virginia => code | Code of Virginia | US-VA | - | "),
        Arguments.of("The penalty is set out in the Revised Code of Washington for it.",
            "Revised Code of Washington => code | Revised Code of Washington | US-WA | - | "),
        Arguments.of("The penalty is set out in the Minnesota Statutes for it.",
            "Minnesota Statutes => code | Minnesota Statutes | US-MN | - | "),
        Arguments.of("The penalty is set out in the North Carolina General Statutes for it.",
            "North Carolina General Statutes => code | General Statutes of North Carolina | US-NC | - | "));
  }

  /**
   * A state's code by its subject in Bluebook abbreviation (state-codes.tsv, issue 17: "Cal. Penal Code §
   * 187(a)"): the state written before it is its jurisdiction; written without one ("Veh. Code §
   * 23152(b)", as a state's own prosecutors write it) the code is the document's state's, as "PC
   * 187(a)" is; a code numbered in articles ("art. 64.01") gives provision article.
   */
  static Stream<Arguments> abbreviatedSubjectCodes() {
    return Stream.of(
        Arguments.of(CA + "He was charged under Cal. Pen. Code § 187(a) on Monday.",
            "Cal. Pen. Code § 187(a) => code | Penal Code | US-CA | - | section 187(a)"),
        Arguments.of(CA + "He was charged under Cal. Veh. Code § 23153(a) on Monday.",
            "Cal. Veh. Code § 23153(a) => code | Vehicle Code | US-CA | - | section 23153(a)"),
        Arguments.of(CA + "The records were withheld under Cal. Gov't Code § 7920.000 on Monday.",
            "Cal. Gov't Code § 7920.000 => code | Government Code | US-CA | - | section 7920.000"),
        Arguments.of(CA + "The records were withheld under Cal. Gov. Code § 6254 on Monday.",
            "Cal. Gov. Code § 6254 => code | Government Code | US-CA | - | section 6254"),
        Arguments.of(CA + "He was charged under Cal. Health & Safety Code § 11352 on Monday.",
            "Cal. Health & Safety Code § 11352 => code | Health and Safety Code | US-CA | - | section 11352"),
        Arguments.of(CA + "He was charged under Cal. Health & Saf. Code § 11350(a) on Monday.",
            "Cal. Health & Saf. Code § 11350(a) => code | Health and Safety Code | US-CA | - | section 11350(a)"),
        Arguments.of(CA + "He was charged under Cal. Bus. & Prof. Code § 2052 on Monday.",
            "Cal. Bus. & Prof. Code § 2052 => code | Business and Professions Code | US-CA | - | section 2052"),
        Arguments.of(CA + "The minor was detained under Cal. Welf. & Inst. Code § 707(b) on Monday.",
            "Cal. Welf. & Inst. Code § 707(b) => code | Welfare and Institutions Code | US-CA | - | section 707(b)"),
        Arguments.of(CA + "The claim was filed under Cal. Civ. Code § 1714.10 on Monday.",
            "Cal. Civ. Code § 1714.10 => code | Civil Code | US-CA | - | section 1714.10"),
        Arguments.of(CA + "The claim was filed under Cal. Civ. Proc. Code § 340.16 on Monday.",
            "Cal. Civ. Proc. Code § 340.16 => code | Code of Civil Procedure | US-CA | - | section 340.16"),
        Arguments.of(CA + "The claim was filed under Cal. Code Civ. Proc. § 340.16 on Monday.",
            "Cal. Code Civ. Proc. § 340.16 => code | Code of Civil Procedure | US-CA | - | section 340.16"),
        Arguments.of(CA + "The order was made under Cal. Fam. Code § 3044 on Monday.",
            "Cal. Fam. Code § 3044 => code | Family Code | US-CA | - | section 3044"),
        Arguments.of(CA + "The evidence was admitted under Cal. Evid. Code § 1109 on Monday.",
            "Cal. Evid. Code § 1109 => code | Evidence Code | US-CA | - | section 1109"),
        // without the state: the document's
        Arguments.of(CA + "He was charged under Pen. Code § 187(a) on Monday.",
            "Pen. Code § 187(a) => code | Penal Code | US-CA | - | section 187(a)"),
        Arguments.of(CA + "He was convicted of DUI in violation of Veh. Code § 23152(b) on Monday.",
            "Veh. Code § 23152(b) => code | Vehicle Code | US-CA | - | section 23152(b)"),
        Arguments.of(CA + "He was convicted of DUI, Veh. Code 23152(b), on Monday.",
            "Veh. Code 23152(b) => code | Vehicle Code | US-CA | - | section 23152(b)"),
        Arguments.of(CA + "The records were withheld under Gov't Code § 6254(f) on Monday.",
            "Gov't Code § 6254(f) => code | Government Code | US-CA | - | section 6254(f)"),
        Arguments.of(CA + "The records were released under Gov. Code § 6254 on Monday.",
            "Gov. Code § 6254 => code | Government Code | US-CA | - | section 6254"),
        Arguments.of(CA + "He was charged under Health & Saf. Code § 11378 on Monday.",
            "Health & Saf. Code § 11378 => code | Health and Safety Code | US-CA | - | section 11378"),
        Arguments.of(CA + "He was charged under Bus. & Prof. Code § 2052 on Monday.",
            "Bus. & Prof. Code § 2052 => code | Business and Professions Code | US-CA | - | section 2052"),
        Arguments.of(CA + "The minor was detained under Welf. & Inst. Code § 707(b) on Monday.",
            "Welf. & Inst. Code § 707(b) => code | Welfare and Institutions Code | US-CA | - | section 707(b)"),
        Arguments.of(CA + "The claim was filed under Civ. Code § 1714.10 on Monday.",
            "Civ. Code § 1714.10 => code | Civil Code | US-CA | - | section 1714.10"),
        Arguments.of(CA + "The claim was filed under Code Civ. Proc. § 340.16 on Monday.",
            "Code Civ. Proc. § 340.16 => code | Code of Civil Procedure | US-CA | - | section 340.16"),
        Arguments.of(CA + "The order was made under Fam. Code § 3044 on Monday.",
            "Fam. Code § 3044 => code | Family Code | US-CA | - | section 3044"),
        Arguments.of(CA + "The evidence was admitted under Evid. Code § 1109 on Monday.",
            "Evid. Code § 1109 => code | Evidence Code | US-CA | - | section 1109"),
        Arguments.of(TX + "The court ordered testing under Code Crim. Proc. art. 64.01 on Monday.",
            "Code Crim. Proc. art. 64.01 => code | Code of Criminal Procedure | US-TX | - | article 64.01"),
        // Texas: its Code of Criminal Procedure is numbered in articles
        Arguments.of(CA + "The court ordered testing under Tex. Code Crim. Proc. art. 64.01 on Monday.",
            "Tex. Code Crim. Proc. art. 64.01 => code | Code of Criminal Procedure | US-TX | - | article 64.01"),
        Arguments.of(CA + "The court ordered testing under Tex. Code Crim. Proc. Ann. article 64.01 on Monday.",
            "Tex. Code Crim. Proc. Ann. article 64.01 => code | Code of Criminal Procedure | US-TX | - | article 64.01"),
        Arguments.of(CA + "The court ordered testing under Tex. Crim. Proc. Code art. 64.01 on Monday.",
            "Tex. Crim. Proc. Code art. 64.01 => code | Code of Criminal Procedure | US-TX | - | article 64.01"),
        Arguments.of(CA + "The court ordered testing under Tex. Crim. Proc. Code Ann. Art. 64.01 on Monday.",
            "Tex. Crim. Proc. Code Ann. Art. 64.01 => code | Code of Criminal Procedure | US-TX | - | article 64.01"),
        Arguments.of(CA + "The records were withheld under Tex. Gov't Code § 552.108 on Monday.",
            "Tex. Gov't Code § 552.108 => code | Government Code | US-TX | - | section 552.108"),
        Arguments.of(CA + "The records were withheld under Tex. Gov't Code Ann. § 552.108 on Monday.",
            "Tex. Gov't Code Ann. § 552.108 => code | Government Code | US-TX | - | section 552.108"),
        Arguments.of(CA + "The order was made under Tex. Fam. Code § 161.001 on Monday.",
            "Tex. Fam. Code § 161.001 => code | Family Code | US-TX | - | section 161.001"),
        Arguments.of(CA + "The order was made under Tex. Fam. Code Ann. § 161.001 on Monday.",
            "Tex. Fam. Code Ann. § 161.001 => code | Family Code | US-TX | - | section 161.001"),
        Arguments.of(CA + "He was charged under Tex. Transp. Code § 550.021 on Monday.",
            "Tex. Transp. Code § 550.021 => code | Transportation Code | US-TX | - | section 550.021"),
        Arguments.of(CA + "He was charged under Tex. Health & Safety Code § 481.112 on Monday.",
            "Tex. Health & Safety Code § 481.112 => code | Health and Safety Code | US-TX | - | section 481.112"),
        Arguments.of(CA + "He was charged under Tex. Health & Safety Code Ann. § 481.112 on Monday.",
            "Tex. Health & Safety Code Ann. § 481.112 => code | Health and Safety Code | US-TX | - | section 481.112"));
  }

  @ParameterizedTest
  @MethodSource("abbreviatedSubjectCodes")
  void citesAStateCodeByItsSubjectAbbreviation(String text, String expected) {
    assertEquals(List.of(expected), compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  /** A subject abbreviation without a section after it is no citation ("the Gov. Code team"), nor with a count. */
  @org.junit.jupiter.api.Test
  void readsNoSubjectCodeWithoutASection() {
    String text = CA + "The Gov. Code team met the Veh. Code 2 staff and Civ. Code officials today.";
    assertEquals(List.of(), compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  @ParameterizedTest
  @MethodSource("statuteBooks")
  void citesAStatesStatuteBookInItsOwnStyle(String sentence, String expected) {
    String text = US + sentence;
    assertEquals(List.of(expected), compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  /** A statute book's acronym without a section number after it is no citation: "RCW", "ORS", "NRS" in other senses. */
  static Stream<String> statuteBookNearMisses() {
    return Stream.of(
        "The RCW team met the ORS staff and the MCL members today.",
        "He joined NRS in 2019 and left NRS 12 months later.",
        "Officers of the R.C. unit and the Pa.C.S. office met.",
        // a number without an inner mark and without "§" is a count or a year, no section
        "The KRS 2 team and the SDCL 2019 group met the HRS board.",
        "The G.S. 2 unit and the F.S. staff met ORC officials.");
  }

  @ParameterizedTest
  @MethodSource("statuteBookNearMisses")
  void readsNoStatuteBookInAnAcronymAlone(String sentence) {
    String text = US + sentence;
    assertEquals(List.of(), compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  /**
   * A release whose place names no state, with a federal agency in it: the state written on one
   * state-only code ("California Vehicle Code") is the state of the codes it cites without one
   * (Conventions: a state's own law has its ISO 3166-2 code); with two states written, none is guessed.
   */
  @org.junit.jupiter.api.Test
  void takesTheStateWrittenOnOneOfItsCodesForTheOthers() {
    String text = "SAN BERNARDINO - The FBI assisted. He was convicted of Penal Code section 187(a) and of"
        + " California Vehicle Code 23152(a).";
    assertEquals(List.of("Penal Code section 187(a) => code | Penal Code | US-CA | - | section 187(a)",
            "California Vehicle Code 23152(a) => code | Vehicle Code | US-CA | - | section 23152(a)"),
        compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  @org.junit.jupiter.api.Test
  void writtenStateOfAPhraseOutweighsTheDocumentsForTheSameCode() {
    String text = "SAN BERNARDINO - The FBI assisted. He was convicted under Vehicle Code section 23153(a) and"
        + " California Vehicle Code 23152(a), and under Texas Penal Code Section 22.04.";
    assertEquals(List.of("Vehicle Code section 23153(a) => code | Vehicle Code | US-CA | - | section 23153(a)",
            "California Vehicle Code 23152(a) => code | Vehicle Code | US-CA | - | section 23152(a)",
            "Texas Penal Code Section 22.04 => code | Penal Code | US-TX | - | section 22.04"),
        compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }
}
