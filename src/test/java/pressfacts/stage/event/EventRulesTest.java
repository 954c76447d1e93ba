package pressfacts.stage.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.Document;
import pressfacts.doc.Event;
import pressfacts.record.PressRecord;
import pressfacts.run.Extractor;
import pressfacts.testing.TestModels;

/**
 * The event rules of ANNOTATION.md (Conventions, Event) and of the release-pool issue, through the
 * whole pipeline on small releases of our own (title, date line, lead): sentencing, plea, verdict,
 * charge, indictment, arrest, extradition and a civil suit filed are hearings; settlements and
 * consent decrees agreements; a court's or council's own session a plenum; a visit beats the
 * meetings it contains; attribution is not the event; the event date is the day of the main event
 * in the lead, never a future step or an instrument's date, and a range keeps its interval. Each
 * expected type and date was set by hand from the guidelines, not from the program's output.
 */
class EventRulesTest {

  static Stream<Arguments> releases() {
    return Stream.of(
        // a sentencing: hearing, dated by the lead
        Arguments.of("Man Sentenced to 20 Years for Armed Robbery\n"
            + "June 5, 2024\n"
            + "HOUSTON - A Houston man was sentenced on June 3, 2024 to 20 years in prison for robbing a "
            + "store in 2022.\n"
            + "The jury found him guilty in April.\n",
            "hearing", "2024-06-03"),
        // a verdict ("a jury on Monday convicted"): the weekday placed by the date line
        Arguments.of("Jury Convicts Man of Murder in Shooting Death\n"
            + "June 5, 2024\n"
            + "A jury on Monday convicted a Bronx man of murder for the fatal shooting of a neighbor in "
            + "2021, the District Attorney said.\n"
            + "The man faces 25 years to life.\n",
            "hearing", "2024-06-03"),
        // an indictment returned by a grand jury
        Arguments.of("Grand Jury Indicts Two in Fraud Scheme\n"
            + "June 5, 2024\n"
            + "A grand jury returned an indictment on May 30, 2024 against two men who ran a fraud "
            + "scheme.\n",
            "hearing", "2024-05-30"),
        // a prison term told as "gets life"
        Arguments.of("Man Gets Life in Prison for Killing Girlfriend\n"
            + "June 5, 2024\n"
            + "A man learned his fate on June 4, 2024 for killing his girlfriend in 2020.\n",
            "hearing", "2024-06-04"),
        // an appeals court upholding a conviction
        Arguments.of("Appeals Court Upholds Conviction of Former Mayor\n"
            + "June 5, 2024\n"
            + "The Court of Appeals on June 4, 2024 upheld the conviction of the former mayor for "
            + "bribery.\n",
            "hearing", "2024-06-04"),
        // a guilty admission
        Arguments.of("Woman Admits to Embezzling $2 Million from Employer\n"
            + "June 5, 2024\n"
            + "A former bookkeeper admitted in court on June 4, 2024 that she embezzled $2 million from "
            + "her employer.\n",
            "hearing", "2024-06-04"),
        // restitution ordered at a sentencing is the sentencing, not a settlement
        Arguments.of("Man Sentenced to Prison and Ordered to Pay $1 Million in Restitution\n"
            + "June 5, 2024\n"
            + "A man was sentenced on June 3, 2024 to five years in prison and ordered to pay $1 million "
            + "in restitution to his victims.\n",
            "hearing", "2024-06-03"),
        // a civil suit filed
        Arguments.of("Attorney General Files Civil Rights Lawsuit Against City\n"
            + "June 5, 2024\n"
            + "The Attorney General filed a lawsuit on June 4, 2024 against the city for discriminating "
            + "against tenants.\n",
            "hearing", "2024-06-04"),
        // a civil suit told by its filing, past tense, not by "lawsuit" or "sues" ("filed a civil complaint",
        // "filed suit"): a hearing
        Arguments.of("United States Takes Action Against Landlord Over Rental Discrimination\n"
            + "June 5, 2024\n"
            + "The Department filed a civil complaint on June 4, 2024 against a landlord who turned away "
            + "families with children.\n",
            "hearing", "2024-06-04"),
        Arguments.of("State Acts Against Towing Company Over Predatory Fees\n"
            + "June 5, 2024\n"
            + "The Attorney General filed suit on June 4, 2024 against a towing company that billed "
            + "drivers hidden fees.\n",
            "hearing", "2024-06-04"),
        // an extradition
        Arguments.of("Fugitive Extradited from Mexico to Face Murder Charge\n"
            + "June 5, 2024\n"
            + "A fugitive was extradited on June 1, 2024 from Mexico to face a murder charge in the "
            + "county.\n",
            "hearing", "2024-06-01"),
        // an arrest
        Arguments.of("Suspect Arrested in Series of Burglaries\n"
            + "June 5, 2024\n"
            + "Police arrested a suspect on June 2, 2024 in connection with a series of burglaries.\n",
            "hearing", "2024-06-02"),
        // a charge; "the Office announced" is attribution
        Arguments.of("Three Charged With Drug Trafficking\n"
            + "June 5, 2024\n"
            + "Three men were charged on June 4, 2024 with trafficking fentanyl, the District Attorney's "
            + "Office announced.\n",
            "hearing", "2024-06-04"),
        // "Sentencing" as a noun in the title
        Arguments.of("Sentencing in Fatal DUI Crash\n"
            + "June 5, 2024\n"
            + "A woman who killed a pedestrian while driving drunk was sentenced on June 4, 2024 to "
            + "eight years in state prison.\n",
            "hearing", "2024-06-04"),
        // attribution is not the event: "the court's statement said"
        Arguments.of("Man Sentenced for Fraud, Court's Statement Says\n"
            + "June 5, 2024\n"
            + "A man was sentenced to ten years for fraud on June 3, 2024, the court's statement said.\n"
            + "The statement was published on June 5, 2024.\n",
            "hearing", "2024-06-03"),
        // a DA who announces an arrest: the arrest, on its own day
        Arguments.of("District Attorney Announces Arrest in Cold Case Murder\n"
            + "June 5, 2024\n"
            + "District Attorney Jane Roe announced today that a man was arrested on June 1, 2024 for a "
            + "murder committed in 1995.\n",
            "hearing", "2024-06-01"),
        // "the press service reports" is attribution
        Arguments.of("Supreme Court Upholds Decision on Land Dispute, Press Service Reports\n"
            + "5 June 2024\n"
            + "The Supreme Court on 4 June 2024 upheld the decision of the appeal court in the land "
            + "dispute, the press service of the court reports.\n",
            "hearing", "2024-06-04"),
        // never a future date: sentencing set for September, the plea on June 3
        Arguments.of("Man Pleads Guilty to Wire Fraud\n"
            + "June 5, 2024\n"
            + "Sentencing is set for September 10, 2024, after a man pleaded guilty on June 3, 2024 to "
            + "wire fraud in federal court.\n",
            "hearing", "2024-06-03"),
        // the same with the future date after the plea
        Arguments.of("Man Pleads Guilty to Wire Fraud\n"
            + "June 5, 2024\n"
            + "A man pleaded guilty on June 3, 2024 to wire fraud and will be sentenced on September 10, "
            + "2024.\n",
            "hearing", "2024-06-03"),
        // an agreement to pay to resolve allegations
        Arguments.of("Company Agrees to Pay $5 Million to Resolve False Claims Allegations\n"
            + "June 5, 2024\n"
            + "A medical company agreed on June 4, 2024 to pay $5 million to resolve allegations that it "
            + "billed Medicare for services it never gave.\n",
            "agreement", "2024-06-04"),
        // a consent decree
        Arguments.of("City Enters Consent Decree Over Sewage Overflows\n"
            + "June 5, 2024\n"
            + "The city entered into a consent decree on June 4, 2024 with the Department to stop sewage "
            + "overflows.\n",
            "agreement", "2024-06-04"),
        // a consent order or a stipulated judgment is a consent decree by another name: an agreement, though
        // the order bars or enjoins ("injunction" alone is the court's)
        Arguments.of("Court Enters Consent Order Barring Debt Collector From Deceptive Practices\n"
            + "June 5, 2024\n"
            + "A federal court entered a consent order on June 4, 2024 that imposes a permanent injunction "
            + "on a debt collector.\n",
            "agreement", "2024-06-04"),
        Arguments.of("Retailer Ordered to Stop Dumping Hazardous Waste\n"
            + "June 5, 2024\n"
            + "A judge entered a stipulated judgment on June 4, 2024 with an injunction that bars a "
            + "retailer from dumping hazardous waste.\n",
            "agreement", "2024-06-04"),
        // a settlement announced
        Arguments.of("Bank to Pay $10 Million in Settlement With State\n"
            + "June 5, 2024\n"
            + "The Attorney General announced on June 4, 2024 a settlement with a bank over deceptive "
            + "fees.\n",
            "agreement", "2024-06-04"),
        // an injunction the defendant agreed to; the lead dates only the announcement
        Arguments.of("Court Orders Tax Preparer to Stop Filing False Returns\n"
            + "June 5, 2024\n"
            + "A federal court ordered a tax preparer to stop filing false returns, the Department "
            + "announced today. The preparer agreed to the permanent injunction order.\n",
            "agreement", "2024-06-05"),
        // a council's own session: plenum
        Arguments.of("Meeting of the Judicial-Legal Council Held\n"
            + "5 June 2024\n"
            + "On 4 June 2024 the Judicial-Legal Council held its regular meeting and discussed the "
            + "budget.\n",
            "plenum", "2024-06-04"),
        // a plenary session
        Arguments.of("Plenary Session of the Supreme Court\n"
            + "5 June 2024\n"
            + "A plenary session of the Supreme Court was held on 4 June 2024 under the chairmanship of "
            + "its Chairman.\n",
            "plenum", "2024-06-04"),
        // a council meeting attended by the bar's chairman; no day in the body: a session happened on a day of
        // its own, which the date line does not give, so it is undated (lexicon/event/untold-date-types.txt) ...
        Arguments.of("Bar Chairman Speaks at Council Meeting of the International Bar Association\n"
            + "5 June 2024\n"
            + "The Chairman of the Bar spoke at the annual meeting of the Council of the International "
            + "Bar Association.\n",
            "plenum", null),
        // ... while a case step told without a day keeps the date line's (releases that announce it)
        Arguments.of("Man Sentenced to Ten Years for Fraud\n"
            + "5 June 2024\n"
            + "The District Attorney announced that a man was sentenced to ten years in prison for fraud.\n",
            "hearing", "2024-06-05"),
        // a meeting of a court's board
        Arguments.of("Regular Meeting of the Board of the Supreme Court\n"
            + "5 June 2024\n"
            + "The Board of the Supreme Court met on 4 June 2024 and discussed the work of the courts.\n",
            "plenum", "2024-06-04"),
        // a visit beats the meetings it contains; a range keeps its interval
        Arguments.of("Delegation of the Constitutional Court Pays Official Visit to Georgia\n"
            + "5 June 2024\n"
            + "From 2 to 4 June 2024 a delegation of the Constitutional Court, headed by its President, "
            + "paid an official visit to Georgia. During the visit the delegation met with the Chairman "
            + "of the Supreme Court of Georgia and held talks with the Minister of Justice. The meeting "
            + "discussed cooperation.\n",
            "visit", "2024-06-02/2024-06-04"),
        // a reception: meeting
        Arguments.of("Chairman of the Supreme Court Received the Ambassador of France\n"
            + "5 June 2024\n"
            + "On 4 June 2024 the Chairman of the Supreme Court received the Ambassador of France. They "
            + "discussed cooperation between the courts.\n",
            "meeting", "2024-06-04"),
        // a visit framed in the lead (no cue in the title)
        Arguments.of("News\n"
            + "5 June 2024\n"
            + "The delegation of the Supreme Court, headed by its Chairman, paid a working visit to "
            + "Latvia on 3 June 2024. Within the visit, the delegation held meetings with the Latvian "
            + "judges, and a meeting with the delegation of the Ministry took place.\n",
            "visit", "2024-06-03"),
        // a tour
        Arguments.of("Chief Justice Tours New Courthouse\n"
            + "June 5, 2024\n"
            + "The Chief Justice toured the new courthouse on June 4, 2024 and met with the judges and "
            + "staff there.\n",
            "visit", "2024-06-04"),
        // a range written "between ... and ..." keeps its interval
        Arguments.of("Training for Judges Held\n"
            + "5 June 2024\n"
            + "A training course for judges was held between 3 and 4 June 2024 at the Academy of Justice.\n",
            "training", "2024-06-03/2024-06-04"),
        // the lead dates an earlier step (the plea) of a release about a sentencing announced today: the announcement's day
        Arguments.of("Defendant Sentenced for Hate Crime\n"
            + "June 5, 2024\n"
            + "The District Attorney announced today that a man has been sentenced to one year in jail. The judge "
            + "handed down the sentence agreed when the defendant pleaded guilty on May 20, 2024.\n"
            + "He had shot out the window of a cafe with a pellet gun during a protest.\n",
            "hearing", "2024-06-05"),
        // the verdict's date is not the sentencing's: "found guilty on May 28", "sentenced today"
        Arguments.of("Two Men Sentenced to Life for Attempted Murder\n"
            + "June 5, 2024\n"
            + "RIVERSIDE - Two gang members have been sentenced to life in prison for the 2021 attempted murder of a "
            + "local man.\n"
            + "The men were found guilty on May 28, 2024, by a jury of attempted murder. They were sentenced today "
            + "by the judge.\n",
            "hearing", "2024-06-05"),
        // a court date still to come is not the event of a charge: the date line stands
        Arguments.of("Man Charged With Assaulting Three Women He Met in Bars\n"
            + "June 5, 2024\n"
            + "NEWPORT BEACH - A local man has been charged with sexually assaulting three women he met at bars.\n"
            + "He is held without bail and is scheduled to be arraigned on June 7, 2024 at the county court.\n",
            "hearing", "2024-06-05"),
        // ... but it is the event of a title that tells it as still to come
        Arguments.of("Man to Be Arraigned for Assault and Insurance Fraud\n"
            + "June 5, 2024\n"
            + "SANTA ANA - A man is scheduled to be arraigned on June 6, 2024 for assault and insurance fraud after "
            + "attacking a co-worker.\n",
            "hearing", "2024-06-06"),
        // a co-defendant's sentencing to come, noted above the lead, is not the sentencing reported
        Arguments.of("Gang Member Sentenced to 30 Years to Life for Crime Spree\n"
            + "June 5, 2024\n"
            + "*A co-defendant is scheduled to be sentenced in this case on June 10, 2024 in the same court.\n"
            + "SANTA ANA - A gang member was sentenced today to 30 years to life in state prison for a crime spree.\n",
            "hearing", "2024-06-05"),
        // no date line: a body day that only dates the crime is not the sentencing's
        Arguments.of("Houston Man Gets 45 Years in Prison for Killing Mother\n"
            + "A Houston man has been sentenced to 45 years in prison for killing his mother, the District Attorney "
            + "announced.\n"
            + "He shot his mother in the early hours of Aug. 24, 2021 at their home in the suburbs.\n",
            "hearing", null),
        // the paragraph after an announcing lead dates the crime, years before: the announcement's day
        Arguments.of("24 Year Prison Term for Gang Member Who Shot Teen\n"
            + "June 5, 2024\n"
            + "The District Attorney announced today that the prosecutions of three gang members ended with the last "
            + "defendant being given 24 years in state prison.\n"
            + "On October 28, 2022, two rival gangs collided outside a party and a teenage girl was shot and "
            + "paralyzed.\n",
            "hearing", "2024-06-05"),
        // an appeal for more victims is a statement, the charge is what it is about
        Arguments.of("Police Seeking Potential Additional Victims of Music Teacher Charged With Assault\n"
            + "June 5, 2024\n"
            + "The District Attorney's Office is seeking the public's help identifying potential additional victims "
            + "of a music teacher charged on June 4, 2024 with assaulting a student.\n",
            "statement", "2024-06-04"),
        // ... but a title that tells the charge keeps it, whatever appeal the lead makes
        Arguments.of("Swim Instructor to Be Arraigned for Assaulting Student\n"
            + "June 5, 2024\n"
            + "The District Attorney's Office is seeking the public's help identifying potential additional victims "
            + "of a swim instructor who is scheduled to be arraigned on June 6, 2024.\n",
            "hearing", "2024-06-06"),
        // a warning against a scam is a statement; the arrest belongs to the scam
        Arguments.of("Scam Alert: Office Urges Public Not to Fall Victim to Fraudulent Arrest Scam\n"
            + "June 5, 2024\n"
            + "The office has received many reports of callers who claim that there is a warrant for the arrest of "
            + "the person called and ask for payment.\n",
            "statement", "2024-06-05"),
        // funding announced for a programme is a statement
        Arguments.of("Funding for Mental Health Diversion\n"
            + "June 5, 2024\n"
            + "The District Attorney's Office announced funding today for a new programme that will divert people "
            + "with mental illness away from jail and trial into treatment.\n",
            "statement", "2024-06-05"),
        // a Spanish release of the same site: its headline after "Para publicación inmediata:", a sentencing
        Arguments.of("10 de junio de 2024 Contacto: Ana Ruiz\n"
            + "Oficina del Fiscal de Distrito\n"
            + "PARA PUBLICACI\u00d3N INMEDIATA: Pastor Sentenciado a 35 A\u00f1os de Prisi\u00f3n por Robar Tres\n"
            + "Iglesias\n"
            + "(Dallas, Texas) \u2013 El Fiscal de Distrito est\u00e1 satisfecho de anunciar la condena de un pastor "
            + "por robo de propiedad de tres iglesias.\n",
            "hearing", "2024-06-10"),
        // a conviction undone is a case decided
        Arguments.of("Man Exonerated After 30 Years in Prison\n"
            + "June 5, 2024\n"
            + "A judge vacated the conviction of a man on June 4, 2024 who spent 30 years in prison for a murder he "
            + "did not commit.\n",
            "hearing", "2024-06-04"),
        // a new unit launched is announced: a statement
        Arguments.of("DA Launches New Elder Abuse Unit\n"
            + "June 5, 2024\n"
            + "The District Attorney today launched a new unit to prosecute crimes against elderly residents of the "
            + "county.\n",
            "statement", "2024-06-05"),
        // a community event set for a day to come is dated by that day, not by a cue in the headline above
        Arguments.of("Community Shred Day Set for Saturday\n"
            + "June 5, 2024\n"
            + "The District Attorney's Office will host a free community shred day on Saturday, June 8, 2024 at the "
            + "county fairgrounds.\n",
            "other", "2024-06-08"),
        // a range across months
        Arguments.of("Conference on Judicial Independence\n"
            + "5 June 2024\n"
            + "From May 30 to June 1, 2024, the Supreme Court hosted an international conference on "
            + "judicial independence.\n",
            "conference", "2024-05-30/2024-06-01"));
  }

  @ParameterizedTest
  @MethodSource("releases")
  void typeAndDateOfTheMainEvent(String text, String type, String date) {
    PressRecord record = (PressRecord) new Extractor(TestModels.pipeline()).extract(Document.of("made-up", text));
    Event event = record.event();
    assertEquals(type, event.type().wireName(), "type");
    assertEquals(date, event.date() == null ? null : event.date().iso(), "date");
  }
}
