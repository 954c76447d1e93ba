package pressfacts.stage.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens the event categorizer sees: lower-cased words of the body, and the words of the title
 * twice more with a "t:" prefix, so title words weigh more ("a release reporting several events
 * takes the type of its title"). Numbers are one token "#", since dates and case numbers say
 * nothing of the type.
 */
public final class EventFeatures {
  private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d+");
  /** Only the first part of a long body is read: the event is stated early in a release. */
  static final int BODY_WORDS = 200;

  private EventFeatures() {
  }

  public static String[] tokens(String title, String body) {
    List<String> out = new ArrayList<>();
    for (String w : words(title, Integer.MAX_VALUE)) {
      out.add("t:" + w);
      out.add("t:" + w);
    }
    out.addAll(words(body, BODY_WORDS));
    return out.toArray(String[]::new);
  }

  private static List<String> words(String text, int max) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find() && out.size() < max) {
      String w = m.group().toLowerCase(Locale.ROOT);
      out.add(Character.isDigit(w.charAt(0)) ? "#" : w);
    }
    return out;
  }
}
