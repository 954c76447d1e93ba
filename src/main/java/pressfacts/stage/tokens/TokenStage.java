package pressfacts.stage.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Document;
import pressfacts.doc.Sentence;
import pressfacts.doc.Token;
import pressfacts.doc.TokenLayer;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;
import pressfacts.text.TextView;

/**
 * Tokens and sentences from CoreNLP's PTB tokenizer and sentence splitter, run line by line on
 * the matching form of the text. A line break always ends a sentence: on these sites a line is a
 * title, a date line or a paragraph, and titles carry no final period.
 */
public final class TokenStage implements Stage {
  /** PTB options: keep the text as written (no -LRB-, no quote rewriting), keep odd characters. */
  private static final String PTB_OPTIONS = "invertible=false,ptb3Escaping=false,untokenizable=noneKeep,splitHyphenated=false";

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.TOKENS);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    return in.with(Keys.TOKENS, tokenize(in.get(Keys.TEXT)));
  }

  public static TokenLayer tokenize(String text) {
    return tokenize(TextView.of(text));
  }

  /** The tokens and sentences of the text {@code view} holds. */
  public static TokenLayer tokenize(TextView view) {
    String match = view.matching();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();
    for (CharSpan line : view.lines()) {
      if (line.length() == 0) {
        continue;
      }
      PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(line.of(match)),
          new CoreLabelTokenFactory(), PTB_OPTIONS);
      List<CoreLabel> labels = tok.tokenize();
      for (List<CoreLabel> sent : splitter.process(labels)) {
        if (sent.isEmpty()) {
          continue;
        }
        int first = tokens.size();
        for (CoreLabel l : sent) {
          CharSpan span = new CharSpan(line.start() + l.beginPosition(), line.start() + l.endPosition());
          for (CharSpan piece : splitAtEmDash(view.original(), span)) {
            tokens.add(new Token(piece, piece.of(match), tokens.size()));
          }
        }
        sentences.add(new Sentence(new CharSpan(tokens.get(first).span().start(),
            tokens.get(tokens.size() - 1).span().end()), first, tokens.size()));
      }
    }
    return new TokenLayer(tokens, sentences);
  }

  /**
   * "WASHINGTON\u2014Acme Foods Inc.": an em dash written without spaces between two words is a
   * dash, never a hyphen inside one word; the matching form turns it into "-", which the tokenizer
   * (splitHyphenated=false) keeps inside one token with the words around it. The dash is a token of
   * its own, as it is when spaced. En dashes ("Dallas\u2013Fort Worth") stay as the tokenizer reads them.
   */
  static List<CharSpan> splitAtEmDash(String original, CharSpan span) {
    int dash = span.start() + 1;
    while (dash < span.end() - 1 && original.charAt(dash) != '\u2014') {
      dash++;
    }
    if (dash >= span.end() - 1) {
      return List.of(span); // nearly every token: no list to build
    }
    List<CharSpan> out = new ArrayList<>();
    int from = span.start();
    for (int i = dash; i < span.end() - 1; i++) {
      if (original.charAt(i) == '\u2014' && i > from) {
        out.add(new CharSpan(from, i));
        out.add(new CharSpan(i, i + 1));
        from = i + 1;
      }
    }
    out.add(new CharSpan(from, span.end()));
    return out;
  }
}
