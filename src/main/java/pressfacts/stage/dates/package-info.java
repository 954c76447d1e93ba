/**
 * The dates stage: calendar expressions and the document's own date line, by a grammar of its
 * own (no SUTime, no CoreNLP at run time).
 *
 * <p>Entry points: {@link pressfacts.stage.dates.DateFinder#find(String, pressfacts.doc.DateValue)}
 * places the dates of any string against a reference date (callable alone, e.g. to time it);
 * {@link pressfacts.stage.dates.DocumentDates#read} does a whole document (date line, reference,
 * dates); {@link pressfacts.stage.dates.DateStage} only wires that into the pipeline.
 * Vocabularies are in {@code src/main/resources/pressfacts/lexicon/dates/}.
 *
 * <p>Decisions where ANNOTATION.md leaves room (checked against the gold files):
 * <ul>
 * <li>A year in an instrument's short title ("Human Rights Act 1998") is a date: ANNOTATION.md
 *     lets a date stand inside a citation, and the year places the act. Numbers after "No.",
 *     "N", "Article", "case", currency signs, or before "manats", "cases" etc. are not years. A
 *     year before 1900 is read only in an Act's name ("Offences Against the Person Act 1861",
 *     "Indian Evidence Act, 1872"), where the number can be nothing else.</li>
 * <li>A relative or yearless expression with no reference ("today" in a release without a date
 *     line) is still reported, with a null value, as the realdev gold does; it is never the
 *     date line.</li>
 * <li>A date line without a year ("Baku. 22 January.") takes the year of the supplied
 *     publication date, else the latest year written out in full in the document (a guess;
 *     without it the nearest-year rule has no reference). With neither, it has no value and
 *     {@code published} stays null.</li>
 * <li>A date line coarser than a day ("2009 Jun") is narrowed by a full date of the title
 *     inside it ("2009-06-10 ..."), so weekdays can be placed; the title's date itself is not
 *     the date line because it does not stand alone.</li>
 * <li>"end of last year" keeps year precision (as in the gold); halves, quarters and seasons
 *     are month intervals ("2014-01/2014-06"); "this week" is the interval Monday/Sunday.</li>
 * <li>Ranges are one span including a leading "from"/"between" ("from 1 to 3 June 2021");
 *     "since", "on", "the" stay outside the span.</li>
 * <li>A numeric date whose first two numbers could both be the month ("05/08/2008",
 *     "05-08-2008") follows the order in which the document writes its other dates: day first
 *     when more of them put the day first ("7 March 2024", "05.08.2008"), else month first, as
 *     US sites write it. A dashed one after a number word ("case No. 2-10-2015") is no date.</li>
 * <li>"N years ago" (like months, weeks, days) is a relative date: the reference's year minus N,
 *     null without a date line (corpus/README.md, D18). A day or month with a relative year
 *     ("5 March of the current year", "September last year") is one date in that year.</li>
 * <li>A day or month without a year listed before a dated one ("30 April and 1 May 2019",
 *     "January and February 2020") takes the year of the list, not the reference's.</li>
 * <li>A year-less day that the release also writes with its year ("on June 6, 2016, ..." then "the
 *     evening of June 6") takes that year, as the Conventions let a date line take the year the text
 *     makes certain; not when the nearest-year rule puts it within a month of the reference (this
 *     week's news, "arrested on May 31"), nor when the release writes the day with two years
 *     ({@link pressfacts.stage.dates.DocumentDates}).</li>
 * <li>Numbers of other kinds are no years: the width and height a scraped page prints under an
 *     image, a street number ("2020 W. Wheatland Rd.", "1990 Elm St.", unless "in", "since" ...
 *     stands before it), "the 2000 block of", "Suite 2000", a case number "F-2019-1234".</li>
 * <li>"this past weekend", "this past Saturday", "this past summer" are the latest ones before the
 *     reference; "this past year" or "month" is left alone (as often a duration). A weekday of a
 *     habit ("every Tuesday", "Monday through Friday") is no date; a weekday takes its clock time
 *     ("Friday at 9 a.m."), as a written day does.</li>
 * <li>A hedge on an end of a range is inside its span ("from in or about January 2010 through in or
 *     about June 2015", "between about 2019 and 2021"): one interval, as for any range. A month range
 *     without a year ("between January and March") is placed as one month would be; one whose end
 *     comes before its start ("November to February") is left alone.</li>
 * <li>A fiscal year is its year, "FY" or "fiscal year" in the span ("FY2008" 2008, the gold's
 *     reading); a school or fiscal year written over two years is their interval ("2023/24",
 *     "2022-23" 2022/2023; the short form only when it names the next year, so a case number
 *     "2019-25" is none). The "y." post-Soviet sites write after a year stays outside the span.</li>
 * <li>A weekday in brackets after its day ("2 February 2024 (Friday)") belongs to that date, as one
 *     before it does; so does one before each day of a range ("from Monday 22 to Friday 26 January").</li>
 * <li>Not handled: two-digit years (except dates of birth and zero-padded stamps), week numbers,
 *     abbreviated weekdays ("Wed"), holidays without a year, "FY08", a list of days after one
 *     month ("December 10, 11, and 12", "12 and 13 October": the gold shows no reading), a month
 *     listed after a cued one ("in June and September"), winter (its months straddle two years),
 *     "from 2019 to the present".</li>
 * </ul>
 */
package pressfacts.stage.dates;
