package pressfacts.stage.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pressfacts.stage.citations.CitationFixtures.compact;
import static pressfacts.stage.citations.CitationFixtures.dates;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.DateLayer;

/**
 * The citation forms of county, state and federal prosecutors' releases (issue 17, item 4) and their
 * natural variants, each in a sentence after a dateline that gives the document its state. Expected
 * values are worked out by hand from ANNOTATION.md ("Legal citations" and Conventions, Citations): the
 * span is the provision and the instrument as one stretch; a code named by its subject ("Penal Code")
 * keeps no state in its title, its jurisdiction is the state's ISO 3166-2 code, written before it
 * ("California Penal Code") or else the document's; a list of sections is one provision id as
 * written; the U.S.C. title number stays in the span only; a year in an Act's name is its date.
 */
class StateCitationFormsTest {
  private static final CitationStage STAGE = new CitationStage();
  private static final String US = "WASHINGTON - The Justice Department announced it today. ";
  private static final String CA = "LOS ANGELES, Calif. - The District Attorney announced it today. ";
  private static final String TX = "HOUSTON, Tex. - The District Attorney announced it today. ";
  private static final String NY = "BROOKLYN, N.Y. - The District Attorney announced it today. ";
  private static final String FL = "MIAMI, Fla. - The State Attorney announced it today. ";
  private static final String IL = "CHICAGO, Ill. - The State's Attorney announced it today. ";
  private static final String GB = "The Crown Prosecution Service said so in London. ";
  private static final String IN = "The Supreme Court of India said so in New Delhi. ";

  private static Arguments of(String text, String expected) {
    return Arguments.of(text, List.of(), expected);
  }

  /** The forms listed in the issue, in the order it lists them. */
  static Stream<Arguments> listed() {
    return Stream.of(
        of(CA + "She is charged with murder under Cal. Penal Code § 187(a) in the case.",
            "Cal. Penal Code § 187(a) => code | Penal Code | US-CA | - | section 187(a)"),
        of(CA + "He is charged with one count of murder, Penal Code section 187(a).",
            "Penal Code section 187(a) => code | Penal Code | US-CA | - | section 187(a)"),
        of(CA + "He is charged with murder and attempted murder, Penal Code sections 187 and 664, in the case.",
            "Penal Code sections 187 and 664 => code | Penal Code | US-CA | - | section 187 and 664"),
        of(CA + "He is charged with possession for sale, Health and Safety Code section 11352.",
            "Health and Safety Code section 11352 => code | Health and Safety Code | US-CA | - | section 11352"),
        of(CA + "He is charged with DUI causing injury, Vehicle Code section 23153(a), on Monday.",
            "Vehicle Code section 23153(a) => code | Vehicle Code | US-CA | - | section 23153(a)"),
        of(CA + "A gun enhancement under California Penal Code Section 12022.53(d) was found true.",
            "California Penal Code Section 12022.53(d) => code | Penal Code | US-CA | - | section 12022.53(d)"),
        of(TX + "He is charged with aggravated assault under Penal Code Section 22.02 in the case.",
            "Penal Code Section 22.02 => code | Penal Code | US-TX | - | section 22.02"),
        of(NY + "He is charged with murder in the second degree under Penal Law § 125.25 in the case.",
            "Penal Law § 125.25 => law | Penal Law | US-NY | - | section 125.25"),
        of(NY + "He is charged with assault under Section 120.05 of the Penal Law in the case.",
            "Section 120.05 of the Penal Law => law | Penal Law | US-NY | - | section 120.05"),
        of(FL + "He is charged with murder under Section 782.04, Florida Statutes, the office said.",
            "Section 782.04, Florida Statutes => code | Florida Statutes | US-FL | - | section 782.04"),
        of(FL + "He was charged with possession, F.S. 893.13, on Monday.",
            "F.S. 893.13 => code | Florida Statutes | US-FL | - | section 893.13"),
        of(IL + "He was charged with first degree murder (720 ILCS 5/9-1) on Monday.",
            "720 ILCS 5/9-1 => code | Illinois Compiled Statutes | US-IL | - | section 5/9-1"),
        of(US + "They were charged under 18 U.S.C. §§ 1341 and 1343 last week.",
            "18 U.S.C. §§ 1341 and 1343 => code | United States Code | US | - | section 1341 and 1343"),
        of(US + "He pleaded guilty to violating Title 18, United States Code, Section 1343.",
            "Title 18, United States Code, Section 1343 => code | United States Code | US | - | section 1343"),
        of(US + "The grants were created by Pub. L. No. 110-53 in 2007.",
            "Pub. L. No. 110-53 => law | Pub. L. No. 110-53 | US | - | "),
        Arguments.of(GB + "He was convicted under section 18 of the Offences Against the Person Act 1861 today.",
            List.of("1861=1861"),
            "section 18 of the Offences Against the Person Act 1861 => act | Offences Against the Person Act 1861 | GB | 1861"
                + " | section 18"),
        of(IN + "He was booked under Section 302 of the IPC for the murder.",
            "Section 302 of the IPC => code | Indian Penal Code | IN | - | section 302"),
        of(IN + "A case u/s 34 IPC was registered against them.",
            "u/s 34 IPC => code | Indian Penal Code | IN | - | section 34"),
        of(IN + "They were charged under Sections 420 and 468 of the Indian Penal Code.",
            "Sections 420 and 468 of the Indian Penal Code => code | Indian Penal Code | IN | - | section 420 and 468"));
  }

  /** Natural variants of the listed forms: case of the unit word, "§" spacing, order, lists, the state written out. */
  static Stream<Arguments> variants() {
    return Stream.of(
        of(CA + "He is charged with murder, Penal Code Section 187(a), in the case.",
            "Penal Code Section 187(a) => code | Penal Code | US-CA | - | section 187(a)"),
        of(CA + "He is charged with murder in violation of Penal Code §187(a) in the case.",
            "Penal Code §187(a) => code | Penal Code | US-CA | - | section 187(a)"),
        of(CA + "He is charged with murder in violation of Penal Code § 187 in the case.",
            "Penal Code § 187 => code | Penal Code | US-CA | - | section 187"),
        of(CA + "He is charged under sections 187 and 664 of the Penal Code in the case.",
            "sections 187 and 664 of the Penal Code => code | Penal Code | US-CA | - | section 187 and 664"),
        of(CA + "He is charged under Section 187(a) of the California Penal Code in the case.",
            "Section 187(a) of the California Penal Code => code | Penal Code | US-CA | - | section 187(a)"),
        of(CA + "He is charged with three crimes, Penal Code sections 187, 664 and 12022.53, in the case.",
            "Penal Code sections 187, 664 and 12022.53 => code | Penal Code | US-CA | - | section 187, 664 and 12022.53"),
        of(CA + "He is charged under California Health and Safety Code Section 11352 in the case.",
            "California Health and Safety Code Section 11352 => code | Health and Safety Code | US-CA | - | section 11352"),
        of(CA + "He is charged under Vehicle Code sections 23153(a) and 23153(b) in the case.",
            "Vehicle Code sections 23153(a) and 23153(b) => code | Vehicle Code | US-CA | - | section 23153(a) and 23153(b)"),
        of(CA + "He is charged under Welfare and Institutions Code section 707(b) in the case.",
            "Welfare and Institutions Code section 707(b) => code | Welfare and Institutions Code | US-CA | - | section 707(b)"),
        // a state written before the code names its jurisdiction in a federal release too
        of(US + "He was earlier convicted under California Penal Code section 211 in 2010.",
            "California Penal Code section 211 => code | Penal Code | US-CA | - | section 211"),
        of(TX + "He is charged under Texas Penal Code Section 22.02(a)(2) in the case.",
            "Texas Penal Code Section 22.02(a)(2) => code | Penal Code | US-TX | - | section 22.02(a)(2)"),
        of(TX + "He is charged under Section 22.02 of the Texas Penal Code in the case.",
            "Section 22.02 of the Texas Penal Code => code | Penal Code | US-TX | - | section 22.02"),
        of(TX + "He is charged under Texas Penal Code § 22.02 in the case.",
            "Texas Penal Code § 22.02 => code | Penal Code | US-TX | - | section 22.02"),
        of(TX + "The offense is defined in Section 49.04 of the Penal Code, the office said.",
            "Section 49.04 of the Penal Code => code | Penal Code | US-TX | - | section 49.04"),
        of(TX + "He is charged under Texas Transportation Code Section 550.021 in the case.",
            "Texas Transportation Code Section 550.021 => code | Transportation Code | US-TX | - | section 550.021"),
        of(NY + "He is charged under Penal Law section 125.25(1) in the case.",
            "Penal Law section 125.25(1) => law | Penal Law | US-NY | - | section 125.25(1)"),
        of(NY + "He is charged under Sections 120.05 and 120.10 of the Penal Law in the case.",
            "Sections 120.05 and 120.10 of the Penal Law => law | Penal Law | US-NY | - | section 120.05 and 120.10"),
        of(NY + "He is charged under New York Penal Law § 125.25 in the case.",
            "New York Penal Law § 125.25 => law | Penal Law | US-NY | - | section 125.25"),
        of(NY + "He is charged under Section 1192 of the Vehicle and Traffic Law in the case.",
            "Section 1192 of the Vehicle and Traffic Law => law | Vehicle and Traffic Law | US-NY | - | section 1192"),
        of(FL + "He is charged under Section 893.13 of the Florida Statutes in the case.",
            "Section 893.13 of the Florida Statutes => code | Florida Statutes | US-FL | - | section 893.13"),
        of(FL + "He is charged under Florida Statute 893.13 in the case.",
            "Florida Statute 893.13 => code | Florida Statutes | US-FL | - | section 893.13"),
        of(IL + "He was charged with first degree murder (720 ILCS 5/9-1(a)(1)) on Monday.",
            "720 ILCS 5/9-1(a)(1) => code | Illinois Compiled Statutes | US-IL | - | section 5/9-1(a)(1)"),
        of(US + "They were charged under 18 U.S.C. Sections 1341 and 1343 last week.",
            "18 U.S.C. Sections 1341 and 1343 => code | United States Code | US | - | section 1341 and 1343"),
        of(US + "He pleaded guilty to violating Title 18, United States Code, Sections 1341 and 1343.",
            "Title 18, United States Code, Sections 1341 and 1343 => code | United States Code | US | - | section 1341 and 1343"),
        of(US + "He pleaded guilty to violating Title 18, U.S. Code, Section 1343 in May.",
            "Title 18, U.S. Code, Section 1343 => code | United States Code | US | - | section 1343"),
        of(US + "He pleaded guilty to violating 18 U.S.C. § 1343 and 18 U.S.C. § 1349 in May.",
            "18 U.S.C. § 1343 => code | United States Code | US | - | section 1343",
            "18 U.S.C. § 1349 => code | United States Code | US | - | section 1349"),
        of(US + "He pleaded guilty to violating 18 U.S. Code § 1349 in May.",
            "18 U.S. Code § 1349 => code | United States Code | US | - | section 1349"),
        // a slash joins two sections charged together (attempt and the crime attempted)
        of(CA + "He was charged with attempted murder, Penal Code sections 664/187(a), in the case.",
            "Penal Code sections 664/187(a) => code | Penal Code | US-CA | - | section 664/187(a)"),
        // "and" inside a state Law's name, and New York's consolidated laws as charges are listed
        of(NY + "He is charged under Vehicle and Traffic Law § 1192(3) in the case.",
            "Vehicle and Traffic Law § 1192(3) => law | Vehicle and Traffic Law | US-NY | - | section 1192(3)"),
        of(NY + "He is charged with murder in the second degree (PL 125.25) in the case.",
            "PL 125.25 => law | Penal Law | US-NY | - | section 125.25"),
        of(NY + "He is charged with driving while intoxicated (VTL 1192(3)) in the case.",
            "VTL 1192(3) => law | Vehicle and Traffic Law | US-NY | - | section 1192(3)"),
        of(NY + "The motion was made under CPL 30.30 in the case.",
            "CPL 30.30 => law | Criminal Procedure Law | US-NY | - | section 30.30"),
        // a code named by its subject after "of": the state before it is its issuer, not part of its title
        of(TX + "He asked for DNA testing under Chapter 64 of the Texas Code of Criminal Procedure in May.",
            "Chapter 64 of the Texas Code of Criminal Procedure => code | Code of Criminal Procedure | US-TX | - | chapter 64"),
        of(TX + "He asked for DNA testing under Article 64.01 of the Code of Criminal Procedure in May.",
            "Article 64.01 of the Code of Criminal Procedure => code | Code of Criminal Procedure | US-TX | - | article 64.01"),
        // an Act whose name says it is federal is federal law in a county's release too
        of(CA + "The calls violated California's Rosenthal Act and the Federal Debt Collection Practices Act.",
            "Rosenthal Act => act | Rosenthal Act | US-CA | - | ",
            "Federal Debt Collection Practices Act => act | Federal Debt Collection Practices Act | US | - | "),
        // the federal Constitution in a county's release: its state prefix written with dots, an amendment by its ordinal
        of(CA + "Protest is a right recognized by the U.S. Constitution, and the First Amendment protects it.",
            "U.S. Constitution => constitution | Constitution | US | - | ",
            "First Amendment => constitution | First Amendment | US | - | "),
        of(CA + "The right is written in the California Constitution as well.",
            "California Constitution => constitution | Constitution | US-CA | - | "),
        Arguments.of(GB + "He was convicted of theft contrary to section 1 of the Theft Act 1968 today.", List.of("1968=1968"),
            "section 1 of the Theft Act 1968 => act | Theft Act 1968 | GB | 1968 | section 1"),
        // a charter of rights named by its holders is a law, with the state before it as its jurisdiction;
        // bare, it is the federal Constitution's
        of(CA + "The Victims' Bill of Rights, otherwise known as Marsy's Law, was approved by voters.",
            "Victims' Bill of Rights => law | Victims' Bill of Rights | US-CA | - | ",
            "Marsy's Law => law | Marsy's Law | US-CA | - | "),
        of(CA + "It differs from the Arizona Victim's Bill of Rights in one way.",
            "Arizona Victim's Bill of Rights => law | Victim's Bill of Rights | US-AZ | - | "),
        of(CA + "Protest is a right that the Bill of Rights protects, the DA said.",
            "Bill of Rights => constitution | Bill of Rights | US | - | "),
        // the chamber's abbreviation in brackets inside a bill's name, which is then the title of the bare abbreviation too
        of(CA + "Senate Bill (SB) 1437 narrowed the rule, and SB 1437 took effect on Monday.",
            "Senate Bill (SB) 1437 => other | Senate Bill 1437 | US-CA | - | ",
            "SB 1437 => other | Senate Bill 1437 | US-CA | - | "),
        of(IN + "An FIR was registered under Section 302 IPC against him.",
            "Section 302 IPC => code | Indian Penal Code | IN | - | section 302"),
        of(IN + "They were booked under Sections 420 and 468 of the IPC yesterday.",
            "Sections 420 and 468 of the IPC => code | Indian Penal Code | IN | - | section 420 and 468"));
  }

  /**
   * Real pages: a unit wrapped away from its number, an item of a list of charges ("(3) Lewd act
   * upon a child": a deed, no Act), and a county's release whose only word of its state is the
   * office's postal address ("San Diego, CA 92101": the state's law is US-CA).
   */
  static Stream<Arguments> pages() {
    String wrapped = TX + "A case is not eligible if you were convicted for Unlawfully Carrying a Weapon under Section\n"
        + "46.02(a) of the Penal Code. The office will review every application that it receives this year.";
    String charges = CA + "He pleaded guilty to these charges:\n(1) Forcible rape\n(2) Lewd act upon a child under age 14\n"
        + "- Lewd act upon a child\n";
    String address = "Meet our new analyst\nShe supports the work on new laws such as Proposition 36 and on the"
        + " Penal Code.\nOffice of the District Attorney, 330 W. Broadway, San Diego, CA 92101\n";
    // a county's joint case with federal agencies: the United States outweighs the state, but no federal
    // law is named "Penal Code" or "Assembly Bill"; an Act with no state in its name stays federal
    String joint = "The FBI, the U.S. Attorney and the District Attorney announced charges. The FBI and the"
        + " DEA helped. He is charged under Penal Code section 187, and the DA supports AB 379 and the"
        + " Controlled Substances Act.\nHall of Justice, 330 W. Broadway, San Diego, CA 92101\n";
    // "Asian American" names a people, no state: the office's address gives the state
    String heritage = "In honor of Asian American and Pacific Islander Heritage Month, we meet Asian American"
        + " staff. She studies new laws such as Proposition 36.\nSan Diego, CA 92101\n";
    // a county office's release that names its cities, never its state: Santa Ana and Anaheim are California's
    String cities = "SANTA ANA - A man was sentenced for crimes in Anaheim. Marsy's Law gives the victims rights.\n";
    return Stream.of(
        Arguments.of(cities, List.of("Marsy's Law => law | Marsy's Law | US-CA | - | ")),
        Arguments.of(joint, List.of("Penal Code section 187 => code | Penal Code | US-CA | - | section 187",
            "AB 379 => other | AB 379 | US-CA | - | ",
            "Controlled Substances Act => act | Controlled Substances Act | US | - | ")),
        Arguments.of(heritage, List.of("Proposition 36 => law | Proposition 36 | US-CA | - | ")),
        Arguments.of(wrapped, List.of("Section\n46.02(a) of the Penal Code => code | Penal Code | US-TX | - | section 46.02(a)")),
        Arguments.of(charges, List.of()),
        // orders a court issues for or against one person in the case are documents of the case, however capitalised
        Arguments.of(CA + "The office obtained a Gun Violence Restraining Order (GVRO) and a Criminal Protective Order.",
            List.of()),
        Arguments.of(NY + "The judge issued an Order of Protection and an Extreme Risk Protection Order (ERPO).", List.of()),
        // a notion named with a kind word, as "rule of law" is
        Arguments.of(TX + "The officers who broke the Code of Silence testified.", List.of()),
        Arguments.of(address, List.of("Proposition 36 => law | Proposition 36 | US-CA | - | ",
            "Penal Code => code | Penal Code | US-CA | - | ")));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void readsRealPageShapes(String text, List<String> expected) {
    assertEquals(expected, compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }

  private static Arguments of(String text, String first, String second) {
    return Arguments.of(text, List.of(), first + "\n" + second);
  }

  @ParameterizedTest
  @MethodSource("listed")
  void readsEachListedForm(String text, List<String> datePairs, String expected) {
    DateLayer ds = dates(text, datePairs.toArray(String[]::new));
    assertEquals(List.of(expected.split("\n")), compact(STAGE.citations(text, ds).citations()));
  }

  @ParameterizedTest
  @MethodSource("variants")
  void readsTheirVariants(String text, List<String> datePairs, String expected) {
    DateLayer ds = dates(text, datePairs.toArray(String[]::new));
    assertEquals(List.of(expected.split("\n")), compact(STAGE.citations(text, ds).citations()));
  }
}
