package pressfacts.stage.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.doc.Header;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Keys;
import pressfacts.text.TextView;

/**
 * The date line and the reference it gives. Each row is a small release of our own: its first
 * non-empty line is the title, and the body starts after the line numbered {@code lastHeadLine}
 * (0-based). The header is built by hand, not by HeaderStage, so the stage is tested alone.
 */
class DocumentDatesTest {

  private static final DocumentDates DATES = DocumentDates.standard();

  static Stream<Arguments> dateLines() {
    return Stream.of(
        // a date line of its own below the title, with a time after a comma
        row("Court met guests\n\n05.08.2008, 12:35\nOn 19 September 2019 they met.\n", 2, null,
            "05.08.2008, 12:35=2008-08-05T12:35"),
        // a written-out date line with a time after a comma: one minute-precise date
        row("Court met guests\n\n20 September 2019, 17:42\n\nOn 18-19 September 2019 they met.\n", 2, null,
            "20 September 2019, 17:42=2019-09-20T17:42"),
        // no date line: a body sentence opening "On <date>" is not a dateline ("On" is no place)
        row("Court met guests\nOn 18-19 September 2019 they met in Kyiv.\n", 0, null, "none"),
        // a category line with the date and time
        row("Court met guests\n\nCategory: News 8.09.2008 12:35\nThe court met.\n", 2, null,
            "8.09.2008 12:35=2008-09-08T12:35"),
        // a category label that names a body, then the date
        row("Plenum held\n\nCategory: Plenum of the court 19.11.2021 10:00\nThe plenum met.\n", 2, null,
            "19.11.2021 10:00=2021-11-19T10:00"),
        // a date with a reader counter
        row("Court met guests\n\n  15 November 2018    Read: 1094\nCourt met guests\n", 3, null,
            "15 November 2018=2018-11-15"),
        // a date line that names its weekday
        row("Officials charged\n\nThursday, March 7, 2019\n\nWASHINGTON - Two officials were charged.\n", 2, null,
            "Thursday, March 7, 2019=2019-03-07"),
        // a date line above the title
        row("24 October 2023\n\nCOURT VISITS BATUMI\n\nThe visit was on October 19-21, 2023.\n", 2, null,
            "24 October 2023=2023-10-24"),
        // a title opening with an ISO date does not stand alone; the month line below does
        row("2009-06-10 Court holds a round table\n\n2009 Jun\n\nOn June 8 the court met.\n", 2, null,
            "2009 Jun=2009-06"),
        // a date line run into the first sentence still opens its line
        row("Court met guests\n05.01.2011, 12:35On March, 15 a meeting was held.\n", 1, null,
            "05.01.2011, 12:35=2011-01-05T12:35"),
        // an agency dateline without a year takes the year the text makes certain: a part of a year holding it
        row("Baku. 22 January. The chairman spoke.\nPlans for the first half of 2016 and results of 2015.\n",
            0, null, "22 January=2016-01-22"),
        // ... or the same day written with its year
        row("WASHINGTON, Jan. 12 - Two men were charged.\nThe charges were filed on January 12, 2021.\n",
            0, null, "Jan. 12=2021-01-12"),
        // ... or its weekday (June 9 was a Tuesday in 2020, among the years up to the latest one written)
        row("Court met guests\n\nTuesday, June 9\n\nThe plan for 2020 and 2021 was read.\n", 2, null,
            "Tuesday, June 9=2020-06-09"),
        // without any of them the year is not certain: no value, no published date (Conventions)
        row("Baku. 22 January. The chairman spoke.\nResults of 2015 were read.\n", 0, null, "none"),
        // labels of US sites before the date, on its line or the line above, below the navigation
        row("Court met guests\nHome\nNews\nPress\nFor Immediate Release: October 11, 2019\nThe court met.\n", 0, null,
            "October 11, 2019=2019-10-11"),
        row("Officials charged\nHome\nNews\nPress\nFOR IMMEDIATE RELEASE Tuesday, June 9, 2025\nText.\n", 0, null,
            "Tuesday, June 9, 2025=2025-06-09"),
        row("MAN SENTENCED\nScroll to top\nFollow Us\nSearch for\nAuthor\nLei Lani Fera\nPublished\nFebruary 19, 2013\n"
            + "SANTA ANA - A man was sentenced.\n", 0, null, "February 19, 2013=2013-02-19"),
        row("Court met guests\nHome\nNews\nPress\nPosted on March 3, 2020 by Jane Roe\nText.\n", 0, null,
            "March 3, 2020=2020-03-03"),
        // a feed's stamp with an abbreviated weekday: the weekday joins the date, which then stands alone
        row("Court met guests\nHome\nNews\nPosted on: Mon, 07 Oct 2024 10:00:00 GMT\nText.\n", 0, null,
            "Mon, 07 Oct 2024 10:00:00 GMT=2024-10-07T10:00Z"),
        // two stamps on one line, split by a bar: the first stands alone in its segment, with its 12-hour time
        row("Court met guests\nHome\nNews\nPublished Date: Jan 15, 2018 11:47 AM | Updated Date: Jan 16, 2018 09:00 AM\n"
            + "Text.\n", 0, null, "Jan 15, 2018 11:47 AM=2018-01-15T11:47"),
        // a contact after the date, a share counter, a share label before it
        row("July 14, 2021 Contact: Tasha Tsiaperas\nDallas County District Attorney's Office\nText.\n", 2, null,
            "July 14, 2021=2021-07-14"),
        row("Bar address\n\nMeeting held\n\n07 August 2025    294 share share\n\nText.\n", 2, null,
            "07 August 2025=2025-08-07"),
        row("Paylaş | 06 June 2022\nThe delegation paid a visit to Sofia on 2 June.\n", 0, null, "06 June 2022=2022-06-06"),
        // a metadata stamp after the release and before its sidebar, to the minute
        row("Man sentenced\nYou are here:\nHome\nA man was sentenced today to prison for a shooting in the city.\n"
            + "Barbara Medina\n2026-02-23 10:47:45\n", 0, null, "2026-02-23 10:47:45=2026-02-23T10:47"),
        // a sentence that says when the release was issued
        row("Category: Press Releases\nCourts increase sentences\nCourts increase sentences\n"
            + "The press release issued by the Ministry of Justice on 18 June 2025.\nText.\n", 3, null,
            "18 June 2025=2025-06-18"),
        // a news-wire dateline with a province
        row("OTTAWA, ON, June 20, 2023 /CNW/ - The Prime Minister today opened the process.\n", 0, null,
            "June 20, 2023=2023-06-20"),
        // a date opening the text and run into its first sentence by a dash
        row("05 September 2018 - UNODC met with representatives of the Ministry.\nMore text.\n", 0, null,
            "05 September 2018=2018-09-05"),
        // a date under a label of its own ("WHEN:") is not the date line
        row("Media advisory\nHome\nNews\nPress\nWHEN:\nFriday, June 5, 2020\nText.\n", 0, null, "none"),
        // ... or the supplied publication date's year when the source gives one
        row("Baku. 22 January. The chairman spoke.\nResults of 2030 were forecast.\n", 0, "2016-03-01",
            "22 January=2016-01-22"),
        // a date inside a body sentence is not the date line
        row("Court met guests\nThe court met on 5 May 2019 in Baku.\n", 1, null, "none"),
        // a relative word is never the date line
        row("Court met guests\n\nToday the court met.\n", 1, null, "none"),
        // a range in prose opening a line is not a dateline (only numeric stamps open one bare)
        row("Court met guests\n\n5 May 2019 - 7 May 2019 report\nText.\n", 2, null, "none"),
        // the Dutch wrapper line of an EU release says when it was published
        row("Three judges appointed\n\nMet dank overgenomen van Raad, gepubliceerd op woensdag 6 maart 2019.\n\nText.\n",
            1, null, "woensdag 6 maart 2019=2019-03-06"),
        // a lead sentence below the head that says when the release was issued (a prose headline before it)
        row("Category: Press Releases\nCourts increase sentences\nCourts increase sentences for child sex offenders in 2022\n"
            + "The press release issued by the Attorney General's Office on 17 October 2023.\nText.\n", 1, null,
            "17 October 2023=2023-10-17"),
        // ... but not a story's sentence further down
        row("Man held\nHome\nThe man was arrested by the police of the city on a warrant.\nHe was held.\n"
            + "He was released on bail on 5 May 2019.\n", 1, null, "none"));
  }

  @ParameterizedTest
  @MethodSource("dateLines")
  void findsTheDateLine(String text, int lastHeadLine, String supplied, String expected) {
    DateLayer layer = DATES.read(text, header(text, lastHeadLine), supplied == null ? null : DateValue.parse(supplied));
    String got = layer.published() == null ? "none"
        : layer.published().text() + "=" + layer.published().value().iso();
    assertEquals(expected, got, text);
    if (layer.published() != null) {
      assertEquals(true, layer.dates().contains(layer.published()), "published is one of the dates");
    }
  }

  /**
   * The date-line forms of real sites (issue 17), each in a small release of our own read by the
   * real header stage: the expected value is worked out from ANNOTATION.md (precision as written,
   * a written zone offset kept; a year-less dateline only with a year the text makes certain).
   */
  static Stream<Arguments> siteForms() {
    String body = "The office announced the charges against the two men in the county court on the same day.\n";
    return Stream.of(
        Arguments.of("Two men charged\nFor Immediate Release: October 11, 2019\n" + body, "October 11, 2019=2019-10-11"),
        Arguments.of("Two men charged\nFOR IMMEDIATE RELEASE Tuesday, June 9, 2025\n" + body,
            "Tuesday, June 9, 2025=2025-06-09"),
        Arguments.of("Two men charged\nFOR IMMEDIATE RELEASE\nJune 9, 2025\n" + body, "June 9, 2025=2025-06-09"),
        Arguments.of("Two men charged\nPosted on March 3, 2021 by Press Office\n" + body, "March 3, 2021=2021-03-03"),
        Arguments.of("Two men charged\nPublished Date: Jan 15, 2018 11:47 AM | Updated Date: Jan 16, 2018 9:00 AM\n" + body,
            "Jan 15, 2018 11:47 AM=2018-01-15T11:47"),
        Arguments.of("Two men charged\nDate: 2026-02-23 10:47:45\n" + body, "2026-02-23 10:47:45=2026-02-23T10:47"),
        Arguments.of("Two men charged\nWASHINGTON, Jan. 12, 2024 \u2014 " + body, "Jan. 12, 2024=2024-01-12"),
        // no year written anywhere: not certain, no published value (Conventions, Dates)
        Arguments.of("Two men charged\nWASHINGTON, Jan. 12 \u2014 " + body, "none"),
        // the same day written with its year makes it certain
        Arguments.of("Two men charged\nWASHINGTON, Jan. 12 \u2014 " + body + "The charges were filed on January 12, 2024.\n",
            "Jan. 12=2024-01-12"),
        Arguments.of("Chairman met the envoy\nBaku. 22 January 2024. " + body, "22 January 2024=2024-01-22"),
        // the time after a bar joins its date ("22.01.2024 | 14:05"); its zone offset: see zoneOffsetIsKept
        Arguments.of("Chairman met the envoy\n22.01.2024 | 14:05\n" + body, "22.01.2024 | 14:05=2024-01-22T14:05"),
        Arguments.of("Chairman met the envoy\nPublished: 14 March 2023\n" + body, "14 March 2023=2023-03-14"),
        Arguments.of("Two men charged\nRelease Date: 03/14/2023\n" + body, "03/14/2023=2023-03-14"),
        Arguments.of("Chairman met the envoy\nMonday, 14 March 2023 12:00\n" + body,
            "Monday, 14 March 2023 12:00=2023-03-14T12:00"),
        Arguments.of("Share | 06 June 2022\nChairman met the envoy\n" + body, "06 June 2022=2022-06-06"),
        Arguments.of("Paylaş | 06 June 2022\nChairman met the envoy\n" + body, "06 June 2022=2022-06-06"),
        // a date line with its contact, over the office's contact block, before the headline
        Arguments.of("June 21, 2023 Contact: Jane Roe\nCounty District Attorney's Office\n214-555-0100 (Office)\n"
            + "jane.roe@example.org\nTwo men charged\n" + body, "June 21, 2023=2023-06-21"),
        // a sidebar of other releases below the body does not win over the release's own line
        Arguments.of("Two men charged\nPosted on March 3, 2021 by Press Office\n" + body
            + "He was held on bail and will be arraigned in the court next week as planned.\nRecent News\n"
            + "Woman sentenced\nFebruary 1, 2021\nMan charged\nJanuary 5, 2021\n", "March 3, 2021=2021-03-03"));
  }

  @ParameterizedTest
  @MethodSource("siteForms")
  void readsTheDateLinesOfSites(String text, String expected) {
    DateLayer layer = DATES.read(text, pressfacts.stage.header.HeaderStage.read(text), null);
    String got = layer.published() == null ? "none"
        : layer.published().text() + "=" + (layer.published().value() == null ? "null" : layer.published().value().iso());
    assertEquals(expected, got, text);
  }

  /**
   * The date-line forms of issue 17 as the issue writes them, and the variants real sites use, each
   * in a small release of our own read by the real header stage. Expected values set by hand from
   * ANNOTATION.md: the value at the precision written (a 12-hour time as 24-hour, seconds dropped),
   * the weekday in the span, a year-less date line only with a year the text makes certain
   * (Conventions, Dates), the first of two stamps on a line.
   */
  static Stream<Arguments> issueForms() {
    String body = "The office announced the charges against the two men in the county court on the same day.\n";
    String title = "Two men charged\n";
    return Stream.of(
        Arguments.of(title + "For Immediate Release: October 11, 2019\n" + body, "October 11, 2019=2019-10-11"),
        Arguments.of(title + "FOR IMMEDIATE RELEASE Tuesday, June 9, 2025\n" + body, "Tuesday, June 9, 2025=2025-06-09"),
        Arguments.of(title + "Posted on February 19, 2013\n" + body, "February 19, 2013=2013-02-19"),
        Arguments.of(title + "Published Date: Jan 15, 2018 11:47 AM | Updated Date: Jan 17, 2018 2:05 PM\n" + body,
            "Jan 15, 2018 11:47 AM=2018-01-15T11:47"),
        // a metadata stamp, to the second: the value keeps the minute
        Arguments.of(title + "2026-02-23 10:47:45\n" + body, "2026-02-23 10:47:45=2026-02-23T10:47"),
        // datelines that open the lead: with a year; without one, only a year the text makes certain
        Arguments.of(title + "WASHINGTON, Jan. 12, 2021 \u2014 " + body, "Jan. 12, 2021=2021-01-12"),
        Arguments.of(title + "WASHINGTON, Jan. 12 \u2014 " + body + "The men were arrested on January 12, 2021.\n",
            "Jan. 12=2021-01-12"),
        Arguments.of("Chairman met the envoy\nBaku. 22 January. " + body + "The plan for the first half of 2016 was read.\n",
            "22 January=2016-01-22"),
        Arguments.of("Chairman met the envoy\nBaku. 22 January. " + body, "none"),
        // a year-less date line with its weekday: June 9 is a Tuesday in 2020, the latest such year up to 2021
        Arguments.of(title + "Tuesday, June 9\n" + body + "The plan for 2020 and 2021 was read.\n",
            "Tuesday, June 9=2020-06-09"),
        // variants of real sites
        Arguments.of(title + "Release Date: 03/14/2019\n" + body, "03/14/2019=2019-03-14"),
        Arguments.of(title + "Date: March 3, 2020\n" + body, "March 3, 2020=2020-03-03"),
        Arguments.of(title + "Published: 12 May 2021\n" + body, "12 May 2021=2021-05-12"),
        Arguments.of(title + "Published: 12 May 2021 | Last updated: 14 May 2021\n" + body, "12 May 2021=2021-05-12"),
        // an update stamp that is the page's only date line is its date line
        Arguments.of(title + "Last updated: 14 May 2021\n" + body, "14 May 2021=2021-05-14"),
        Arguments.of(title + "Monday, 2 March 2020 | 10:00\n" + body, "Monday, 2 March 2020 | 10:00=2020-03-02T10:00"),
        Arguments.of(title + "Last Modified: March 14, 2019\n" + body, "March 14, 2019=2019-03-14"),
        Arguments.of(title + "Issued: 14 March 2019\n" + body, "14 March 2019=2019-03-14"),
        // US datelines with the place in capitals: the date in brackets, or after a dash
        Arguments.of(title + "SAN DIEGO (June 3, 2026) \u2013 " + body, "June 3, 2026=2026-06-03"),
        Arguments.of(title + "WASHINGTON, D.C. (Jan. 12, 2024) \u2014 " + body, "Jan. 12, 2024=2024-01-12"),
        Arguments.of(title + "NEW YORK, NY \u2013 January 12, 2024 \u2013 " + body, "January 12, 2024=2024-01-12"),
        // ... but a place without capitals, or a bracket not closed after the date, is no dateline
        Arguments.of(title + "Judges Meet - 5 May 2019 and plan the year\n" + body, "none"),
        Arguments.of(title + "SAN DIEGO (June 3, 2026 and later) \u2013 " + body, "none"),
        // zone offsets written after the time are kept (issue 17): in brackets, after GMT/UTC, bare with a plus
        Arguments.of("Chairman met the envoy\n22.01.2024 | 14:05 (UTC+04:00)\n" + body,
            "22.01.2024 | 14:05 (UTC+04:00)=2024-01-22T14:05+04:00"),
        Arguments.of(title + "Posted on March 3, 2021 at 10:15 GMT+4\n" + body, "March 3, 2021 at 10:15 GMT+4=2021-03-03T10:15+04:00"),
        Arguments.of(title + "2024-01-22 14:05 +04:00\n" + body, "2024-01-22 14:05 +04:00=2024-01-22T14:05+04:00"),
        Arguments.of(title + "Published: 12 May 2021 12:00 GMT\n" + body, "12 May 2021 12:00 GMT=2021-05-12T12:00Z"),
        Arguments.of(title + "January 22, 2024 9:05 AM (UTC-05:00)\n" + body, "January 22, 2024 9:05 AM (UTC-05:00)=2024-01-22T09:05-05:00"),
        // an ISO 8601 stamp as pages print their metadata: "T" before the time, seconds and their fraction
        // in the span only, the offset right after the time of either sign, or "Z"
        Arguments.of(title + "2024-01-22T14:05:00+04:00\n" + body, "2024-01-22T14:05:00+04:00=2024-01-22T14:05+04:00"),
        Arguments.of(title + "Published: 2024-01-22T09:05:00-05:00\n" + body, "2024-01-22T09:05:00-05:00=2024-01-22T09:05-05:00"),
        Arguments.of(title + "2024-01-22T14:05:00.000Z\n" + body, "2024-01-22T14:05:00.000Z=2024-01-22T14:05Z"),
        Arguments.of(title + "2024-01-22T14:05\n" + body, "2024-01-22T14:05=2024-01-22T14:05"),
        // a year alone on a line is often an archive heading or an image's size: a finer date line after it wins ...
        Arguments.of(title + "2022\nMarch 3, 2022\n" + body, "March 3, 2022=2022-03-03"),
        // ... but with none, it is the first date alone near the top (the guidelines' date line), and a
        // day-month line under it does not take its place: the year line is the one that says the year
        Arguments.of(title + "2022\n" + body, "2022=2022"),
        Arguments.of(title + "2020\n\n24th December\n\n" + body, "2020=2020"),
        Arguments.of(title + body + "https://example.org/images/photo.jpg\n1536\n2048\nJane Roe\n2024-08-30 12:54:02\n",
            "2024-08-30 12:54:02=2024-08-30T12:54"));
  }

  @ParameterizedTest
  @MethodSource("issueForms")
  void readsTheDateLineFormsOfTheIssue(String text, String expected) {
    readsTheDateLinesOfSites(text, expected);
  }

  /** A written zone offset belongs to the span and the value (issue 17). */
  @Test
  void zoneOffsetIsKept() {
    String text = "Chairman met the envoy\n22.01.2024 | 14:05 (UTC+04:00)\nThe chairman met the envoy today.\n";
    DateLayer layer = DATES.read(text, pressfacts.stage.header.HeaderStage.read(text), null);
    assertEquals("22.01.2024 | 14:05 (UTC+04:00)=2024-01-22T14:05+04:00",
        layer.published().text() + "=" + layer.published().value().iso());
  }

  /** Only an offset written as one joins the time: a range of times, a name of a zone or a bare minus do not. */
  @Test
  void aRangeOfTimesOrAZoneNameIsNoOffset() {
    String text = "Court met guests\n\n05.08.2008, 12:35\nThe hearing on 22 January 2024, 10:00-12:00 was held;"
        + " another on 23 January 2024 at 9:00 a.m. Eastern Time, one on 24 January 2024 at 10:00 UTC+5:30.\n";
    DateLayer layer = DATES.read(text, header(text, 2), null);
    assertEquals("05.08.2008, 12:35=2008-08-05T12:35; 22 January 2024, 10:00=2024-01-22T10:00;"
        + " 23 January 2024 at 9:00 a.m.=2024-01-23T09:00; 24 January 2024 at 10:00 UTC+5:30=2024-01-24T10:00+05:30",
        DateFinderTest.show(layer.dates()));
  }

  static Stream<Arguments> resolvedByTheDateLine() {
    return Stream.of(
        // yearless and weekday dates take the date line as reference
        row("Court met guests\n\n20.02.2020 13:09\nOn Monday and at the end of last year, and on December, 12.\n",
            2, null, "20.02.2020 13:09=2020-02-20T13:09; Monday=2020-02-17; end of last year=2019;"
                + " December, 12=2019-12-12"),
        // a month date line is narrowed by a full date in the title, so a weekday can be placed
        row("2009-06-10 Court holds a round table\n\n2009 Jun\n\nOn June 8 the court met Monday.\n", 2, null,
            "2009-06-10=2009-06-10; 2009 Jun=2009-06; June 8=2009-06-08; Monday=2009-06-08"),
        // a supplied publication date wins as reference over the date line
        row("Court met guests\n\n20.02.2020 13:09\nThe court met yesterday.\n", 2, "2020-03-02",
            "20.02.2020 13:09=2020-02-20T13:09; yesterday=2020-03-01"),
        // no date line, no supplied date: relative dates keep no value
        row("Court met guests\nThe court announced today the charges.\n", 1, null, "today=null"),
        // a year-less day that the release writes elsewhere with its year takes that year, where the
        // nearest-year rule would say 2017-06-06
        row("Man sentenced\n\nMarch 23, 2018\nOn June 6, 2016, the victim was shot. He said he was home on the"
            + " evening of June 6.\n", 2, null, "March 23, 2018=2018-03-23; June 6, 2016=2016-06-06; June 6=2016-06-06"),
        // ... a day still to come too (the rule alone: 2024-06-19, no cue in the sentence)
        row("Program opens\n\nJanuary 7, 2025\nThe course runs to June 19, 2025, at the hall, closing on June 19"
            + " with a ceremony.\n", 2, null, "January 7, 2025=2025-01-07; June 19, 2025=2025-06-19; June 19=2025-06-19"),
        // ... but a day the rule places within a month of the date line is this week's news
        row("Two charged\n\nJune 4, 2024\nOn May 31, 2023, the pills were sold. Both were arrested on May 31 at"
            + " home.\n", 2, null, "June 4, 2024=2024-06-04; May 31, 2023=2023-05-31; May 31=2024-05-31"),
        // ... and two years written for one day leave the rule to place it
        row("Man sentenced\n\nMarch 23, 2018\nHe was held on June 6, 2015 and again on June 6, 2016. He was home"
            + " on June 6.\n", 2, null,
            "March 23, 2018=2018-03-23; June 6, 2015=2015-06-06; June 6, 2016=2016-06-06; June 6=2017-06-06"),
        // a page that posted the release later: the release's own date line, earlier, places the story's
        // "today" and weekdays; the page's date line stays the published one
        row("Published\nMarch 9, 2015\nHome\nWOMAN CHARGED WITH ARSON\nFor Immediate Release\nCase # 15XX0001\n"
            + "March 6, 2015\nRIVERTON - A woman was charged today with arson and will be arraigned Monday.\n", 1, null,
            "March 9, 2015=2015-03-09; March 6, 2015=2015-03-06; today=2015-03-06; Monday=2015-03-09"),
        // ... not a later date line (an update): the page's date line stays the reference
        row("Published\nMarch 6, 2015\nHome\nWOMAN CHARGED WITH ARSON\nUpdated\nMarch 9, 2015\n"
            + "RIVERTON - A woman was charged today with arson.\n", 1, null,
            "March 6, 2015=2015-03-06; March 9, 2015=2015-03-09; today=2015-03-06"),
        // ... nor a date below the first line of prose
        row("Published\nMarch 9, 2015\nWOMAN CHARGED WITH ARSON\nRIVERTON - A woman was charged today with arson.\n"
            + "March 6, 2015\n", 1, null, "March 9, 2015=2015-03-09; today=2015-03-09; March 6, 2015=2015-03-06"));
  }

  @Test
  void sidebarItemsAreNotTheDateLineAndPlaceTheirOwnRelativeDates() {
    String text = "Man charged\nHome\nNews\nA man was charged today with murder in the city of Escondido.\n"
        + "Recent News\nMan sentenced\nJune 3, 2026\nThe District Attorney announced today that a man was sentenced\n";
    Header header = new Header(new CharSpan(0, 11), List.of(), 12, new CharSpan(0, 84), text.indexOf("Recent News"));
    DateLayer layer = DATES.read(text, header, null);
    assertEquals(null, layer.published());
    assertEquals("today=null; June 3, 2026=2026-06-03; today=2026-06-03", DateFinderTest.show(layer.dates()));
  }

  @ParameterizedTest
  @MethodSource("resolvedByTheDateLine")
  void placesDatesAgainstTheReference(String text, int lastHeadLine, String supplied, String expected) {
    DateLayer layer = DATES.read(text, header(text, lastHeadLine), supplied == null ? null : DateValue.parse(supplied));
    assertEquals(expected, DateFinderTest.show(layer.dates()), text);
  }

  @Test
  void stageAddsTheDateLayerFromTheHeader() {
    String text = "Court met guests\n\n05.08.2008, 12:35\nOn 19th of September 2019 they met.\n";
    Annotations in = Annotations.empty().with(Keys.TEXT, TextView.of(text)).with(Keys.HEADER, header(text, 2));
    Annotations out = new DateStage().apply(Document.of("d1", text), in);
    DateLayer layer = out.get(Keys.DATES);
    assertEquals("05.08.2008, 12:35=2008-08-05T12:35; 19th of September 2019=2019-09-19",
        DateFinderTest.show(layer.dates()));
    assertEquals("[18,35)", layer.published().span().toString());
  }

  /** Title = the first non-empty line; the body starts after line {@code lastHeadLine} (0-based). */
  private static Header header(String text, int lastHeadLine) {
    String[] lines = text.split("\n", -1);
    int titleStart = 0;
    int t = 0;
    while (lines[t].isBlank()) {
      titleStart += lines[t].length() + 1;
      t++;
    }
    int bodyStart = 0;
    for (int i = 0; i <= lastHeadLine; i++) {
      bodyStart += lines[i].length() + 1;
    }
    return new Header(new CharSpan(titleStart, titleStart + lines[t].length()), List.of(), bodyStart);
  }

  private static Arguments row(String text, int lastHeadLine, String supplied, String expected) {
    return Arguments.of(text, lastHeadLine, supplied, expected);
  }
}
