package pressfacts.stage.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.doc.Event;
import pressfacts.doc.EventType;
import pressfacts.doc.Header;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;
import pressfacts.text.LexiconFile;
import pressfacts.text.Prose;

/**
 * What the release reports: the type from an {@link EventTypeClassifier} over the title and the
 * release proper (not the page's sidebars; {@link EventText}, which the categorizer's trainer
 * reads too), and the date of the main event.
 *
 * <p>The event date is read from the lead, the first paragraph of prose from the title on: its
 * first date that names a day (or a range of days, kept as the interval). A lead whose first
 * date is a relative one that nothing places ("sentenced today" on a page without a date line)
 * gives null: the background dates further down (when the crime was committed) are not the
 * event. A lead without a date gives the first such date of the release's body, else the date
 * line's day. A lead that only dates the announcement ("to announce today") gives the date of the
 * next paragraph, else the first past day further down (not one after the date line: a step still to
 * come), else the announcement's. The date line itself, and printed again on a line of its own,
 * dates inside a citation (an instrument's date) and dates in the sidebars are never the event's.
 */
public final class EventStage implements Stage {
  /** An attribution verb just before a date: "announced today", "said on Monday,". */
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "(?i)\\b(?:announced?|announces|said|says|stated|reported|confirmed)\\s*,?\\s*(?:on\\s+)?$");

  private final EventTypeClassifier rules;

  public EventStage(EventTypeClassifier rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return "event";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.HEADER, Keys.DATES, Keys.CITATIONS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.EVENT);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    Header header = in.get(Keys.HEADER);
    String text = doc.text();
    EventText read = EventText.of(text, header, doc.suppliedTitle());
    EventType type = rules.classify(read.title(), read.body());
    return in.with(Keys.EVENT, new Event(type,
        eventDate(text, header, read.title(), type, in.get(Keys.DATES), in.get(Keys.CITATIONS).citations())));
  }

  /**
   * The event types whose date is left null when the release does not tell it (lexicon/event/untold-date-types.txt):
   * a ceremony, a course, a court's session, a law passed happened on a day of its own, which neither the date
   * line nor the day the release was announced gives; a release of no event type (a staff profile) reports no
   * event on its date line's day either.
   */
  private static final class Untold {
    static final Set<EventType> TYPES = eventTypes("untold-date-types.txt");
  }

  /** The event types listed one per line in lexicon/event/{@code file} (immutable; read when first needed). */
  private static Set<EventType> eventTypes(String file) {
    return LexiconFile.lines("/pressfacts/lexicon/event/" + file).stream()
        .map(l -> EventType.fromWire(l.strip())).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * The event date of {@code text} for an event of {@code type}: as {@link #eventDate(String, Header, String,
   * DateLayer, List)}, except that an event of a type whose day is its own ({@link Untold}) is undated when only
   * the date line or the announcement ("said today that ... was awarded the prize at a ceremony") would date it.
   */
  static DateValue eventDate(String text, Header header, String title, EventType type, DateLayer dates,
      List<Citation> citations) {
    Dated d = dated(text, header, title, dates, citations, SelfDated.TYPES.contains(type));
    if (SelfDated.TYPES.contains(type) && d.value() instanceof DateValue.Interval && dates.published() != null) {
      DateValue published = dayOf(dates.published().value());
      if (published instanceof DateValue.Day
          && !published.firstDay().isBefore(d.value().firstDay()) && !published.lastDay().isAfter(d.value().lastDay())) {
        return published; // "media reports surfaced this week": the statement was issued on the date line, a day of that week
      }
    }
    return !d.told() && Untold.TYPES.contains(type) ? null : d.value();
  }

  /**
   * The event types whose release is its own event (lexicon/event/self-dated-types.txt): a statement is made on
   * the day it is issued, so a span of days that holds the date line ("media reports surfaced this week") is
   * narrowed to the date line's day.
   */
  private static final class SelfDated {
    static final Set<EventType> TYPES = eventTypes("self-dated-types.txt");
  }

  /** An event date, and whether the body tells it ({@code told}) or it is only the release's own day. */
  private record Dated(DateValue value, boolean told) {
  }

  /** The steps of a case that titles name and dates belong to (an immutable lexicon, loaded once). */
  private static final class Steps {
    static final CaseSteps STEPS = CaseSteps.load();
  }

  /**
   * What stands before a step still to come ("is scheduled to be arraigned", "ordered to return to court
   * on", "faces ... at his sentencing"), within the sentence.
   */
  private static final Pattern NEXT_STEP = Pattern.compile(
      "(?i)\\b(?:scheduled|set (?:for|to)|expected to|due (?:in|to|back)|will (?:be|return|appear)|return to court"
      + "|faces?|facing|at (?:his|her|their) sentencing)\\b[^.]{0,100}$");

  /** A title that tells its event as still to come ("Man to Be Arraigned", "Co-Defendant Faces Sentencing", "Media Advisory"). */
  private static final Pattern TITLE_FUTURE = Pattern.compile(
      "(?i)\\b(?:to be|will|scheduled|set for|faces?|facing|upcoming|advisory)\\b");

  /**
   * Where the words before {@code at} that may tell a step still to come begin: its line, and the line
   * before when that is prose ending without a full stop (a wrapped sentence, "scheduled to be
   * arraigned\nFriday, April 6"), never a headline or the date line above; at most 140 characters back.
   */
  private static int sentenceFrom(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (lineStart > 0) {
      int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      String prev = text.substring(prevStart, lineStart - 1).strip();
      if (Prose.isProse(prev) && !EventText.SENTENCE_END.matcher(prev).find()) {
        lineStart = prevStart;
      }
    }
    return Math.max(lineStart, at - 140);
  }

  /**
   * What the title tells of its event: the case steps it names (a date of another step is not the
   * event's), and whether it tells the event as still to come (a court date to come may then be it).
   */
  private record TitleEvent(Set<String> steps, boolean future) {
    static TitleEvent of(String title) {
      String t = title == null ? "" : title;
      return new TitleEvent(Steps.STEPS.named(t), TITLE_FUTURE.matcher(t).find());
    }

    /** The date's sentence tells a step of the case that the title does not name ("pleaded guilty on August 28" under "Sentenced"). */
    boolean otherStep(String text, DateMention d) {
      if (steps.isEmpty()) {
        return false;
      }
      String step = Steps.STEPS.stepOf(text, d.span());
      return step != null && !steps.contains(step);
    }

    /**
     * The date is the crime's that a step of its sentence is for ("sentenced to 40 years for molesting a
     * girl on New Year's Eve"), under a title that names a step: the event is the step, not the crime.
     */
    boolean crime(String text, DateMention d) {
      return !steps.isEmpty() && Steps.STEPS.datesTheCrime(text, d.span());
    }

    /** The date's sentence names no step of the case that the title names (the crime's date, "shot his father on Aug. 24"). */
    boolean noStep(String text, DateMention d) {
      return !steps.isEmpty() && Steps.STEPS.stepOf(text, d.span()) == null;
    }

    /**
     * A day after the date line that the text gives as a step still to come ("scheduled to be arraigned
     * Friday, April 6"): not the event of a title that tells what happened.
     */
    boolean stepToCome(String text, DateMention d, DateValue day, DateValue published) {
      if (future || day == null || published == null || !day.firstDay().isAfter(published.lastDay())) {
        return false;
      }
      return NEXT_STEP.matcher(text.substring(sentenceFrom(text, d.span().start()), d.span().start())).find();
    }
  }

  /**
   * What stands before a date in its sentence when it dates an earlier round of the story, not the event the
   * release reports: "were originally indicted May 8, 2008" under a superseding indictment, "had previously
   * pleaded guilty on", "was initially charged on".
   */
  private static final Pattern EARLIER_BEFORE = Pattern.compile(
      "(?i)\\b(?:originally|previously|initially)\\b[^.;\\n]{0,60}$");

  /** Whether the date's sentence tells it as an earlier round of the story ({@link #EARLIER_BEFORE}). */
  private static boolean earlierRound(String text, DateMention d) {
    return EARLIER_BEFORE.matcher(text).region(sentenceFrom(text, d.span().start()), d.span().start()).find();
  }

  /** What stands before a date of birth: "DOB:", "(dob ", "born ", "born on ". */
  private static final java.util.regex.Pattern BIRTH_BEFORE = java.util.regex.Pattern.compile(
      "(?i)(?<![\\p{L}])(?:dob|d\\.o\\.b\\.|born(?:[ \\t]+on)?)[ \\t]*:?[ \\t]*$");

  /**
   * What stands before a span of days that is a period something lasts, not an event of the release: an
   * observance, a programme or a term of office ("Heritage Month, which runs from September 15 through October
   * 15", "the term will run from 1 September to 31 August"). The range's own "from"/"between" is inside its span.
   */
  private static final Pattern PERIOD_BEFORE = Pattern.compile(
      "(?i)\\b(?:runs?|running|ran|lasts?|lasting|lasted)[ \\t]*$");

  /**
   * A date that counts back from its speaker's present ("two weeks ago", "last week", "this month"): inside a
   * quotation that present is when the speaker spoke (an interview, a profile's answers), not the date line the
   * date stage resolved it against, so it dates no event of the release. "Today" is not one: a quoted "today's
   * sentence" is the release's own day.
   */
  private static final Pattern COUNTED_BACK = Pattern.compile(
      "(?i)\\bago\\b|\\b(?:last|this|past|previous)[ \\t]+(?:week|weekend|month)\\b");

  /** Whether {@code d} counts back from its speaker's present ({@link #COUNTED_BACK}, no digit) inside a quotation. */
  private static boolean quotedCountBack(String text, DateMention d) {
    if (d.text().chars().anyMatch(Character::isDigit) || !COUNTED_BACK.matcher(d.text()).find()) {
      return false;
    }
    return insideQuotation(text, d.span());
  }

  /**
   * Whether {@code span} stands inside a quotation of its paragraph (line): an opening curly quote before it on the
   * line that no closing one follows, a closing one after it before any opening one (a quotation carried on from
   * an earlier paragraph, which opens no mark again), or an odd number of straight double quotes before it.
   */
  static boolean insideQuotation(String text, CharSpan span) {
    int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
    int eol = text.indexOf('\n', span.end());
    int lineEnd = eol < 0 ? text.length() : eol;
    int open = 0;
    int straight = 0;
    for (int i = lineStart; i < span.start(); i++) {
      char c = text.charAt(i);
      if (c == '\u201c') {
        open = 1;
      } else if (c == '\u201d') {
        open = 0;
      } else if (c == '"') {
        straight++;
      }
    }
    if (open == 1 || straight % 2 == 1) {
      return true;
    }
    for (int i = span.end(); i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == '\u201c') {
        return false;
      }
      if (c == '\u201d') {
        return true;
      }
    }
    return false;
  }

  static DateValue eventDate(String text, Header header, DateLayer dates, List<Citation> citations) {
    return eventDate(text, header, header.title() == null ? "" : header.title().of(text), dates, citations);
  }

  /** The event date of {@code text}, whose title (the classifier's, {@link EventText#title}) is {@code title}. */
  static DateValue eventDate(String text, Header header, String title, DateLayer dates, List<Citation> citations) {
    return dated(text, header, title, dates, citations, false).value();
  }

  private static Dated dated(String text, Header header, String title, DateLayer dates, List<Citation> citations,
      boolean selfDated) {
    TitleEvent told = TitleEvent.of(title);
    int bodyEnd = EventText.bodyEnd(header, text.length());
    // up to the sidebars, not the last prose line: an advisory may end with its label lines
    DateValue when = whenLineDay(text, header.bodyStart(), Math.min(header.sidebarStart(), text.length()), dates);
    if (when != null) {
      return new Dated(when, true); // a media advisory's "WHEN: Today, Tuesday, June 21, 2011": its event's day
    }
    // the title line itself is the lead when it is a sentence of prose (a page whose headline came from elsewhere)
    boolean titleIsLead = EventText.titleIsLead(text, header);
    int leadFrom = titleIsLead ? Math.min(header.title().start(), header.bodyStart()) : header.bodyStart();
    CharSpan lead = lead(text, leadFrom, bodyEnd);
    if (lead != null) {
      Optional<Optional<DateValue>> found = firstDateIn(lead, text, dates, citations, true, told);
      boolean announcedOnly = false;
      if (found.isEmpty() && hasAttribution(lead, text, dates, citations)) {
        // the lead only says when it was announced: the next paragraph tells when it happened
        CharSpan next = lead(text, lead.end() + 1, bodyEnd);
        found = next == null ? Optional.empty() : firstDateIn(next, text, dates, citations, true, told, dates.published() == null);
        if (found.isPresent() && found.get().isPresent() && !recentOrUnplaced(found.get().get(), dates)) {
          found = Optional.empty(); // "On October 28, 2023, two gangs collided": the crime told after the lead, years before
        }
        if (found.isEmpty()) {
          // ... or a later paragraph does ("The final judgment was signed on Sept. 21"); else the day it was announced
          DateValue later = pastDayAfter(lead.end(), bodyEnd, text, dates, citations, told);
          found = later != null ? Optional.of(Optional.of(later)) : firstDateIn(lead, text, dates, citations, false, told);
          announcedOnly = later == null;
        }
      }
      if (found.isPresent()) {
        return new Dated(found.get().orElse(null), !announcedOnly);
      }
    }
    DateValue published = dates.published() == null ? null : dayOf(dates.published().value());
    if (selfDated && published != null && dayWrittenAgain(text, header, published, dates, citations, true)) {
      return new Dated(published, true); // a statement whose lead dates nothing, its date line printed again ("Date: ..."): issued that day
    }
    DateValue first = null;
    for (DateMention d : dates.dates()) {
      if (d.span().start() < header.bodyStart() || d.span().end() > bodyEnd || !eligible(text, d, dates, citations)
          || told.otherStep(text, d) || told.crime(text, d)
          || told.stepToCome(text, d, d.value() == null ? null : dayOf(d.value()), published)
          || (published == null && told.noStep(text, d))) {
        continue; // another step of the case, one still to come, or (nothing to tell recent days by) no step at all
      }
      if (d.value() == null) {
        if (first == null) {
          return new Dated(null, true); // "the Department today filed" with nothing to place it: the event's date is not known
        }
        continue;
      }
      DateValue day = dayOf(d.value());
      if (day == null) {
        continue;
      }
      if (published == null || isRecent(day, published)) {
        return new Dated(day, true);
      }
      if (first == null) {
        first = day;
      }
    }
    // No day in the body: the date line stands for the event. (Leaving such an event undated unless
    // the release is a statement rose on dev and fell on the held-out US county and unseen pages, where
    // labellers took the date line for "announces today" releases.)
    // A body whose dates all lie long before the date line tells the story behind the release
    // (the crime in 1992, the arrest in 2021); the release reports what happened when it was issued.
    // A body without a day of its own leaves only the date line, which dates the event only when it stands in
    // the lead ("05 September 2018 - UNODC met with ...") or the release writes its day again after the last
    // line of prose and before the sidebars (a message signed "24.04.2017"): else the release does not tell
    // its event's day.
    if (published != null) {
      boolean inLead = lead != null && lead.contains(dates.published().span());
      return new Dated(published, first != null || inLead
          || dayWrittenAgain(text, header, published, dates, citations, false));
    }
    return new Dated(first, true);
  }

  /**
   * The label that opens an advisory's line of when its event takes place ("WHEN: Monday, Jan. 11, 2010, at 10:00
   * a.m.", "When:"), in capitals or title case, at a line's start; the day may stand on the next line.
   */
  private static final Pattern WHEN_LABEL = Pattern.compile("[ \\t]*(?:WHEN|When)[ \\t]*:[ \\t]*");

  /**
   * The first day named on a "WHEN:" label line of the body (or on the line right after a label standing alone):
   * the day of the event the release announces, whatever older days its "WHAT:" line tells (an ordinance passed
   * months before the meeting). Null when no such line names a day.
   */
  private static DateValue whenLineDay(String text, int bodyStart, int bodyEnd, DateLayer dates) {
    for (DateMention d : dates.dates()) {
      if (d.span().start() < bodyStart || d.span().end() > bodyEnd || d.value() == null || dayOf(d.value()) == null) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', d.span().start() - 1) + 1;
      if (WHEN_LABEL.matcher(text).region(lineStart, d.span().start()).lookingAt()) {
        return dayOf(d.value());
      }
      if (lineStart > bodyStart) {
        int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        if (WHEN_LABEL.matcher(text).region(prevStart, lineStart - 1).matches()) {
          return dayOf(d.value()); // "WHEN:" alone, the day on the next line
        }
      }
    }
    return null;
  }

  /** Whether a date of the release proper, up to the sidebars and outside the head, names {@code day}. */
  private static boolean dayWrittenAgain(String text, Header header, DateValue day, DateLayer dates,
      List<Citation> citations, boolean labelled) {
    int end = Math.min(header.sidebarStart(), text.length());
    for (DateMention d : dates.dates()) {
      if (d.span().start() >= header.bodyStart() && d.span().end() <= end && d.value() != null
          && day.equals(dayOf(d.value()))
          && (labelled ? d != dates.published() && afterDateLineLabel(text, d.span()) : eligible(text, d, dates, citations))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first date of {@code para} that names a day (present), or a relative date that nothing
   * places (present, null inside: "sentenced today" with no date line); empty when the paragraph
   * has neither. A day after the date line is a step still to come ("sentencing is set for Sept.
   * 10"), not the event, when the paragraph dates another: it is taken only when it is the
   * paragraph's only day (a release announcing a visit). With {@code skipAttribution}, "announced
   * today" is passed over.
   */
  private static Optional<Optional<DateValue>> firstDateIn(CharSpan para, String text, DateLayer dates,
      List<Citation> citations, boolean skipAttribution, TitleEvent told) {
    return firstDateIn(para, text, dates, citations, skipAttribution, told, false);
  }

  /**
   * As above; with {@code stepOnly}, a day whose sentence tells no step of the title's case is passed over (the
   * crime told after an announcing lead on a page without a date line, where nothing tells recent days by; the
   * fallback over the whole body and {@link #pastDayAfter} already pass such days over). A date told as an earlier
   * round of the story ends the paragraph's search: what follows it tells that round.
   */
  private static Optional<Optional<DateValue>> firstDateIn(CharSpan para, String text, DateLayer dates,
      List<Citation> citations, boolean skipAttribution, TitleEvent told, boolean stepOnly) {
    DateValue published = dates.published() == null ? null : dayOf(dates.published().value());
    DateValue later = null;
    for (DateMention d : dates.dates()) {
      if (para.contains(d.span()) && earlierRound(text, d)) {
        break; // the paragraph goes on with that earlier round ("Both pleaded not guilty on June 5, 2008")
      }
      if (!para.contains(d.span()) || !eligible(text, d, dates, citations)
          || (skipAttribution && attribution(text, d.span())) || told.otherStep(text, d) || told.crime(text, d)
          || told.stepToCome(text, d, d.value() == null ? null : dayOf(d.value()), published)
          || (stepOnly && d.value() != null && told.noStep(text, d))) {
        continue;
      }
      if (d.value() == null) {
        if (later != null) {
          break;
        }
        return Optional.of(Optional.empty()); // "today" with nothing to place it: the event's date is not known
      }
      DateValue day = dayOf(d.value());
      if (day != null && published != null && day.firstDay().isAfter(published.lastDay())) {
        later = later == null ? day : later; // a step still to come ("sentencing is set for ..."), unless nothing else is dated
      } else if (day != null) {
        return Optional.of(Optional.of(day));
      }
    }
    return later == null ? Optional.empty() : Optional.of(Optional.of(later));
  }

  /**
   * The first day after {@code from} and before {@code end}, outside an attribution, that lies on or
   * at most {@value #RECENT_DAYS} days before the date line: the event that a release only dating
   * its announcement ("to announce today that ...") tells further down. Null without a date line
   * (nothing says which days are recent) or without such a day; a later day is a step still to come,
   * not the event reported.
   */
  private static DateValue pastDayAfter(int from, int end, String text, DateLayer dates, List<Citation> citations,
      TitleEvent told) {
    DateValue published = dates.published() == null ? null : dayOf(dates.published().value());
    if (published == null) {
      return null;
    }
    for (DateMention d : dates.dates()) {
      if (d.span().start() < from || d.span().end() > end || d.value() == null
          || !eligible(text, d, dates, citations) || attribution(text, d.span()) || told.otherStep(text, d)
          || told.crime(text, d) || told.noStep(text, d)) {
        continue; // under a title that names a step, a date whose sentence tells no step is the story's ("died on June 1")
      }
      DateValue day = dayOf(d.value());
      if (day != null && isRecent(day, published) && !day.lastDay().isAfter(published.lastDay())) {
        return day;
      }
    }
    return null;
  }

  private static boolean hasAttribution(CharSpan para, String text, DateLayer dates, List<Citation> citations) {
    for (DateMention d : dates.dates()) {
      if (para.contains(d.span()) && eligible(text, d, dates, citations) && attribution(text, d.span())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the date tells when the release was issued, not when the event happened: "announced
   * today", "said on Monday", "to announce today" (attribution is not the event: a plea "announced
   * today" took place on the date the story gives).
   */
  static boolean attribution(String text, CharSpan date) {
    int from = Math.max(0, date.start() - 40);
    return ATTRIBUTION.matcher(text.substring(from, date.start())).find();
  }

  /** True when {@code day} is recent ({@link #isRecent}) or there is no date line to tell it by. */
  private static boolean recentOrUnplaced(DateValue day, DateLayer dates) {
    DateValue published = dates.published() == null ? null : dayOf(dates.published().value());
    return published == null || isRecent(day, published);
  }

  /** How many days before the date line a body date may lie and still be the reported event. */
  private static final int RECENT_DAYS = 60;

  /**
   * True when {@code day} starts at most {@value #RECENT_DAYS} days before {@code published}, or
   * after it: an event still to come, or a date line earlier than the event, which the warnings
   * report (PUBLISHED_BEFORE_EVENT) and so must see.
   */
  private static boolean isRecent(DateValue day, DateValue published) {
    return !day.firstDay().isBefore(published.firstDay().minusDays(RECENT_DAYS));
  }

  private static boolean eligible(String text, DateMention d, DateLayer dates, List<Citation> citations) {
    if (earlierRound(text, d)) {
      return false; // a step told as an earlier one ("were originally indicted May 8, 2008"): not the release's event
    }
    if (quotedCountBack(text, d)) {
      return false; // "Two weeks ago, I received ...": the quoted speaker's present, not the date line's
    }
    if (BIRTH_BEFORE.matcher(text).region(Math.max(0, d.span().start() - 16), d.span().start()).find()) {
      return false; // a date of birth ("DOB: 8-30-70", "born March 3, 1990") is no event of the release
    }
    if (d.value() instanceof DateValue.Interval
        && PERIOD_BEFORE.matcher(text).useTransparentBounds(true)
            .region(Math.max(0, d.span().start() - 16), d.span().start()).find()) {
      return false; // the period an observance or a programme runs ("which runs from September 15 through October 15")
    }
    if (d == dates.published() || (dates.published() != null && d.span().equals(dates.published().span()))) {
      return false;
    }
    if (dates.published() != null && d.value() != null && d.value().equals(dates.published().value())
        && (aloneOnItsLine(text, d.span()) || afterDateLineLabel(text, d.span()))) {
      return false; // the date line printed again under the title, a "For Immediate Release" label or after "Date:"
    }
    if (d.value() instanceof DateValue.Minute && aloneOnItsLine(text, d.span())) {
      return false; // a time stamp on a line of its own: the page's metadata ("2021-06-25 16:20:51", when it was last edited)
    }
    for (Citation c : citations) {
      if (c.span().contains(d.span()) && !listOfActs(c, dates)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An untitled citation with no date of its own that holds dates: a plural kind with a list of days
   * ("By decisions of 8 November 2023, 27 March 2024 and 2 October 2024, the representatives ... renewed"),
   * whose days are those of the acts the release reports, not one instrument's date.
   */
  private static boolean listOfActs(Citation c, DateLayer dates) {
    if (c.instrument().title() != null || c.instrument().date() != null) {
      return false;
    }
    int held = 0;
    for (DateMention m : dates.dates()) {
      held += c.span().contains(m.span()) ? 1 : 0;
    }
    return held >= 2;
  }

  /**
   * The words a site prints around its date line ("Date:", "Published:", "Release Date"), lower case: the
   * shared list the date stage reads (lexicon/common/date-line-words.tsv, its "dates" rows).
   */
  private static final class DateLineLabel {
    static final Pattern BEFORE = pattern();

    private static Pattern pattern() {
      List<String> words = new ArrayList<>(pressfacts.lexicon.Lexicons.load().dateLineWords());
      words.replaceAll(w -> Pattern.quote(w).replace(" ", "\\E[ \\t]+\\Q"));
      words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
      return Pattern.compile("(?i)[\\s\\p{P}]*(?:" + String.join("|", words) + ")[ \\t]*:?[ \\t]*");
    }
  }

  /**
   * True when the line holding {@code span} holds only a date-line label before it and blanks after it
   * ("Date: October 9, 2015" under a title, as a site prints its date line again above the release).
   */
  static boolean afterDateLineLabel(String text, CharSpan span) {
    int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
    int eol = text.indexOf('\n', span.end());
    int lineEnd = eol < 0 ? text.length() : eol;
    return text.substring(span.end(), lineEnd).isBlank()
        && DateLineLabel.BEFORE.matcher(text.substring(lineStart, span.start())).matches();
  }

  /** True when the line holding {@code span} holds nothing else but blanks. */
  static boolean aloneOnItsLine(String text, CharSpan span) {
    int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
    int eol = text.indexOf('\n', span.end());
    int lineEnd = eol < 0 ? text.length() : eol;
    return text.substring(lineStart, span.start()).isBlank() && text.substring(span.end(), lineEnd).isBlank();
  }

  /** A day ("2019-09-19"), a minute's day, or a range of days kept as the interval; coarser values are no event date. */
  private static DateValue dayOf(DateValue v) {
    if (v instanceof DateValue.Day) {
      return v;
    }
    if (v instanceof DateValue.Minute mi) {
      return new DateValue.Day(mi.time().toLocalDate());
    }
    if (v instanceof DateValue.Interval iv && iv.from() instanceof DateValue.Day && iv.to() instanceof DateValue.Day) {
      return v;
    }
    return null;
  }

  /** The first line of prose at or after {@code from} and before {@code end}: the lead paragraph. */
  static CharSpan lead(String text, int from, int end) {
    int start = Math.max(0, from);
    while (start < end) {
      int eol = text.indexOf('\n', start);
      int lineEnd = eol < 0 || eol > end ? end : eol;
      String line = text.substring(start, lineEnd);
      if (Prose.isProse(line)) {
        return new CharSpan(start, lineEnd);
      }
      start = lineEnd + 1;
    }
    return null;
  }
}
