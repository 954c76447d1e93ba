package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Coverage;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;

/**
 * A surname written alone after the lower-case particle that the person's full name writes before it
 * ("Jorge Ramon del Toro ... said del Toro", "Jean Richard de la Tour ... Judge de la Tour", "Thomas von
 * Danwitz ... von Danwitz spoke"): the particle is part of the surname (ANNOTATION.md, PERSON: the name,
 * whole; the full names keep it), so the lone mention takes it in, where the tagger and the lone-surname
 * step read only the capitalised word ("Toro"). The particles are the document's own: the run of one to
 * three lower-case words (letters only, five at most each) that a PERSON mention of the document writes
 * between a capitalised word and the capitalised rest of the name; no word list. A PERSON mention that is
 * exactly that rest, right after the same particles (the first one may be capitalised, as at a sentence's
 * start) that stand as words of their own and that no other mention holds, runs back over them. Immutable.
 */
final class ParticleSurnames {
  /** The most particle words between the given names and the surname ("de los", "van der"). */
  private static final int MAX_PARTICLE_WORDS = 3;
  /** The longest particle word ("binti"); a longer lower-case word inside a PERSON mention is no particle. */
  private static final int MAX_PARTICLE_LENGTH = 5;

  private ParticleSurnames() {
  }

  /** The settled mentions (sorted) with each lone surname run back over its particles, sorted. */
  static List<Mention> apply(String text, List<Mention> settled) {
    Map<String, TreeSet<String>> particlesOfRest = new HashMap<>();
    for (Mention m : settled) {
      if (m.type() == EntityType.PERSON) {
        readParticles(m.text(), particlesOfRest);
      }
    }
    if (particlesOfRest.isEmpty()) {
      return settled;
    }
    Coverage taken = Coverage.of(settled.stream().map(Mention::span).toList());
    List<Mention> out = null;
    for (int k = 0; k < settled.size(); k++) {
      Mention m = settled.get(k);
      TreeSet<String> particles = m.type() == EntityType.PERSON ? particlesOfRest.get(m.text()) : null;
      if (particles == null) {
        continue;
      }
      int start = particleStart(text, m.span().start(), particles, taken);
      if (start < 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(settled);
      }
      out.set(k, Mention.of(text, new CharSpan(start, m.span().end()), EntityType.PERSON));
    }
    if (out == null) {
      return settled;
    }
    out.sort(null);
    return out;
  }

  /**
   * Adds to {@code particlesOfRest} each run of particles of {@code name} (words split at single spaces):
   * a capitalised word, one to {@link #MAX_PARTICLE_WORDS} lower-case words of letters, then the
   * capitalised rest of the name, which is the key.
   */
  static void readParticles(String name, Map<String, TreeSet<String>> particlesOfRest) {
    String[] words = name.split(" ", -1);
    for (int i = 1; i < words.length - 1; i++) {
      if (!isCapitalised(words[i - 1]) || !isParticle(words[i])) {
        continue;
      }
      int j = i;
      while (j < words.length && j - i < MAX_PARTICLE_WORDS && isParticle(words[j])) {
        j++;
      }
      if (j >= words.length || !isCapitalised(words[j])) {
        continue;
      }
      boolean restCapitalised = true;
      for (int r = j; r < words.length; r++) {
        restCapitalised &= isCapitalised(words[r]);
      }
      if (restCapitalised) {
        String rest = String.join(" ", List.of(words).subList(j, words.length));
        String particles = String.join(" ", List.of(words).subList(i, j));
        particlesOfRest.computeIfAbsent(rest, x -> new TreeSet<>(Comparator.comparingInt(String::length)
            .reversed().thenComparing(Comparator.naturalOrder()))).add(particles);
      }
    }
  }

  /**
   * The start of the particles written right before {@code restStart} (one space between), the longest
   * first, when they stand as words of their own and no mention holds them; else -1.
   */
  private static int particleStart(String text, int restStart, TreeSet<String> particles, Coverage taken) {
    for (String p : particles) {
      int start = restStart - p.length() - 1;
      if (start < 0 || text.charAt(restStart - 1) != ' ') {
        continue;
      }
      String written = text.substring(start, restStart - 1);
      boolean same = written.equals(p)
          || written.equals(p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1));
      boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))
          && "-'\u2019./@_&".indexOf(text.charAt(start - 1)) < 0;
      if (same && wordStart && !taken.overlaps(new CharSpan(start, restStart - 1))) {
        return start;
      }
    }
    return -1;
  }

  private static boolean isParticle(String w) {
    if (w.isEmpty() || w.length() > MAX_PARTICLE_LENGTH) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }
}
