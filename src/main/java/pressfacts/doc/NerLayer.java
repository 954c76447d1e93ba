package pressfacts.doc;

import java.util.List;

/** Candidate mentions from the statistical tagger, before rules and grouping settle them. */
public record NerLayer(List<Mention> mentions) {
  public NerLayer {
    mentions = mentions.stream().sorted().toList();
  }
}
