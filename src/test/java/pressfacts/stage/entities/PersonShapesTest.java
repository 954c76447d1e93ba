package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shapes of persons' names in English releases of courts outside the US (issue 16, "names"), through
 * the entity stage with the tagger's mentions given by hand as in {@link EntityStageTest}. Texts are
 * made up; each expected value was written from ANNOTATION.md before running.
 */
class PersonShapesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // a full name the tagger missed, set off by an age, is a person (US county releases, English and Spanish)
        Arguments.of("Police identified the driver as Kemar Ollins, 20, after the crash.", List.of(),
            "PERSON Kemar Ollins [Kemar Ollins]"),
        Arguments.of("La fiscal anunci\u00f3 la condena de Nora Vessel, de 56 a\u00f1os, por robo.", List.of(),
            "PERSON Nora Vessel [Nora Vessel]"),
        Arguments.of("The jury found that Dario T. Quell-Hart, 34, fired the shots.", List.of(),
            "PERSON Dario T. Quell-Hart [Dario T. Quell-Hart]"),
        // a full name the document reads as a person, written again where the tagger read nothing, is a mention
        Arguments.of("Orlen Vask, 41, was charged. The building's landlord Orlen Vask in May fled.", List.of(),
            "PERSON Orlen Vask [Orlen Vask|Orlen Vask]"),
        Arguments.of("Ulla Brenn Sayd, 30, was held. \u201cUlla Brenn Sayd us\u00f3 su posici\u00f3n,\u201d dijo.", List.of(),
            "PERSON Ulla Brenn Sayd [Ulla Brenn Sayd|Ulla Brenn Sayd]"),
        // ... not where it opens a longer name, nor after a capitalised word that is no title
        Arguments.of("Orlen Vask, 41, was charged. The Orlen Vask Foundation paid. Fairview Orlen Vask spoke.", List.of(),
            "PERSON Orlen Vask [Orlen Vask]; ORGANIZATION Orlen Vask Foundation [Orlen Vask Foundation]"),
        // ... not a headline's words, a date, nor a run that goes on from a capitalised word before it
        Arguments.of("Fairview Man, 25, Charged with Arson\nOn June 12, the jury met.", List.of(), ""),
        Arguments.of("Two were held. Defendant Kemar Ollins, 20, was held too.", List.of(), ""),
        // a given name written alone after the full name is a mention of that person
        Arguments.of("The girl, Lenna Moray, died in May. Her family sought justice for Lenna.", List.of("PER=Lenna Moray"),
            "PERSON Lenna Moray [Lenna Moray|Lenna]"),
        Arguments.of("Faith Rowan, 11, was injured, as was the driver, Faith\u2019s mother, Esther Rowan.",
            List.of("PER=Faith Rowan", "PER=Esther Rowan"),
            "PERSON Faith Rowan [Faith Rowan|Faith]; PERSON Esther Rowan [Esther Rowan]"),
        // ... not a given name the text also writes in lower case, nor one of an address, nor one two people share
        Arguments.of("Grace Holt spoke of grace. Grace was shown.", List.of("PER=Grace Holt"),
            "PERSON Grace Holt [Grace Holt]"),
        Arguments.of("Contact Claire Rowan\nClaire.Rowan@example.org", List.of("PER=Claire Rowan"),
            "PERSON Claire Rowan [Claire Rowan]"),
        // ... nor a word after an article: there the tagger had run an adjective into a name
        Arguments.of("Moroccan Ali Benali was held. The Moroccan consulate said a Moroccan officer left.",
            List.of("PER=Moroccan Ali Benali"),
            "PERSON Moroccan Ali Benali [Moroccan Ali Benali]"),
        Arguments.of("Lenna Moray, 4, died in May. They used drugs before the Lenna\u2019s death.", List.of("PER=Lenna Moray"),
            "PERSON Lenna Moray [Lenna Moray|Lenna]"),
        Arguments.of("Lenna Moray and Lenna Ostby spoke. Then Lenna left.", List.of("PER=Lenna Moray", "PER=Lenna Ostby"),
            "PERSON Lenna Moray [Lenna Moray]; PERSON Lenna Ostby [Lenna Ostby]"),
        // the tagger closed the body at its place and kept only the surname: the given name between is the name's
        Arguments.of("Chairman of the Supreme Court of Norland Ramiz Gasimov received the guests.",
            List.of("ORG=Supreme Court of Norland", "PER=Gasimov"),
            "ORGANIZATION Supreme Court of Norland [Supreme Court of Norland]; PERSON Ramiz Gasimov [Ramiz Gasimov]"),
        // ... not across a sentence's end
        Arguments.of("They left the Bank of Norland. Later Gasimov spoke.",
            List.of("ORG=Bank of Norland", "PER=Gasimov"),
            "ORGANIZATION Bank of Norland [Bank of Norland]; PERSON Gasimov [Gasimov]"),
        // initials after a lone surname belong to the name; before a capitalised word they may open the next sentence
        Arguments.of("The case was heard by judges Aliyev A. and Karimova L.R. on Monday. It was signed by Rustamov T. The judges left.",
            List.of("PER=Aliyev", "PER=Karimova", "PER=Rustamov"),
            "PERSON Aliyev A. [Aliyev A.]; PERSON Karimova L.R. [Karimova L.R.]; PERSON Rustamov [Rustamov]"),
        // two initials glued to each other and to the surname
        Arguments.of("The report of judge A.A.Aliyev was heard.", List.of(),
            "PERSON A.A.Aliyev [A.A.Aliyev]"),
        // a name in capitals in prose keeps the given name the tagger left out; a headline in capitals does not
        Arguments.of("BANKER AKHMEDOV SENTENCED\nCharges were filed against GULNARA KARIMOVA and BEKHZOD AKHMEDOV, a former director.",
            List.of("PER=GULNARA KARIMOVA", "PER=AKHMEDOV"),
            "PERSON BEKHZOD AKHMEDOV [AKHMEDOV|BEKHZOD AKHMEDOV]; PERSON GULNARA KARIMOVA [GULNARA KARIMOVA]"),
        // a titled name the tagger typed ORGANIZATION is the person; the titles left over are no body
        Arguments.of("The Minister appointed Justice Catherine Button and the Honourable Justice Nye Perram.",
            List.of("ORG=Justice Catherine Button", "ORG=Honourable Justice Nye Perram"),
            "PERSON Catherine Button [Catherine Button]; PERSON Nye Perram [Nye Perram]"),
        // ... but a body's name stays a body
        // the tagger's body ends in a judge's post-nominal letters ("Justice A AO"): the letters are no part of the
        // name (post-nominals.txt) and no body's acronym, so the name still gives way to nothing but titles before it
        Arguments.of("The Minister welcomed Justice Maria Holloway AO, President of the Tribunal.",
            List.of("ORG=Justice Maria Holloway AO", "ORG=Tribunal"),
            "PERSON Maria Holloway [Maria Holloway]; ORGANIZATION Tribunal [Tribunal]"),
        Arguments.of("The Justice Department sued Judge Nye Perram.", List.of("ORG=Justice Department"),
            "ORGANIZATION Justice Department [Justice Department]; PERSON Nye Perram [Nye Perram]"),
        // an outlet named as the source is an organization wherever the tagger took it for a person
        Arguments.of("The court met on Monday, Kazinform reports. Kazinform added that the session was open.",
            List.of("PER=Kazinform"),
            "ORGANIZATION Kazinform [Kazinform|Kazinform]"),
        // ... not a surname the text gives with its given name
        Arguments.of("Bakhyt Sultanov spoke. Sultanov reported that the session was open.",
            List.of("PER=Bakhyt Sultanov", "PER=Sultanov"),
            "PERSON Bakhyt Sultanov [Bakhyt Sultanov|Sultanov]"),
        // a surname written first, before initials or in capitals, names the person named in full elsewhere
        Arguments.of("Judge Ramiz Rzayev opened the session. Rzayev R. noted the reforms.",
            List.of("PER=Ramiz Rzayev", "PER=Rzayev R."),
            "PERSON Ramiz Rzayev [Ramiz Rzayev|Rzayev R.]"),
        Arguments.of("The court heard IVANOV Sergei Petrovich. Sergei Ivanov pleaded guilty.",
            List.of("PER=IVANOV Sergei Petrovich", "PER=Sergei Ivanov"),
            "PERSON IVANOV Sergei Petrovich [IVANOV Sergei Petrovich|Sergei Ivanov]"),
        // ... but a generational suffix is no initial: "Taylor Jr." is not "Jr. Taylor", and joins as a surname
        Arguments.of("John Taylor spoke. Taylor Jr. left.",
            List.of("PER=John Taylor", "PER=Taylor Jr."),
            "PERSON John Taylor [John Taylor|Taylor Jr.]"),
        // titles of courts' and ministries' staff are not part of the name
        Arguments.of("Ombudsman Sabina Aliyeva met Registrar Marek Novak.",
            List.of("PER=Ombudsman Sabina Aliyeva", "PER=Registrar Marek Novak"),
            "PERSON Sabina Aliyeva [Sabina Aliyeva]; PERSON Marek Novak [Marek Novak]"),
        // the tagger ran the name into the "of the" that opens the holder's body: a name never ends with one
        Arguments.of("It was investigated by Investigator Dora Prince of the City Department of Finance.",
            List.of("PER=Dora Prince of the", "ORG=City Department of Finance"),
            "PERSON Dora Prince [Dora Prince]; ORGANIZATION City Department of Finance [City Department of Finance]"),
        // a title-case headline's verb after the name is no part of it...
        Arguments.of("Criminal District Attorney Jon Crane Issues\nStatement Regarding the Ruling\nThe office said more.",
            List.of("PER=Jon Crane Issues"),
            "PERSON Jon Crane [Jon Crane]"),
        Arguments.of("Attorney General Lena Moss Win Lawsuit Against Board\nThe ruling came today.",
            List.of("PER=Lena Moss Win"),
            "PERSON Lena Moss [Lena Moss]"),
        // ... and a place and "Man" before it name no one
        Arguments.of("Portville Man Sentenced to 38 Years in Prison\nThe man was sentenced today.",
            List.of("PER=Portville Man Sentenced"),
            ""),
        // ... but the same word in prose, before a lower-case word, may be a name's
        Arguments.of("Tin Win said the case was closed.",
            List.of("PER=Tin Win"),
            "PERSON Tin Win [Tin Win]"),
        // a given name that is also a word, alone at a line's start: the same word in lower case inside a web
        // address is a file's name, not the word in prose, so the given name stays...
        Arguments.of("County District Attorney\nSummer Stone\nsaid the man was sentenced.\n"
                + "https://example.org/uploads/logo-summer.webp",
            List.of("PER=Stone"),
            "PERSON Summer Stone [Summer Stone]"),
        // ... but the word written in lower case in prose is the word, and the tagger's name stays as it was
        Arguments.of("County District Attorney\nSummer Stone\nsaid the man was sentenced this summer.",
            List.of("PER=Stone"),
            "PERSON Stone [Stone]"),
        // after a title word and a given name, a street's or site's head word is the surname, and the title no
        // place's name; a site's head after a place's own name stays a site
        Arguments.of("Deputy District Attorney Nina Park and Detective Amy Street met at Central Park on Oak Street.",
            List.of("PER=Nina Park", "PER=Amy Street"),
            "PERSON Nina Park [Nina Park]; PERSON Amy Street [Amy Street]; LOCATION Central Park [Central Park]; "
                + "LOCATION Oak Street [Oak Street]"),
        // "in Charge" closes the title that "in" broke off, so the name after it is read as after any title
        Arguments.of("Special Agent in Charge Grace Holt of the FBI spoke.", List.of("ORG=FBI"),
            "PERSON Grace Holt [Grace Holt]; ORGANIZATION FBI [FBI]"),
        // ... not after a word that is no title
        Arguments.of("Nobody was left in Charge Grace Holt said.", List.of(), ""),
        // a university's faculty is its unit, named whole with the university, though "Law" alone would read as
        // an instrument's head
        Arguments.of("The dean of the Faculty of Law of the University of Norland spoke.", List.of(),
            "ORGANIZATION Faculty of Law of the University of Norland [Faculty of Law of the University of Norland]"),
        // a body whose name holds a person's name keeps it: its last word is a body's head
        Arguments.of("The head of the Robert Wood Johnson Foundation spoke.",
            List.of("ORG=Robert Wood Johnson Foundation"),
            "ORGANIZATION Robert Wood Johnson Foundation [Robert Wood Johnson Foundation]"),
        // a company named in full and then by the first words of its name: the short form is the company
        Arguments.of("Barnaby Foods Inc. agreed to pay $2 million. Barnaby operated three plants in Ohio.",
            List.of("ORG=Barnaby Foods Inc.", "PER=Barnaby", "LOC=Ohio"),
            "ORGANIZATION Barnaby Foods Inc. [Barnaby Foods Inc.|Barnaby]; LOCATION Ohio [Ohio]"),
        Arguments.of("The Department sued Verna Community College. The complaint alleges that Verna failed to act.",
            List.of("ORG=Department", "ORG=Verna Community College", "PER=Verna"),
            "ORGANIZATION Department [Department]; ORGANIZATION Verna Community College [Verna Community College|Verna]"),
        // ... not a person with an honorific, nor one named before the body that bears his name
        Arguments.of("Barnaby Foods Inc. agreed to pay $2 million. Mr. Barnaby left.",
            List.of("ORG=Barnaby Foods Inc.", "PER=Barnaby"),
            "ORGANIZATION Barnaby Foods Inc. [Barnaby Foods Inc.]; PERSON Barnaby [Barnaby] {gender=male, honorific=Mr.}"),
        Arguments.of("Leo Varga spoke at the Leo Varga Foundation.",
            List.of("PER=Leo Varga", "ORG=Leo Varga Foundation"),
            "PERSON Leo Varga [Leo Varga]; ORGANIZATION Leo Varga Foundation [Leo Varga Foundation]"),
        // a generational suffix keeps its period where it also ends the sentence
        Arguments.of("The statement on the execution of Nolan Pryce Jr. He was 61.",
            List.of("PER=Nolan Pryce Jr"),
            "PERSON Nolan Pryce Jr. [Nolan Pryce Jr.]"),
        // Spanish titles of a US county's release: "Fiscal" at a line's start is no part of the name, a
        // contact block's "Vocera" is no person, and "Principal" after "Fiscal" is the title's, no given name
        Arguments.of("\u201cOramos por todos\u201d, dijo el\nFiscal Roldan. Roldan habl\u00f3 despu\u00e9s.",
            List.of("PER=Fiscal Roldan", "PER=Roldan"),
            "PERSON Roldan [Roldan|Roldan]"),
        Arguments.of("Contacto: Farah Emil\nVocera\n714-555-0100", List.of("PER=Farah Emil", "PER=Vocera"),
            "PERSON Farah Emil [Farah Emil]"),
        Arguments.of("El Fiscal Principal Ramon Ortega dijo que la casa fue robada.", List.of("PER=Ramon Ortega"),
            "PERSON Ramon Ortega [Ramon Ortega]"),
        // one capitalised word the tagger typed PERSON that nothing supports as a name names no person:
        // a street of a pair, a town in a list, a company, a product, a word of a Spanish headline
        Arguments.of("He was shot outside a store on Tamber and Gale drives at night.", List.of("PER=Tamber"), ""),
        Arguments.of("The fund went to the cities of Norwell, Ashby, and Corlan for their studies.",
            List.of("LOC=Norwell", "PER=Ashby", "LOC=Corlan"),
            "LOCATION Norwell [Norwell]; LOCATION Corlan [Corlan]"),
        Arguments.of("Under the plea agreement, Varnex operated three plants.", List.of("PER=Varnex"), ""),
        Arguments.of("The charges came from Lumo hair care products sold online.", List.of("PER=Lumo"), ""),
        Arguments.of("Pastor Condenado por Robar Tres\nCapillas\nEl hombre fue condenado.", List.of("PER=Capillas"), ""),
        // ... but one the document names in full, after a title or honorific, in quotes, with a possessive,
        // as a party or alias, before an age, beside other persons, by a verb of speech or a noun of kin,
        // before post-nominal letters, or with a surname's ending is a person
        Arguments.of("As the report makes clear, Mr. Garrow left the unit.", List.of("PER=Garrow"),
            "PERSON Garrow [Garrow] {gender=male, honorific=Mr.}"),
        Arguments.of("He said he met \u2018Clarita\u2019 at a truck stop.", List.of("PER=Clarita"), "PERSON Clarita [Clarita]"),
        Arguments.of("The dismissal of People v. Orday ended the case.", List.of("PER=Orday"), "PERSON Orday [Orday]"),
        Arguments.of("Detectives learned that Jo Seaver and Garth were friends.", List.of("PER=Jo Seaver", "PER=Garth"),
            "PERSON Jo Seaver [Jo Seaver]; PERSON Garth [Garth]"),
        Arguments.of("The trial ended in May. Tolley said the verdict was just.", List.of("PER=Tolley"), "PERSON Tolley [Tolley]"),
        Arguments.of("He was sentenced for the death of his daughter Merin in 2017.", List.of("PER=Merin"), "PERSON Merin [Merin]"),
        Arguments.of("Director of Public Prosecutions Reed QC said the case was closed.", List.of("PER=Reed"),
            "PERSON Reed [Reed]"),
        Arguments.of("Abdykarimov was detained in September.", List.of("PER=Abdykarimov"), "PERSON Abdykarimov [Abdykarimov]"),
        // text rebuilt from tokens (news corpora) sets a bracket or a possessive a space apart, and a noun of
        // kin may stand before a comma
        Arguments.of("Dunmore won 2 ( Tavich 12 ) at home.", List.of("PER=Tavich"), "PERSON Tavich [Tavich]"),
        Arguments.of("The panel read Pellor 's remarks aloud.", List.of("PER=Pellor"), "PERSON Pellor [Pellor]"),
        Arguments.of("He and his wife, Marna, moved to the coast.", List.of("PER=Marna"), "PERSON Marna [Marna]"),
        // ... and a word that another mention holds is left to the grouping ("Orvex" of the company's name)
        Arguments.of("Orvex Wireless Corporation was sold. The FCC approved the merger of Telco and Orvex.",
            List.of("ORG=Orvex Wireless Corporation", "ORG=FCC", "ORG=Telco", "PER=Orvex"),
            "ORGANIZATION Orvex Wireless Corporation [Orvex Wireless Corporation|Orvex]; ORGANIZATION FCC [FCC]; ORGANIZATION Telco [Telco]"),
        // a run the tagger read as a person that ends with a title word's plural or possessive is a title,
        // no one's name; the names listed after it stay, and a name may end with a title word itself
        Arguments.of("She assists the Deputy District Attorneys at trial.", List.of("PER=Deputy District Attorneys"), ""),
        Arguments.of("Seasoned Assistant State\u2019s Attorneys handle the cases.",
            List.of("PER=Assistant State\u2019s Attorneys"), ""),
        Arguments.of("Assistant State's Attorney's\nLina Varrow\nand\nOtto Brisk\nwill handle it.",
            List.of("PER=State's Attorney's", "PER=Lina Varrow", "PER=Otto Brisk"),
            "PERSON Lina Varrow [Lina Varrow]; PERSON Otto Brisk [Otto Brisk]"),
        Arguments.of("The witness Mary Judge testified.", List.of("PER=Mary Judge"), "PERSON Mary Judge [Mary Judge]"),
        // a surname written alone keeps the lower-case particle its full name writes before it, one or more
        // words, the first capitalised at a sentence's start; not a particle the full name does not write
        Arguments.of("Tomas Ruiz del Prado, 41, was held. Police said del Prado fled.",
            List.of("PER=Tomas Ruiz del Prado", "PER=Prado"),
            "PERSON Tomas Ruiz del Prado [Tomas Ruiz del Prado|del Prado]"),
        Arguments.of("Judge Anne Marie de la Vosse presided. De la Vosse ruled.",
            List.of("PER=Anne Marie de la Vosse", "PER=Vosse"),
            "PERSON Anne Marie de la Vosse [Anne Marie de la Vosse|De la Vosse]"),
        // a full name written again across the line break of wrapped prose is one mention, where the tagger
        // read the given name alone (the surname on the next line unread, or read later as a lone surname)
        Arguments.of("Det. Tova Hale found the phone. \u201cI remember the day when Sex Crimes Detective Tova\nHale told"
            + " me about the case,\u201d the prosecutor said.", List.of("PER=Tova Hale", "PER~Tova"),
            "PERSON Tova Hale [Tova Hale|Tova\nHale]"),
        Arguments.of("Karl Otto Brenn spoke. Then von Brenn left.", List.of("PER=Karl Otto Brenn", "PER=Brenn"),
            "PERSON Karl Otto Brenn [Karl Otto Brenn|Brenn]"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheName(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
