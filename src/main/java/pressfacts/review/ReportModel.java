package pressfacts.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateMention;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.Role;
import pressfacts.doc.Warning;
import pressfacts.record.ErrorRecord;
import pressfacts.record.PressRecord;
import pressfacts.record.Published;

/**
 * Builds the view data of the review pages from records and texts; it decides what is shown and
 * which mark each fact points at, and leaves HTML to the templates. Mark ids: {@code m-ID-N} for
 * mention N of entity ID, {@code d-N} for date N, {@code c-N} for citation N, {@code r-N} for the
 * evidence of role N.
 */
public final class ReportModel {
  private ReportModel() {
  }

  public static IndexView index(List<ReviewItem> items, PageNames pages, boolean editable) {
    List<IndexView.Row> rows = new ArrayList<>();
    TreeSet<String> codes = new TreeSet<>();
    TreeSet<String> events = new TreeSet<>();
    for (ReviewItem item : items) {
      if (item.outcome() instanceof ErrorRecord e) {
        rows.add(new IndexView.Row(e.docId(), null, "", "", "", "", 0, 0, 0, 0, 0, 0, "", List.of(),
            e.code() + ": " + e.message()));
        continue;
      }
      PressRecord r = (PressRecord) item.outcome();
      List<String> ws = r.warnings().stream().map(w -> w.code().name()).distinct().toList();
      codes.addAll(ws);
      String event = r.event() == null ? "" : r.event().type().wireName();
      if (!event.isEmpty()) {
        events.add(event);
      }
      rows.add(new IndexView.Row(r.docId(), pages.of(r.docId()) + ".html", nz(r.title()),
          r.published() == null ? "" : r.published().value().iso(), event,
          r.event() == null || r.event().date() == null ? "" : r.event().date().iso(),
          count(r, EntityType.PERSON), count(r, EntityType.ORGANIZATION), count(r, EntityType.LOCATION),
          r.dates().size(), r.citations().size(), r.roles().size(), String.join(" ", ws), ws, null));
    }
    return new IndexView(rows, List.copyOf(codes), List.copyOf(events), items.size(), editable);
  }

  private static int count(PressRecord r, EntityType type) {
    return (int) r.entities().stream().filter(e -> e.type() == type).count();
  }

  /**
   * The page of one record; {@code text} may be null (facts are listed, no text is shown).
   * {@code apiHref} and {@code token} are the server's (null in the static report).
   */
  public static DocumentView document(PressRecord r, String text, boolean editable, String apiHref, String token,
                                      String note) {
    List<Highlight> marks = new ArrayList<>();
    Map<String, Entity> byId = new HashMap<>();
    List<DocumentView.EntityView> entities = new ArrayList<>();
    for (int ei = 0; ei < r.entities().size(); ei++) {
      Entity e = r.entities().get(ei);
      byId.put(e.id(), e);
      List<DocumentView.MentionView> ms = new ArrayList<>();
      for (int mi = 0; mi < e.mentions().size(); mi++) {
        Mention m = e.mentions().get(mi);
        String id = mentionMark(e, mi);
        marks.add(new Highlight(m.span().start(), m.span().end(), kindOf(e.type()), id,
            e.type() + " " + e.id() + ": " + e.name()));
        ms.add(new DocumentView.MentionView(mi, id, m.span().start(), m.span().end(), m.text(), fits(text, m.span(), m.text())));
      }
      entities.add(new DocumentView.EntityView(ei, e.id(), e.type().name(), kindOf(e.type()).cssClass(), e.name(), ms));
    }
    List<DocumentView.DateView> dates = new ArrayList<>();
    int dateLine = dateLine(r);
    for (int i = 0; i < r.dates().size(); i++) {
      DateMention d = r.dates().get(i);
      String value = d.value() == null ? "" : d.value().iso();
      marks.add(new Highlight(d.span().start(), d.span().end(), SpanKind.DATE, "d-" + i, "DATE " + value));
      dates.add(new DocumentView.DateView(i, "d-" + i, d.span().start(), d.span().end(), d.text(), value,
          fits(text, d.span(), d.text()), i == dateLine));
    }
    List<DocumentView.CitationView> citations = new ArrayList<>();
    for (int i = 0; i < r.citations().size(); i++) {
      Citation c = r.citations().get(i);
      String provision = c.provision().stream().map(p -> p.unit().wireName() + " " + p.id())
          .collect(Collectors.joining(" > "));
      String title = c.instrument().title() == null ? "(untitled)" : c.instrument().title();
      String jurisdiction = c.instrument().jurisdiction() == null ? "?" : c.instrument().jurisdiction();
      marks.add(new Highlight(c.span().start(), c.span().end(), SpanKind.CITATION, "c-" + i,
          "CITATION " + c.instrument().kind().wireName() + ": " + title + " [" + jurisdiction + "]"
              + (provision.isEmpty() ? "" : " " + provision)));
      Integer a = c.antecedent();
      boolean bound = a != null && a >= 0 && a < r.citations().size();
      citations.add(new DocumentView.CitationView(i, "c-" + i, c.span().start(), c.span().end(), c.text(),
          c.instrument().kind().wireName(), title, jurisdiction,
          c.instrument().date() == null ? "" : c.instrument().date().iso(), provision,
          bound ? "#" + a + " " + r.citations().get(a).text() : null, bound ? "c-" + a : null,
          fits(text, c.span(), c.text())));
    }
    List<DocumentView.RoleView> roles = new ArrayList<>();
    for (int i = 0; i < r.roles().size(); i++) {
      roles.add(role(r.roles().get(i), i, byId, marks));
    }
    List<DocumentView.WarningView> warnings = r.warnings().stream()
        .map((Warning w) -> new DocumentView.WarningView(w.code().name(), w.message())).toList();
    List<MarkLayout.Piece> pieces = text == null ? List.of() : MarkLayout.layout(text, marks);
    return new DocumentView(r.docId(), nz(r.title()), r.published() == null ? "" : r.published().value().iso(),
        r.event() == null ? "" : r.event().type().wireName(),
        r.event() == null || r.event().date() == null ? "" : r.event().date().iso(),
        text != null, pieces, legend(), entities, dates, dateLine < 0, citations, roles, warnings, editable, apiHref,
        token, note);
  }

  /**
   * The index in {@code dates} of the record's date line, or -1. A published date found in the
   * text is the date at its offsets. A value the source supplied (JSONL "published") has no
   * offsets; the gold form needs them, so the suggestion is the first date of that value, else
   * the first of that day, which the analyst confirms or changes on the page.
   */
  public static int dateLine(PressRecord r) {
    Published p = r.published();
    if (p == null) {
      return -1;
    }
    List<DateMention> ds = r.dates();
    for (int i = 0; i < ds.size(); i++) {
      DateMention d = ds.get(i);
      if (p.span() != null ? d.span().equals(p.span()) : d.value() != null && d.value().iso().equals(p.value().iso())) {
        return i;
      }
    }
    if (p.span() == null) {
      String day = day(p.value().iso());
      for (int i = 0; i < ds.size(); i++) {
        if (day != null && ds.get(i).value() != null && day.equals(day(ds.get(i).value().iso()))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The YYYY-MM-DD a value starts with (a day or a minute), or null. */
  private static String day(String iso) {
    return iso.length() >= 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-' && !iso.contains("/")
        ? iso.substring(0, 10) : null;
  }

  /** A role points at its evidence when it has one, else at its person's first mention. */
  private static DocumentView.RoleView role(Role ro, int i, Map<String, Entity> byId, List<Highlight> marks) {
    Entity person = byId.get(ro.person());
    Entity org = ro.organization() == null ? null : byId.get(ro.organization());
    String personName = person == null ? "(unknown " + ro.person() + ")" : person.name();
    String orgName = ro.organization() == null ? "" : org == null ? "(unknown " + ro.organization() + ")" : org.name();
    String target = "";
    String evidence;
    if (ro.evidence() != null) {
      target = "r-" + i;
      evidence = "evidence";
      marks.add(new Highlight(ro.evidence().start(), ro.evidence().end(), SpanKind.ROLE, target,
          "ROLE " + ro.title() + ": " + personName + (orgName.isEmpty() ? "" : ", " + orgName)));
    } else if (person != null) {
      target = mentionMark(person, 0);
      evidence = "first mention of the person (no evidence span)";
    } else {
      evidence = "no evidence";
    }
    return new DocumentView.RoleView(i, target, personName, ro.person(), ro.title(), orgName,
        ro.organization() == null ? "" : ro.organization(), evidence,
        ro.confidence() == null ? "" : String.format(Locale.ROOT, "%.2f", ro.confidence()));
  }

  private static String mentionMark(Entity e, int index) {
    return "m-" + e.id() + "-" + index;
  }

  static SpanKind kindOf(EntityType t) {
    return switch (t) {
      case PERSON -> SpanKind.PERSON;
      case ORGANIZATION -> SpanKind.ORGANIZATION;
      case LOCATION -> SpanKind.LOCATION;
    };
  }

  private static boolean fits(String text, CharSpan span, String spanText) {
    return text != null && span.end() <= text.length() && span.of(text).equals(spanText);
  }

  private static List<DocumentView.Legend> legend() {
    List<DocumentView.Legend> l = new ArrayList<>();
    for (SpanKind k : SpanKind.values()) {
      l.add(new DocumentView.Legend(k.cssClass(), k.label()));
    }
    return l;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
