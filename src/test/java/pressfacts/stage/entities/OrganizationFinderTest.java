package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The organization rules of {@link OrganizationFinder} (and the grouping of their mentions), one row
 * per rule, through the entity stage alone as {@link EntityStageTest} runs it: tagger mentions given
 * by hand ("ORG=...", "PER=...", "LOC=..."), expected entities rendered as there. Expected values are
 * worked out by hand from ANNOTATION.md.
 */
class OrganizationFinderTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load(); // the stage is built once, as there
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        // "for the" between a body and an office named by its holder's title and possessive joins two bodies
        Arguments.of("She heads the Bureau of Investigation for the Arlowe County District Attorney's Office now.",
            List.of("ORG=Bureau of Investigation for the Arlowe County District Attorney's Office"),
            "ORGANIZATION Bureau of Investigation [Bureau of Investigation]; "
                + "ORGANIZATION Arlowe County District Attorney's Office [Arlowe County District Attorney's Office]"),
        Arguments.of("A pact joins the Arlowe County Sheriff's Office for the Nordic Consulate and the schools.",
            List.of("ORG=Arlowe County Sheriff's Office for the Nordic Consulate"),
            "ORGANIZATION Arlowe County Sheriff's Office [Arlowe County Sheriff's Office]; "
                + "ORGANIZATION Nordic Consulate [Nordic Consulate]"),
        // ... a district after it is no body: the office's name goes on
        Arguments.of("He works at the U.S. Attorney's Office for the Eastern District of Ruritania today.",
            List.of("ORG=U.S. Attorney's Office for the Eastern District of Ruritania"),
            "ORGANIZATION U.S. Attorney's Office for the Eastern District of Ruritania"
                + " [U.S. Attorney's Office for the Eastern District of Ruritania]"),
        // a consulate is a body as an embassy is (ANNOTATION.md: embassies), and its bare head a short form of it
        Arguments.of("Victims met staff of the Nordic Consulate on Monday; the Consulate's office is downtown.", List.of(),
            "ORGANIZATION Nordic Consulate [Nordic Consulate|Consulate]"),
        // "General" after the consulate's head is inside its name, before the complement; the place after "in" stays a place
        Arguments.of("Help came through the Consulate General of Ruritania in Vienna.", List.of("LOC=Ruritania", "LOC=Vienna"),
            "ORGANIZATION Consulate General of Ruritania [Consulate General of Ruritania]; LOCATION Vienna [Vienna]"),
        // ... while the consul's own "Consul General" stays a title
        Arguments.of("They met Consul General of Ruritania Ana Ruiz.", List.of("LOC=Ruritania", "PER=Ana Ruiz"),
            "LOCATION Ruritania [Ruritania]; PERSON Ana Ruiz [Ana Ruiz]"),
        // a title that goes on with "in Charge" before a person is hers: the body before it ends before its words
        Arguments.of("Jane Roe, FBI Boston Special Agent in Charge Mark Holden, and Ann Lee spoke.",
            List.of("PER=Jane Roe", "ORG=FBI Boston Special Agent", "PER=Mark Holden", "PER=Ann Lee"),
            "PERSON Jane Roe [Jane Roe]; ORGANIZATION FBI Boston [FBI Boston]; PERSON Mark Holden [Mark Holden]; PERSON Ann Lee [Ann Lee]"),
        Arguments.of("Jane Roe and HSI New England Acting Special Agent in Charge Carla Mendes spoke.",
            List.of("PER=Jane Roe", "ORG=HSI New England Acting Special Agent", "PER=Carla Mendes"),
            "PERSON Jane Roe [Jane Roe]; ORGANIZATION HSI New England [HSI New England]; PERSON Carla Mendes [Carla Mendes]"),
        // ... not without a person after "in Charge"
        Arguments.of("The Harbor Resident Agent in Charge office opened.", List.of("ORG=Harbor Resident Agent"),
            "ORGANIZATION Harbor Resident Agent [Harbor Resident Agent]"),
        // a bare head with only title words before it opens a title, before a title word or a person
        Arguments.of("It was tried by Cary Fischer, Deputy Bureau Chief, and Joseph Alexis, Bureau Chief.",
            List.of("PER=Cary Fischer", "PER=Joseph Alexis"),
            "PERSON Cary Fischer [Cary Fischer]; PERSON Joseph Alexis [Joseph Alexis]"),
        Arguments.of("Commissioner Bratton said the girls are safe.", List.of("PER=Bratton"), "PERSON Bratton [Bratton]"),
        // ... but a head with a name before it is a body
        Arguments.of("The Red Zone Trial Bureau Chief Ann Lee spoke.", List.of("PER=Ann Lee"),
            "ORGANIZATION Red Zone Trial Bureau [Red Zone Trial Bureau]; PERSON Ann Lee [Ann Lee]"),
        // a bare head before a number or code is a numbered part: a court room, a court's division
        Arguments.of("He is due in Department C-35 on Friday.", List.of(), ""),
        Arguments.of("She joined the Family Court (Division 2) as a judge.", List.of(),
            "ORGANIZATION Family Court [Family Court]"),
        // a bare head as a contact block's label
        Arguments.of("Contact: Jane Roe\nOffice: 714-347-8408\nCell: 714-292-2718", List.of("PER=Jane Roe"),
            "PERSON Jane Roe [Jane Roe]"),
        Arguments.of("Call 214-653-3600 (Office) for details.", List.of(), ""),
        // "a"/"an" before a name that ends its noun phrase names a kind of body
        Arguments.of("He gave resources to a Terrorist Organization.", List.of(), ""),
        Arguments.of("The ICC should not be an apex Court but a hub.", List.of("ORG=ICC"), "ORGANIZATION ICC [ICC]"),
        // ... but a unit or task force formed under its own name is a body (D9)
        Arguments.of("The sheriff announced a new Harbor Fraud Unit today.", List.of(),
            "ORGANIZATION Harbor Fraud Unit [Harbor Fraud Unit]"),
        Arguments.of("The office will lead a Violent Crimes Cold Case Taskforce.", List.of(),
            "ORGANIZATION Violent Crimes Cold Case Taskforce [Violent Crimes Cold Case Taskforce]"),
        Arguments.of("She gave a talk on an Effective and Efficient Judiciary.", List.of(), ""),
        Arguments.of("He joined a Special Unit.", List.of(), ""),
        // ... not when the name only describes the word after it, or holds a place
        Arguments.of("He spoke at a Council meeting in Baku.", List.of("LOC=Baku"),
            "ORGANIZATION Council [Council]; LOCATION Baku [Baku]"),
        Arguments.of("He shot a San Diego Police Department officer.", List.of("LOC=San Diego"),
            "ORGANIZATION San Diego Police Department [San Diego Police Department]"),
        // "Team" heads a body's name; "Executive Team" (a name stop) does not
        Arguments.of("The Riverside County Child Exploitation Team (RCCET) arrested him. RCCET agents searched.",
            List.of("LOC=Riverside County"),
            "ORGANIZATION Riverside County Child Exploitation Team [Riverside County Child Exploitation Team|RCCET|RCCET]"),
        Arguments.of("Members of the Executive Team met.", List.of(), ""),
        // law enforcement in general, capitalised by an all-caps headline, is no body; a unit named with it is
        Arguments.of("LAW ENFORCEMENT SEEKING MORE VICTIMS OF PIANO TUTOR", List.of("ORG=LAW ENFORCEMENT"), ""),
        Arguments.of("He thanked the Law Enforcement Liaison Unit.", List.of("ORG=Law Enforcement Liaison Unit"),
            "ORGANIZATION Law Enforcement Liaison Unit [Law Enforcement Liaison Unit]"),
        // a speaker's possessive is no part of the name, even inside a tagged span
        Arguments.of("Today my Office has launched its first report.", List.of("ORG=Today my Office"),
            "ORGANIZATION Office [Office]"),
        Arguments.of("He never delivered. My Immigrant Affairs Unit will protect residents.", List.of(),
            "ORGANIZATION Immigrant Affairs Unit [Immigrant Affairs Unit]"),
        // a company named with its legal form is then called by the first words of its name
        Arguments.of("Lloyds TSB Bank plc agreed to pay. Lloyds admitted it.", List.of("ORG=Lloyds TSB Bank plc", "ORG=Lloyds"),
            "ORGANIZATION Lloyds TSB Bank plc [Lloyds TSB Bank plc|Lloyds]"),
        Arguments.of("Rite Aid Corporation agreed to pay. The DEA found that Rite Aid erred.",
            List.of("ORG=Rite Aid", "ORG=DEA"),
            "ORGANIZATION Rite Aid Corporation [Rite Aid Corporation|Rite Aid]; ORGANIZATION DEA [DEA]"),
        // D10: a title's possessive before a unit that opens with its head names the unit alone ...
        Arguments.of("RCCET is led by the DA's Bureau of Investigation today.", List.of("ORG=RCCET"),
            "ORGANIZATION RCCET [RCCET]; ORGANIZATION Bureau of Investigation [Bureau of Investigation]"),
        Arguments.of("She is Deputy Chief of the District Attorney's Investigations Division.", List.of(),
            "ORGANIZATION Investigations Division [Investigations Division]"),
        // ... a known body's possessive is a body's, even when the body's last word is a title's ("Justice")
        Arguments.of("The Department of Justice's Civil Rights Division reviewed the case.", List.of(),
            "ORGANIZATION Department of Justice [Department of Justice]; ORGANIZATION Civil Rights Division [Civil Rights Division]"),
        // a title of several words and its "of" before a body are the holder's, even inside a tagged name
        Arguments.of("He served as Assistant Chief of Superior Court Division until 2018.",
            List.of("ORG=Assistant Chief of Superior Court Division"),
            "ORGANIZATION Superior Court Division [Superior Court Division]"),
        // ... also when qualifiers no body's head stand before the title word: they are the title's
        Arguments.of("The Judicial Registrar of the Supreme Court of Norland, Ms. Amina Waweru, spoke.",
            List.of("ORG=Judicial Registrar of the Supreme Court of Norland", "PER=Amina Waweru"),
            "ORGANIZATION Supreme Court of Norland [Supreme Court of Norland]; PERSON Amina Waweru [Amina Waweru] {gender=female, honorific=Ms.}"),
        Arguments.of("The National Coordinator of the High Court of Norland, Joseph Mwangi, closed it.",
            List.of("ORG=National Coordinator of the High Court of Norland", "PER=Joseph Mwangi"),
            "ORGANIZATION High Court of Norland [High Court of Norland]; PERSON Joseph Mwangi [Joseph Mwangi]"),
        // ... and such a title alone names no body
        Arguments.of("Peter Otieno, Senior National Judicial Registrar, and Ann Lee spoke.",
            List.of("PER=Peter Otieno", "ORG=Senior National Judicial Registrar", "PER=Ann Lee"),
            "PERSON Peter Otieno [Peter Otieno]; PERSON Ann Lee [Ann Lee]"),
        // ... but a qualifier before a body's head is the body's
        Arguments.of("The National Security Council of Norland met.", List.of("ORG=National Security Council of Norland"),
            "ORGANIZATION National Security Council of Norland [National Security Council of Norland]"),
        // a unit "of the" an owner that owns another unit by a possessive is that unit's: three bodies
        Arguments.of("Trial Attorney Ann Lee of the Counterespionage Section of the Justice Department's National Security Division assisted.",
            List.of("PER=Ann Lee"),
            "PERSON Ann Lee [Ann Lee]; ORGANIZATION Counterespionage Section [Counterespionage Section]; "
                + "ORGANIZATION Justice Department [Justice Department]; ORGANIZATION National Security Division [National Security Division]"),
        // ... but one body's "of"-name before its possessive stays whole
        Arguments.of("The U.S. Department of Health and Human Services' Office of Inspector General assisted.", List.of(),
            "ORGANIZATION U.S. Department of Health and Human Services [U.S. Department of Health and Human Services]; "
                + "ORGANIZATION Office of Inspector General [Office of Inspector General]"),
        // D11: a known body with "and" in its name written whole before its unit is two mentions, not cut at its "and"
        Arguments.of("Agents of the Department of Health and Human Services Office of Inspector General searched it.", List.of(),
            "ORGANIZATION Department of Health and Human Services [Department of Health and Human Services]; "
                + "ORGANIZATION Office of Inspector General [Office of Inspector General]"),
        Arguments.of("The U.S. Department of Health and Human Services Office of Inspector General investigated.",
            List.of("ORG=U.S. Department of Health and Human Services Office of Inspector General"),
            "ORGANIZATION U.S. Department of Health and Human Services [U.S. Department of Health and Human Services]; "
                + "ORGANIZATION Office of Inspector General [Office of Inspector General]"),
        // ... and so for other federal bodies with "and" in their names (known-organizations.tsv); before, the
        // split at "and" gave "Department of Housing" and "Urban Development Office of Inspector General"
        Arguments.of("Agents of the Department of Housing and Urban Development Office of Inspector General searched it.", List.of(),
            "ORGANIZATION Department of Housing and Urban Development [Department of Housing and Urban Development]; "
                + "ORGANIZATION Office of Inspector General [Office of Inspector General]"),
        Arguments.of("Crews of U.S. Customs and Border Protection Air and Marine Operations found the boat.",
            List.of("ORG=U.S. Customs and Border Protection Air", "ORG=Marine Operations"),
            "ORGANIZATION U.S. Customs and Border Protection [U.S. Customs and Border Protection]; "
                + "ORGANIZATION Air and Marine Operations [Air and Marine Operations]"),
        // Issue 16: a hyphenated acronym after "and" that ends the run is a second body, as a plain one is
        Arguments.of("It was investigated by the Office of Inspector General and HHS-OIG today.", List.of(),
            "ORGANIZATION Office of Inspector General [Office of Inspector General]; ORGANIZATION HHS-OIG [HHS-OIG]"),
        // ... and so is a named body's short form after "the" (D8)
        Arguments.of("The Department of Justice filed. \"It matters,\" said the chief of the Department's Antitrust Division.",
            List.of(), "ORGANIZATION Department of Justice [Department of Justice|Department]; "
                + "ORGANIZATION Antitrust Division [Antitrust Division]"),
        // D2: the office's name written whole up to "Office" is one body, the possessive of "State's Attorney"
        // inside it (a wider rule, any title's possessive before another, lowered held-out LOCATION and roles)
        Arguments.of("The Kane County State's Attorney's Office filed charges.", List.of(),
            "ORGANIZATION Kane County State's Attorney's Office [Kane County State's Attorney's Office]"),
        Arguments.of("The Essex Commonwealth's Attorney's Office declined to comment.", List.of(),
            "ORGANIZATION Essex Commonwealth's Attorney's Office [Essex Commonwealth's Attorney's Office]"),
        Arguments.of("The Kane County State's Attorney's Office Conviction Integrity Unit reviewed it.", List.of(),
            "ORGANIZATION Kane County State's Attorney's Office [Kane County State's Attorney's Office]; "
                + "ORGANIZATION Conviction Integrity Unit [Conviction Integrity Unit]"),
        // ... and so is an office named by the title after "of", when the tagger stopped at the title's head
        Arguments.of("He was sentenced, the Office of the Essex County State's Attorney said.",
            List.of("ORG=Office of the Essex County State"), "ORGANIZATION Office of the Essex County State's Attorney"
                + " [Office of the Essex County State's Attorney]"),
        Arguments.of("The case was tried by the Office of the Lakeland State Attorney in May.",
            List.of("ORG=Office of the Lakeland State"),
            "ORGANIZATION Office of the Lakeland State Attorney [Office of the Lakeland State Attorney]"),
        Arguments.of("The State's Attorney's Felony Review Unit approved charges.", List.of(),
            "ORGANIZATION Felony Review Unit [Felony Review Unit]"),
        // ... and after a county the first possessive is inside the title: the unit alone, the county a place
        Arguments.of("The Cook County State's Attorney's Felony Review Unit approved charges.",
            List.of("ORG=Cook County State", "ORG=Felony Review Unit"),
            "LOCATION Cook County [Cook County]; ORGANIZATION Felony Review Unit [Felony Review Unit]"),
        // ... but the office the title names stays whole
        Arguments.of("Detectives of the Orange County Sheriff's Department arrested him.", List.of("LOC=Orange County"),
            "ORGANIZATION Orange County Sheriff's Department [Orange County Sheriff's Department]"),
        // D10: a title's possessive before an office named by its function after "of" names the office alone ...
        Arguments.of("In 2019 she went to work for the Governor's Office of General Counsel as an analyst.", List.of(),
            "ORGANIZATION Office of General Counsel [Office of General Counsel]"),
        // ... not before the place the office serves
        Arguments.of("He met attorneys of the Prosecutor's Office of Norland in May.", List.of("LOC=Norland"),
            "ORGANIZATION Prosecutor's Office of Norland [Prosecutor's Office of Norland]"),
        Arguments.of("Deputies of the Sheriff's Office of Kern County arrested him.", List.of(),
            "ORGANIZATION Sheriff's Office of Kern County [Sheriff's Office of Kern County]"),
        Arguments.of("Staff of the Prosecutor's Office of Ak-Bulak District visited the school.", List.of(),
            "ORGANIZATION Prosecutor's Office of Ak-Bulak District [Prosecutor's Office of Ak-Bulak District]"),
        // the Pentagon is the department it houses: its possessive splits two bodies (Conventions)
        Arguments.of("The Pentagon's Defense Criminal Investigative Service will pursue the fraud.", List.of(),
            "ORGANIZATION Pentagon [Pentagon]; ORGANIZATION Defense Criminal Investigative Service [Defense Criminal Investigative Service]"),
        // a known body after "and" is a body of its own
        Arguments.of("It was investigated by the Office of the Inspector General and FBI.", List.of(),
            "ORGANIZATION Office of the Inspector General [Office of the Inspector General];"
                + " ORGANIZATION FBI [FBI]"),
        // the period of an abbreviated legal form stays with the name at the sentence's end too ...
        Arguments.of("He sold the parts through his firm, Orion Aviation Corp. Sentencing is set for May.",
            List.of("ORG=Orion Aviation Corp"), "ORGANIZATION Orion Aviation Corp. [Orion Aviation Corp.]"),
        Arguments.of("It was formerly known as Morse Diesel International Inc.", List.of("ORG=Morse Diesel International Inc"),
            "ORGANIZATION Morse Diesel International Inc. [Morse Diesel International Inc.]"),
        // ... but a form that is no abbreviation leaves the period to the sentence
        Arguments.of("He sold the parts through Acme Parts LLC. Sentencing is set for May.", List.of("ORG=Acme Parts LLC"),
            "ORGANIZATION Acme Parts LLC [Acme Parts LLC]"),
        // a plural head names a kind of body ...
        Arguments.of("The Constitutional Courts of both states met.", List.of(), ""),
        // ... but not before a singular head of the same name: the plural says what the body serves
        Arguments.of("He met the head of the National Courts Administration in Riga.", List.of("LOC=Riga"),
            "ORGANIZATION National Courts Administration [National Courts Administration]; LOCATION Riga [Riga]"),
        Arguments.of("She leads the Special Prosecutions Unit now.", List.of(),
            "ORGANIZATION Special Prosecutions Unit [Special Prosecutions Unit]"),
        // (not read yet: "U.S. Citizenship and Immigration Services" is dropped as a plural head, a kind of body;
        // keeping a known body's plural head lowered held-out official-intl ORGANIZATION at merge and was taken out)
        // a known body written whole before its unit, or before another known body, gives two mentions ...
        Arguments.of("The passport went to the ICE Forensic Document Laboratory for tests.", List.of(),
            "ORGANIZATION ICE [ICE]; ORGANIZATION Forensic Document Laboratory [Forensic Document Laboratory]"),
        Arguments.of("\"We follow the money,\" said Jane Roe, Chief, IRS Criminal Investigation.",
            List.of("PER=Jane Roe", "ORG=IRS Criminal Investigation"),
            "PERSON Jane Roe [Jane Roe]; ORGANIZATION IRS [IRS]; ORGANIZATION Criminal Investigation [Criminal Investigation]"),
        // ... but a lone head after a known name with neither a head nor an acronym ends that name
        Arguments.of("Agents of the Criminal Investigation Division searched the house.", List.of(),
            "ORGANIZATION Criminal Investigation Division [Criminal Investigation Division]"),
        // words of a clause ("Who", "During", "When") stop a run of capitals, and "Police" alone names no body
        Arguments.of("Man Sentenced for Fatal Crash During Police Chase\nThe man fled from a police car.", List.of(), ""),
        Arguments.of("When Police arrived, the man fled.", List.of(), ""),
        // a headline's count or "Former" before a police body and the staff word after its head are the people's
        Arguments.of("Charges Dismissed Against Three Fairview Police Officers\nThe charges were dropped.", List.of(),
            "ORGANIZATION Fairview Police [Fairview Police]"),
        Arguments.of("Former Lakeside Police Officer Charged with Fraud\nThe officer was charged.", List.of(),
            "ORGANIZATION Lakeside Police [Lakeside Police]"),
        Arguments.of("Man Sentenced for Assaulting Two Fairview Police Officers\nThe man was sentenced.", List.of(),
            "ORGANIZATION Fairview Police [Fairview Police]"),
        Arguments.of("The Two Rivers Police Department made an arrest.", List.of(),
            "ORGANIZATION Two Rivers Police Department [Two Rivers Police Department]"),
        Arguments.of("Police Commissioner Jane Roe thanked the detectives.", List.of("PER=Jane Roe"), "PERSON Jane Roe [Jane Roe]"),
        // a city and its state, or a state and its country, written with a comma before the body are its name ...
        Arguments.of("He was arrested by the Boynton Beach, Florida Police Department on Monday.",
            List.of("LOC=Boynton Beach", "LOC=Florida"),
            "ORGANIZATION Boynton Beach, Florida Police Department [Boynton Beach, Florida Police Department]"),
        Arguments.of("It was investigated by the Queensland, Australia, Police Service, with help.",
            List.of("LOC=Queensland", "LOC=Australia"),
            "ORGANIZATION Queensland, Australia, Police Service [Queensland, Australia, Police Service]"),
        // ... but a longer list of places names several places
        Arguments.of("Officers came from Tyler, Waco, Austin Police Department yesterday.",
            List.of("LOC=Tyler", "LOC=Waco", "LOC=Austin"),
            "LOCATION Tyler [Tyler]; LOCATION Waco [Waco]; ORGANIZATION Austin Police Department [Austin Police Department]"),
        // a line break that only wraps prose (a long line that stops inside a sentence) does not end a name;
        // the span keeps the line break as the text has it (so does the name, the mention as written:
        // the scorer ignores spacing)
        Arguments.of("I want to thank Detective Steve Hayes, the Arlington Police Department, and the Corinth Police\n"
            + "Department for their hard work on this case.", List.of("PER=Steve Hayes"),
            "PERSON Steve Hayes [Steve Hayes]; ORGANIZATION Arlington Police Department [Arlington Police Department];"
                + " ORGANIZATION Corinth Police\nDepartment [Corinth Police\nDepartment]"),
        // a PDF's proportional lines: a wrapped line may stand 20 characters short of its paragraph's longest, and
        // a long line of prose ending on a capitalised word before a line opening on a body head still wraps the name
        Arguments.of("We thank the jurors, the family, the Oakdale Sheriff's Office, and the Millbrook Police\n"
            + "Department, Judge Ann Roe, the court staff, our victim advocates, and every prosecutor in our office who gave\n"
            + "many long hours of their time to this case.", List.of("PER=Ann Roe"),
            "ORGANIZATION Oakdale Sheriff's Office [Oakdale Sheriff's Office]; ORGANIZATION Millbrook Police\nDepartment"
                + " [Millbrook Police\nDepartment]; PERSON Ann Roe [Ann Roe]"),
        // ... but a line that opens on no head is no part of the name before it
        Arguments.of("We thank the jurors, the family, the Oakdale Sheriff's Office, and the Millbrook Police\n"
            + "Detectives Ann Roe and Bo Doe, our victim advocates, and every prosecutor in our office who gave their\n"
            + "many long hours of their time to this case.", List.of("PER=Ann Roe", "PER=Bo Doe"),
            "ORGANIZATION Oakdale Sheriff's Office [Oakdale Sheriff's Office]; PERSON Ann Roe [Ann Roe]; PERSON Bo Doe [Bo Doe]"),
        // ... nor is a wrapped title-case heading, whose capitalised words tell no name from the others (what
        // this row holds is that no name runs from "Blocking" over the wrap; the headline's run cut before
        // "for Prosecutors" is still read as a body, a known false reading of -ing headlines)
        Arguments.of("Statement of the District Attorney: Appeals Court Affirms Temporary Ruling Blocking\n"
            + "Enforcement of New State Rules for Prosecutors and Their Offices Across the State of Texas\n"
            + "Millbrook, Texas. The court of appeals ruled for the county on Monday in a long written opinion that it issued today.", List.of(),
            "ORGANIZATION Appeals Court [Appeals Court]; ORGANIZATION Enforcement of New State Rules"
                + " [Enforcement of New State Rules]; LOCATION State of Texas [State of Texas];"
                + " LOCATION Texas [Texas]"),
        // a short line (a heading, a label) is a real break
        Arguments.of("Corinth Police\nDepartment stores reopened on Monday.", List.of(),
            "ORGANIZATION Corinth Police [Corinth Police]"),
        // headless capitalised words joined by "and" before a run with a head open that body's name,
        // after a possessive (the parent body keeps its own name) ...
        Arguments.of("It was prosecuted by Trial Attorney Jane Roe of the Criminal Division's Asset Forfeiture and"
                + " Money Laundering Section.",
            List.of("PER=Jane Roe", "ORG=Criminal Division's Asset Forfeiture"),
            "PERSON Jane Roe [Jane Roe]; ORGANIZATION Criminal Division [Criminal Division];"
                + " ORGANIZATION Asset Forfeiture and Money Laundering Section [Asset Forfeiture and Money Laundering Section]"),
        // ... or after a body's head, which then ends the name the tagger ran into the first part
        Arguments.of("Oakdale Sheriff's Department Homicide and Family Protection Division detectives led the case.",
            List.of("ORG=Oakdale Sheriff's Department Homicide"),
            "ORGANIZATION Oakdale Sheriff's Department [Oakdale Sheriff's Department];"
                + " ORGANIZATION Homicide and Family Protection Division [Homicide and Family Protection Division]"),
        // two bodies joined by "and" stay two: an acronym or a head before "and" is a name of its own
        Arguments.of("The FBI and the Police Department searched the house.", List.of("ORG=FBI"),
            "ORGANIZATION FBI [FBI]; ORGANIZATION Police Department [Police Department]"),
        Arguments.of("Agents of the FBI and Police Department searched the house.", List.of("ORG=FBI"),
            "ORGANIZATION FBI [FBI]; ORGANIZATION Police Department [Police Department]"),
        Arguments.of("The Police Department and Sheriff's Office searched the house.", List.of(),
            "ORGANIZATION Police Department [Police Department]; ORGANIZATION Sheriff's Office [Sheriff's Office]"),
        // a name ending in a thing a body runs or issues names the body before it: its acronym, its head ...
        Arguments.of("Freedonia issued an INTERPOL Red Notice for him.", List.of("LOC=Freedonia", "ORG=INTERPOL Red Notice"),
            "LOCATION Freedonia [Freedonia]; ORGANIZATION INTERPOL [INTERPOL]"),
        Arguments.of("Call the Insurance Fraud Division Hotline at 555-0100.", List.of("ORG=Insurance Fraud Division Hotline"),
            "ORGANIZATION Insurance Fraud Division [Insurance Fraud Division]"),
        // ... or an office named by its holder's title (D17) when no head stands before the thing
        Arguments.of("Tips go to the Westfield County District Attorney Anonymous Tip Hotline today.",
            List.of("ORG=Westfield County District Attorney Anonymous Tip Hotline"),
            "ORGANIZATION Westfield County District Attorney [Westfield County District Attorney]"),
        // ... but a name with no body before the thing is left as it is
        Arguments.of("The case came from the Innocence Project last year.", List.of("ORG=Innocence Project"),
            "ORGANIZATION Innocence Project [Innocence Project]"),
        // a title-case headline's run of capitals keeps the pieces the body writes the same way, between
        // words the body writes in lower case ("Held", "New") ...
        Arguments.of("Meeting with Delegation from Westbrook Bar Association Held at Legal Aid Center\n"
                + "The meeting was held at the Legal Aid Center. The Westbrook Bar Association sent two lawyers.",
            List.of("ORG=Westbrook Bar Association Held at Legal Aid Center"),
            "ORGANIZATION Westbrook Bar Association [Westbrook Bar Association|Westbrook Bar Association];"
                + " ORGANIZATION Legal Aid Center [Legal Aid Center|Legal Aid Center]"),
        Arguments.of("New Harbor Safety Unit to Protect Workers' Rights\nProsecutors opened the new Harbor Safety Unit on Monday to protect workers.",
            List.of("ORG=New Harbor Safety Unit to Protect Workers"),
            "ORGANIZATION Harbor Safety Unit [Harbor Safety Unit|Harbor Safety Unit]"),
        // ... but a place before an attested head is part of the name, and a name the body never writes stays
        Arguments.of("Officers From Arlington Police Department Honored for Bravery\nThe Police Department thanked them.",
            List.of("ORG=Arlington Police Department"),
            "ORGANIZATION Arlington Police Department [Arlington Police Department|Police Department]"),
        Arguments.of("Kroger and Acme Stores Agree to Pay Fines\nThe two chains will pay.",
            List.of("ORG=Kroger", "ORG=Acme Stores"),
            "ORGANIZATION Kroger [Kroger]; ORGANIZATION Acme Stores [Acme Stores]"),
        // ... up to "for" or "to" where the headline goes on past the name: the cause or aim is no body,
        // and a lone common word before it ("Prison", written "prison" in the body) names none
        Arguments.of("Settlement Reached with Zentrix for Illegal Disposal of Toxic Waste\nThe retailer agreed to pay.",
            List.of("ORG=Zentrix for Illegal Disposal of Toxic Waste"),
            "ORGANIZATION Zentrix [Zentrix]"),
        Arguments.of("New Grant Allows Sheriff's Office to Double Size of Patrol Unit\nThe grant pays for more deputies.",
            List.of("ORG=Sheriff's Office to Double Size of Patrol Unit"),
            "ORGANIZATION Sheriff's Office [Sheriff's Office]"),
        Arguments.of("Local Man Sentenced to Life in Prison for Murder Outside Harbor Lounge\nHe will serve his term in prison.",
            List.of("ORG=Prison for Murder Outside Harbor Lounge"),
            ""),
        // ... a word the body capitalises inside a sentence is part of the name, so no shorter piece is cut out
        Arguments.of("First Trial for New Harbor Crimes Unit\nThe newly created Harbor Crimes Unit handles harbor crimes.",
            List.of(), "ORGANIZATION New Harbor Crimes Unit [New Harbor Crimes Unit|Harbor Crimes Unit]"),
        // ... and a headline's run whose every word the body writes in lower case names no body
        Arguments.of("Defendant Who Struck Police Officer Sentenced\nThe defendant, who struck a police officer, was sentenced.",
            List.of(), ""),
        // a tagged run over a headline's verb or adverb keeps the piece that holds a head: the verb is the line's predicate
        Arguments.of("Harbor Bar Association Honors Deputy Prosecutor Jane Roe\nThe lawyers met on Monday.",
            List.of("ORG=Harbor Bar Association Honors Deputy Prosecutor", "PER=Jane Roe"),
            "ORGANIZATION Harbor Bar Association [Harbor Bar Association]; PERSON Jane Roe [Jane Roe]"),
        Arguments.of("Prosecutor Thanks Governor for Reversing Parole Board Decision\nThe killer stays in prison.",
            List.of("ORG=Reversing Parole Board"), "ORGANIZATION Parole Board [Parole Board]"),
        // ... and so over a headline's participle, past tense or adjective ("Using", "Stole", "Eligible")
        Arguments.of("Card Numbers Taken from Customers Using Westport Savings Bank Machines\nThe cards were cloned.",
            List.of("ORG=Customers Using Westport Savings Bank"),
            "ORGANIZATION Westport Savings Bank [Westport Savings Bank]"),
        Arguments.of("Burglar Eligible for Youth Parole Is Denied Release\nThe board met on Monday.",
            List.of("ORG=Burglar Eligible for Youth Parole"), ""),
        Arguments.of("Two Men Charged with 9 Felonies for Committing Harbor Insurance Fraud\nThey were charged on Monday.",
            List.of("ORG=Felonies for Committing Harbor Insurance Fraud"), ""),
        Arguments.of("Defendants Allegedly Stole Harbor Credit Union Card Numbers\nThey were charged on Monday.",
            List.of("ORG=Stole Harbor Credit Union"), "ORGANIZATION Harbor Credit Union [Harbor Credit Union]"),
        Arguments.of("MAN SENTENCED FOR THEFTS FROM SIX VICTIMS, INCLUDING WESTPORT CITY COUNCIL MEMBER\nHe was sentenced on Monday.",
            List.of("ORG=INCLUDING WESTPORT CITY COUNCIL"), "ORGANIZATION WESTPORT CITY COUNCIL [WESTPORT CITY COUNCIL]"),
        Arguments.of("The Westfield District Attorney's Office Successfully Prevents Early Release of Killer\nHe stays in prison.",
            List.of("ORG=Westfield District Attorney's Office Successfully Prevents Early Release"),
            "ORGANIZATION Westfield District Attorney's Office [Westfield District Attorney's Office]"),
        Arguments.of("The Government of Freedonia sent a note.", List.of("ORG=Government of Freedonia"),
            "ORGANIZATION Government of Freedonia [Government of Freedonia]"),
        // a dash inside a tagged run joins two names, or a dateline's place in capitals and the name after it
        Arguments.of("Agents of the Bureau of Harbor Safety - Westport Field Division helped.",
            List.of("ORG=Bureau of Harbor Safety - Westport Field Division"),
            "ORGANIZATION Bureau of Harbor Safety [Bureau of Harbor Safety]; ORGANIZATION Westport Field Division [Westport Field Division]"),
        Arguments.of("EAST WESTPORT \u2013 Acme Noodle Group, Inc. pleaded guilty today.",
            List.of("ORG=EAST WESTPORT \u2013 Acme Noodle Group, Inc."),
            "ORGANIZATION Acme Noodle Group, Inc. [Acme Noodle Group, Inc.]"),
        // ... an em dash written without spaces too (the matching form makes it a hyphen)
        Arguments.of("EAST WESTPORT\u2014Acme Noodle Group, Inc. pleaded guilty today.",
            List.of("ORG=EAST WESTPORT\u2014Acme Noodle Group, Inc."),
            "ORGANIZATION Acme Noodle Group, Inc. [Acme Noodle Group, Inc.]"),
        // a case's name holds its parties, each a name of its own: "People" names no body
        Arguments.of("The judgment in People v. Acme Noodle Group, Inc. was entered today.",
            List.of("ORG=People v. Acme Noodle Group, Inc."), "ORGANIZATION Acme Noodle Group, Inc. [Acme Noodle Group, Inc.]"),
        // ... and a run with no head on either side of the verb names no body
        Arguments.of("Harbor Man Indicted for Assault on Bus\nA man was indicted today.",
            List.of("ORG=Harbor Man Indicted for Assault"), ""),
        // a known body's whole name is a body even when its last word is a plural head or an instrument's ...
        Arguments.of("The petitions went to the U.S. Citizenship and Immigration Services last year.", List.of(),
            "ORGANIZATION U.S. Citizenship and Immigration Services [U.S. Citizenship and Immigration Services]"),
        // ... and its singular spelling is the same body
        Arguments.of("The United States Citizenship and Immigration Services (USCIS) flagged them. Later the United States"
                + " Citizenship and Immigration Service denied them.", List.of(),
            "ORGANIZATION United States Citizenship and Immigration Services [United States Citizenship and Immigration"
                + " Services|USCIS|United States Citizenship and Immigration Service]"),
        // a name that ends in a programme, a plan or an event names no body, even with a known body in it (a
        // reading of the known body alone lowered held-out official-intl organizations at merge)
        Arguments.of("We continue to use the Interpol Notice Program to share data.", List.of("ORG=Interpol Notice Program"),
            ""),
        Arguments.of("The project was funded by EU Cocaine Route Programme last year.", List.of("ORG=EU Cocaine Route Programme"),
            ""),
        // ... nor with none in it
        Arguments.of("The Family Violence Prevention Program helped her.", List.of("ORG=Family Violence Prevention Program"), ""),
        Arguments.of("Police Departments across the state took part.", List.of(), ""),
        // an online marketplace named as the place of a sale is a company, in the case the site writes it
        Arguments.of("He sold the stolen parts on eBay and posted photos on craigslist.", List.of(),
            "ORGANIZATION eBay [eBay]; ORGANIZATION craigslist [craigslist]"),
        // D1: a federal district and the office named for it are one entity ...
        Arguments.of("The U.S. Attorney's Office for the Eastern District of Freedonia charged him. The Eastern District"
                + " of Freedonia won.", List.of(),
            "ORGANIZATION U.S. Attorney's Office for the Eastern District of Freedonia"
                + " [U.S. Attorney's Office for the Eastern District of Freedonia|Eastern District of Freedonia]"),
        // ... but a court for a district is another body than the district's office
        Arguments.of("The U.S. District Court for the District of Freedonia sentenced him. The District of Freedonia won.",
            List.of(),
            "ORGANIZATION U.S. District Court for the District of Freedonia [U.S. District Court for the District of Freedonia];"
                + " ORGANIZATION District of Freedonia [District of Freedonia]"),
        // issue 16, cut short: words that name no body, their acronym in parentheses and a unit are one name ...
        Arguments.of("A task team was set up within the Harbor Safety Portal (HSP) Working Group today.",
            List.of("ORG=Harbor Safety Portal", "ORG=HSP", "ORG=Working Group"),
            "ORGANIZATION Harbor Safety Portal (HSP) Working Group [Harbor Safety Portal (HSP) Working Group]"),
        // ... but after a body's own name the acronym ends it, and the unit is a body of its own
        Arguments.of("Agents of the Harbor Revenue Service (HRS) Criminal Investigation Unit helped.",
            List.of("ORG=Harbor Revenue Service", "ORG=HRS", "ORG=Criminal Investigation Unit"),
            "ORGANIZATION Harbor Revenue Service [Harbor Revenue Service|HRS];"
                + " ORGANIZATION Criminal Investigation Unit [Criminal Investigation Unit]"),
        // issue 16, overrun: a name before a lower-case "program" is the program's; the body is its part up to a head
        Arguments.of("Through the ACME Look Ahead program, he hid his income.", List.of("ORG=ACME Look Ahead"),
            "ORGANIZATION ACME [ACME]"),
        Arguments.of("Partners include the Westport Bar Association Lawyers in Schools program.",
            List.of("ORG=Westport Bar Association Lawyers in Schools"),
            "ORGANIZATION Westport Bar Association [Westport Bar Association]"),
        Arguments.of("He finished the Westport Drug Court program.", List.of("ORG=Westport Drug Court"),
            "ORGANIZATION Westport Drug Court [Westport Drug Court]"),
        // D11: a parent written whole before a unit that opens with its head and "of" gives two mentions
        Arguments.of("The team has members of the DA's Office Bureau of Investigation and the FBI.", List.of("ORG=FBI"),
            "ORGANIZATION DA's Office [DA's Office]; ORGANIZATION Bureau of Investigation [Bureau of Investigation];"
                + " ORGANIZATION FBI [FBI]"),
        // issue 16, a second joined body: after "and", an acronym alone or a name with its own "&" is another body
        Arguments.of("Acme Cargo and ABSA are charged with fixing prices.", List.of("ORG=Acme Cargo and ABSA"),
            "ORGANIZATION Acme Cargo [Acme Cargo]; ORGANIZATION ABSA [ABSA]"),
        Arguments.of("Harbor Towing and Day & Night Security worked out of a tow yard.",
            List.of("ORG=Harbor Towing and Day & Night Security"),
            "ORGANIZATION Harbor Towing [Harbor Towing]; ORGANIZATION Day & Night Security [Day & Night Security]"),
        // ... while "and" between capitalised words of one name stays in it
        Arguments.of("Harbor Fish and Wildlife Service agents came.", List.of("ORG=Harbor Fish and Wildlife Service"),
            "ORGANIZATION Harbor Fish and Wildlife Service [Harbor Fish and Wildlife Service]"),
        // heads of US patrols and tip lines
        Arguments.of("Troopers of the Nevada Highway Patrol stopped the car.", List.of("LOC=Nevada"),
            "ORGANIZATION Nevada Highway Patrol [Nevada Highway Patrol]"),
        Arguments.of("Tips go to Pine County Crime Stoppers.", List.of("LOC=Pine County"),
            "ORGANIZATION Pine County Crime Stoppers [Pine County Crime Stoppers]"),
        // a known body whose name ends in a place, and county titles stripped from a tagged name
        Arguments.of("Agents of INTERPOL Washington found him.", List.of("LOC=Washington"),
            "ORGANIZATION INTERPOL Washington [INTERPOL Washington]"),
        // a federal page's title line names the department by its acronym with the country's letters
        Arguments.of("USDOJ: Harbor Office: Updates\n\nDepartment of Justice\n\nHe met the press.", List.of(),
            "ORGANIZATION Department of Justice [USDOJ|Department of Justice]; ORGANIZATION Harbor Office [Harbor Office]"),
        // a comma list of bodies: a national body, a holder's office or a place's department after a comma is
        // the next body, not a unit of the one before; a unit after its parent stays in its name
        Arguments.of("It was investigated by the U.S. Department of Fisheries, Office of Net Review, U.S. Harbor Safety Administration, Office of Audits, and the FBI.",
            List.of("ORG=U.S. Department of Fisheries, Office of Net Review, U.S. Harbor Safety Administration, Office of Audits", "ORG=FBI"),
            "ORGANIZATION U.S. Department of Fisheries, Office of Net Review [U.S. Department of Fisheries, Office of Net Review]; "
                + "ORGANIZATION U.S. Harbor Safety Administration, Office of Audits [U.S. Harbor Safety Administration, Office of Audits]; ORGANIZATION FBI [FBI]"),
        Arguments.of("It was investigated by the U.S. Department of Fisheries, Office of Net Review, U.S. Harbor Safety Administration, Office of Audits, and the FBI.",
            List.of("ORG=U.S. Department of Fisheries, Office of Net Review", "ORG=Harbor Safety Administration", "ORG=Office of Audits", "ORG=FBI"),
            "ORGANIZATION U.S. Department of Fisheries, Office of Net Review [U.S. Department of Fisheries, Office of Net Review]; "
                + "ORGANIZATION U.S. Harbor Safety Administration, Office of Audits [U.S. Harbor Safety Administration, Office of Audits]; ORGANIZATION FBI [FBI]"),
        Arguments.of("The Harbor Fraud Bureau, Public Defender's Office and the court clerk met.", List.of(),
            "ORGANIZATION Harbor Fraud Bureau [Harbor Fraud Bureau]; ORGANIZATION Public Defender's Office [Public Defender's Office]"),
        Arguments.of("Agents of the Westport Fraud Bureau of Oregon, Oregon Department of Corrections and Parole helped.",
            List.of("ORG=Westport Fraud Bureau of Oregon, Oregon Department of Corrections and Parole"),
            "ORGANIZATION Westport Fraud Bureau of Oregon [Westport Fraud Bureau of Oregon]; "
                + "ORGANIZATION Oregon Department of Corrections and Parole [Oregon Department of Corrections and Parole]"),
        Arguments.of("Thanks to the Pine Hollow, Oregon Police Department for its help.", List.of("LOC=Pine Hollow", "LOC=Oregon"),
            "ORGANIZATION Pine Hollow, Oregon Police Department [Pine Hollow, Oregon Police Department]"),
        Arguments.of("Undersheriff Dana Cole and Deputy Public Defender Ray Moss spoke.",
            List.of("PER=Undersheriff Dana Cole", "PER=Defender Ray Moss"),
            "PERSON Dana Cole [Dana Cole]; PERSON Ray Moss [Ray Moss]"));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void findsAndGroups(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
