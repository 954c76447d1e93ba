package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Capitalised names that are no organization (ANNOTATION.md: named institutions only; a bare domain
 * stays in the title; laws and plans are not organizations), through the entity stage with the tagger's
 * mentions given by hand as in {@link EntityStageTest}. Texts are made up; each expected value was
 * written from ANNOTATION.md before running.
 */
class NoBodyShapesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> titleFields() {
    return Stream.of(
        // a US title's field after "for": part of the title, no body
        Arguments.of("Dana Whitfield, Assistant Attorney General for National Security, said the plea was just.",
            List.of("PER=Dana Whitfield", "ORG=National Security"),
            "PERSON Dana Whitfield [Dana Whitfield]"),
        // after "of", its last word an office's head word ("Investigations")
        Arguments.of("The case was supervised by Ruth Kessler, Chief of Investigations.",
            List.of("PER=Ruth Kessler", "ORG=Investigations"),
            "PERSON Ruth Kessler [Ruth Kessler]"),
        // two fields joined by "and"
        Arguments.of("The case was supervised by Omar Pike, Deputy Chief for Crime Strategies and Investigations.",
            List.of("PER=Omar Pike", "ORG=Crime Strategies and Investigations"),
            "PERSON Omar Pike [Omar Pike]"),
        // a unit after the title's "of" keeps its head word before the last: a body
        Arguments.of("The case was supervised by Ruth Kessler, Chief of the Homicide Bureau.",
            List.of("PER=Ruth Kessler", "ORG=Homicide Bureau"),
            "PERSON Ruth Kessler [Ruth Kessler]; ORGANIZATION Homicide Bureau [Homicide Bureau]"),
        // a known body after the title's "of" stays a body
        Arguments.of("The raid was led by the Director of Homeland Security Investigations in the city.",
            List.of("ORG=Homeland Security Investigations"),
            "ORGANIZATION Homeland Security Investigations [Homeland Security Investigations]"),
        // a rank and a unit's head before "Chief" are the title; the acronym before them is the body
        Arguments.of("The case was handled by Assistant District Attorney Nora Vance, GCU Deputy Bureau Chief, today.",
            List.of("PER=Nora Vance", "ORG=GCU Deputy Bureau"),
            "PERSON Nora Vance [Nora Vance]; ORGANIZATION GCU [GCU]"),
        // ranks alone before the unit's head and "Chief": all title, no body
        Arguments.of("The case was handled by Assistant District Attorney Nora Vance, First Deputy Bureau Chief, today.",
            List.of("PER=Nora Vance", "ORG=First Deputy Bureau"),
            "PERSON Nora Vance [Nora Vance]"),
        // a rank after a body's head before a title word: the body ends at its head
        Arguments.of("The Federal Aviation Administration Regional Administrator Lee Carver spoke.",
            List.of("ORG=Federal Aviation Administration Regional", "PER=Lee Carver"),
            "ORGANIZATION Federal Aviation Administration [Federal Aviation Administration]; PERSON Lee Carver [Lee Carver]"),
        // ranks alone before a title word that is also a head: the title's words, no body
        Arguments.of("He was joined by First Deputy Commissioner Ada Morrow and Associate Commissioner Tom Reyes.",
            List.of("ORG=First Deputy", "PER=Ada Morrow", "ORG=Associate", "PER=Tom Reyes"),
            "PERSON Ada Morrow [Ada Morrow]; PERSON Tom Reyes [Tom Reyes]"),
        // a unit's own name before the title stays the body
        Arguments.of("The case was handled by Assistant District Attorney Nora Vance, Arson Bureau Chief, today.",
            List.of("PER=Nora Vance", "ORG=Arson Bureau"),
            "PERSON Nora Vance [Nora Vance]; ORGANIZATION Arson Bureau [Arson Bureau]"));
  }

  static Stream<Arguments> programs() {
    return Stream.of(
        // a program's name in words: before "program" and wherever else the text writes it
        Arguments.of("The clinic billed the Medicare program for tests it never gave. Claims to Medicare rose.",
            List.of("ORG=Medicare"),
            ""),
        // a benefit: "Social Security benefits", and the name wherever else the text writes it
        Arguments.of("She kept her late mother's Social Security benefits and her Social Security card.",
            List.of("ORG=Social Security"),
            ""),
        // an acronym goes only before the program's noun: a unit may share it elsewhere
        Arguments.of("The CCU grant paid for two detectives. The CCU made an arrest in May.",
            List.of("ORG=CCU"),
            "ORGANIZATION CCU [CCU]"),
        // a body's head in the name: the body that gives the grant
        Arguments.of("A Justice Department grant pays for the new prosecutor.",
            List.of("ORG=Justice Department"),
            "ORGANIZATION Justice Department [Justice Department]"),
        // a name that ends in "Project" names a project, no body
        Arguments.of("The District Attorney launched the Harborview Opioid Project in May.",
            List.of("ORG=Harborview Opioid Project"),
            ""),
        // a non-profit named with "Project" is a known body
        Arguments.of("The case was brought to the unit by the Innocence Project in 2021.",
            List.of(),
            "ORGANIZATION Innocence Project [Innocence Project]"),
        // a program the list of programs' names writes whole, with no program's noun after it
        Arguments.of("The owner of the clinic billed Medicare for scans it never performed.",
            List.of("ORG=Medicare"),
            ""),
        Arguments.of("He left his passport and his Social Security card at the scene.",
            List.of("ORG=Social Security"),
            ""),
        Arguments.of("Claims went to Medicaid and TRICARE, and the Social Security Administration paid.",
            List.of("ORG=Medicaid", "ORG=TRICARE", "ORG=Social Security Administration"),
            "ORGANIZATION Social Security Administration [Social Security Administration]"),
        // the noun written with a capital is part of another name, not a program's noun
        Arguments.of("The Medicare Fraud Strike Force charged the owner.",
            List.of("ORG=Medicare Fraud Strike Force"),
            "ORGANIZATION Medicare Fraud Strike Force [Medicare Fraud Strike Force]"));
  }

  static Stream<Arguments> genericBodies() {
    return Stream.of(
        // issue 16: a generic plural, also in "-ies", is no name
        Arguments.of("The Ministries of Justice of both states signed the plan.",
            List.of("ORG=Ministries of Justice"),
            ""),
        Arguments.of("The member Judiciaries agreed to meet again in May.",
            List.of("ORG=Judiciaries"),
            ""),
        // a company's name keeps its plural
        Arguments.of("The TJX Companies, Inc. agreed to pay the penalty.",
            List.of("ORG=TJX Companies, Inc."),
            "ORGANIZATION TJX Companies, Inc. [TJX Companies, Inc.]"),
        // the state in general, alone: no named body ("the Government" alone stays: it is often a named
        // government's short form, D8)
        Arguments.of("He denied the family the right to be present when the State carried out the sentence.",
            List.of("ORG=State"),
            ""),
        // with a name it is a body
        Arguments.of("The Government of Norland approved the plan.",
            List.of("ORG=Government of Norland"),
            "ORGANIZATION Government of Norland [Government of Norland]"),
        // D9: a campaign's name is no body
        Arguments.of("The prosecutor launched the Safe Streets Campaign last year.",
            List.of("ORG=Safe Streets Campaign"),
            ""),
        // a head's plural right after another head: the bodies of a list of places, or a kind of body
        Arguments.of("Officers of the Elm Grove, Bayview, and Harbor Police Departments joined the search.",
            List.of("ORG=Harbor Police Departments"),
            ""),
        Arguments.of("The reform foresaw the liquidation of Court Chambers in the regions.",
            List.of("ORG=Court Chambers"),
            ""),
        // the pair as an earlier head's complement is part of one body's name
        Arguments.of("The Academy of Law Enforcement Agencies trained forty cadets.",
            List.of("ORG=Academy of Law Enforcement Agencies"),
            "ORGANIZATION Academy of Law Enforcement Agencies [Academy of Law Enforcement Agencies]"),
        // "Services" after a head is a body's style
        Arguments.of("The Harbor Court Services office runs the program.",
            List.of("ORG=Harbor Court Services"),
            "ORGANIZATION Harbor Court Services [Harbor Court Services]"),
        // a headline's verb ends the body's name before it
        Arguments.of("Harbor County Bar Association Receives Grant for Legal Aid Clinic\nThe association will hire two lawyers.",
            List.of("ORG=Harbor County Bar Association Receives Grant"),
            "ORGANIZATION Harbor County Bar Association [Harbor County Bar Association]"));
  }

  static Stream<Arguments> surnames() {
    return Stream.of(
        // ANNOTATION.md: all mentions of one person belong to one entity, also where the tagger took the
        // lone surname for a body
        Arguments.of("Private detective Vincent Marlo, 67, was charged. The judge released Marlo and Tess Brandt "
                + "without bail. Videos were found on Marlo’s computer.",
            List.of("PER=Vincent Marlo", "PER=Tess Brandt", "ORG~Marlo"),
            "PERSON Vincent Marlo [Vincent Marlo|Marlo|Marlo]; PERSON Tess Brandt [Tess Brandt]"));
  }

  static Stream<Arguments> socialLabels() {
    return Stream.of(
        // ANNOTATION.md: social-media link labels are no mentions
        Arguments.of("The case was investigated by the Harbor Police Department.\nShare on Facebook\n"
                + "Facebook | Twitter | Instagram\nFollow us on Facebook, Twitter and YouTube.",
            List.of("ORG=Harbor Police Department", "ORG=Facebook", "ORG=Twitter", "ORG=Instagram", "ORG=YouTube"),
            "ORGANIZATION Harbor Police Department [Harbor Police Department]"),
        // the call to like or find the office on a network is a link label too
        Arguments.of("The case was investigated by the Harbor Police Department.\nLike us on Facebook\nFind us on Instagram",
            List.of("ORG=Harbor Police Department", "ORG=Facebook", "ORG=Instagram"),
            "ORGANIZATION Harbor Police Department [Harbor Police Department]"),
        // the network named in the story stays
        Arguments.of("She met the defendant on Facebook in May.",
            List.of("ORG=Facebook"),
            "ORGANIZATION Facebook [Facebook]"));
  }

  static Stream<Arguments> siteNames() {
    return Stream.of(
        // ANNOTATION.md: a site's name that is no organization's name ("DA NewsCenter") is no mention
        Arguments.of("Hillside County District Attorney\nDA NewsCenter\nMan Sentenced",
            List.of("PER=NewsCenter"),
            ""),
        // a person of the title line ends before the dash and the site's name
        Arguments.of("Meet Paralegal Dana Whitcomb - DA NewsCenter\nYou are here:",
            List.of("PER=Dana Whitcomb - DA NewsCenter"),
            "PERSON Dana Whitcomb [Dana Whitcomb]"));
  }

  @ParameterizedTest
  @MethodSource("siteNames")
  void aSitesNameIsNoMention(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("socialLabels")
  void aSocialLinkLabelIsNoMention(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("surnames")
  void aPersonsLoneSurnameIsNoBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("genericBodies")
  void aGenericBodyIsNoName(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("titleFields")
  void aTitlesFieldIsNoBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }

  @ParameterizedTest
  @MethodSource("programs")
  void aProgramIsNoBody(String text, List<String> given, String expected) {
    assertEquals(expected, EntityStageTest.render(EntityStageTest.run(text, given)));
  }
}
