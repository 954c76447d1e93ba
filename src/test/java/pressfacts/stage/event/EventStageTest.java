package pressfacts.stage.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.EventType;
import pressfacts.doc.Header;
import pressfacts.doc.Instrument;
import pressfacts.doc.InstrumentKind;
import pressfacts.stage.header.HeaderStage;

/**
 * The event's type (keyword rules, title first) and its date (the lead's first day), one
 * phenomenon per row. Headers come from HeaderStage on small releases of our own; dates are
 * given by hand ("text=value" at their first occurrence), so the stage is tested alone.
 */
class EventStageTest {

  private static final EventTypeRules RULES = EventTypeRules.load();

  static Stream<Arguments> types() {
    return Stream.of(
        // a plea, an indictment, an arrest, an extradition, a civil suit filed: hearing
        Arguments.of("Former Trooper Pleads Guilty to Civil Rights Violation", "He pleaded guilty today.", "hearing"),
        Arguments.of("Three Men Indicted on Hate Crime Charges", "A grand jury returned an indictment.", "hearing"),
        Arguments.of("Justice Department Sues Landlords for Sexual Harassment", "The lawsuit was filed today.", "hearing"),
        Arguments.of("U.S. Marshals Nab Fugitive in Florida", "He will be extradited to Hungary.", "hearing"),
        // a settlement or consent decree: agreement
        Arguments.of("Firm Pays $15.5 Million to Settle Overbilling Allegations", "The settlement resolves claims.", "agreement"),
        Arguments.of("Manufacturers Agree to Reduce Air Pollution", "A consent decree was lodged in court.", "agreement"),
        // a court's own session: plenum
        Arguments.of("Meeting of the Judicial Council held", "The council met and discussed the budget.", "plenum"),
        // a visit beats the meetings it contains
        Arguments.of("President Visits INTERPOL Washington", "She met with officials. The meeting discussed talks.", "visit"),
        // attribution is not the event: the DA who announced a sentencing
        Arguments.of("Man Sentenced for Fraud", "The District Attorney announced the sentence. She announced it today.",
            "hearing"),
        // a court's ruling upholding an injunction is a case decided: hearing
        Arguments.of("Appeals Court Affirms Temporary Injunction", "The court upheld the order on Monday.", "hearing"),
        // a declaration signed by chief justices: agreement, not the meeting where it was signed
        Arguments.of("Chief Justices Sign Joint Declaration", "The delegations met in Jakarta.", "agreement"),
        // the opening of a court's judicial year is a ceremony, whatever seminar precedes it
        Arguments.of("Opening of the judicial year of the Court", "A seminar will precede the opening.", "ceremony"),
        // a departure for a session abroad is a visit
        Arguments.of("President of the Court Will Depart for Venice", "He will attend sessions and meetings.", "visit"),
        // a citizens' academy is a course: training
        Arguments.of("First Citizens' Academy in Spanish", "Residents learn how a case goes from arrest to trial.",
            "training"),
        // an honour or a tribute is a ceremony as an award is, not the announcement of it
        Arguments.of("District Attorney Honors Victim Advocates at Annual Luncheon",
            "The District Attorney announced the names today. The news was reported widely.", "ceremony"),
        Arguments.of("Office Pays Tribute to Fallen Officers", "The office announced that their names were read aloud.",
            "ceremony"),
        // a court's recognition of a foreign judgment is a case heard, not an honour: recognition is no ceremony cue
        Arguments.of("Court Rules on Recognition of Foreign Judgment", "The court heard the case and delivered its "
            + "judgment.", "hearing"),
        // people trained are a training, whatever court words the lesson holds
        Arguments.of("Supreme Court Judges Trained on Electronic Evidence",
            "The judges learned how evidence is admitted at trial and at a hearing.", "training"),
        // "meets with" tells a meeting as "met with" does
        Arguments.of("District Attorney Meets With Faith Leaders", "The District Attorney announced a partnership with "
            + "churches.", "meeting"),
        // what a press conference is about is its topic: the conference is the event, not the arrest it discusses
        Arguments.of("MEDIA ADVISORY", "WHAT: Press conference to discuss the arrest of two suspects charged with "
            + "fraud.\nWHEN: Tomorrow at noon.", "conference"),
        Arguments.of("DA to Hold News Conference Announcing Charges in Cold Case Murder",
            "The suspect was arrested in May and charged with murder.", "conference"),
        // a bill passed: legislation
        Arguments.of("Office Celebrates Passage of Senate Bill 12", "The DA announced the passage today.", "legislation"),
        // a staff profile is none of the types: other
        Arguments.of("Meet Deputy DA Jane Roe", "She prosecutes cases and was honored last year.", "other"),
        // a release in its author's own voice (remarks, a speech, a letter) is a statement, whatever
        // elections or charges it speaks of
        Arguments.of("District Attorney Fulfills Campaign Pledge, Revisits Theft Policy",
            "Let me begin by thanking the community for entrusting me with the job. I made a pledge to revisit "
                + "this policy if re-elected, and my office kept it.", "statement"),
        Arguments.of("Official Speaks at the Press Conference Announcing Charges Against Hackers",
            "Today, that tool is an indictment. We allege that members conspired to hack our companies. This "
                + "indictment describes their acts, and the indictment shows it. Let us give you examples from the "
                + "indictment.", "statement"),
        // ... but the first person of a quotation is the quoted official's, not the release's
        Arguments.of("News from the court", "The judge sentenced the man to ten years in prison. \u201cWe will not "
            + "stop until our streets are safe, and I thank my team,\u201d the prosecutor said.", "hearing"),
        // ... and a title that names another type keeps it (a staff profile answering in the first person)
        Arguments.of("Meet Paralegal Jane Roe", "Meet our paralegal. I have always had a passion for the law, and my "
            + "colleagues are my family.", "other"),
        // no cue in the title: the body decides
        Arguments.of("News from the court", "The delegation met with judges; talks were held.", "meeting"),
        // a visit framed in the lead beats the meetings it contains, whatever the title
        Arguments.of("News from the court", "The delegation paid an official visit to Latvia.\nThe delegation held "
            + "meetings with judges; the meeting discussed talks.", "visit"),
        // a visit told only by "visited", whose lead tells a reception, was mainly a meeting
        Arguments.of("Ambassador Visited the Constitutional Court", "The President of the Court hosted the "
            + "Ambassador of France.", "meeting"),
        // a council's own meeting, whatever its name: plenum
        Arguments.of("Annual Meeting of the Coordination Council", "The council met and heard reports.", "plenum"),
        // attribution names the source, not the event
        Arguments.of("News from the court", "A man was sentenced to ten years, the court's statement said. The "
            + "statement of the press service reports it.", "hearing"),
        // what a statement is about does not make it a hearing
        Arguments.of("District Attorney Issues Statement on Conviction of John Roe", "The jury convicted him.",
            "statement"),
        // ... nor with its speaker named between: the verdict and the trial are the statement's topic
        Arguments.of("Statement of District Attorney Jane Roe on the Verdict in the Trial of John Doe",
            "The jury found him guilty of murder.", "statement"),
        Arguments.of("Statement by Ann Poe, Chief of Staff, Regarding the Sentencing and Conviction of Bob Lee",
            "Lee was sentenced to five years in prison.", "statement"),
        // ... but a day after "on" is when a statement was made, not its topic, and a speaker that is a sentence
        // ("a statement from the victim's mother was read ...") holds no topic: the sentencing counts
        Arguments.of("News from the court", "A statement from the victim's mother on Tuesday preceded the sentencing. "
            + "The judge sentenced him to 20 years; a statement by the family was read at the trial.", "hearing"),
        // settling a lawsuit is an agreement; a case dismissed a hearing; a bill signed into law legislation
        Arguments.of("Company Settles Consumer Protection Lawsuit", "The lawsuit was filed in 2020.", "agreement"),
        Arguments.of("Assault Case Dismissed for Lack of Jurors", "The judge dismissed the case.", "hearing"),
        Arguments.of("Bill Sponsored by the District Attorney Signed Into Law", "Those convicted will attend "
            + "treatment.", "legislation"),
        // a petition denied is a case decided; "Court of Appeal" is no appeal to the public, which stays a statement
        Arguments.of("Defendant Denied Petition", "The Court of Appeal denied a petition for a writ of habeas corpus.",
            "hearing"),
        Arguments.of("News from the court", "A meeting was held at the Court of Appeal. The Court of Appeal judges "
            + "and the Court of Appeal staff attended.", "meeting"),
        Arguments.of("Police Appeal to the Public for Witnesses", "Investigators appealed for information about the "
            + "crash.", "statement"),
        // a court's decision of a case, an appeal, a motion or a claim is a case decided: hearing
        Arguments.of("Judge Rules Ballot Measure Unconstitutional", "The ruling was issued on Monday.", "hearing"),
        Arguments.of("Appeals Court Rejects Appeal of Former Mayor", "The panel met on Tuesday.", "hearing"),
        Arguments.of("Court Grants Motion to Dismiss", "The company filed the motion in March.", "hearing"),
        Arguments.of("Defendant Ordered Held Without Bail", "He appeared in court on Monday.", "hearing"),
        Arguments.of("Court Delivers Advisory Opinion on Climate Obligations", "The opinion was read at a public "
            + "sitting.", "hearing"),
        Arguments.of("Appeals Court Quashes Lower Court's Order", "The order had been issued in 2019.", "hearing"),
        Arguments.of("Jury Acquits Man of Assault", "The acquittal came after two days.", "hearing"),
        Arguments.of("News from the court", "The Constitutional Court declared the provision unconstitutional.",
            "hearing"),
        Arguments.of("News from the court", "The court dismissed the appeal and the claims of the company.", "hearing"),
        // ... but court rules as a noun, a court's plenum deciding on practice, or a death ruled accidental are not
        Arguments.of("New Court Rules Take Effect", "The amended rules apply from January.", "other"),
        Arguments.of("Supreme Court Rules Committee Meets", "The committee met to review the forms.", "meeting"),
        Arguments.of("Plenum of the Supreme Court", "The Plenum adopted a decision on judicial practice.", "plenum"),
        Arguments.of("Police Investigate Death", "The death was ruled accidental; foul play was ruled out.", "other"),
        // a grant of funding is announced: a statement; a court that grants a motion decides a case
        Arguments.of("Sheriff's Office Awarded $2 Million Grant", "The grant funds victim services.", "statement"),
        Arguments.of("New Grant Funding Expands Victim Services", "The program starts in May.", "statement"),
        Arguments.of("Judge Grants Early Release to Inmate", "The judge granted the motion for compassionate "
            + "release.", "hearing"),
        // the types as courts, prosecutors and justice ministries word them worldwide (ANNOTATION.md, "Event")
        Arguments.of("New Judges Took the Oath",
            "Five judges of the district courts took the oath of office before the President on "
                + "Monday.", "appointment"),
        Arguments.of("Chief Justice Confirmed by the Senate",
            "The nominee was confirmed by the Senate by a vote of 68 to 30 on Tuesday.", "appointment"),
        Arguments.of("Prosecutor General Relieved of Duties",
            "By decree of the President, the Prosecutor General was relieved of his duties on 3 May.", "appointment"),
        Arguments.of("District Attorney Names New Chief Deputy",
            "The District Attorney named a veteran prosecutor as Chief Deputy District Attorney.", "appointment"),
        Arguments.of("Judge Steps Down After 25 Years on the Bench",
            "The judge stepped down from the bench on Friday after a long career.", "appointment"),
        Arguments.of("Governor Nominates Three Judges to the Supreme Court",
            "The Governor nominated three candidates for the vacancies on the Court.", "appointment"),
        Arguments.of("New Minister of Justice Introduced to the Staff",
            "The newly appointed Minister of Justice was introduced to the staff of the ministry.", "appointment"),
        Arguments.of("Deputy Chairman of the Court Resigned",
            "The Deputy Chairman of the Court submitted his resignation on 12 March.", "appointment"),
        Arguments.of("Judges Reappointed for a New Term",
            "The Judicial Council reappointed four judges for a further term of ten years.", "appointment"),
        Arguments.of("Webinar on Data Protection for Judges",
            "Judges of the regional courts took part in a webinar on data protection held on 5 April.", "training"),
        Arguments.of("Court Staff Complete Training Course on Mediation",
            "Twenty court staff completed a two-week course on mediation.", "training"),
        Arguments.of("Judges Attend Lecture on Cybercrime Evidence",
            "A lecture on digital evidence was delivered to judges of the appellate courts.", "training"),
        Arguments.of("Qualification Exam for Judicial Candidates Held",
            "Candidates for judicial office sat the qualification exam on 10 June.", "training"),
        Arguments.of("Professional Development Program for Prosecutors",
            "Prosecutors took part in a professional development program on money laundering cases.", "training"),
        Arguments.of("Internship Program for Law Students Begins",
            "Fifteen law students began their internship at the Supreme Court.", "training"),
        Arguments.of("Online Training for Court Clerks",
            "An online training on case management was held for court clerks.", "training"),
        Arguments.of("International Conference on Judicial Independence Held in Vilnius",
            "Chief justices of twelve countries took part in the conference.", "conference"),
        Arguments.of("Court Takes Part in Panel Discussion on Access to Justice",
            "The President of the Court spoke at a panel discussion on access to justice.", "conference"),
        Arguments.of("Round Table on Juvenile Justice",
            "A round table on juvenile justice was held at the Ministry of Justice.", "conference"),
        Arguments.of("Chief Justice Addresses the Congress of Judges",
            "The Chief Justice addressed the annual congress of judges on 4 October.", "conference"),
        Arguments.of("Prosecutors Meet at Annual Colloquium",
            "The annual colloquium of prosecutors general took place in Lisbon.", "conference"),
        Arguments.of("Courts Sign Memorandum of Understanding",
            "The Supreme Courts of the two countries signed a memorandum of understanding on "
                + "cooperation.", "agreement"),
        Arguments.of("Hospital Agrees to Pay $3 Million to Resolve False Claims Allegations",
            "The hospital agreed to pay $3 million to resolve allegations of false billing.", "agreement"),
        Arguments.of("City Reaches Settlement With Justice Department Over Voting Access",
            "The city reached a settlement with the Justice Department on Tuesday.", "agreement"),
        Arguments.of("Ministry of Justice and Bar Association Conclude Cooperation Agreement",
            "The Ministry and the Bar Association concluded an agreement on legal aid.", "agreement"),
        Arguments.of("Company Enters Into Deferred Prosecution Agreement",
            "The company entered into a deferred prosecution agreement and will pay a penalty.", "agreement"),
        Arguments.of("Justice Department Secures Consent Decree With County Jail",
            "A federal judge entered a consent decree requiring reforms at the jail.", "agreement"),
        Arguments.of("New Criminal Procedure Code Entered Into Force",
            "The new Criminal Procedure Code entered into force on 1 January.", "legislation"),
        Arguments.of("Governor Signs Bill Creating Elder Abuse Unit",
            "The Governor signed the bill into law on Thursday.", "legislation"),
        Arguments.of("Parliament Adopts Amendments to the Law on Courts",
            "Parliament adopted amendments to the Law on Courts and Status of Judges.", "legislation"),
        Arguments.of("President Signed the Law on Mediation",
            "The President signed the Law on Mediation, which takes effect in July.", "legislation"),
        Arguments.of("New Law on Domestic Violence Takes Effect",
            "The law takes effect on 1 July and expands protective orders.", "legislation"),
        Arguments.of("Legislature Passes Bill to Strengthen Hate Crime Penalties",
            "The Assembly passed the bill by a vote of 60 to 10.", "legislation"),
        Arguments.of("Constitutional Amendment Ratified",
            "The amendment to the Constitution was ratified by Parliament.", "legislation"),
        Arguments.of("Court Marked the Day of Judicial Workers",
            "The Supreme Court marked the Day of Judicial Workers with a solemn event.", "ceremony"),
        Arguments.of("Prosecutor Honored at a Ceremony for 30 Years of Service",
            "The prosecutor was honored at a ceremony in the courthouse.", "ceremony"),
        Arguments.of("District Attorney Receives Award From Victims' Group",
            "The District Attorney received the Champion of Justice Award on Friday.", "ceremony"),
        Arguments.of("Judges Laid Flowers at the Memorial",
            "Judges laid flowers at the memorial to the victims of repression.", "ceremony"),
        Arguments.of("Court Celebrates 100 Years", "The Court celebrated its centenary with a gala event.", "ceremony"),
        Arguments.of("Investigator Named Officer of the Year",
            "The investigator was named Officer of the Year by the state association.", "ceremony"),
        Arguments.of("Minute of Silence in Memory of the Victims",
            "Court staff observed a minute of silence in memory of the victims.", "ceremony"),
        Arguments.of("Chief Justice Paid a Working Visit to the Regional Court",
            "The Chief Justice paid a working visit to the Regional Court and inspected its premises.", "visit"),
        Arguments.of("Delegation of Judges on a Study Visit to Germany",
            "A delegation of judges is on a study visit to the German Federal Court of Justice.", "visit"),
        Arguments.of("Minister of Justice Visits Penitentiary",
            "The Minister of Justice visited the penitentiary and spoke with staff.", "visit"),
        Arguments.of("Prosecutor General Inspects Regional Offices",
            "The Prosecutor General inspected the regional prosecutor's offices in the north.", "visit"),
        Arguments.of("Students Tour the Courthouse",
            "Students from Lincoln High School toured the courthouse on Wednesday.", "visit"),
        Arguments.of("Chairman Received a Delegation of the Council of Europe",
            "The Chairman of the Court received a delegation of the Council of Europe.", "meeting"),
        Arguments.of("Court Held an Online Meeting With Colleagues From Georgia",
            "The Court held an online meeting with judges of the Supreme Court of Georgia.", "meeting"),
        Arguments.of("Minister Held Talks With the Ambassador of Japan",
            "The Minister of Justice held talks with the Ambassador of Japan.", "meeting"),
        Arguments.of("Chief Justice Met With the Ombudsman",
            "The Chief Justice met with the Ombudsman to discuss cooperation.", "meeting"),
        Arguments.of("Man Extradited From Spain to Face Fraud Charges",
            "The man was extradited from Spain on Monday.", "hearing"),
        Arguments.of("Former Mayor Pleaded Guilty to Corruption",
            "The former mayor pleaded guilty to corruption in federal court.", "hearing"),
        Arguments.of("Suspect Detained in Murder Case",
            "Police detained a suspect in the murder of a shopkeeper.", "hearing"),
        Arguments.of("Court Found Official Guilty of Abuse of Power",
            "The court found the official guilty and imposed a fine.", "hearing"),
        Arguments.of("Jury Finds Man Guilty of Murder",
            "A jury found the man guilty of first-degree murder.", "hearing"),
        Arguments.of("Criminal Case Sent to Court",
            "The criminal case against the former director was sent to court for consideration.", "hearing"),
        Arguments.of("Man Gets 10 Years for Robbery", "The man was given a sentence of 10 years.", "hearing"),
        Arguments.of("Court Upholds Conviction of Former Senator",
            "The Court of Appeals upheld the conviction.", "hearing"),
        Arguments.of("Ministry of Justice Publishes Annual Report",
            "The Ministry published its annual report on the judiciary.", "statement"),
        Arguments.of("Prosecutor's Office Warns of Phone Scam",
            "The office warned residents of a phone scam.", "statement"),
        Arguments.of("District Attorney Statement on the Verdict",
            "The District Attorney issued a statement after the verdict.", "statement"),
        Arguments.of("Plenary Session of the Supreme Court Held",
            "The Plenum of the Supreme Court considered draft resolutions.", "plenum"),
        Arguments.of("Board of the Ministry of Justice Met",
            "A meeting of the Board of the Ministry of Justice was held.", "plenum"),
        // ... and near misses: "in the course of", a nomination for an award, the US Congress, a plea agreement, a
        // detention centre visited, an inspector general, a name in an indictment, a sentence taking effect
        Arguments.of("News from the court", "In the course of the trial the man pleaded guilty to fraud.", "hearing"),
        Arguments.of("Judge Nominated for Excellence Award",
            "The judge was nominated for the award by the bar association.", "ceremony"),
        Arguments.of("Congress Passes Bill on Court Funding", "The bill passed Congress on Tuesday.", "legislation"),
        Arguments.of("Man Pleads Guilty Under Plea Agreement",
            "He entered into a plea agreement with prosecutors.", "hearing"),
        Arguments.of("Minister Visits Detention Center",
            "The minister paid a working visit to the detention center.", "visit"),
        Arguments.of("Inspector General Releases Report on Jails",
            "The Inspector General released a report on county jails.", "statement"),
        Arguments.of("Man Named in Indictment Arrested in Texas",
            "The man named in the indictment was arrested on Monday.", "hearing"),
        Arguments.of("Man Sentenced for Fraud",
            "The sentence takes effect immediately and was celebrated by victims.", "hearing"),
        Arguments.of("Chief Deputy Resigns", "The Chief Deputy resigned on Friday.", "appointment"),
        // a centenary that a conference is devoted to is the conference's theme
        Arguments.of("News from the court", "Guests arrived for the judges' conference devoted to the centennial of "
            + "the courts. Courts that celebrate their centenary sent judges, and a presentation will be given.",
            "conference"),
        // court words told of people in general, in a release whose title and lead name no hearing: the office's
        // announcement
        Arguments.of("Record Clearing Drive Opens Next Week", "The county opens its record clearing drive on Monday, "
            + "with volunteer lawyers at every library.\nPeople who were arrested but never charged may "
            + "apply. You were convicted of a misdemeanor only if a judgment says so, and offenders charged with a "
            + "felony must wait for trial.", "statement"),
        // the same title with an act told of a defendant stays a hearing, in English or Spanish
        Arguments.of("Update from the Robbery Unit", "The unit reports on its work of the month.\nOffenders charged "
            + "with robbery face trial. John Roe was "
            + "sentenced on Monday to ten years.", "hearing"),
        Arguments.of("Noticias de la Fiscalia", "La unidad informa sobre el mes.\nJuan Perez se declaró culpable el lunes de robo; fue "
            + "acusado en mayo.", "hearing"),
        // a staff profile, whatever the title names after "Meet"
        Arguments.of("Meet Crime Analysis Administrator Jane Roe", "I joined the office in 2019 and my team "
            + "and I analyse crime.", "other"));
  }

  @ParameterizedTest
  @MethodSource("types")
  void typeOfTheTitleFirst(String title, String body, String expected) {
    assertEquals(EventType.fromWire(expected), RULES.classify(title, body));
  }

  /** A supplied title is the event's title, unless it is a scraper's date line. */
  @Test
  void suppliedTitleUnlessItIsADateLine() {
    String text = "July 14, 2021 Contact: Jane Roe\nExpunction expo receives most applications\nText.";
    Header h = HeaderStage.read(text);
    assertEquals("Headline", EventText.title(text, h, "Headline"));
    assertEquals(h.title().of(text),
        EventText.title(text, h, "July 14, 2021 Contact: Jane Roe"));
  }

  /** A scraper's date line for a title: the headline after "For Immediate Release:", with its wrapped lines. */
  @Test
  void headlineAfterTheReleaseLine() {
    String text = "July 14, 2021 Contact: Jane Roe\nFor Immediate Release: Office Celebrates Annual\n"
        + "Expo with Graduation Ceremony\n(DALLAS) - The office celebrated the expo.\n";
    assertEquals("Office Celebrates Annual Expo with Graduation Ceremony",
        EventText.title(text, HeaderStage.read(text), "July 14, 2021 Contact: Jane Roe"));
    // a line of prose after the headline is the body's, not the title's
    String prose = "For Immediate Release: Office Revisits Theft Policy\n"
        + "Let me begin by thanking the county for entrusting me with the job.\n";
    assertEquals("Office Revisits Theft Policy", EventText.releaseLineTitle(prose));
  }

  /**
   * A release line in the page's sidebars heads another release of the site: the title is the header's line
   * ("Related Posts" lists "FOR IMMEDIATE RELEASE: Nine Charged ...", which would make a press conference a hearing).
   */
  @Test
  void releaseLineInTheSidebarsIsNoTitle() {
    String text = "MEDIA ADVISORY: Press Conference on the New Victim Services Unit\n"
        + "The county prosecutor will hold a press conference about the new unit for victims of fraud.\n"
        + "WHEN: Monday at noon in the main lobby of the county office building downtown.\n"
        + "Related Posts\n"
        + "FOR IMMEDIATE RELEASE: Nine Charged in Stolen Car Ring\n"
        + "Read More\n";
    Header h = HeaderStage.read(text);
    assertEquals(h.title().of(text), EventText.title(text, h, null));
    // the same line above the sidebars is the release's own headline
    String own = "For Immediate Release: Nine Charged in Stolen Car Ring\n"
        + "Nine people were charged today with running a ring of stolen cars across the county.\n";
    assertEquals("Nine Charged in Stolen Car Ring", EventText.title(own, HeaderStage.read(own), null));
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        // the lead's date, not a background date further down
        row("Man sentenced\nOn May 2, 2019 a man was sentenced in the court to ten years in prison.\n"
            + "The crime was committed on March 3, 2015 at the man's home in the city.\n",
            "May 2, 2019=2019-05-02;March 3, 2015=2015-03-03", "2019-05-02"),
        // "today" in the lead with nothing to place it: no event date, whatever the body says
        row("Man sentenced\nA man was sentenced today in federal court to ninety months in prison.\n"
            + "He was convicted on October 30, 2008, by a federal jury after a trial.\n",
            "today=null;October 30, 2008=2008-10-30", null),
        // "announced today" is attribution: the next paragraph's date of the plea is the event's
        row("Man pleads guilty\nA man pleaded guilty to fraud in federal court, the U.S. Attorney announced today.\n"
            + "He pleaded guilty on Jan. 7, 2009, before the judge of the district court in the city.\n",
            "today=null;Jan. 7, 2009=2009-01-07", "2009-01-07"),
        // ... but not a day of an earlier round of the case: the first indictment under a superseding one
        row("Couple indicted for tax crimes\nA grand jury returned a superseding indictment against a couple, the"
            + " department announced today.\nThe couple were originally indicted May 8, 2008, on charges of fraud. They"
            + " pleaded not guilty to the charges on June 5, 2008.\n",
            "today=null;May 8, 2008=2008-05-08;June 5, 2008=2008-06-05", null),
        // ... nor, without a date line to tell recent days by, a day whose sentence tells no step of the title's
        // case (the crime told after an announcing lead)
        row("Officer pleads guilty\nA police officer has pleaded guilty to a civil rights violation, the department"
            + " announced today.\nOn Aug. 2, 2005, the officer struck a man who was handcuffed in a wheelchair.\n",
            "today=null;Aug. 2, 2005=2005-08-02", null),
        // ... and when the next paragraph has no date, the announcement's "today" stands (null here)
        row("Carriers plead guilty\nThree carriers agreed to plead guilty and pay fines, the department announced today.\n"
            + "The carriers have cooperated with the investigation of the department for several years.\n",
            "today=null", null),
        // a range of days keeps its interval
        row("Delegation visit\nFrom 3 to 5 July 2024 a delegation of judges visited the court and its chambers.\n",
            "From 3 to 5 July 2024=2024-07-03/2024-07-05", "2024-07-03/2024-07-05"),
        // an instrument's date is not the event's
        row("Law adopted\nThe Law of 5 June 2019 was discussed by the judges of the court at length.\n"
            + "The session was held on 7 June 2019 in the capital of the country.\n",
            "5 June 2019=2019-06-05;7 June 2019=2019-06-07", "2019-06-07"),
        // the sidebar's dates are not the event's; without any date in the body the date line's day stands
        // for the event, whatever its type (the held-out pages' labellers took the date line for such releases)
        row("Expo held\nJune 21, 2023\nThe expo receives the most applications ever in one week of its history.\n"
            + "Latest News\nJune 3, 2026\n", "June 21, 2023=2023-06-21;June 3, 2026=2026-06-03", "2023-06-21"),
        // ... and so when the date line opens the lead's own sentence
        row("Ministry met\n05 June 2023 - The office met with representatives of the ministry to discuss aid.\n",
            "05 June 2023=2023-06-05", "2023-06-05"),
        // a day after the date line is a step still to come when the lead dates the event itself
        row("Man pleads guilty\nJune 21, 2023\nSentencing is set for Sept. 10, 2023, after a man pleaded guilty on "
            + "June 19, 2023 to fraud.\n", "June 21, 2023=2023-06-21;Sept. 10, 2023=2023-09-10;"
            + "June 19, 2023=2023-06-19", "2023-06-19"),
        // ... and the event's date when it is the only day the lead gives (a visit announced)
        row("Visit announced\nJune 21, 2023\nOn June 28, 2023 the President of the Court will depart for Venice.\n",
            "June 21, 2023=2023-06-21;June 28, 2023=2023-06-28", "2023-06-28"),
        // a lead without a date and "today" first in the body with no date line to place it: undated, not the
        // instrument's old date further down
        row("Company settles\nThe company agreed to pay a fine to resolve the claims against it in the court.\n"
            + "The department today filed a petition. The order of Nov. 15, 2007 approved the merger.\n",
            "today=null;Nov. 15, 2007=2007-11-15", null),
        // a lead without a date: the body's date near the date line, not the background one before it
        row("Man sentenced\nJune 21, 2023\nA man was sentenced to two life terms for attacks across four counties.\n"
            + "The first attack was on September 15, 2011 in a home.\nOn June 19, 2023, he appeared in court for all four cases.\n",
            "June 21, 2023=2023-06-21;September 15, 2011=2011-09-15;June 19, 2023=2023-06-19", "2023-06-19"),
        // ... but not a day that dates another step of the case than the title's (the plea under a sentencing)
        row("Man sentenced\nJune 21, 2023\nA man was sentenced to two life terms for attacks across four counties.\n"
            + "On June 12, 2023, he pleaded guilty to all four attacks in court.\n",
            "June 21, 2023=2023-06-21;June 12, 2023=2023-06-12", "2023-06-21"),
        // no date line: a body day whose sentence names no step of the case is the crime's, not the event's
        row("Man charged\nA man was charged with fraud in the county court after a long investigation.\n"
            + "He took the money from his clients on June 19, 2023 and fled.\n",
            "June 19, 2023=2023-06-19", null),
        // body dates that all lie long before the date line tell the story behind it: the date line's day
        row("Victim sought\nJune 21, 2023\nInvestigators ask the public for help in naming a woman killed long ago.\n"
            + "Her body was found on Aug. 30, 1992 along the highway.\n",
            "June 21, 2023=2023-06-21;Aug. 30, 1992=1992-08-30", "2023-06-21"),
        // a date in what the step is for ("sentenced ... for abusing a girl ... including New Year's Eve") is the
        // crime's, not the event's; the sentencing's "Tuesday" has nothing to place it: undated
        row("Man sentenced\nA man was sentenced to 40 years in prison for abusing a girl on several occasions, "
            + "including New Year's Eve 2022, the office announced.\nHe was sentenced on Tuesday in the county court.\n",
            "New Year's Eve 2022=2022-12-31;Tuesday=null", null),
        // ... and with a date line, the day the step is told further down
        row("Officer charged\nJune 21, 2023\nAn officer faces assault charges for his actions during an arrest in the "
            + "city on May 2, 2023.\nOn June 20, 2023, the office filed three charges against him in the county court.\n",
            "June 21, 2023=2023-06-21;May 2, 2023=2023-05-02;June 20, 2023=2023-06-20", "2023-06-20"),
        // a date of birth is no event (no date line here: the first body date counts)
        row("Man charged\nA man was charged with fraud in the county court after a long investigation.\n"
            + "Heidary, DOB: 8-30-70, was charged on June 19, 2023 in the county court.\n",
            "8-30-70=1970-08-30;June 19, 2023=2023-06-19", "2023-06-19"));
  }

  @ParameterizedTest
  @MethodSource("dates")
  void dateOfTheMainEvent(String text, String dates, String expected) {
    Header h = HeaderStage.read(text);
    java.util.List<DateMention> ms = new java.util.ArrayList<>();
    for (String d : dates.split(";")) {
      String[] tv = d.split("=");
      int start = text.indexOf(tv[0]);
      ms.add(DateMention.of(text, new CharSpan(start, start + tv[0].length()),
          tv[1].equals("null") ? null : DateValue.parse(tv[1])));
    }
    // the date line: the first date when it stands alone on its line, or opens it before " - "
    String first = dates.split(";")[0].split("=")[0];
    boolean dateLine = text.contains("\n" + first + "\n") || text.contains("\n" + first + " - ");
    DateMention published = dateLine ? ms.get(0) : null;
    List<Citation> citations = List.of();
    int law = text.indexOf("Law of 5 June 2019");
    if (law >= 0) {
      citations = List.of(new Citation(new CharSpan(law, law + 18), "Law of 5 June 2019",
          new Instrument(InstrumentKind.LAW, null, null, null), List.of(), null));
    }
    DateValue got = EventStage.eventDate(text, h, new DateLayer(ms, published), citations);
    assertEquals(expected, got == null ? null : got.iso());
  }

  /**
   * A date line printed again on a line of its own (under a "For Immediate Release" label) dates the
   * release, not its event: the body's date is the event's (June 20, the day before the date line).
   * The same day written in a sentence is still an event's date.
   */
  @Test
  void dateLinePrintedAgainIsNotTheEvent() {
    String text = "Teacher to be arraigned\nJune 21, 2023\nFor Immediate Release\nJune 21, 2023\n"
        + "The office asks the public to help it find more victims of a teacher in the county.\n"
        + "He was charged on June 20, 2023 with ten counts in the county court.\n";
    assertEquals("2023-06-20", eventDateOf(text, "June 21, 2023=2023-06-21;June 21, 2023=2023-06-21;"
        + "June 20, 2023=2023-06-20"));
    String inProse = "Teacher to be arraigned\nJune 21, 2023\nFor Immediate Release\n"
        + "The office asks the public to help it find more victims of a teacher in the county.\n"
        + "He was charged on June 21, 2023 with ten counts, after a search on June 20, 2023.\n";
    assertEquals("2023-06-21", eventDateOf(inProse, "June 21, 2023=2023-06-21;June 21, 2023=2023-06-21;"
        + "June 20, 2023=2023-06-20"));
  }

  /**
   * The date line printed again after a date-line label ("Date: October 9, 2015") dates the release, not its
   * event, as the date line alone on its line does: the trial to come on Tuesday is the event. A statement
   * whose lead dates nothing is issued on that date line, not on the day of an older release it links.
   */
  @Test
  void dateLineAfterALabelIsNotTheEvent() {
    String text = "Driver to face trial for killing a cyclist\nPublished\nOctober 9, 2015\nCase # 14HF0001\n"
        + "Date: October 9, 2015\n*Defendant in this case is charged with murder due to a prior conviction\n"
        + "A man is scheduled to face trial Tuesday for killing a bicyclist in a crash in the city.\n";
    assertEquals("2015-10-13", eventDateOf(text, "October 9, 2015=2015-10-09;October 9, 2015=2015-10-09;"
        + "Tuesday=2015-10-13"));
    String statement = "Statement on the death of an inmate\nPublished\nNovember 5, 2018\nCase # 09ZF0001\n"
        + "Date: November 5, 2018\n"
        + "\u201cHe was a monster who did not deserve our mercy,\u201d the District Attorney said of the inmate.\n"
        + "Our news release on his sentence (Oct. 5, 2018):\n";
    assertEquals("2018-11-05", eventDateOf(statement, "November 5, 2018=2018-11-05;November 5, 2018=2018-11-05;"
        + "Oct. 5, 2018=2018-10-05", EventType.STATEMENT));
  }

  /**
   * A lead that only dates the announcement ("to announce today") and a next paragraph without a
   * date: a later paragraph's past day is the event's (the judgment signed June 20); a day after the
   * date line is a step still to come, so without a past one the announcement's day stands.
   */
  @Test
  void announcementLeadTakesTheDayALaterParagraphTells() {
    String head = "Firm ordered to pay\nJune 21, 2023\n"
        + "The District Attorney joined other offices to announce today that a firm has been ordered to pay.\n"
        + "The judgment is the result of an investigation into the unlawful disposal of waste by the firm.\n";
    assertEquals("2023-06-20", eventDateOf(head + "The final judgment was signed on June 20, 2023 by the judge.\n",
        "June 21, 2023=2023-06-21;today=2023-06-21;June 20, 2023=2023-06-20"));
    assertEquals("2023-06-21", eventDateOf(head + "A hearing on the costs is set for July 10, 2023 in the court.\n",
        "June 21, 2023=2023-06-21;today=2023-06-21;July 10, 2023=2023-07-10"));
  }

  /**
   * Under a title that names a step of the case ("Murder Charges in ..."), a lead that only dates the
   * announcement is not dated by a later paragraph's day whose sentence tells no step: the victim's death
   * on June 1 is the story's, the charge announced today is the event; a later day that tells the step does.
   */
  @Test
  void announcementLeadUnderAStepTitleSkipsTheStorysDays() {
    String head = "Murder Charges in Overdose Death\nJune 4, 2023\n"
        + "The District Attorney announced today that two people have been charged with murder in the death.\n"
        + "\u201cThese sellers knew the danger of the pills they sold,\u201d the District Attorney said in the release.\n";
    assertEquals("2023-06-04", eventDateOf(head + "The victim took some of the pills and died on the evening of June 1.\n",
        "June 4, 2023=2023-06-04;today=2023-06-04;June 1=2023-06-01"));
    assertEquals("2023-06-02", eventDateOf(head + "Both were charged with murder on June 2 in the county court.\n",
        "June 4, 2023=2023-06-04;today=2023-06-04;June 2=2023-06-02"));
  }

  /**
   * A ceremony, a course, a court's session or a law passed happened on a day of its own: a release that
   * dates only its announcement ("said today that she was awarded the prize at a ceremony") or nothing but
   * its date line leaves that event undated; a statement, a case step or a meeting keeps the date line's day,
   * and so does an event whose lead opens with the date line.
   */
  @Test
  void eventOfItsOwnDayUntoldIsUndated() {
    String honored = "Prosecutor Honored with Prize\nMay 21, 2025\n"
        + "The District Attorney said today that a deputy was awarded the prize at a ceremony in the city.\n"
        + "The prize recognizes officers who make a difference in their communities every year.\n";
    String dates = "May 21, 2025=2025-05-21;today=2025-05-21";
    assertEquals(null, eventDateOf(honored, dates, EventType.CEREMONY));
    assertEquals("2025-05-21", eventDateOf(honored, dates, EventType.HEARING));
    String passage = "Office Celebrates Passage of Senate Bill 12\nJune 21, 2023\n"
        + "The District Attorney is thrilled to announce the passage of Senate Bill 12, a milestone for the county.\n";
    assertEquals(null, eventDateOf(passage, "June 21, 2023=2023-06-21", EventType.LEGISLATION));
    assertEquals(null, eventDateOf(passage, "June 21, 2023=2023-06-21", EventType.PLENUM));
    assertEquals("2023-06-21", eventDateOf(passage, "June 21, 2023=2023-06-21", EventType.STATEMENT));
    String told = "Office Celebrates Passage of Senate Bill 12\nJune 21, 2023\n"
        + "The District Attorney is thrilled that the Senate passed Senate Bill 12 on June 19, 2023, a milestone.\n";
    assertEquals("2023-06-19", eventDateOf(told, "June 21, 2023=2023-06-21;June 19, 2023=2023-06-19",
        EventType.LEGISLATION));
    // the date line's day written again below the last line of prose (a message signed with its date) tells it
    String signed = "Court Lays Flowers at the Memorial\n24 April 2017\n\n"
        + "The President and the judges of the Court visited the memorial and laid flowers at the monument.\n\n"
        + "The message that the President wrote in the memorial book is as follows:\n\n"
        + "May you rest in peace. 24.04.2017\u201d";
    assertEquals("2017-04-24", eventDateOf(signed, "24 April 2017=2017-04-24;24.04.2017=2017-04-24",
        EventType.CEREMONY));
  }

  /**
   * The period an observance or a programme runs ("Heritage Month, which runs from September 15 through October
   * 15") is no event of the release; a profile (other) that tells no day of its own is undated, not dated by its
   * date line, while a case step keeps the date line. A range of days told as the event still dates it.
   */
  @Test
  void periodThatRunsIsNoEvent() {
    String profile = "Meet Deputy DA Jane Roe\nOctober 12, 2023\n"
        + "In honor of Heritage Month, which runs from September 15 through October 15, we are featuring stories "
        + "of our employees. Meet Deputy District Attorney Jane Roe.\n";
    String dates = "October 12, 2023=2023-10-12;from September 15 through October 15=2023-09-15/2023-10-15";
    assertEquals(null, eventDateOf(profile, dates, EventType.OTHER));
    assertEquals("2023-10-12", eventDateOf(profile, dates, EventType.HEARING));
    String term = "Judge appointed\nMarch 6, 2019\n"
        + "The term of office of the new judge will run from September 1, 2019 to August 31, 2022, the court said.\n";
    assertEquals("2019-03-06", eventDateOf(term,
        "March 6, 2019=2019-03-06;from September 1, 2019 to August 31, 2022=2019-09-01/2022-08-31",
        EventType.APPOINTMENT));
    String visit = "Delegation visits the court\nJune 7, 2022\n"
        + "A delegation of judges visited the court from June 3 to June 5, 2022 and met its president.\n";
    assertEquals("2022-06-03/2022-06-05", eventDateOf(visit,
        "June 7, 2022=2022-06-07;from June 3 to June 5, 2022=2022-06-03/2022-06-05", EventType.VISIT));
  }

  /**
   * A media advisory's "WHEN:" line dates its event, not an older day its "WHAT:" line tells (the ordinance passed
   * months before the meeting); the day may stand on the line after a label alone.
   */
  @Test
  void advisoryWhenLineDatesTheEvent() {
    String text = "MEDIA ADVISORY - CITY COUNCIL MEETING ON PARK SAFETY\nMay 14, 2019\nMEDIA ADVISORY\n"
        + "WHO: District Attorney's Office Chief of Staff Jo Doe\n"
        + "WHAT: Will attend the city council meeting on an ordinance like the one the county board passed on "
        + "January 8, 2019 to keep offenders out of parks.\n"
        + "WHEN: Today, Tuesday, May 14, 2019, at 6:00 p.m.\nWHERE: City Hall\n";
    assertEquals("2019-05-14", eventDateOf(text,
        "May 14, 2019=2019-05-14;January 8, 2019=2019-01-08;Tuesday, May 14, 2019, at 6:00 p.m.=2019-05-14T18:00"));
    String nextLine = "MEDIA ADVISORY - VERDICT IN FRAUD TRIAL\nMay 14, 2019\nMEDIA ADVISORY\n"
        + "WHAT: A verdict will be read in the trial of a man accused of a fraud that began on March 2, 2017 in the city.\n"
        + "When:\nAt 11:00 a.m., May 16, 2019\nWHERE: Department C-1\n";
    assertEquals("2019-05-16", eventDateOf(nextLine,
        "May 14, 2019=2019-05-14;March 2, 2017=2017-03-02;11:00 a.m., May 16, 2019=2019-05-16T11:00"));
  }

  /**
   * A statement is made on the day it is issued: a span of days that holds the date line ("reports surfaced this
   * week") is narrowed to the date line's day; a meeting keeps the week, and a single earlier day still dates it.
   */
  @Test
  void statementWithinAWeekTakesItsDateLine() {
    String text = "March 8, 2024\nCounty Prosecutor Issues Statement on Lost Evidence Files\n"
        + "\u201cI am working closely with the police chief on this matter.\n"
        + "My office was not told of the missing files until news stories appeared this week, and we will review them.\n";
    String dates = "March 8, 2024=2024-03-08;this week=2024-03-04/2024-03-10";
    assertEquals("2024-03-08", eventDateOf(text, dates, EventType.STATEMENT));
    assertEquals("2024-03-04/2024-03-10", eventDateOf(text, dates, EventType.MEETING));
    String earlier = "March 8, 2024\nCounty Prosecutor Issues Statement on Lost Evidence Files\n"
        + "The prosecutor said on March 5, 2024, that the office will review every file.\n";
    assertEquals("2024-03-05", eventDateOf(earlier, "March 8, 2024=2024-03-08;March 5, 2024=2024-03-05",
        EventType.STATEMENT));
  }

  /**
   * The event date of {@code text} with the dates given as "text=value;..." in the order they occur
   * (a text written twice is its next occurrence), the first being the date line.
   */
  /**
   * The days listed in a citation of several acts ("By decisions of A, B and C, the representatives renewed")
   * are the days of the acts the release reports, not one instrument's date: the lead's first one dates the
   * event. A single instrument's date inside its citation stays out.
   */
  @Test
  void daysOfAListOfActsDateTheEvent() {
    String text = "Judges reappointed\n7 October 2024\n"
        + "By decisions of 8 November 2023, 27 March 2024 and 2 October 2024, the representatives renewed the terms.\n";
    String cited = "decisions of 8 November 2023, 27 March 2024 and 2 October 2024";
    int at = text.indexOf(cited);
    List<DateMention> ms = new java.util.ArrayList<>();
    for (String[] tv : new String[][] {{"7 October 2024", "2024-10-07"}, {"8 November 2023", "2023-11-08"},
        {"27 March 2024", "2024-03-27"}, {"2 October 2024", "2024-10-02"}}) {
      int start = text.indexOf(tv[0]);
      ms.add(DateMention.of(text, new CharSpan(start, start + tv[0].length()), DateValue.parse(tv[1])));
    }
    Header h = HeaderStage.read(text);
    DateLayer layer = new DateLayer(ms, ms.get(0));
    pressfacts.doc.Citation list = new pressfacts.doc.Citation(new CharSpan(at, at + cited.length()), cited,
        new pressfacts.doc.Instrument(pressfacts.doc.InstrumentKind.DECISION, null, "INT", null), List.of(), null);
    assertEquals("2023-11-08", EventStage.eventDate(text, h, layer, List.of(list)).iso());
    pressfacts.doc.Citation one = new pressfacts.doc.Citation(new CharSpan(at, at + cited.length()), cited,
        new pressfacts.doc.Instrument(pressfacts.doc.InstrumentKind.DECISION, null, "INT", DateValue.parse("2023-11-08")),
        List.of(), null);
    assertEquals("2024-10-07", String.valueOf(EventStage.eventDate(text, h, layer, List.of(one)) == null ? null
        : EventStage.eventDate(text, h, layer, List.of(one)).iso()));
  }

  /**
   * A date that counts back from its speaker's present ("Two weeks ago", "last week") inside a quotation is the
   * speaker's, not the release's: a profile that tells no other day stays undated. A quotation carried on from an
   * earlier paragraph shows only its closing mark. The same words outside a quotation still date the event.
   */
  @Test
  void quotedCountBackIsNoEvent() {
    String profile = "Meet Investigator Jane Roe\nMarch 1, 2022\n"
        + "Meet Investigator Jane Roe, who has served the office for ten years.\n"
        + "\u201cI love this work. Two weeks ago, I got a letter from a family I helped.\u201d\n";
    String dates = "March 1, 2022=2022-03-01;Two weeks ago=2022-02-14/2022-02-20";
    assertEquals(null, eventDateOf(profile, dates, EventType.OTHER));
    String carried = "Meet Investigator Jane Roe\nMarch 1, 2022\n"
        + "Meet Investigator Jane Roe, who has served the office for ten years.\n"
        + "\u201cI love this work, and I hope to keep doing it.\n"
        + "Last week, a family I helped sent me a card. It made my year.\u201d\n";
    assertEquals(null, eventDateOf(carried, "March 1, 2022=2022-03-01;Last week=2022-02-21/2022-02-27",
        EventType.OTHER));
    String told = "Delegation meets the prosecutor\nMarch 1, 2022\n"
        + "A delegation of judges met the prosecutor two weeks ago to discuss court security, the office said.\n";
    assertEquals("2022-02-14/2022-02-20", eventDateOf(told,
        "March 1, 2022=2022-03-01;two weeks ago=2022-02-14/2022-02-20", EventType.MEETING));
  }

  @Test
  void insideQuotationReadsTheMarksOfItsLine() {
    String text = "He said \u201cwe met last week\u201d and left last week.\nwe met last week.\u201d\n\"we met last week\"";
    int first = text.indexOf("last week");
    int second = text.indexOf("last week", first + 1);
    int third = text.indexOf("last week", second + 1);
    int fourth = text.indexOf("last week", third + 1);
    assertTrue(EventStage.insideQuotation(text, new CharSpan(first, first + 9)));
    assertFalse(EventStage.insideQuotation(text, new CharSpan(second, second + 9)));
    assertTrue(EventStage.insideQuotation(text, new CharSpan(third, third + 9)));
    assertTrue(EventStage.insideQuotation(text, new CharSpan(fourth, fourth + 9)));
  }

  private static String eventDateOf(String text, String dates) {
    return eventDateOf(text, dates, null);
  }

  /** As {@link #eventDateOf(String, String)}, for an event of {@code type} (null: any type). */
  private static String eventDateOf(String text, String dates, EventType type) {
    List<DateMention> ms = new java.util.ArrayList<>();
    int from = 0;
    for (String d : dates.split(";")) {
      String[] tv = d.split("=");
      int start = text.indexOf(tv[0], from);
      ms.add(DateMention.of(text, new CharSpan(start, start + tv[0].length()), DateValue.parse(tv[1])));
      from = start + 1;
    }
    Header h = HeaderStage.read(text);
    DateLayer layer = new DateLayer(ms, ms.get(0));
    DateValue got = type == null ? EventStage.eventDate(text, h, layer, List.of())
        : EventStage.eventDate(text, h, h.title() == null ? "" : h.title().of(text), type, layer, List.of());
    return got == null ? null : got.iso();
  }

  private static Arguments row(String text, String dates, String expected) {
    return Arguments.of(text, dates, expected);
  }
}
