package pressfacts.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks to a {@link ReviewServer} as the page's script does (GET, and POST with the page's token),
 * and, for requests a browser would never send as they are (a foreign Host, a stalled request),
 * over a raw socket. Every wait is bounded.
 */
final class ReviewHttp {
  static final String TOKEN_HEADER = "X-Pressfacts-Token";
  private static final Pattern TOKEN = Pattern.compile("data-token=\"([^\"]*)\"");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ReviewHttp(int port) {
    this.port = port;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs {@code body}; {@code headers} are name, value pairs. */
  HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(WAIT).POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs JSON with the token the page at {@code pagePath} carries, as the page's script does. */
  HttpResponse<String> save(String pagePath, String apiPath, String json) throws IOException, InterruptedException {
    return post(apiPath, json, "Content-Type", "application/json", TOKEN_HEADER, token(pagePath));
  }

  /** The session token embedded in a served page ("" when the page has none). */
  String token(String pagePath) throws IOException, InterruptedException {
    Matcher m = TOKEN.matcher(get(pagePath).body());
    return m.find() ? m.group(1) : "";
  }

  /** Sends {@code request} as it is and returns the status line of the answer, or "TIMEOUT". */
  String raw(String request, Duration wait) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      s.setSoTimeout((int) wait.toMillis());
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      StringBuilder line = new StringBuilder();
      try {
        for (int c = in.read(); c >= 0 && c != '\r' && c != '\n'; c = in.read()) {
          line.append((char) c);
        }
      } catch (SocketTimeoutException e) {
        return "TIMEOUT";
      }
      return line.toString();
    }
  }

  /** A GET of {@code path} with the given Host header (and Origin when not null), status line only. */
  String rawGet(String path, String host, String origin) throws IOException {
    return raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n")
        + "Connection: close\r\n\r\n", WAIT);
  }

  int port() {
    return port;
  }
}
