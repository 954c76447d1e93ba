package pressfacts.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import pressfacts.doc.Document;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;

/**
 * Reads the inputs of a batch lazily, in order: a {@code .txt} or {@code .html}/{@code .htm}
 * file (doc_id = its name without extension), a directory (every such file below it, sorted,
 * doc_id = relative path without extension), a {@code .jsonl} file or {@code -} for JSONL on
 * standard input. An input that
 * cannot be read becomes an error item; nothing is skipped silently.
 */
public final class DocumentSource implements Iterator<SourceItem> {
  private final Iterator<String> inputs;
  private final InputStream stdin;
  private final int maxBytes;
  private final Set<String> unusedFields = new TreeSet<>();
  private long skippedFiles;
  private Iterator<SourceItem> current = List.<SourceItem>of().iterator();

  private final FieldNames fields;

  public DocumentSource(List<String> inputs, InputStream stdin, int maxBytes) {
    this(inputs, stdin, maxBytes, FieldNames.DEFAULT);
  }

  /** As above; {@code fields} names the JSONL fields that hold id, text, title and publication date. */
  public DocumentSource(List<String> inputs, InputStream stdin, int maxBytes, FieldNames fields) {
    this.fields = fields;
    this.inputs = List.copyOf(inputs).iterator();
    this.stdin = stdin;
    this.maxBytes = maxBytes;
  }

  /**
   * The JSONL fields met so far that pressfacts does not use (a feed's "feed_date", "url", ...),
   * sorted: a run reports them once, so that no input is ignored without a word.
   */
  public Set<String> unusedFields() {
    return Collections.unmodifiableSet(unusedFields);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (!inputs.hasNext()) {
        return false;
      }
      current = open(inputs.next());
    }
    return true;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private Iterator<SourceItem> open(String input) {
    if (input.equals("-")) {
      return new JsonlReader("<stdin>", new BufferedInputStream(stdin), maxBytes, unusedFields, fields);
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return directory(path);
    }
    if (input.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      try {
        return new JsonlReader(input, new BufferedInputStream(Files.newInputStream(path)), maxBytes, unusedFields, fields);
      } catch (IOException e) {
        return List.of(SourceItem.failed(new ErrorRecord(input, ErrorCode.UNREADABLE,
            "cannot read '" + input + "': " + describe(e)))).iterator();
      }
    }
    return List.of(readFile(path, idOf(path.getFileName().toString()), maxBytes)).iterator();
  }

  /** One entry of a directory input: a document file to read, or an error record in its place. */
  private record Entry(String docId, Path file, ErrorRecord error) {
  }

  /**
   * Every path below {@code dir}, links followed: a .txt/.html file is a document; a path that
   * cannot be read (an unreadable folder, a dangling link, a FIFO or device with a document's name,
   * a link loop) is an error record in its place; any other file is skipped and counted in
   * {@link #skippedFiles}. One bad path never costs the others.
   */
  private Iterator<SourceItem> directory(Path dir) {
    List<Entry> entries = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (!isDocumentFile(name)) {
            if (!attrs.isDirectory()) {
              skippedFiles++;
            }
          } else if (attrs.isRegularFile()) {
            entries.add(new Entry(relId(dir, file), file, null));
          } else if (attrs.isSymbolicLink()) {
            entries.add(failed(dir, file, "cannot read '" + file + "': a dangling symbolic link"));
          } else {
            entries.add(failed(dir, file, "'" + file + "' is not a regular file (a FIFO, socket or device)"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String why = e instanceof FileSystemLoopException ? "a symbolic link loop"
              : Files.isSymbolicLink(file) && !Files.exists(file) ? "a dangling symbolic link"
              : describe(e);
          entries.add(failed(dir, file, "cannot read '" + file + "': " + why));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      return List.of(SourceItem.failed(new ErrorRecord(dir.toString(), ErrorCode.UNREADABLE,
          "cannot list directory '" + dir + "': " + e.getMessage()))).iterator();
    }
    entries.sort(Comparator.comparing(Entry::docId));
    Iterator<Entry> it = entries.iterator();
    return new Iterator<>() {
      public boolean hasNext() {
        return it.hasNext();
      }

      public SourceItem next() {
        Entry e = it.next();
        return e.error != null ? SourceItem.failed(e.error) : readFile(e.file, e.docId, maxBytes);
      }
    };
  }

  private static Entry failed(Path dir, Path file, String message) {
    String id = relId(dir, file);
    return new Entry(id, null, new ErrorRecord(id, ErrorCode.UNREADABLE, message));
  }

  /** Files below directory inputs that were not read because they are not .txt/.html documents. */
  public long skippedFiles() {
    return skippedFiles;
  }

  private static String relId(Path dir, Path file) {
    String rel = dir.relativize(file).toString().replace('\\', '/');
    return idOf(rel);
  }

  public static boolean isDocumentFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || isHtml(n);
  }

  public static boolean isHtml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  /** The doc_id of a file: its name (or relative path) without the extension. */
  public static String idOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && fileName.lastIndexOf('/') < dot ? fileName.substring(0, dot) : fileName;
  }

  /** Reads and decodes one text file. */
  public static SourceItem readFile(Path path, String docId, int maxBytes) {
    try {
      if (Files.size(path) > maxBytes) {
        return tooLarge(docId, path.toString(), Files.size(path), maxBytes);
      }
      return decodeFile(Files.readAllBytes(path), docId, path.toString(), maxBytes);
    } catch (IOException e) {
      return unreadable(docId, path.toString(), e);
    }
  }

  /**
   * The item of a file whose bytes were read elsewhere (a Hadoop file system, say), as {@link
   * #readFile} makes it: {@code shown} is the path as messages name it; a name ending .html/.htm
   * is read as a page.
   */
  public static SourceItem decodeFile(byte[] bytes, String docId, String shown, int maxBytes) {
    TextDecoder.Decoded d = TextDecoder.decode(bytes, maxBytes);
    if (d.error() != null) {
      return SourceItem.failed(new ErrorRecord(docId, d.error(), "'" + shown + "': " + d.message()));
    }
    if (isHtml(shown)) {
      String text = HtmlText.extract(d.text());
      if (text.isBlank()) {
        return SourceItem.failed(new ErrorRecord(docId, ErrorCode.EMPTY_INPUT, "'" + shown + "': the page has no text"));
      }
      return SourceItem.of(new Document(docId, text, null, null, d.warnings(), true));
    }
    return SourceItem.of(new Document(docId, d.text(), null, null, d.warnings()));
  }

  /** The error item of a file above the size limit, known from its size before it is read. */
  public static SourceItem tooLarge(String docId, String shown, long size, int maxBytes) {
    return SourceItem.failed(new ErrorRecord(docId, ErrorCode.TOO_LARGE,
        "'" + shown + "' is " + size + " bytes, above the limit of " + maxBytes));
  }

  /** The error item of a file that could not be read. */
  public static SourceItem unreadable(String docId, String shown, IOException e) {
    return SourceItem.failed(new ErrorRecord(docId, ErrorCode.UNREADABLE, "cannot read '" + shown + "': " + describe(e)));
  }

  /**
   * The items of a JSON Lines stream, read as a {@code .jsonl} input named {@code source} is read
   * (doc_ids of bad lines are {@code FILE:LINE}, FILE being the last part of {@code source}).
   */
  public static Iterator<SourceItem> jsonl(String source, InputStream in, int maxBytes) {
    return new JsonlReader(source, in, maxBytes);
  }

  /**
   * The item of one input object {@code {"doc_id" (or "id"), "text", "published"?, "title"?}} that
   * was not read from a JSONL line (a Parquet row, say), checked as a JSONL line is: {@code at}
   * names it in messages ("row 7 of 'x.parquet'"), {@code where} is its doc_id when it has none.
   */
  public static SourceItem fromObject(com.fasterxml.jackson.databind.JsonNode object, String at, String where,
                                      int maxBytes) {
    return JsonlReader.item(object, at, where, new ArrayList<>(), maxBytes);
  }

  static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
