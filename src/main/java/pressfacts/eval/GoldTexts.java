package pressfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pressfacts.doc.Document;
import pressfacts.io.DocumentSource;
import pressfacts.io.SourceItem;
import pressfacts.io.TextDecoder;

/**
 * Finds the text a gold file was labelled on: the {@code ID.txt} beside it, or, when the gold
 * names a release of the pool ({@code "pool": {"id", "sha256"}}), that release's text, checked
 * against the sha256. One instance serves one read of a corpus, so each pool is indexed once.
 */
final class GoldTexts {
  /** The text, as the document the pipeline is given, and the release's family and site (or null). */
  record Found(Document document, String family, String site) {
  }

  private final Map<Path, Optional<ReleasePool>> pools = new HashMap<>();

  /** The text of {@code json}, whose parsed content is {@code tree}; {@code docId} names the document. */
  Found find(Path json, JsonNode tree, String docId) throws IOException {
    JsonNode ref = tree.get("pool");
    if (ref != null && !ref.isNull()) {
      String id = ref.path("id").asText("");
      String sha = ref.path("sha256").asText("");
      if (id.isEmpty() || sha.isEmpty()) {
        throw new IOException(json + ": \"pool\" needs the release's \"id\" and the \"sha256\" of its text");
      }
      Path folder = json.toAbsolutePath().getParent();
      ReleasePool pool = pools.computeIfAbsent(folder, ReleasePool::near).orElseThrow(() -> new IOException(json
          + ": labels pool release '" + id + "', but no release pool was found (../shared/releases beside the"
          + " project, or the folder named by " + ReleasePool.ENV + ")"));
      ReleasePool.Release r;
      try {
        r = pool.text(id, sha);
      } catch (IOException e) {
        throw new IOException(json + ": " + e.getMessage(), e);
      }
      // The pipeline is given what 'extract' would read from the pool's line: id, text and title.
      return new Found(new Document(docId, r.text(), null, r.title(), List.of()), r.family(), r.site());
    }
    Path txt = GoldCorpus.textOf(json);
    if (!Files.isRegularFile(txt)) {
      throw new IOException(json + ": no text file " + txt.getFileName() + " beside it (nor a \"pool\" reference)");
    }
    SourceItem item = DocumentSource.readFile(txt, GoldCorpus.idOf(json), TextDecoder.DEFAULT_MAX_BYTES);
    if (item.error() != null) {
      throw new IOException(txt + ": " + item.error().message());
    }
    return new Found(new Document(docId, item.document().text(), null, null, item.document().sourceWarnings()),
        null, null);
  }
}
