package pressfacts.stage.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shapes of persons' names in English versions of court and government sites of many countries
 * (Mongolian glued initials, patronymics, letters with diacritics, Malaysian and Commonwealth
 * honorifics, a plural title before a list of surnames), through the entity stage with the tagger's
 * mentions given by hand as the tagger was seen to read such text. Names and texts are made up; each
 * expected value was written from ANNOTATION.md (PERSON: the name alone, no honorific, title or rank;
 * initial forms are names; every mention of a person is a mention) before running. Entities are
 * compared as a set, whatever their order.
 */
class WorldNameShapesTest {
  @BeforeAll
  static void load() {
    EntityStageTest.load();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // glued initials, a two-letter initial, a hyphenated surname: each an initial form of a name
        Arguments.of("The Chairman B.Bat-Ochir met with Ts.Nyamjav and D. Ganzorig on Monday.", List.of(),
            "PERSON B.Bat-Ochir [B.Bat-Ochir]; PERSON D. Ganzorig [D. Ganzorig]; PERSON Ts.Nyamjav [Ts.Nyamjav]"),
        // two spaced initials, the second of two letters, where the tagger cut the name at the second;
        // a district written with glued initials stays no name
        Arguments.of("Judge T. Sh. Shokirov took part. The case moved to the N.D. Ill. court.",
            List.of("PER=T. Sh", "PER=Shokirov"),
            "PERSON T. Sh. Shokirov [T. Sh. Shokirov]"),
        // a title the tagger ran into the name stays out of it
        Arguments.of("Speaker G.Zandanshatar opened the session.", List.of("PER=Speaker G.Zandanshatar"),
            "PERSON G.Zandanshatar [G.Zandanshatar]"),
        // an initial and a surname in capitals in prose; not in a headline in capitals
        Arguments.of("PLAN B. ADOPTED\nThe Chief Justice received D. BATTSETSEG on Monday.", List.of(),
            "PERSON D. BATTSETSEG [D. BATTSETSEG]"),
        // a plural title the tagger read as a name alone is no one
        Arguments.of("Judges ad hoc Gajaz and Dugardini took part.", List.of("PER=Judges", "PER=Gajaz", "PER=Dugardini"),
            "PERSON Dugardini [Dugardini]; PERSON Gajaz [Gajaz]"),
        // New Zealand and British honours after the name stay out of it
        Arguments.of("Christopher Greenwoodson KCMG and Justice Dame Susan Glazebrookson DNZM attended.",
            List.of("PER=Christopher Greenwoodson KCMG", "PER=Susan Glazebrookson DNZM"),
            "PERSON Christopher Greenwoodson [Christopher Greenwoodson]; PERSON Susan Glazebrookson [Susan Glazebrookson] {gender=female, honorific=Dame.}"),
        // ... and Australian honours ("AM", Member of the Order of Australia)
        Arguments.of("Peter Kentwell AM, Chief Judge of the Land Court, spoke.", List.of("PER=Peter Kentwell AM", "ORG=Land Court"),
            "ORGANIZATION Land Court [Land Court]; PERSON Peter Kentwell [Peter Kentwell]"),
        // ... and a run of them, however many the tagger took in ("AO KC" keeps no "AO")
        Arguments.of("Justice Miriam Colquhoun AO KC was sworn in at the Court of Appeal.",
            List.of("PER=Miriam Colquhoun AO KC", "ORG=Court of Appeal"),
            "ORGANIZATION Court of Appeal [Court of Appeal]; PERSON Miriam Colquhoun [Miriam Colquhoun]"),
        Arguments.of("Tomas Ferreira SC MP QC said the bill was sound.", List.of("PER=Tomas Ferreira SC MP QC"),
            "PERSON Tomas Ferreira [Tomas Ferreira]"),
        // a dame's style after a title stays out of the name, as "Sir" does
        Arguments.of("Chief Justice Dame Helen Winkelmore welcomed the delegation.", List.of("PER=Dame Helen Winkelmore"),
            "PERSON Helen Winkelmore [Helen Winkelmore] {gender=female, honorific=Dame.}"),
        // a surname with initials that the tagger ran into the next sentence's titled name: two names
        Arguments.of("It was signed by Lebedkin V.M. Justice Pelletierre concurred.",
            List.of("PER=Lebedkin V.M. Justice Pelletierre"),
            "PERSON Lebedkin V.M. [Lebedkin V.M.]; PERSON Pelletierre [Pelletierre]"),
        // ... not after a country's initials inside a title
        Arguments.of("Assistant U. S. Attorneys Pamela Holsing and Ethan Knightly prosecuted.",
            List.of("PER=U. S. Attorneys Pamela Holsing", "PER=Ethan Knightly"),
            "PERSON Ethan Knightly [Ethan Knightly]; PERSON Pamela Holsing [Pamela Holsing]"),
        // ... not inside a title written with abbreviations
        Arguments.of("The unit of Lt. Col. Marek Novakov left.", List.of("PER=Lt. Col. Marek Novakov"),
            "PERSON Marek Novakov [Marek Novakov]"),
        // ... and "Mr." inside a name is no title
        Arguments.of("Ms. Anna Volkova met Mr. V. Kniazenko on Monday.", List.of("PER=Anna Volkova"),
            "PERSON Anna Volkova [Anna Volkova] {gender=female, honorific=Ms.}; PERSON V. Kniazenko [V. Kniazenko] {gender=male, honorific=Mr.}"),
        // a patronymic full name is one name
        Arguments.of("The court heard Vyacheslav Mikhailovich Lebedkin on Monday.",
            List.of("PER=Vyacheslav Mikhailovich Lebedkin"),
            "PERSON Vyacheslav Mikhailovich Lebedkin [Vyacheslav Mikhailovich Lebedkin]"),
        // Malaysian honorifics are no part of the name; "bin" and "binti" are
        Arguments.of("The Chief Justice received Datuk Seri Ahmad Zahid bin Hamidun on Monday.",
            List.of("PER=Datuk Seri Ahmad Zahid bin Hamidun"),
            "PERSON Ahmad Zahid bin Hamidun [Ahmad Zahid bin Hamidun]"),
        Arguments.of("The Chief Justice, Tun Tengku Maimun binti Tuan Matek, opened the year.",
            List.of("PER=Tun Tengku Maimun", "PER=Tuan Matek"),
            "PERSON Tengku Maimun binti Tuan Matek [Tengku Maimun binti Tuan Matek]"),
        Arguments.of("YAA Tun Tengku Maimun binti Tuan Matek, Chief Justice of Malaysia, said so.",
            List.of("PER=YAA Tun Tengku Maimun binti Tuan Matek", "LOC=Malaysia"),
            "LOCATION Malaysia [Malaysia]; PERSON Tengku Maimun binti Tuan Matek [Tengku Maimun binti Tuan Matek]"),
        Arguments.of("Dato' Sri Azalina Othmanis welcomed the guests.",
            List.of("PER=Dato' Sri Azalina Othmanis"),
            "PERSON Azalina Othmanis [Azalina Othmanis]"),
        // ... also where the tagger missed the name
        Arguments.of("The talks went well.\nTan Sri Idrus Harunan received the delegation.", List.of(),
            "PERSON Idrus Harunan [Idrus Harunan]"),
        Arguments.of("The guests included Tan Sri Dato' Seri Ramesh a/l Krishnan of Penang.",
            List.of("PER=Tan Sri Dato", "PER=Seri Ramesh", "PER=Krishnan", "LOC=Penang"),
            "LOCATION Penang [Penang]; PERSON Ramesh a/l Krishnan [Ramesh a/l Krishnan]"),
        // Bruneian styles: "Seri Paduka" after "Dato", "Dayang Hajah" after "Datin Paduka"
        Arguments.of("The Honourable Dato Seri Paduka Lim Wei Keong visited the court.",
            List.of("PER=Paduka Lim Wei Keong"),
            "PERSON Lim Wei Keong [Lim Wei Keong]"),
        Arguments.of("Also present was Yang Berhormat Datin Paduka Dayang Hajah Siti Aminah binti Haji Osman.",
            List.of("PER=Dayang Hajah Siti Aminah binti Haji Osman"),
            "PERSON Siti Aminah binti Haji Osman [Siti Aminah binti Haji Osman]"),
        // styles the tagger ran into the body before its holder's name belong to neither
        Arguments.of("The Chief Judge of the Court of Appeal Tan Sri Idrus Harunan opened the year.",
            List.of("ORG=Court of Appeal Tan Sri", "PER=Idrus Harunan"),
            "ORGANIZATION Court of Appeal [Court of Appeal]; PERSON Idrus Harunan [Idrus Harunan]"),
        // ... but "Tan" alone is a surname, not an honorific
        Arguments.of("Mr Tan Boon Heng met Tan Wei Ling.", List.of("PER=Tan Boon Heng", "PER=Tan Wei Ling"),
            "PERSON Tan Boon Heng [Tan Boon Heng] {gender=male, honorific=Mr.}; PERSON Tan Wei Ling [Tan Wei Ling]"),
        // Commonwealth honorifics before the name and post-nominal letters after it stay out
        Arguments.of("The Rt Hon Christopher Luxonby MP spoke.", List.of("PER=Hon Christopher Luxonby"),
            "PERSON Christopher Luxonby [Christopher Luxonby]"),
        Arguments.of("The Right Honourable Dame Sian Elias-Brown opened the conference.",
            List.of("PER=Dame Sian Elias-Brown"),
            "PERSON Sian Elias-Brown [Sian Elias-Brown] {gender=female, honorific=Dame.}"),
        Arguments.of("The Hon. Mark Speakerman KC said the bill was welcome.", List.of("PER=Mark Speakerman KC"),
            "PERSON Mark Speakerman [Mark Speakerman]"),
        Arguments.of("Lady Hale-Smith and Lord Reedman attended.", List.of("PER=Lady Hale-Smith", "PER=Reedman"),
            "PERSON Hale-Smith [Hale-Smith]; PERSON Reedman [Reedman]"),
        // a plural title before a list of surnames: each surname is a person, where the tagger read a place too
        Arguments.of("Present: President Salamov; Judges Bennouna, Cançado, Iwasawa and Nolte; Registrar Gautard.",
            List.of("PER=Salamov", "PER=Bennouna", "LOC=Cançado", "PER=Iwasawa", "PER=Gautard"),
            "PERSON Bennouna [Bennouna]; PERSON Cançado [Cançado]; PERSON Gautard [Gautard]; PERSON Iwasawa [Iwasawa];"
                + " PERSON Nolte [Nolte]; PERSON Salamov [Salamov]"),
        Arguments.of("Justices Kiefelton and Gagelerova dismissed the appeal.", List.of("PER=Kiefelton"),
            "PERSON Gagelerova [Gagelerova]; PERSON Kiefelton [Kiefelton]"),
        // ... not a plural title before ordinary words
        Arguments.of("Judges, Prosecutors and Lawyers met. Judges Training and Selection was discussed; training is key.",
            List.of(), ""),
        // a surname alone after the body of its holder's title, once the document named him in full
        Arguments.of("Secretary General of the Council of Europe Thorbjørn Jaglund met the judges. Later the"
                + " Secretary General of the Council of Europe Jaglund spoke.",
            List.of("ORG=Council of Europe", "PER=Thorbjørn Jaglund"),
            "ORGANIZATION Council of Europe [Council of Europe|Council of Europe]; PERSON Thorbjørn Jaglund [Thorbjørn Jaglund|Jaglund]"),
        // a place written with letters English does not use stays a place
        Arguments.of("The delegation flew to São Paulo on Monday.", List.of("LOC=São Paulo"),
            "LOCATION São Paulo [São Paulo]"),
        // a name the tagger missed before a comma and its holder's title opened by a qualifier (apposition)
        Arguments.of("The workshop opened on Monday. Grace Achieng, Senior Registrar, welcomed the participants.",
            List.of(), "PERSON Grace Achieng [Grace Achieng]"),
        Arguments.of("Wanjiku Otieno, Acting Chief Justice of Norland, and Peter Kamau, Principal Magistrate, spoke.",
            List.of("PER=Peter Kamau"), "PERSON Peter Kamau [Peter Kamau]; PERSON Wanjiku Otieno [Wanjiku Otieno]"),
        // ... not words the text also writes in lower case, nor before an honorific
        Arguments.of("Annual Report, Senior Registrar, is out; the annual report lists cases.", List.of(), ""),
        Arguments.of("Thank you, Dear Colleagues, Mr. Otieno said.", List.of("PER=Otieno"), "PERSON Otieno [Otieno] {gender=male, honorific=Mr.}"),
        // a surname alone after "Judge" or "Minister" is a person, with no full name in the text
        Arguments.of("Judge Godauskaitė delivered a separate opinion. Minister Kvachadze said the reform will continue.",
            List.of("PER=Kvachadze"),
            "PERSON Godauskaitė [Godauskaitė]; PERSON Kvachadze [Kvachadze]"),
        // a given name that is also a month or a place, after an honorific and before a surname, opens the
        // name: a date or place does not stand between "Mr" and a surname
        Arguments.of("The term of three Judges of the Court of Justice was renewed, namely Mr Karel Novotny,"
                + " Mr Jan Pallister and Ms June Fairbrook.", List.of("PER=Karel Novotny", "ORG=Court of Justice"),
            "ORGANIZATION Court of Justice [Court of Justice]; PERSON June Fairbrook [June Fairbrook] {gender=female, honorific=Ms.};"
                + " PERSON Jan Pallister [Jan Pallister] {gender=male, honorific=Mr.};"
                + " PERSON Karel Novotny [Karel Novotny] {gender=male, honorific=Mr.}"),
        Arguments.of("Ms Georgia Lanford, the Registrar, said the hearing was adjourned.", List.of(),
            "PERSON Georgia Lanford [Georgia Lanford] {gender=female, honorific=Ms.}"),
        // ... not a month after a title in a headline whose words the text writes in lower case
        Arguments.of("Judge May Grant Bail\nThe judge may grant bail to the accused.", List.of(), ""));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheName(String text, List<String> given, String expected) {
    String got = EntityStageTest.render(EntityStageTest.run(text, given));
    assertEquals(asSet(expected), asSet(got));
  }

  private static TreeSet<String> asSet(String rendered) {
    return new TreeSet<>(Arrays.stream(rendered.split("; ")).filter(s -> !s.isEmpty()).toList());
  }
}
