package pressfacts.doc;

import java.util.Locale;

/** Kinds of legal instrument allowed by ANNOTATION.md ("Legal citations"). */
public enum InstrumentKind {
  CONSTITUTION, CODE, LAW, ACT, CONVENTION, PROTOCOL, TREATY, AGREEMENT, MEMORANDUM, CHARTER,
  DECREE, ORDER, RESOLUTION, REGULATION, DIRECTIVE, DECISION, OTHER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static InstrumentKind fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
