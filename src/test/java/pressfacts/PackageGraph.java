package pressfacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package of the project uses which, read from the sources: each file's {@code package} line,
 * its {@code import pressfacts...} lines (static ones too) and the fully-qualified names it writes
 * in code ({@code pressfacts.doc.Header h}), comments and string literals left out. Each arrow
 * remembers the files that make it, so a failure names what to change. Reading text, not bytecode,
 * keeps the test free of a new dependency; the project's sources are plain enough for it.
 */
final class PackageGraph {
  /** The project's root package: arrows to anything else (the JDK, libraries) are not counted. */
  static final String ROOT = "pressfacts";

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  /** A project name in an import or in code: the package is the lower-case part before the first class name. */
  private static final Pattern QUALIFIED = Pattern.compile("\\b(" + ROOT + "(?:\\.[a-z_]\\w*)*)\\.[A-Z]");
  private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
      "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

  /** from package -> to package -> the files (relative names) of {@code from} that use {@code to}. */
  private final Map<String, Map<String, Set<String>>> arrows = new TreeMap<>();

  /** The graph of every .java file under {@code sourceRoot} (e.g. src/main/java). */
  static PackageGraph of(Path sourceRoot) {
    PackageGraph g = new PackageGraph();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        g.addSource(sourceRoot.relativize(f).toString().replace('\\', '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  /** Adds the arrows one source file makes; {@code file} is only its name for messages. */
  void addSource(String file, String source) {
    String code = COMMENTS_AND_STRINGS.matcher(source).replaceAll(" ");
    Matcher p = PACKAGE.matcher(code);
    if (!p.find()) {
      return; // the default package: nothing of the project lives there
    }
    String from = p.group(1);
    arrows.computeIfAbsent(from, k -> new TreeMap<>());
    Matcher q = QUALIFIED.matcher(code.substring(p.end()));
    while (q.find()) {
      add(from, q.group(1), file);
    }
  }

  /** Adds one arrow by hand (the checker's own tests build small graphs this way). */
  void add(String from, String to, String file) {
    arrows.computeIfAbsent(to, k -> new TreeMap<>());
    if (!from.equals(to)) {
      arrows.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>()).add(file);
    }
  }

  Set<String> packages() {
    return arrows.keySet();
  }

  /** The arrows as "from -> to" lines, sorted: the picture to compare with the README's layout. */
  List<String> arrowLines() {
    List<String> out = new ArrayList<>();
    arrows.forEach((from, tos) -> tos.keySet().forEach(to -> out.add(from + " -> " + to)));
    return out;
  }

  /** The files of {@code from} that use {@code to}; empty when there is no such arrow. */
  Set<String> filesOf(String from, String to) {
    return arrows.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
  }

  /**
   * Every cycle, as one message per strongly connected group of two or more packages, naming each
   * arrow inside the group with its files. Tarjan's algorithm over sorted packages, so the messages
   * come out in the same order every run.
   */
  List<String> cycles() {
    List<String> out = new ArrayList<>();
    for (Set<String> group : stronglyConnected()) {
      if (group.size() < 2) {
        continue;
      }
      StringBuilder b = new StringBuilder("package cycle among " + group + ":");
      for (String from : group) {
        for (String to : arrows.get(from).keySet()) {
          if (group.contains(to)) {
            b.append("\n  ").append(from).append(" -> ").append(to).append(" in ").append(filesOf(from, to));
          }
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  /** An arrow the layering forbids: from a package {@code from} matches to one {@code to} matches. */
  record Rule(String why, Predicate<String> from, Predicate<String> to) {
  }

  /** Every arrow that breaks a rule, one message each with the rule's reason and the files. */
  List<String> violations(List<Rule> rules) {
    List<String> out = new ArrayList<>();
    for (Rule r : rules) {
      arrows.forEach((from, tos) -> tos.forEach((to, files) -> {
        if (r.from().test(from) && r.to().test(to)) {
          out.add(from + " -> " + to + " is forbidden (" + r.why() + "): " + files);
        }
      }));
    }
    return out;
  }

  /** {@code pkg} itself or a package below it ("pressfacts.stage" matches "pressfacts.stage.event"). */
  static Predicate<String> within(String pkg) {
    return p -> p.equals(pkg) || p.startsWith(pkg + ".");
  }

  private List<Set<String>> stronglyConnected() {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    for (String p : arrows.keySet()) {
      if (!index.containsKey(p)) {
        connect(p, index, low, stack, onStack, out);
      }
    }
    return out;
  }

  private void connect(String p, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                       Set<String> onStack, List<Set<String>> out) {
    index.put(p, index.size());
    low.put(p, index.get(p));
    stack.push(p);
    onStack.add(p);
    for (String q : arrows.get(p).keySet()) {
      if (!index.containsKey(q)) {
        connect(q, index, low, stack, onStack, out);
        low.put(p, Math.min(low.get(p), low.get(q)));
      } else if (onStack.contains(q)) {
        low.put(p, Math.min(low.get(p), index.get(q)));
      }
    }
    if (low.get(p).equals(index.get(p))) {
      Set<String> group = new TreeSet<>();
      String q;
      do {
        q = stack.pop();
        onStack.remove(q);
        group.add(q);
      } while (!q.equals(p));
      out.add(group);
    }
  }
}
