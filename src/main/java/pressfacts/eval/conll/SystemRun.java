package pressfacts.eval.conll;

/**
 * What one system did on a CoNLL file: its score, how many documents it ran on and how many of
 * them failed (a failed document predicts nothing, so its gold chunks count as missed), the time
 * to build it (models loaded) and the time to tag the documents.
 */
public record SystemRun(String system, ConllScore score, int documents, int failed, double loadSeconds,
                        double runSeconds, int threads) {

  public double docsPerSecond() {
    return runSeconds <= 0 ? 0 : documents / runSeconds;
  }
}
