package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * Grouping alone, on mentions given by hand ("PERSON=O'Neill": every occurrence of that text, longer
 * given texts first, so a shorter text inside a longer one is not taken again). Expected: the
 * entities in order, "TYPE name [mention|mention]", joined by "; ".
 */
class MentionGrouperTest {
  private static MentionGrouper grouper;

  @BeforeAll
  static void load() {
    grouper = new MentionGrouper(EntityLexicons.load());
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // an acronym no known body has, alone beside a place's name and that acronym, is the place's body
        // ("Lakeside HIDTA", PlaceAcronymBodies); a known body's acronym beside its branch stays the body
        Arguments.of("Agents of the Lakeside HIDTA seized the pills. Analysts of HIDTA traced them.",
            List.of("ORGANIZATION=Lakeside HIDTA", "ORGANIZATION=HIDTA"),
            "ORGANIZATION Lakeside HIDTA [Lakeside HIDTA|HIDTA]"),
        Arguments.of("Agents of the Eastport FBI seized the pills. Analysts of the FBI traced them.",
            List.of("ORGANIZATION=Eastport FBI", "ORGANIZATION=FBI"),
            "ORGANIZATION Eastport FBI [Eastport FBI]; ORGANIZATION FBI [FBI]"),
        // an apostrophe before a capital is inside the surname: "O'Neill" joins "Shannon O'Neill"
        Arguments.of("Detective Shannon O'Neill led the case. O'Neill said it was closed.",
            List.of("PERSON=Shannon O'Neill", "PERSON=O'Neill"),
            "PERSON Shannon O'Neill [Shannon O'Neill|O'Neill]"),
        // ... and inside a given name: "D’Asia" alone is the only person whose full name opens with it
        Arguments.of("Deputy District Attorney D\u2019Asia Johnson is prosecuting. D\u2019Asia said so.",
            List.of("PERSON=D\u2019Asia Johnson", "PERSON=D\u2019Asia"),
            "PERSON D\u2019Asia Johnson [D\u2019Asia Johnson|D\u2019Asia]"),
        // a two-word surname, hyphenated or not, alone after the full name
        Arguments.of("Jesus Acosta-Inchaorrondo, 34, and Maria Velazco Diaz, 29, were charged. Acosta-Inchaorrondo"
                + " was arrested. Velazco Diaz remains in custody.",
            List.of("PERSON=Jesus Acosta-Inchaorrondo", "PERSON=Maria Velazco Diaz", "PERSON=Velazco Diaz",
                "PERSON=Acosta-Inchaorrondo"),
            "PERSON Jesus Acosta-Inchaorrondo [Jesus Acosta-Inchaorrondo|Acosta-Inchaorrondo]; "
                + "PERSON Maria Velazco Diaz [Maria Velazco Diaz|Velazco Diaz]"),
        // the name without its first given name
        Arguments.of("Helen Lurene Elias testified. Lurene Elias was a witness.",
            List.of("PERSON=Helen Lurene Elias", "PERSON=Lurene Elias"),
            "PERSON Helen Lurene Elias [Helen Lurene Elias|Lurene Elias]"),
        // another given name before one surname is another person
        Arguments.of("Rick Sanchez met Joel Sanchez.",
            List.of("PERSON=Rick Sanchez", "PERSON=Joel Sanchez"),
            "PERSON Rick Sanchez [Rick Sanchez]; PERSON Joel Sanchez [Joel Sanchez]"),
        // a city's police without "Department"; "Police" alone stays apart
        Arguments.of("The Garland Police Department arrested him. Garland Police said so. Police came.",
            List.of("ORGANIZATION=Garland Police Department", "ORGANIZATION=Garland Police"),
            "ORGANIZATION Garland Police Department [Garland Police Department|Garland Police]"),
        // a body named without the place of several words before it; another body's part stays apart
        Arguments.of("The U.S. Court of Federal Claims ruled. The Court of Federal Claims found fraud. The New York"
                + " City Department of Finance and the Department of Finance agreed. The Board of the Supreme Court of"
                + " Freedonia met the Supreme Court of Freedonia.",
            List.of("ORGANIZATION=U.S. Court of Federal Claims", "ORGANIZATION=Court of Federal Claims",
                "ORGANIZATION=New York City Department of Finance", "ORGANIZATION=Department of Finance",
                "ORGANIZATION=Board of the Supreme Court of Freedonia", "ORGANIZATION=Supreme Court of Freedonia"),
            "ORGANIZATION U.S. Court of Federal Claims [U.S. Court of Federal Claims|Court of Federal Claims]; "
                + "ORGANIZATION New York City Department of Finance [New York City Department of Finance|Department of Finance]; "
                + "ORGANIZATION Board of the Supreme Court of Freedonia [Board of the Supreme Court of Freedonia]; "
                + "ORGANIZATION Supreme Court of Freedonia [Supreme Court of Freedonia]"),
        // a short form with its own complement after several modifiers of the full name; after a link
        // word it is another body's complement
        Arguments.of("The Northern Ruritania Appellate Court of Review sat. The Court of Review agreed. The Civil"
                + " Chamber of Freedonia Court of Appeals met the Court of Appeals.",
            List.of("ORGANIZATION=Northern Ruritania Appellate Court of Review", "ORGANIZATION=Court of Review",
                "ORGANIZATION=Civil Chamber of Freedonia Court of Appeals", "ORGANIZATION=Court of Appeals"),
            "ORGANIZATION Northern Ruritania Appellate Court of Review [Northern Ruritania Appellate Court of Review"
                + "|Court of Review]; "
                + "ORGANIZATION Civil Chamber of Freedonia Court of Appeals [Civil Chamber of Freedonia Court of Appeals]; "
                + "ORGANIZATION Court of Appeals [Court of Appeals]"),
        // a short form without one modifier inside the full name's head part is the same body; a two-word
        // short form, a court's name and a word after the head are other bodies
        Arguments.of("The Harbor Homicide Unit opened the file. The Westport Cold Case Homicide Unit took it. The Westport"
                + " Cold Case Unit solved it. The Civil Cases Panel of Westport City Court sat; the Civil Panel of"
                + " Westport City Court ruled. The Criminal Appeals Division and the Criminal Division met. The"
                + " Westport Supreme Court and the Westport Court sat. The Court of Criminal Appeals and the Court of"
                + " Appeals ruled.",
            List.of("ORGANIZATION=Harbor Homicide Unit", "ORGANIZATION=Westport Cold Case Homicide Unit",
                "ORGANIZATION=Westport Cold Case Unit", "ORGANIZATION=Civil Cases Panel of Westport City Court",
                "ORGANIZATION=Civil Panel of Westport City Court", "ORGANIZATION=Criminal Appeals Division",
                "ORGANIZATION=Criminal Division", "ORGANIZATION=Westport Supreme Court", "ORGANIZATION=Westport Court",
                "ORGANIZATION=Court of Criminal Appeals", "ORGANIZATION=Court of Appeals"),
            "ORGANIZATION Harbor Homicide Unit [Harbor Homicide Unit]; "
                + "ORGANIZATION Westport Cold Case Homicide Unit [Westport Cold Case Homicide Unit|Westport Cold Case Unit]; "
                + "ORGANIZATION Civil Cases Panel of Westport City Court [Civil Cases Panel of Westport City Court"
                + "|Civil Panel of Westport City Court]; "
                + "ORGANIZATION Criminal Appeals Division [Criminal Appeals Division]; "
                + "ORGANIZATION Criminal Division [Criminal Division]; "
                + "ORGANIZATION Westport Supreme Court [Westport Supreme Court]; "
                + "ORGANIZATION Westport Court [Westport Court]; "
                + "ORGANIZATION Court of Criminal Appeals [Court of Criminal Appeals]; "
                + "ORGANIZATION Court of Appeals [Court of Appeals]"),
        // a unit written after another body's possessive is that body's unit, not the longer name it ends (a
        // possessive splits two bodies); the same owner's possessive, or none, still joins
        Arguments.of("Ann Roe of the Harbor Transit Security Department, Special Frauds Division testified. Ben Cole of"
                + " the District Attorney’s Frauds Division spoke. The Harbor Transit’s Special Frauds Division and"
                + " the Special Frauds Division agreed.",
            List.of("ORGANIZATION=Harbor Transit Security Department, Special Frauds Division",
                "ORGANIZATION=Frauds Division", "ORGANIZATION=Special Frauds Division"),
            "ORGANIZATION Harbor Transit Security Department, Special Frauds Division [Harbor Transit Security"
                + " Department, Special Frauds Division|Special Frauds Division|Special Frauds Division]; "
                + "ORGANIZATION Frauds Division [Frauds Division]"),
        // a company with and without its legal form, dotted or not
        Arguments.of("Guthy-Renker L.L.C. paid a fine. Guthy-Renker denied it. Wexford Retail Holdings, LLC settled."
                + " Wexford LLC agreed to pay.",
            List.of("ORGANIZATION=Guthy-Renker L.L.C.", "ORGANIZATION=Guthy-Renker",
                "ORGANIZATION=Wexford Retail Holdings, LLC", "ORGANIZATION=Wexford LLC"),
            "ORGANIZATION Guthy-Renker L.L.C. [Guthy-Renker L.L.C.|Guthy-Renker]; "
                + "ORGANIZATION Wexford Retail Holdings, LLC [Wexford Retail Holdings, LLC|Wexford LLC]"),
        // a short name with another legal form is another company (a parent beside its subsidiary)
        Arguments.of("Ridgeline Construction Management Inc. is a subsidiary of Ridgeline plc.",
            List.of("ORGANIZATION=Ridgeline Construction Management Inc.", "ORGANIZATION=Ridgeline plc"),
            "ORGANIZATION Ridgeline Construction Management Inc. [Ridgeline Construction Management Inc.]; "
                + "ORGANIZATION Ridgeline plc [Ridgeline plc]"),
        // two companies that share no first word stay two
        Arguments.of("Acme Tools LLC sued Zenith Tools LLC.",
            List.of("ORGANIZATION=Acme Tools LLC", "ORGANIZATION=Zenith Tools LLC"),
            "ORGANIZATION Acme Tools LLC [Acme Tools LLC]; ORGANIZATION Zenith Tools LLC [Zenith Tools LLC]"),
        // a company's other name after "dba" and "was formerly known as"
        Arguments.of("The owner of Harbor Supply Inc., dba Bluewater Medical, pleaded guilty. Ridgeline Builders Inc. was"
                + " formerly known as Northstar Group Inc.",
            List.of("ORGANIZATION=Harbor Supply Inc.", "ORGANIZATION=Bluewater Medical", "ORGANIZATION=Ridgeline Builders Inc.",
                "ORGANIZATION=Northstar Group Inc."),
            "ORGANIZATION Harbor Supply Inc. [Harbor Supply Inc.|Bluewater Medical]; "
                + "ORGANIZATION Ridgeline Builders Inc. [Ridgeline Builders Inc.|Northstar Group Inc.]"),
        // a county prosecutor's office named in Spanish and in Vietnamese in the page's news items is the
        // office the English items name: one entity, named in English
        Arguments.of("Norte County District Attorney's Office\nFiscalía del Distrito del Condado de Norte Pide Ayuda\n"
                + "Văn Phòng Công Tố Quận Norte kêu gọi\nThe Norte County District Attorney charged him.",
            List.of("ORGANIZATION=Norte County District Attorney's Office", "ORGANIZATION=Fiscalía del Distrito del Condado de Norte",
                "ORGANIZATION=Văn Phòng Công Tố Quận Norte", "ORGANIZATION=Norte County District Attorney"),
            "ORGANIZATION Norte County District Attorney's Office [Norte County District Attorney's Office|"
                + "Fiscalía del Distrito del Condado de Norte|Văn Phòng Công Tố Quận Norte|Norte County District Attorney]"),
        // ... the other county's office stays apart, and so does a unit of the office
        Arguments.of("Sur County District Attorney's Office thanked the Oficina del Fiscal de Distrito del Condado de Norte"
                + " and its Unidad de Trata de Personas de la Fiscalía del Condado de Norte.",
            List.of("ORGANIZATION=Sur County District Attorney's Office",
                "ORGANIZATION=Oficina del Fiscal de Distrito del Condado de Norte",
                "ORGANIZATION=Unidad de Trata de Personas de la Fiscalía del Condado de Norte"),
            "ORGANIZATION Sur County District Attorney's Office [Sur County District Attorney's Office]; "
                + "ORGANIZATION Oficina del Fiscal de Distrito del Condado de Norte [Oficina del Fiscal de Distrito del Condado de Norte]; "
                + "ORGANIZATION Unidad de Trata de Personas de la Fiscalía del Condado de Norte"
                + " [Unidad de Trata de Personas de la Fiscalía del Condado de Norte]"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void groups(String text, List<String> given, String expected) {
    List<Mention> mentions = new ArrayList<>();
    List<CharSpan> taken = new ArrayList<>();
    List<String> longestFirst = new ArrayList<>(given);
    longestFirst.sort((x, y) -> y.length() - x.length());
    for (String g : longestFirst) {
      int eq = g.indexOf('=');
      EntityType type = EntityType.valueOf(g.substring(0, eq));
      String t = g.substring(eq + 1);
      for (int i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
        CharSpan s = new CharSpan(i, i + t.length());
        if (taken.stream().noneMatch(o -> o.overlaps(s))) {
          taken.add(s);
          mentions.add(Mention.of(text, s, type));
        }
      }
    }
    mentions.sort(null);
    String got = grouper.group(text, mentions).stream()
        .map(e -> e.type() + " " + e.name() + " [" + e.mentions().stream().sorted().map(Mention::text)
            .collect(Collectors.joining("|")) + "]")
        .collect(Collectors.joining("; "));
    assertEquals(expected, got);
  }
}
