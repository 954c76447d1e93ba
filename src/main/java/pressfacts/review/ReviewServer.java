package pressfacts.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import pressfacts.eval.CorpusChecker;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

/**
 * Serves the review pages on 127.0.0.1 and takes the analyst's corrections:
 * <ul>
 *   <li>{@code GET /} the index; {@code GET /doc-ID.html} a document's page with its controls;</li>
 *   <li>{@code GET /api/doc-ID.json} {@code {"record", "text", "saved", "date_line"}}: the record
 *       the page shows (the saved correction when there is one, so a second session goes on from
 *       it) and the index in its dates of the suggested date line ({@link ReportModel#dateLine});</li>
 *   <li>{@code POST /api/doc-ID.json} a corrected record: a whole record of that document, checked
 *       against its text as {@code corpus check} checks a gold file
 *       ({@link CorpusChecker#checkRecord}), and saved by {@link CorrectionStore}; 200 with the
 *       path, or 400 with every reason.</li>
 * </ul>
 * Only the loopback address is bound: the server is for the analyst at this machine. Other pages
 * the analyst's browser shows must not reach it either, so every request needs a {@code Host} of
 * 127.0.0.1 or localhost with this port (a DNS-rebinding name is refused) and, when it has an
 * {@code Origin}, this server's own; a write also needs {@code Content-Type: application/json}
 * and the {@code X-Pressfacts-Token} header holding the session token, a random value made at
 * start and written into the pages this server serves, which another site cannot read. Refusals
 * are 403 (415 for the content type). Each exchange runs on one of a fixed set of workers and is
 * cut when it outlasts a time limit, so clients that stop half-way through a request cannot hold
 * the workers.
 */
public final class ReviewServer implements AutoCloseable {
  /** The header a write carries the session token in. */
  public static final String TOKEN_HEADER = "X-Pressfacts-Token";
  static final int WORKERS = 8;
  static final Duration EXCHANGE_TIMEOUT = Duration.ofSeconds(15);
  private static final int MAX_BODY_BYTES = 20 * 1024 * 1024;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The fields of a whole record, as the API gives it; a save lacking one is refused. */
  private static final List<String> RECORD_FIELDS = List.of("schema_version", "doc_id", "title", "published", "entities",
      "dates", "citations", "roles", "event", "warnings");

  private final Map<String, ReviewItem> items = new LinkedHashMap<>();
  private final List<ReviewItem> itemList;
  private final PageNames pages;
  private final Templates templates;
  private final CorrectionStore store;
  private final HttpServer server;
  private final Workers workers;
  private final String token;
  private final Set<String> hosts;
  private final Set<String> origins;

  private ReviewServer(List<ReviewItem> itemList, Templates templates, CorrectionStore store, int port, int workers,
                       Duration timeout) throws IOException {
    for (ReviewItem item : itemList) {
      items.putIfAbsent(item.docId(), item);
    }
    this.itemList = List.copyOf(itemList);
    this.pages = new PageNames(itemList);
    this.templates = templates;
    this.store = store;
    this.token = newToken();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    int bound = server.getAddress().getPort();
    Set<String> h = new HashSet<>();
    Set<String> o = new HashSet<>();
    for (String name : List.of("127.0.0.1", "localhost")) {
      h.add(name + ":" + bound);
      o.add("http://" + name + ":" + bound);
      if (bound == 80) {
        h.add(name);
        o.add("http://" + name);
      }
    }
    this.hosts = Set.copyOf(h);
    this.origins = Set.copyOf(o);
    this.workers = new Workers(workers, timeout);
    server.setExecutor(this.workers);
    server.createContext("/", this::handle);
  }

  /** Starts serving; {@code port} 0 picks a free port ({@link #port()} tells which). */
  public static ReviewServer start(List<ReviewItem> items, Path correctionsDir, int port) throws IOException {
    return start(items, correctionsDir, port, WORKERS, EXCHANGE_TIMEOUT);
  }

  /** Starts serving with {@code workers} threads, each exchange cut after {@code timeout}. */
  static ReviewServer start(List<ReviewItem> items, Path correctionsDir, int port, int workers, Duration timeout)
      throws IOException {
    ReviewServer s = new ReviewServer(items, new Templates(), new CorrectionStore(correctionsDir), port, workers, timeout);
    s.server.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdown();
  }

  private void handle(HttpExchange ex) {
    try {
      route(ex);
    } catch (RuntimeException | IOException e) {
      // A bug or a failed write must not leave the browser waiting: answer 500 while the exchange is
      // open. That fails when headers went out already or the connection is gone (a client that
      // stalled past the time limit); closing the exchange then drops the connection.
      try {
        send(ex, 500, "text/plain", "internal error: " + e);
      } catch (IOException | RuntimeException ignored) {
        // nothing more can be said on this exchange
      }
    } finally {
      ex.close();
    }
  }

  private void route(HttpExchange ex) throws IOException {
    String refused = refusal(ex);
    if (refused != null) {
      send(ex, 403, "text/plain", refused);
      return;
    }
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
  }

  /** Why a request is refused whatever it asks for (a foreign Host or Origin), or null. */
  private String refusal(HttpExchange ex) {
    String host = ex.getRequestHeaders().getFirst("Host");
    if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
      return "this server answers only for 127.0.0.1:" + port() + " and localhost:" + port() + ", not for Host '"
          + host + "'";
    }
    String origin = ex.getRequestHeaders().getFirst("Origin");
    if (origin != null && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
      return "requests from pages of another origin ('" + origin + "') are refused";
    }
    return null;
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
    Path saved = shown != item.outcome() ? store.savedFile(item.docId()) : null;
    String note = saved != null ? "Showing the saved correction (" + saved.getFileName() + ")." : null;
    send(ex, 200, "text/html", templates.document(ReportModel.document(shown, item.text(), item.text() != null,
        "api/" + pages.of(item.docId()) + ".json", token, note)));
  }

  private void sendRecord(HttpExchange ex, ReviewItem item) throws IOException {
    PressRecord shown = current(item);
    ObjectNode body = MAPPER.createObjectNode();
    body.set("record", RecordJson.tree(shown));
    body.put("text", item.text());
    body.put("saved", shown != item.outcome());
    int dateLine = ReportModel.dateLine(shown);
    if (dateLine < 0) {
      body.putNull("date_line");
    } else {
      body.put("date_line", dateLine);
    }
    send(ex, 200, "application/json", MAPPER.writeValueAsString(body));
  }

  private void save(HttpExchange ex, ReviewItem item) throws IOException {
    String sent = ex.getRequestHeaders().getFirst(TOKEN_HEADER);
    if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      send(ex, 403, "text/plain", "a save needs the " + TOKEN_HEADER + " header of this session's pages: reload the page");
      return;
    }
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
      send(ex, 415, "text/plain", "a save is a record sent as Content-Type: application/json, not " + type);
      return;
    }
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
    JsonNode tree;
    try {
      tree = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      send(ex, 400, "text/plain", "not a record: not JSON: " + e.getOriginalMessage());
      return;
    }
    if (tree == null || !tree.isObject()) {
      send(ex, 400, "text/plain", "not a record: a record is a JSON object");
      return;
    }
    List<String> missing = RECORD_FIELDS.stream().filter(f -> !tree.has(f)).toList();
    if (!missing.isEmpty()) {
      send(ex, 400, "text/plain", "not a whole record: " + String.join(", ", missing) + " missing (send every field"
          + " of the record, [] or null where there is nothing)");
      return;
    }
    if (!tree.get("doc_id").isTextual() || !tree.get("doc_id").asText().equals(item.docId())) {
      send(ex, 400, "text/plain", "the record must be the record of '" + item.docId() + "', got " + tree.get("doc_id"));
      return;
    }
    List<String> problems = CorpusChecker.checkRecord(tree, item.text(), item.docId()).stream()
        .map(Object::toString).toList();
    if (!problems.isEmpty()) {
      send(ex, 400, "text/plain", String.join("\n", problems));
      return;
    }
    Path saved;
    try {
      saved = store.save((PressRecord) RecordJson.read(tree), item.text());
    } catch (IOException e) {
      send(ex, 500, "text/plain", "not saved: " + e.getMessage());
      return;
    }
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
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    // No other site may frame the pages (and have the analyst click Save unawares).
    ex.getResponseHeaders().set("X-Frame-Options", "DENY");
    ex.getResponseHeaders().set("Content-Security-Policy", "frame-ancestors 'none'");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String newToken() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /**
   * Runs each exchange on one of a fixed set of threads and interrupts it when it outlasts the
   * time limit. The exchange reads its socket through an interruptible channel, so the interrupt
   * closes the connection and frees the worker: a client that opens a request and stops sending
   * holds a worker for the time limit at most. (A connection that sends nothing holds none: the
   * server hands it to a worker only when its first bytes arrive.)
   */
  private static final class Workers implements Executor {
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private final long timeoutNanos;

    Workers(int threads, Duration timeout) {
      this.pool = Executors.newFixedThreadPool(threads, daemon("pressfacts-serve-"));
      this.timer = Executors.newSingleThreadScheduledExecutor(daemon("pressfacts-serve-timer-"));
      this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public void execute(Runnable exchange) {
      pool.execute(() -> {
        Running running = new Running(Thread.currentThread());
        ScheduledFuture<?> cut = timer.schedule(running::cut, timeoutNanos, TimeUnit.NANOSECONDS);
        try {
          exchange.run();
        } finally {
          cut.cancel(false);
          running.finish();
        }
      });
    }

    void shutdown() {
      pool.shutdownNow();
      timer.shutdownNow();
    }

    private static ThreadFactory daemon(String prefix) {
      AtomicInteger n = new AtomicInteger();
      return r -> {
        Thread t = new Thread(r, prefix + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
    }
  }

  /** One exchange on its worker: the cut interrupts the worker only while this exchange still runs. */
  private static final class Running {
    private final Thread worker;
    private boolean done;

    Running(Thread worker) {
      this.worker = worker;
    }

    synchronized void cut() {
      if (!done) {
        worker.interrupt();
      }
    }

    /** Ends the exchange and clears an interrupt it left, so the worker's next exchange starts clean. */
    synchronized void finish() {
      done = true;
      Thread.interrupted();
    }
  }
}
