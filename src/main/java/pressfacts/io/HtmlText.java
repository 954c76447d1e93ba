package pressfacts.io;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page, as the pipeline's input: navigation, scripts, styles,
 * forms and page chrome are dropped; block elements become paragraphs (a blank line between
 * them), {@code <br>} a line break; runs of white space inside a paragraph become one space
 * (NBSP is kept: it is text). The record carries this text, since its offsets refer to it.
 */
public final class HtmlText {
  private static final Set<String> DROPPED = Set.of("script", "style", "nav", "header", "footer", "noscript",
      "form", "aside", "iframe", "svg", "template", "button", "select");
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "table", "tr", "section", "article", "main", "blockquote", "pre", "dd", "dt", "title", "body", "figcaption");

  private HtmlText() {
  }

  public static String extract(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    page.select(String.join(",", DROPPED)).remove();
    StringBuilder out = new StringBuilder();
    Element root = page.body();
    String title = page.title().strip();
    if (!title.isEmpty() && !root.text().startsWith(title)) {
      out.append(title).append("\n\n");
    }
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " ");
          if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
            s = s.stripLeading();
          }
          out.append(s);
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          trimEnd(out);
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          trimEnd(out);
          if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
          }
        }
      }
    });
    return out.toString().strip();
  }

  private static void trimEnd(StringBuilder sb) {
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
  }
}
