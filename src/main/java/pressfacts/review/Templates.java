package pressfacts.review;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * The review pages' Mustache templates (classpath {@code pressfacts/review/}), compiled once.
 * Mustache escapes every {@code {{value}}} for HTML, text and attributes alike; the templates
 * use no triple mustaches, so no text from a document reaches the page unescaped. Compiled
 * templates are safe to run from several threads (the server does).
 */
public final class Templates {
  private final Mustache index;
  private final Mustache document;

  public Templates() {
    DefaultMustacheFactory factory = new DefaultMustacheFactory("pressfacts/review");
    this.index = factory.compile("index.mustache");
    this.document = factory.compile("document.mustache");
  }

  public String index(IndexView view) {
    return render(index, view);
  }

  public String document(DocumentView view) {
    return render(document, view);
  }

  /** Runs a compiled template on a view (shared with {@link RegistryTemplates}). */
  static String render(Mustache m, Object view) {
    StringWriter out = new StringWriter();
    try {
      m.execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
