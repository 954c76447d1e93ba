package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import pressfacts.doc.CharSpan;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.text.ProseWrap;

/**
 * A full name the document writes on one line ("Det. Tova Hale"), written again across the line break
 * of wrapped prose ("... Sex Crimes Detective Tova\nHale told me"), is one mention of that person
 * (ANNOTATION.md: every mention of a person is a mention, the name whole). The tagger reads each line
 * apart, so such a repeat stood as two persons, the given name alone, or only the surname that
 * LoneSurnames added; the tagger-level join of bda0ae5 needs both parts tagged. A repeat counts when the
 * break wraps prose ({@link ProseWrap#wrapsBetween}), the name stands as words of its own, and every
 * mention over it is a PERSON inside it; those mentions give way to the whole name. Immutable.
 */
final class WrappedFullNames {
  /** Characters that join a word to the one before it into an address, file name or compound. */
  private static final String JOINED_BEFORE = "-./@_&";

  private WrappedFullNames() {
  }

  /** The settled mentions (sorted) with the wrapped repeats of full names read whole, sorted. */
  static List<Mention> apply(String text, List<Mention> settled) {
    Set<String> names = new TreeSet<>();
    Set<String> otherKinds = new TreeSet<>();
    for (Mention m : settled) {
      if (m.type() != EntityType.PERSON) {
        otherKinds.add(m.text());
      } else if (LoneSurnames.isWrittenFullName(m.text())) {
        names.add(m.text());
      }
    }
    names.removeAll(otherKinds); // a gang's or place's name the tagger once typed PERSON stays as read
    List<Mention> out = settled;
    for (String name : names) {
      for (int sp = name.indexOf(' '); sp >= 0; sp = name.indexOf(' ', sp + 1)) {
        String wrapped = name.substring(0, sp) + "\n" + name.substring(sp + 1);
        for (int i = text.indexOf(wrapped); i >= 0; i = text.indexOf(wrapped, i + 1)) {
          CharSpan s = new CharSpan(i, i + wrapped.length());
          if (standsAlone(text, s) && ProseWrap.wrapsBetween(text, i + sp, i + sp + 1)) {
            out = withWhole(text, out, s);
          }
        }
      }
    }
    return out;
  }

  /** {@code mentions} with {@code s} as one PERSON in place of the persons inside it; unchanged if another mention meets it. */
  private static List<Mention> withWhole(String text, List<Mention> mentions, CharSpan s) {
    List<Mention> out = new ArrayList<>(mentions.size() + 1);
    for (Mention m : mentions) {
      if (!m.span().overlaps(s)) {
        out.add(m);
      } else if (m.type() != EntityType.PERSON || m.span().start() < s.start() || m.span().end() > s.end()
          || m.span().equals(s)) {
        return mentions; // a body or place on its words, a longer name, or the whole already read
      }
    }
    out.add(Mention.of(text, s, EntityType.PERSON));
    out.sort(null);
    return out;
  }

  private static boolean standsAlone(String text, CharSpan s) {
    int before = s.start() - 1;
    if (before >= 0 && (Character.isLetterOrDigit(text.charAt(before)) || JOINED_BEFORE.indexOf(text.charAt(before)) >= 0)) {
      return false;
    }
    return s.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(s.end()));
  }
}
