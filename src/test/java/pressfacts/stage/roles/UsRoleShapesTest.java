package pressfacts.stage.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.Document;
import pressfacts.doc.Entity;
import pressfacts.record.PressRecord;
import pressfacts.run.Extractor;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;

/**
 * The role shapes of US county and federal releases (issue 16), end to end with the real tagger: the
 * entity stage has to find the persons and bodies before the role stage can tie them. Made-up names in
 * the shapes of real releases; the expected roles are set by hand from ANNOTATION.md (the title as
 * written with the words that make the post, "U.S." inside it; the body the text names for the post, a
 * unit after a possessive; null when none is named), written "person|title|organization", sorted, "; "
 * between them.
 */
class UsRoleShapesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = new Extractor(StandardPipeline.build(ModelStore.load()));
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // a generic body's lower-case possessive between the name and the title names no body: the title is hers
        Arguments.of("\"We will not stop,\" said Nora Vance, the county's Chief Deputy.", "Nora Vance|Chief Deputy|null"),
        Arguments.of("Owen Pratt, the office's Chief of Staff, attended.", "Owen Pratt|Chief of Staff|null"),
        // anyone else's possessive is no such gap ("the victim's mother" is no position)
        Arguments.of("Owen Pratt, the victim's Chief of Staff, attended.", ""),
        // a generic body's or a named official's possessive before a unit names no body either (D10): the unit holds the post
        Arguments.of("Officer Lena Voss, of the department's Traffic Division, made the arrest.",
            "Lena Voss|Officer|Traffic Division"),
        Arguments.of("The case was prosecuted by Assistant District Attorney Tom Reyes, chief of the office\u2019s Cold Case Unit.",
            "Tom Reyes|Assistant District Attorney|null; Tom Reyes|chief|Cold Case Unit"),
        Arguments.of("The verdict was announced by District Attorney Kevin Hayden. Assistant District Attorney Jane Morrow of"
            + " Hayden's Homicide Unit tried the case.",
            "Jane Morrow|Assistant District Attorney|Homicide Unit; Kevin Hayden|District Attorney|null"),
        // one post written with a curly and then a straight apostrophe is one role, not two (the scorer's title form)
        Arguments.of("State\u2019s Attorney Dana Ortiz announced charges on Monday.\n\n\"This is a grave crime,\" said"
            + " State's Attorney Dana Ortiz.", "Dana Ortiz|State\u2019s Attorney|null"),
        // a title's unit after its possessive is the unit alone (D10) and the role of one "of" it points to it
        Arguments.of("The Kane County State's Attorney's Felony Review Unit approved the charges, said Assistant State's"
            + " Attorney Jane Roe of the Felony Review Unit.", "Jane Roe|Assistant State's Attorney|Felony Review Unit"),
        // a county the tagger read over the head of the prosecutor's title ("Kane County State"): the place ends
        // before the head, the title with its possessive is hers, no body is named (D2)
        Arguments.of("Kane County State's Attorney Jo Poe and Sheriff Al Moe announced Tuesday that a man was sentenced.",
            "Al Moe|Sheriff|null; Jo Poe|State's Attorney|null"),
        // the shapes named by issue 16
        Arguments.of("A local man was sentenced today, announced U.S. Attorney Harold Venn for the Northern District of Ohio.",
            "Harold Venn|U.S. Attorney|Northern District of Ohio"),
        Arguments.of("The man faces ten years in prison. Assistant U.S. Attorney Greta Polk is prosecuting the case.",
            "Greta Polk|Assistant U.S. Attorney|null"),
        Arguments.of("Deputy District Attorney Laura Finch of the Homicide Unit prosecuted the case.",
            "Laura Finch|Deputy District Attorney|Homicide Unit"),
        Arguments.of("\"This was a cruel crime,\" said Special Agent in Charge Walter Crane of the FBI's Houston Field Office.",
            "Walter Crane|Special Agent in Charge|Houston Field Office"),
        Arguments.of("Judge Victor Hale of the Superior Court set bail at $1 million.",
            "Victor Hale|Judge|Superior Court"),
        Arguments.of("Media Contact:\nNora Blythe\nDirector of Communications\nOrange County District Attorney's Office\n",
            "Nora Blythe|Director of Communications|Orange County District Attorney's Office"),
        // a hyphenated title stays whole (Conventions): "Special Agent-in-Charge" after the name
        Arguments.of("The charges were announced by Omar Reyes, Special Agent-in-Charge of the FBI's Denver Field Office.",
            "Omar Reyes|Special Agent-in-Charge|Denver Field Office"),
        // the word that makes the post belongs to the title: "DA Investigator", "Postal Inspector"
        Arguments.of("Additional thanks to ADA Nina Parks and DA Investigator Cole Brandt, along with the Lancaster Police Department.",
            "Cole Brandt|DA Investigator|null; Nina Parks|ADA|null"),
        Arguments.of("The case was investigated by Postal Inspector Mila Hart of the United States Postal Inspection Service.",
            "Mila Hart|Postal Inspector|United States Postal Inspection Service"),
        // a plural title before a list of names: its last word is no part of the first name, each holds it singular
        Arguments.of("It was additionally investigated by Detective Investigators Ruben Soto and Paul Greer, of the District"
                + " Attorney's Investigations Bureau.",
            "Paul Greer|Detective Investigator|Investigations Bureau; Ruben Soto|Detective Investigator|Investigations Bureau"),
        Arguments.of("Assistant U. S. Attorneys Helen Brody and Marcus Dale are prosecuting the case.",
            "Helen Brody|Assistant U. S. Attorney|null; Marcus Dale|Assistant U. S. Attorney|null"),
        Arguments.of("Assistant U.S. Attorneys Nathan Kitchens and Jeffrey Brown prosecuted the case.",
            "Jeffrey Brown|Assistant U.S. Attorney|null; Nathan Kitchens|Assistant U.S. Attorney|null"),
        Arguments.of("Assistance was provided by Paralegal Specialists Tara Voss and Lena Moor of the Fraud Section.",
            "Lena Moor|Paralegal Specialist|Fraud Section; Tara Voss|Paralegal Specialist|Fraud Section"),
        // the field of a staff post belongs to its title
        Arguments.of("The District Attorney thanked Forensic Analyst Ruth Kemp, Financial Investigator Omar Aziz and Safety"
                + " Coordinator Lena Moor for their work.",
            "Lena Moor|Safety Coordinator|null; Omar Aziz|Financial Investigator|null; Ruth Kemp|Forensic Analyst|null"),
        // ... also when the field takes more words, as staff pages write it: the title as written, not its last words
        Arguments.of("The District Attorney thanked Senior Digital Forensic Analyst Ruth Kemp and Crime Analysis Administrator"
                + " Omar Aziz for their work.",
            "Omar Aziz|Crime Analysis Administrator|null; Ruth Kemp|Senior Digital Forensic Analyst|null"),
        Arguments.of("Meet Victim Assistance Program Supervisor Lena Moor, who has been with the office for six years."
                + " Departmental Safety Coordinator Tara Voss joined in 2019.",
            "Lena Moor|Victim Assistance Program Supervisor|null; Tara Voss|Departmental Safety Coordinator|null"),
        // the staff posts of a prosecutor's thank-you list are titles as written ("Legal" qualifies "Intern")
        Arguments.of("District Attorney Tom Bell thanked Paralegal Aurora Smith, Social Worker Ruth Palmer and Legal Intern"
                + " Ann Kirby for their work on the case.",
            "Ann Kirby|Legal Intern|null; Aurora Smith|Paralegal|null; Ruth Palmer|Social Worker|null; Tom Bell|District Attorney|null"),
        Arguments.of("The case was handled by the District Attorney's former General Counsel Tali Farr.",
            "Tali Farr|former General Counsel|null"),
        // the field a capitalised title serves after "for" stays in it (a bare domain); an article after "for" opens a body
        Arguments.of("The case is under the supervision of Assistant District Attorney Jon Sent, Deputy Chief for Special"
                + " Investigations. U.S. Attorney Karin Imm for the District of Oregon announced the charges.",
            "Jon Sent|Assistant District Attorney|null; Jon Sent|Deputy Chief for Special Investigations|null;"
                + " Karin Imm|U.S. Attorney|District of Oregon"),
        // a contact block's communications post with its domain (Conventions: the named communications director)
        Arguments.of("FOR IMMEDIATE RELEASE\nJane Rivers\nDirector of Public Affairs\nOffice: 555-555-0100\n",
            "Jane Rivers|Director of Public Affairs|null"),
        // ... but a plural title before words that no list follows is a headline, no holder
        Arguments.of("Latest News\nDA Investigators Seek Public's Help in Identifying 1994 Homicide Victim\nMore news.\n", ""),
        // the court's kind makes a federal judge's post, "U.S." inside it (Conventions)
        Arguments.of("U.S. Bankruptcy Judge Paula Brenner approved the sale. U.S. Circuit Judge Amos Reed wrote the opinion.",
            "Amos Reed|U.S. Circuit Judge|null; Paula Brenner|U.S. Bankruptcy Judge|null"),
        // an abbreviated title before a name is the title as written
        Arguments.of("The bill, authored by Sen. Paul T. Okafor (D-Riverside), was signed by Gov. Mara Lindqvist on Sunday.",
            "Mara Lindqvist|Gov.|null; Paul T. Okafor|Sen.|null"),
        Arguments.of("The investigation was led by Det. Henry Vogel of the Garland Police Department.",
            "Henry Vogel|Det.|Garland Police Department"),
        // an abbreviated rank before a further title is one title
        Arguments.of("The bill was praised by Lt. Gov. Dana Marsh and Det. Sgt. Ivo Brandt.",
            "Dana Marsh|Lt. Gov.|null; Ivo Brandt|Det. Sgt.|null"),
        // the abbreviated ranks of county investigators, officers and deputies are titles as written
        Arguments.of("Special thanks to Inv. Rhea Mondal, Ofc. Tobias Lindgren and Cpl. Nadia Ferrow for their work.",
            "Nadia Ferrow|Cpl.|null; Rhea Mondal|Inv.|null; Tobias Lindgren|Ofc.|null"),
        // an abbreviated qualifier before a title is part of it
        Arguments.of("The case was prosecuted by Sr. Deputy District Attorney Colm Ferris.",
            "Colm Ferris|Sr. Deputy District Attorney|null"),
        // a title broken by a line break is one title, and its last word is no part of the name
        Arguments.of("We thank DA Investigator Lars Ekholm and DA Victim\nAdvocate Petra Solano for their help.",
            "Lars Ekholm|DA Investigator|null; Petra Solano|DA Victim Advocate|null"),
        // county prosecutors' posts as written: a unit head ("Head Deputy District Attorney"), a victim-witness
        // program's advocate, a division's chief before the name and after it with the division as its body
        Arguments.of("The case was prosecuted by Head Deputy District Attorney Wanda Ferro of the Major Crimes Division.",
            "Wanda Ferro|Head Deputy District Attorney|Major Crimes Division"),
        Arguments.of("Victim Witness Advocate Pablo Renner stayed with the family. Division Chief Oona Blake thanked him.",
            "Oona Blake|Division Chief|null; Pablo Renner|Victim Witness Advocate|null"),
        Arguments.of("Deputy District Attorney Kip Lorne, Division Chief of the Hardcore Gang Division, argued the appeal.",
            "Kip Lorne|Deputy District Attorney|null; Kip Lorne|Division Chief|Hardcore Gang Division"),
        // ... but a division named before another title is that title's body, not part of it
        Arguments.of("The case is prosecuted by National Security Division Trial Attorney Ruth Anselm.",
            "Ruth Anselm|Trial Attorney|National Security Division"),
        // a shared chair keeps its hyphenated prefix (Conventions: hyphenated titles stay whole), before and after the name
        Arguments.of("Co-Chair Maria Lopez of the Regional Human Trafficking Task Force thanked the detectives.",
            "Maria Lopez|Co-Chair|Regional Human Trafficking Task Force"),
        Arguments.of("The panel heard from Dario Venn, co-chairman of the Westfield Reentry Council, on Monday.",
            "Dario Venn|co-chairman|Westfield Reentry Council"),
        // staff and award lists, one person a line: each title is the holder's on its own line, with the field words
        // written before its head (the title as written), not the next line's name's
        Arguments.of("The county honoured its staff at the annual awards.\n\nPaul Kim, Legal Support Manager\n"
            + "Ann White, Investigations Director\nRaj Patel, Buildings Marshal\n",
            "Ann White|Investigations Director|null; Paul Kim|Legal Support Manager|null; Raj Patel|Buildings Marshal|null"),
        Arguments.of("The county honoured its staff at the annual awards.\n\nPaul Kim\nLegal Support Manager\n\nAnn White\n"
            + "Investigations Director\n", "Ann White|Investigations Director|null; Paul Kim|Legal Support Manager|null"),
        // ... and a spaced dash on such a line stands for the apposition's comma
        Arguments.of("The county honoured its staff at the annual awards.\n\nPaul Kim \u2013 Rent Inspector\n"
            + "Ann White \u2013 Investigations Director\n", "Ann White|Investigations Director|null; Paul Kim|Rent Inspector|null"),
        // a post's field written before its title and the holder's name in running text, or on a label line, keeps
        // its words when the text writes them in lower case too (common nouns, not names)
        Arguments.of("The inquiry was run by Legal Support Manager Paul Kim with Rent Inspector Ann White and Buildings"
            + " Marshal Raj Patel. The office gives legal support to tenants in rent disputes and inspects buildings.",
            "Ann White|Rent Inspector|null; Paul Kim|Legal Support Manager|null; Raj Patel|Buildings Marshal|null"),
        Arguments.of("The unit leads all investigations of the county.\n\nInvestigations Director: Ann White\n",
            "Ann White|Investigations Director|null"),
        // ... not a capitalised word the text never writes in lower case (an untagged place), nor in a title-case line
        Arguments.of("The county said Lakeside Fire Chief Don Butz helped the fire crews.", "Don Butz|Chief|null"),
        Arguments.of("Meet Rent Inspector Ann White\n\nShe checks every rent increase.", "Ann White|Inspector|null"),
        // a body the text names among the title's modifiers holds the post ("Homicide Bureau" before "Chief"), as a
        // body the modifiers do not reach does
        Arguments.of("The case was tried under the supervision of Homicide Bureau Chief Jane Roe.",
            "Jane Roe|Chief|Homicide Bureau"),
        // a team's leader is a staff post (lexicon), before the name and after it on a staff line
        Arguments.of("Team Leader Ann White thanked the crews on Monday.", "Ann White|Team Leader|null"),
        Arguments.of("The county honoured its staff at the annual awards.\n\nPaul Kim, Team Leader\n"
            + "Ann White, Investigations Director\n", "Ann White|Investigations Director|null; Paul Kim|Team Leader|null"),
        // elected posts of legislatures and a province's head of government are titles (lexicon), kept out of the name
        Arguments.of("The bill was written by Assemblymember Rosa Lind last year.", "Rosa Lind|Assemblymember|null"),
        Arguments.of("Assemblyman Carl Ortiz said the law takes effect in January.", "Carl Ortiz|Assemblyman|null"),
        Arguments.of("Alderman Tom Grey spoke at the meeting.", "Tom Grey|Alderman|null"),
        Arguments.of("Premier the Hon. Jane Doe opened the new courthouse on Monday.", "Jane Doe|Premier|null"),
        // a plural title before names that each carry their own body: one role per name, each at its own body
        // (ANNOTATION Roles: plural titles give one role per name in the singular)
        Arguments.of("The case is being prosecuted by Trial Attorneys Alan Barker of the Fraud Section and Carla Dunn of"
            + " the Money Laundering and Asset Recovery Section.",
            "Alan Barker|Trial Attorney|Fraud Section; Carla Dunn|Trial Attorney|Money Laundering and Asset Recovery Section"),
        Arguments.of("Trial Attorneys Ian Jessop of the Fraud Section, Kate Lorne of the Public Integrity Section and Leo"
            + " Mosely of the Tax Division are prosecuting the case.",
            "Ian Jessop|Trial Attorney|Fraud Section; Kate Lorne|Trial Attorney|Public Integrity Section; "
                + "Leo Mosely|Trial Attorney|Tax Division"),
        // ... but a name after the first body with no body of its own is not read into the list
        Arguments.of("The case is being prosecuted by Trial Attorneys Alan Barker of the Fraud Section and Carla Dunn.",
            "Alan Barker|Trial Attorney|Fraud Section"),
        // a staff profile's present copula with "a" and the post held at a body (ANNOTATION Roles: copula)
        Arguments.of("Maria Lopez is currently a Deputy District Attorney in the Elder Abuse Division.",
            "Maria Lopez|Deputy District Attorney|Elder Abuse Division"),
        // a capital grade after a singular title is part of the post as written
        Arguments.of("The motion was argued by Ana Ruiz, Deputy District Attorney III, on Monday.",
            "Ana Ruiz|Deputy District Attorney III|null"),
        // the profile's linked post on a line of its own after the article: one sentence
        Arguments.of("Maria Lopez is now a\nDeputy District Attorney IV in the Elder Abuse Division.\n",
            "Maria Lopez|Deputy District Attorney IV|Elder Abuse Division"),
        // a complement's lower-case unit word after "of the" and its name belongs to the body's mention
        Arguments.of("Maria Lopez is currently a Deputy District Attorney in the Elder Abuse Division of the East County branch.",
            "Maria Lopez|Deputy District Attorney|Elder Abuse Division of the East County branch"),
        // ... but a web address's "gov" followed by a name is no title
        Arguments.of("Read more at www.justice.gov. Helen Brody is the contact.", ""),
        // a chief's or head's field after "of" with no article stays in the title (a bare domain stays in the title),
        // before the name or after its comma; a named body after "of the" stays the post's body
        Arguments.of("The audit was led by Chief of Compliance Rosa Tran and two analysts.", "Rosa Tran|Chief of Compliance|null"),
        Arguments.of("It was reviewed by Dean Ford, Deputy Chief of Major Investigations, last week.",
            "Dean Ford|Deputy Chief of Major Investigations|null"),
        Arguments.of("Assistant Head of Trials Lena Cho argued the motion.", "Lena Cho|Assistant Head of Trials|null"),
        Arguments.of("It was reviewed by Dean Ford, Chief of the Narcotics Bureau, last week.",
            "Dean Ford|Chief|Narcotics Bureau"),
        // a plural written as a possessive at a line's end, each name linked on a line of its own: one role per
        // name, in the singular (ANNOTATION Roles: plural titles), as after "Assistant State's Attorneys"
        Arguments.of("The man was charged on Friday.\nAssistant State’s Attorney’s\nLinda Marsh\nand\nRon Fisher\n"
            + "will handle the prosecution.\n",
            "Linda Marsh|Assistant State’s Attorney|null; Ron Fisher|Assistant State’s Attorney|null"),
        Arguments.of("The case was filed on Monday.\nDeputy District Attorney's\nJoan Tate\nwill handle the case.\n",
            "Joan Tate|Deputy District Attorney|null"),
        // ... but in running text an "Attorney's" before a capitalised name is the office's possessive, no plural
        Arguments.of("The case was referred to the District Attorney's Homicide Bureau by Deputy District Attorney Sam"
            + " Hill.", "Sam Hill|Deputy District Attorney|null"));
  }

  /** The persons named after a plural title: the title's last word is no part of the first name. */
  static Stream<Arguments> namesAfterPluralTitles() {
    return Stream.of(
        Arguments.of("Assistance was provided by Paralegal Specialists Tara Voss of the Fraud Section, and Lena Moor of the"
            + " District of Oregon.", "Lena Moor; Tara Voss"),
        Arguments.of("Assistant U. S. Attorneys Helen Brody and Marcus Dale are prosecuting the case.", "Helen Brody; Marcus Dale"),
        // the tagger may type the plural title and the first name ORGANIZATION ("U.S. Attorneys Nathan Kitchens"):
        // a plural title and the country's initials before the name are no body's name
        Arguments.of("Assistant U.S. Attorneys Nathan Kitchens and Jeffrey Brown prosecuted the case.",
            "Jeffrey Brown; Nathan Kitchens"),
        // a plural title broken by a line break: its last word is no part of the first name
        Arguments.of("Thanks to Victim\nAdvocates Ilse Brandvold and Omar Quesnel for their support.", "Ilse Brandvold; Omar Quesnel"));
  }

  @ParameterizedTest
  @MethodSource("namesAfterPluralTitles")
  void namesThePersonsAfterAPluralTitle(String text, String expected) {
    PressRecord r = (PressRecord) extractor.extract(Document.of("us-plural", text));
    assertEquals(expected, r.entities().stream().filter(e -> e.type() == pressfacts.doc.EntityType.PERSON).map(Entity::name)
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining("; ")));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheRolesOfAUsShape(String text, String expected) {
    PressRecord r = (PressRecord) extractor.extract(Document.of("us-shape", text));
    Map<String, String> names = r.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    assertEquals(expected, r.roles().stream()
        .map(x -> names.get(x.person()) + "|" + x.title() + "|" + (x.organization() == null ? "null" : names.get(x.organization())))
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining("; ")));
  }
}
