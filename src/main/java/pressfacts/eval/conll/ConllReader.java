package pressfacts.eval.conll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;

/**
 * Reads a CoNLL-2003-style file: the first field of a line is the token, the last its tag (so both
 * the four-column original "TOKEN POS CHUNK TAG" and two-column "TOKEN TAG" copies read), a blank
 * line ends a sentence and a "-DOCSTART-" line a document. Chunks are decoded as conlleval did: a
 * chunk starts at a B- tag, or at an I- tag whose type differs from the previous token's (IOB1 and
 * IOB2 files give the same chunks), and ends at O, at a sentence end or where another starts.
 */
public final class ConllReader {
  private static final String DOCSTART = "-DOCSTART-";
  private static final Pattern TAG = Pattern.compile("O|[BI]-\\S+");

  private ConllReader() {
  }

  public static List<ConllDocument> read(Path file) throws IOException, ConllFormatException {
    return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** {@code file} only names the source in messages. */
  public static List<ConllDocument> parse(Path file, List<String> lines) throws ConllFormatException {
    List<ConllDocument> docs = new ArrayList<>();
    DocumentBuilder doc = new DocumentBuilder(1);
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        doc.endSentence();
        continue;
      }
      String[] fields = line.split("\\s+");
      if (fields[0].equals(DOCSTART)) {
        doc.finishInto(docs);
        doc = new DocumentBuilder(lineNo);
        continue;
      }
      if (fields.length < 2) {
        throw new ConllFormatException(file, lineNo, "expected 'TOKEN TAG' (token first, tag last), found '" + line + "'");
      }
      String tag = fields[fields.length - 1];
      if (!TAG.matcher(tag).matches()) {
        throw new ConllFormatException(file, lineNo, "expected the tag O, B-TYPE or I-TYPE as the last field, found '"
            + tag + "'");
      }
      doc.add(fields[0], tag);
    }
    doc.finishInto(docs);
    return docs;
  }

  /** One document being read: its text so far, token offsets, and the chunk still open. */
  private static final class DocumentBuilder {
    private final int line;
    private final StringBuilder text = new StringBuilder();
    private final List<CharSpan> tokens = new ArrayList<>();
    private final List<ConllChunk> gold = new ArrayList<>();
    private int sentences;
    private boolean inSentence;
    private String openType;
    private int openStart;

    DocumentBuilder(int line) {
      this.line = line;
    }

    void add(String token, String tag) {
      if (!inSentence && !tokens.isEmpty()) {
        text.append('\n');
      } else if (inSentence) {
        text.append(' ');
      }
      if (!inSentence) {
        sentences++;
        inSentence = true;
      }
      int index = tokens.size();
      tokens.add(new CharSpan(text.length(), text.length() + token.length()));
      text.append(token);
      if (tag.equals("O")) {
        close(index);
        return;
      }
      String type = tag.substring(2);
      if (tag.charAt(0) == 'B' || !type.equals(openType)) {
        close(index);
        openType = type;
        openStart = index;
      }
    }

    void endSentence() {
      close(tokens.size());
      inSentence = false;
    }

    private void close(int end) {
      if (openType != null) {
        gold.add(new ConllChunk(openStart, end, openType));
        openType = null;
      }
    }

    void finishInto(List<ConllDocument> docs) {
      endSentence();
      if (!tokens.isEmpty()) {
        docs.add(new ConllDocument("conll-" + (docs.size() + 1), line, text.toString(), tokens, sentences, gold));
      }
    }
  }
}
