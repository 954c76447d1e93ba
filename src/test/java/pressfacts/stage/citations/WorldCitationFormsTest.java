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
 * Citation forms of English releases from sites the dev corpus never saw (issue 17, the citation
 * item): the International Court of Justice and the United Nations, post-Soviet courts (Russia,
 * Moldova, Ukraine), British and Australian prosecutors, and US states whose statute books the
 * county releases abbreviate. Each sentence follows a line that gives the document its state, as a
 * release's dateline or its court's name does. Expected values are worked out by hand from
 * ANNOTATION.md ("Legal citations" and Conventions, Citations): the span is the provision and the
 * instrument as one stretch; provision from outer to inner ("Article 36, paragraph 1" is article,
 * then paragraph); a quoted title is the title without its marks; an instrument of an international
 * organization is "INT"; a state's own law has the state's ISO 3166-2 code ("AU-NSW" as "US-CA");
 * a year in an Act's name is its date.
 */
class WorldCitationFormsTest {
  private static final CitationStage STAGE = new CitationStage();
  private static final String ICJ = "The International Court of Justice said so in The Hague. ";
  private static final String RU = "The Supreme Court of the Russian Federation reported it in Moscow. ";
  private static final String MD = "The Supreme Court of Justice of the Republic of Moldova reported it in Chisinau. ";
  private static final String UA = "The Supreme Court of Ukraine reported it in Kyiv. ";
  private static final String GB = "The Crown Prosecution Service said so in London. ";
  private static final String AU = "The Director of Public Prosecutions said so in Sydney, Australia. ";
  private static final String FL = "MIAMI, Fla. - The State Attorney announced it today. ";
  private static final String NY = "BROOKLYN, N.Y. - The District Attorney announced it today. ";
  private static final String TX = "HOUSTON, Tex. - The District Attorney announced it today. ";
  private static final String CA = "LOS ANGELES, Calif. - The District Attorney announced it today. ";

  private static Arguments of(String text, String... expected) {
    return Arguments.of(text, List.of(), List.of(expected));
  }

  private static Arguments dated(String text, List<String> datePairs, String... expected) {
    return Arguments.of(text, datePairs, List.of(expected));
  }

  /** The International Court of Justice and the United Nations. */
  static Stream<Arguments> international() {
    return Stream.of(
        // the inner level set off by commas on both sides, then "of"; the Statute names its Court, which is no issuer
        of(ICJ + "The Court has jurisdiction under Article 36, paragraph 1, of the Statute of the Court.",
            "Article 36, paragraph 1, of the Statute of the Court => treaty | Statute of the Court | INT | - | article 36, paragraph 1"),
        // a provision of another instrument ends a name: two citations
        of(ICJ + "The case was filed under Article 40 of the Statute of the Court and Article 38 of the Rules of Court.",
            "Article 40 of the Statute of the Court => treaty | Statute of the Court | INT | - | article 40",
            "Article 38 of the Rules of Court => regulation | Rules of Court | INT | - | article 38"),
        // "the Statute" points back to the Statute of the Court, a treaty named by its kind word "Statute"
        of(ICJ + "The Court applies the Statute of the Court. Under Article 63 of the Statute, the Court notified the parties.",
            "Statute of the Court => treaty | Statute of the Court | INT | - | ",
            "Article 63 of the Statute => treaty | Statute of the Court | INT | - | article 63 -> 0"),
        of(ICJ + "The Rules of Court were amended.",
            "Rules of Court => regulation | Rules of Court | INT | - | "),
        // the United Nations write "resolution" in lower case; the number and its bracketed year name it
        of(ICJ + "The Council adopted UN Security Council resolution 2231 (2015) last year.",
            "UN Security Council resolution 2231 (2015) => resolution | UN Security Council resolution 2231 (2015) | INT | - | "),
        of(ICJ + "The Council adopted resolution 2231 (2015) and resolution 1540 (2004) together.",
            "resolution 2231 (2015) => resolution | Resolution 2231 (2015) | INT | - | ",
            "resolution 1540 (2004) => resolution | Resolution 1540 (2004) | INT | - | "),
        of(ICJ + "The request follows General Assembly resolution 77/247, adopted last year.",
            "General Assembly resolution 77/247 => resolution | General Assembly resolution 77/247 | INT | - | "),
        // an organisation's acronym names the charter it adopted
        of(ICJ + "The members referred to the Charter of the United Nations and the SCO Charter.",
            "Charter of the United Nations => charter | Charter of the United Nations | INT | - | ",
            "SCO Charter => charter | SCO Charter | INT | - | "),
        of(ICJ + "The members signed the Charter of the Shanghai Cooperation Organisation at the summit.",
            "Charter of the Shanghai Cooperation Organisation => charter | Charter of the Shanghai Cooperation Organisation"
                + " | INT | - | "),
        of(ICJ + "Ukraine relies on the Convention on the Prevention and Punishment of the Crime of Genocide.",
            "Convention on the Prevention and Punishment of the Crime of Genocide => convention | Convention on the"
                + " Prevention and Punishment of the Crime of Genocide | INT | - | "),
        of(ICJ + "Under Article 15 of the Rome Statute, the Prosecutor may act.",
            "Article 15 of the Rome Statute => treaty | Rome Statute | INT | - | article 15"),
        // a treaty series number in brackets is its own citation of the treaty, as an acronym is, and no
        // part of its title (the title had kept "(CETS No. 197)"; a bare name's number was not read)
        of(UA + "Ukraine ratified the Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197).",
            "Council of Europe Convention on Action against Trafficking in Human Beings => convention | Council of Europe"
                + " Convention on Action against Trafficking in Human Beings | INT | - | ",
            "CETS No. 197 => convention | Council of Europe Convention on Action against Trafficking in Human Beings"
                + " | INT | - |  -> 0"),
        of(UA + "Ukraine ratified the Istanbul Convention (CETS no. 210) in 2022.",
            "Istanbul Convention => convention | Istanbul Convention | INT | - | ",
            "CETS no. 210 => convention | Istanbul Convention | INT | - |  -> 0"),
        // the European Union numbers its regulations and directives with its letters: its own acts (INT),
        // where the number had not been read and the name alone took the document's state
        of(UA + "The rules follow Regulation (EU) 2016/679 and Directive 2011/36/EU, as the General Data Protection Regulation does.",
            "Regulation (EU) 2016/679 => regulation | Regulation (EU) 2016/679 | INT | - | ",
            "Directive 2011/36/EU => directive | Directive 2011/36/EU | INT | - | ",
            "General Data Protection Regulation => regulation | General Data Protection Regulation | INT | - | "),
        // the convention's short name: a convention, not a law of the document's state
        of(UA + "Ukraine is a party to the Law of the Sea Convention.",
            "Law of the Sea Convention => convention | Law of the Sea Convention | INT | - | "));
  }

  /** Russia, Moldova and Ukraine: numbered laws, quoted titles, the state written short. */
  static Stream<Arguments> postSoviet() {
    return Stream.of(
        // a plural kind with a list of the instruments' numbers or dates: one citation of them all, untitled, as
        // "Articles 3 and 5" is one; the issuer's state is its jurisdiction, a date after the numbers its date
        of(UA + "The Court reviewed the Decrees of the President of Ukraine No. 12 and No. 14 on the same day.",
            "Decrees of the President of Ukraine No. 12 and No. 14 => decree | - | UA | - | "),
        dated(MD + "The Government adopted Resolutions No. 5, No. 6 and No. 7 of 3 May 2023 on the courts.",
            List.of("3 May 2023=2023-05-03"),
            "Resolutions No. 5, No. 6 and No. 7 of 3 May 2023 => resolution | - | MD | 2023-05-03 | "),
        dated(MD + "By decisions of 8 November 2023, 27 March 2024, and 2 October 2024, the Council renewed the terms.",
            List.of("8 November 2023=2023-11-08", "27 March 2024=2024-03-27", "2 October 2024=2024-10-02"),
            "decisions of 8 November 2023, 27 March 2024, and 2 October 2024 => decision | - | MD | - | "),
        // a quoted title that opens with a capital is the whole title: "Federal Law No. 273-FZ" is its kind and number
        of(RU + "Federal Law No. 273-FZ \"On Education in the Russian Federation\" was adopted.",
            "Federal Law No. 273-FZ \"On Education in the Russian Federation\" => law | On Education in the Russian"
                + " Federation | RU | - | "),
        of(RU + "The Plenum adopted Resolution No. 55 \"On the court decision\" at its session.",
            "Resolution No. 55 \"On the court decision\" => resolution | On the court decision | RU | - | "),
        of(UA + "The Decree of the President of Ukraine No. 64/2022 \"On introduction of martial law in Ukraine\" was approved.",
            "Decree of the President of Ukraine No. 64/2022 \"On introduction of martial law in Ukraine\" => decree | On"
                + " introduction of martial law in Ukraine | UA | - | "),
        // "RF": the Russian Federation written short, its state and no part of the title
        of(RU + "He was charged under Part 1 of Art. 228 of the Criminal Code of the RF.",
            "Part 1 of Art. 228 of the Criminal Code of the RF => code | Criminal Code | RU | - | article 228, part 1"),
        of(RU + "He was charged under Article 228.1 of the RF Criminal Code.",
            "Article 228.1 of the RF Criminal Code => code | Criminal Code | RU | - | article 228.1"),
        // "no." in lower case, a number with a roman suffix; the lowercase subject names the law
        dated(MD + "Law no. 514-XIII of 6 July 1995 on judicial organization was amended.", List.of("6 July 1995=1995-07-06"),
            "Law no. 514-XIII of 6 July 1995 on judicial organization => law | On judicial organization | MD | 1995-07-06 | "),
        // an issuer that names no state ends at "No.": its number and the date after it are in the span
        dated(MD + "The Government approved it by Resolution of the Council of Ministers No. 318 of 4 June 2021 on fees.",
            List.of("4 June 2021=2021-06-04"),
            "Resolution of the Council of Ministers No. 318 of 4 June 2021 => resolution | - | MD | 2021-06-04 | "),
        // the number after a name is no part of the name; the date after it binds
        dated(MD + "The Law on the Status of Judges No. 544 of 20 July 1995 was amended.", List.of("20 July 1995=1995-07-20"),
            "Law on the Status of Judges No. 544 of 20 July 1995 => law | Law on the Status of Judges | MD | 1995-07-20 | "),
        // the number after the date is in the span after a quoted title too
        dated(UA + "The Law of Ukraine \"On the Bar\" of 5 July 2012 No. 5076-VI was amended.", List.of("5 July 2012=2012-07-05"),
            "Law of Ukraine \"On the Bar\" of 5 July 2012 No. 5076-VI => law | On the Bar | UA | 2012-07-05 | "),
        dated(UA + "The Parliament registered the draft law \"On Amendments to the Tax Code\" of 23 August 2023 No. 1234 today.",
            List.of("23 August 2023=2023-08-23"),
            "draft law \"On Amendments to the Tax Code\" of 23 August 2023 No. 1234 => other | On Amendments to the Tax Code | UA"
                + " | 2023-08-23 | "),
        // a number with its year after a slash is one number, in the span
        of(MD + "The Law No. 947/1996 was amended.",
            "Law No. 947/1996 => law | Law No. 947/1996 | MD | - | "),
        // a code's General or Special Part is a provision level named by its word, not a bare code
        of(UA + "The acts are crimes under the Special Part of the Criminal Code of Ukraine.",
            "Special Part of the Criminal Code of Ukraine => code | Criminal Code | UA | - | part Special"),
        of(UA + "The offence falls under Article 438 of the Special Part of the Criminal Code of Ukraine.",
            "Article 438 of the Special Part of the Criminal Code of Ukraine => code | Criminal Code | UA | - | part"
                + " Special, article 438"),
        of(MD + "The judges applied the General Part of the Civil Code of the Republic of Moldova.",
            "General Part of the Civil Code of the Republic of Moldova => code | Civil Code | MD | - | part General"),
        // a section's quoted heading after its number stays in the span only, as a U.S.C. title number does
        of(UA + "It relied on subparagraph 3 of paragraph 2 of Section XV \"Transitional Provisions\" of the Constitution of Ukraine.",
            "subparagraph 3 of paragraph 2 of Section XV \"Transitional Provisions\" of the Constitution of Ukraine => constitution"
                + " | Constitution | UA | - | section XV, paragraph 2, subparagraph 3"),
        of(UA + "It relied on Section IV \u201cFinal Provisions\u201d of the Constitution of Ukraine.",
            "Section IV \u201cFinal Provisions\u201d of the Constitution of Ukraine => constitution | Constitution | UA | - | section IV"),
        of(RU + "He was convicted under Part 4 of Article 159 \"Fraud\" of the Criminal Code of the Russian Federation.",
            "Part 4 of Article 159 \"Fraud\" of the Criminal Code of the Russian Federation => code | Criminal Code | RU | - |"
                + " article 159, part 4"));
  }

  /** Britain and Australia: a section right before the Act, "s 33", the legislature in brackets. */
  static Stream<Arguments> commonwealth() {
    return Stream.of(
        dated(GB + "He was convicted of wounding with intent contrary to s.18 Offences Against the Person Act 1861.",
            List.of("1861=1861"),
            "s.18 Offences Against the Person Act 1861 => act | Offences Against the Person Act 1861 | GB | 1861 | section 18"),
        dated(AU + "He was charged under s 33 of the Crimes Act 1900 (NSW) in Sydney.", List.of("1900=1900"),
            "s 33 of the Crimes Act 1900 (NSW) => act | Crimes Act 1900 | AU-NSW | 1900 | section 33"),
        dated(AU + "He was charged under the Criminal Code Act 1995 (Cth) and the Crimes Act 1958 (Vic).",
            List.of("1995=1995", "1958=1958"),
            "Criminal Code Act 1995 (Cth) => act | Criminal Code Act 1995 | AU | 1995 | ",
            "Crimes Act 1958 (Vic) => act | Crimes Act 1958 | AU-VIC | 1958 | "));
  }

  /** US statute books as county releases abbreviate them. */
  static Stream<Arguments> usStates() {
    return Stream.of(
        // Florida's "s." for section, and the book after a comma
        of(FL + "He was charged with violating s. 782.04, F.S., in the case.",
            "s. 782.04, F.S. => code | Florida Statutes | US-FL | - | section 782.04"),
        // Florida numbers a subparagraph with a digit after the brackets; the closing dot is no part of the id
        of(FL + "He is charged under section 784.045(1)(a)1., Florida Statutes, in the case.",
            "section 784.045(1)(a)1., Florida Statutes => code | Florida Statutes | US-FL | - | section 784.045(1)(a)1"),
        of(FL + "He was charged under Chapter 893, Florida Statutes, in the case.",
            "Chapter 893, Florida Statutes => code | Florida Statutes | US-FL | - | chapter 893"),
        // Georgia's code without "Annotated" is the state's, not the country Georgia's
        of("ATLANTA, Ga. - The District Attorney announced it today. He was charged under section 16-13-30 of the"
                + " Official Code of Georgia in the case.",
            "section 16-13-30 of the Official Code of Georgia => code | Official Code of Georgia Annotated | US-GA | - |"
                + " section 16-13-30"),
        of(FL + "He is charged with trafficking (FS 893.135) in the case.",
            "FS 893.135 => code | Florida Statutes | US-FL | - | section 893.135"),
        // a section sign between a consolidated law's abbreviation and its number
        of(NY + "He is charged with assault in the second degree (PL §120.05(2)) in the case.",
            "PL §120.05(2) => law | Penal Law | US-NY | - | section 120.05(2)"),
        of(NY + "He is charged with driving while intoxicated (VTL § 1192(3)) in the case.",
            "VTL § 1192(3) => law | Vehicle and Traffic Law | US-NY | - | section 1192(3)"),
        of(NY + "He is charged with assault in the second degree (P.L. 120.05) in the case.",
            "P.L. 120.05 => law | Penal Law | US-NY | - | section 120.05"),
        of(TX + "He is charged under Tex. Penal Code Ann. § 19.02 in the case.",
            "Tex. Penal Code Ann. § 19.02 => code | Penal Code | US-TX | - | section 19.02"),
        // "P.L." before a public law's number stays a public law (federal), not New York's Penal Law
        of(NY + "The grants were created by P.L. 110-53 in 2007.",
            "P.L. 110-53 => law | P.L. 110-53 | US | - | "));
  }

  /** Shapes near the new forms that cite nothing. */
  static Stream<String> nearMisses() {
    return Stream.of(
        CA + "The family lives in Section 8 housing in the county.",
        CA + "Call (555) 123-4567 or visit Suite 200, Room 1234 of the building.",
        AU + "He moved to Sydney (NSW) in 2019 and to Hobart (Tas) later.",
        ICJ + "The board adopted the resolution after 120 days and met 15 times.",
        GB + "The Convention's 18 articles and the Act's 3 parts were read.",
        // a part's word with no instrument after it is prose
        UA + "The special part of the hearing was closed.",
        // a plural kind without a list of its instruments' numbers or dates speaks of instruments in general
        UA + "The court decisions of the Plenum and the orders of the President were published.",
        UA + "The decrees No. 12 were read, and the laws of Ukraine were amended.");
  }

  @ParameterizedTest
  @MethodSource({"international", "postSoviet", "commonwealth", "usStates"})
  void readsTheForm(String text, List<String> datePairs, List<String> expected) {
    DateLayer ds = dates(text, datePairs.toArray(String[]::new));
    assertEquals(expected, compact(STAGE.citations(text, ds).citations()));
  }

  @ParameterizedTest
  @MethodSource("nearMisses")
  void citesNothingNearTheForms(String text) {
    assertEquals(List.of(), compact(STAGE.citations(text, new DateLayer(List.of(), null)).citations()));
  }
}
