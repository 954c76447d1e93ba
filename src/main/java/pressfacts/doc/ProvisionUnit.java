package pressfacts.doc;

import java.util.Locale;

/** Units of a provision, outer to inner as ANNOTATION.md lists them. */
public enum ProvisionUnit {
  ARTICLE, SECTION, PART, PARAGRAPH, SUBPARAGRAPH, CLAUSE, POINT, CHAPTER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ProvisionUnit fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
