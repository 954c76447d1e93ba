package pressfacts.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import pressfacts.eval.RecordValidator;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

/**
 * Serves the review pages on 127.0.0.1 and takes the analyst's corrections:
 * <ul>
 *   <li>{@code GET /} the index; {@code GET /doc-ID.html} a document's page with its controls;</li>
 *   <li>{@code GET /api/doc-ID.json} {@code {"record", "text", "saved"}}: the record the page shows
 *       (the saved correction when there is one, so a second session goes on from it);</li>
 *   <li>{@code POST /api/doc-ID.json} a corrected record: checked by {@link RecordValidator} and
 *       saved by {@link CorrectionStore}; 200 with the path, or 400 with every reason.</li>
 * </ul>
 * Only the loopback address is bound: the server is for the analyst at this machine.
 */
public final class ReviewServer implements AutoCloseable {
  private static final int MAX_BODY_BYTES = 20 * 1024 * 1024;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, ReviewItem> items = new LinkedHashMap<>();
  private final List<ReviewItem> itemList;
  private final PageNames pages;
  private final Templates templates;
  private final CorrectionStore store;
  private final HttpServer server;
  private final ExecutorService executor;

  private ReviewServer(List<ReviewItem> itemList, Templates templates, CorrectionStore store, int port) throws IOException {
    for (ReviewItem item : itemList) {
      items.putIfAbsent(item.docId(), item);
    }
    this.itemList = List.copyOf(itemList);
    this.pages = new PageNames(itemList);
    this.templates = templates;
    this.store = store;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** Starts serving; {@code port} 0 picks a free port ({@link #port()} tells which). */
  public static ReviewServer start(List<ReviewItem> items, Path correctionsDir, int port) throws IOException {
    ReviewServer s = new ReviewServer(items, new Templates(), new CorrectionStore(correctionsDir), port);
    s.server.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      if (path.equals("/") || path.equals("/index.html")) {
        if (get(ex, method)) {
          send(ex, 200, "text/html", templates.index(ReportModel.index(itemList, pages, true)));
        }
      } else if (path.startsWith("/api/") && path.endsWith(".json")) {
        ReviewItem item = item(path.substring("/api/".length(), path.length() - ".json".length()));
        if (item == null) {
          send(ex, 404, "text/plain", "no such document");
        } else if (method.equals("POST")) {
          save(ex, item);
        } else if (get(ex, method)) {
          sendRecord(ex, item);
        }
      } else if (path.startsWith("/") && path.endsWith(".html") && item(path.substring(1, path.length() - 5)) != null) {
        if (get(ex, method)) {
          sendPage(ex, item(path.substring(1, path.length() - 5)));
        }
      } else {
        send(ex, 404, "text/plain", "not found");
      }
    } catch (RuntimeException e) {
      // A bug must not leave the browser waiting; the answer may fail if headers went out already.
      send(ex, 500, "text/plain", "internal error: " + e);
    }
  }

  /** The record for a page name, or null: error records have no page. */
  private ReviewItem item(String pageName) {
    String docId = pages.docIdOf(pageName);
    ReviewItem item = docId == null ? null : items.get(docId);
    return item != null && item.outcome() instanceof PressRecord ? item : null;
  }

  private PressRecord current(ReviewItem item) throws IOException {
    return store.load(item.docId()).orElse((PressRecord) item.outcome());
  }

  private void sendPage(HttpExchange ex, ReviewItem item) throws IOException {
    PressRecord shown = current(item);
    String note = shown != item.outcome()
        ? "Showing the saved correction (" + store.fileFor(item.docId()).getFileName() + ")." : null;
    send(ex, 200, "text/html", templates.document(ReportModel.document(shown, item.text(), item.text() != null,
        "api/" + pages.of(item.docId()) + ".json", note)));
  }

  private void sendRecord(HttpExchange ex, ReviewItem item) throws IOException {
    PressRecord shown = current(item);
    ObjectNode body = MAPPER.createObjectNode();
    body.set("record", RecordJson.tree(shown));
    body.put("text", item.text());
    body.put("saved", shown != item.outcome());
    send(ex, 200, "application/json", MAPPER.writeValueAsString(body));
  }

  private void save(HttpExchange ex, ReviewItem item) throws IOException {
    if (item.text() == null) {
      send(ex, 400, "text/plain", "no input gave this document's text, so its offsets cannot be checked");
      return;
    }
    byte[] bytes;
    try (InputStream in = ex.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      send(ex, 413, "text/plain", "record larger than " + MAX_BODY_BYTES + " bytes");
      return;
    }
    Outcome o;
    try {
      o = RecordJson.read(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      send(ex, 400, "text/plain", "not a record: " + e.getMessage());
      return;
    }
    if (o instanceof ErrorRecord || !o.docId().equals(item.docId())) {
      send(ex, 400, "text/plain", "the record must be the record of '" + item.docId() + "', got '" + o.docId() + "'");
      return;
    }
    List<String> problems = RecordValidator.validate((PressRecord) o, item.text(), item.docId()).stream()
        .map(Object::toString).toList();
    if (!problems.isEmpty()) {
      send(ex, 400, "text/plain", String.join("\n", problems));
      return;
    }
    Path saved = store.save((PressRecord) o);
    ObjectNode body = MAPPER.createObjectNode();
    body.put("saved", saved.toString());
    send(ex, 200, "application/json", MAPPER.writeValueAsString(body));
  }

  /** True for GET; anything else is answered 405 here. */
  private static boolean get(HttpExchange ex, String method) throws IOException {
    if (method.equals("GET")) {
      return true;
    }
    send(ex, 405, "text/plain", "method not allowed");
    return false;
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
