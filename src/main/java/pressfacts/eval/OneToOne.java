package pressfacts.eval;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * The largest one-to-one matching between gold and predicted items under a "may match" relation
 * (Kuhn's augmenting paths). Used where an item can match several on the other side (an entity
 * known by several names): greedy pairing could then leave a gold item unmatched that a better
 * pairing would match. Gold items are tried in order and predictions in order, so the result is
 * deterministic.
 */
final class OneToOne {
  private OneToOne() {
  }

  /** For each gold index, the predicted index it is paired with, or -1. */
  static int[] match(int gold, int pred, BiPredicate<Integer, Integer> mayMatch) {
    boolean[][] edge = new boolean[gold][pred];
    for (int g = 0; g < gold; g++) {
      for (int p = 0; p < pred; p++) {
        edge[g][p] = mayMatch.test(g, p);
      }
    }
    int[] predToGold = new int[pred];
    Arrays.fill(predToGold, -1);
    for (int g = 0; g < gold; g++) {
      augment(g, edge, predToGold, new boolean[pred]);
    }
    int[] goldToPred = new int[gold];
    Arrays.fill(goldToPred, -1);
    for (int p = 0; p < pred; p++) {
      if (predToGold[p] >= 0) {
        goldToPred[predToGold[p]] = p;
      }
    }
    return goldToPred;
  }

  private static boolean augment(int g, boolean[][] edge, int[] predToGold, boolean[] seen) {
    for (int p = 0; p < predToGold.length; p++) {
      if (edge[g][p] && !seen[p]) {
        seen[p] = true;
        if (predToGold[p] < 0 || augment(predToGold[p], edge, predToGold, seen)) {
          predToGold[p] = g;
          return true;
        }
      }
    }
    return false;
  }

  static long matched(int[] goldToPred) {
    return Arrays.stream(goldToPred).filter(i -> i >= 0).count();
  }
}
