package pressfacts.stage.event;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a release tells a court act done in a case: someone sentenced, convicted, charged or
 * arrested, a plea entered, a verdict, a court ruling. Prosecutors' policy statements, interviews,
 * statistics and programme announcements are full of court words told of people in general ("first-time
 * offenders charged with a felony", "you were convicted of a crime", "sentences increased for rape
 * offences"); those make no hearing (ANNOTATION Event: hearing = a case heard or decided, a verdict, a
 * charge), so a hearing the cues chose needs one act told of a case.
 */
final class CaseActs {
  /**
   * Subjects that speak of people in general, not of a defendant: "people who were arrested", "you were convicted";
   * a "who" after a comma opens a clause about someone named before it ("Roe, who was convicted in 2019").
   */
  private static final String GENERAL_SUBJECT =
      "(?:you|someone|anyone|who|that|people|persons|individuals|those|offenders|defendants|they|many|some)";
  /**
   * An act told in the body (lower-cased): a court verb after was/were/has been with a subject that is
   * not general, a plea entered, a sentence to a term, a verdict, a jury's or a court's decision, an appeal
   * or a claim decided, a judgment in force, parole denied or granted, a motion before the court, a suit
   * filed, a term given; the same told in Spanish ("fue condenado", "se declaró culpable").
   */
  private static final Pattern BODY_ACT = Pattern.compile(
      "(?:\\b(?!" + GENERAL_SUBJECT + "\\b)[\\w'\u2019]+,?|, who) (?:is|are|was|were|has been|have been|had been|will be|is to be|are to be) (?:\\w+ )?"
          + "(?:sentenced|resentenced|convicted|indicted|charged|arrested|acquitted|arraigned|extradited|"
          + "found guilty|jailed|detained|taken into custody)\\b"
          + "|\\b(?:pleaded|pled|pleads|pleading|plead) (?:guilty|no contest|not guilty)"
          + "|\\bsentenced (?:\\w+ ){0,3}to\\b|\\bverdict\\b"
          + "|\\b(?:jury|jurors|judge|court|justices?|panel|tribunal|magistrate) (?:\\w+ ){0,2}"
          + "(?:convicted|acquitted|sentenced|found|ruled|held|decided|upheld|dismissed|granted|denied|rejected|"
          + "overturned|considered|heard|ordered|imposed|declared|quashed)\\b"
          + "|\\b(?:case|appeal|cassation|complaint|claim|petition|lawsuit|motion)s? (?:was|were|has been|have been) "
          + "(?:\\w+ )?(?:heard|considered|reviewed|dismissed|rejected|upheld|granted|denied|satisfied|returned)\\b"
          + "|\\b(?:decision|judgment|verdict|sentence|ruling)s? (?:was|were|has been|have been) (?:\\w+ )?"
          + "(?:upheld|left unchanged|overturned|annulled|reversed|quashed|changed|pronounced|delivered)\\b"
          + "|\\bentered into (?:legal )?force\\b"
          + "|\\b(?:the|an|his|her|their) arrest of\\b|\\binto custody\\b"
          + "|\\b(?:ha sido|han sido|fue|fueron|será|serán) (?:condenad|sentenciad|declarad|arrestad|acusad|instruid)"
          + "|\\bdeclar\\S* culpables?\\b|\\b(?:denied|granted) parole\\b|\\bparole (?:was |is )?(?:denied|granted)\\b"
          + "|\\bmotions? (?:to|for)\\b"
          + "|\\bfil(?:es?|ed|ing) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:suit|lawsuit|complaint|civil action)s?\\b"
          + "|\\b(?:gets?|got|receives?|received|given|handed) (?:[^ ]+ ){0,3}(?:years?|life|months?)\\b");

  private CaseActs() {
  }

  static boolean told(String body) {
    return BODY_ACT.matcher(body.toLowerCase(Locale.ROOT)).find();
  }
}
