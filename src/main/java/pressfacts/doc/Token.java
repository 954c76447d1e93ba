package pressfacts.doc;

/**
 * A token: its span in the original text, its matching form ({@code match}: non-breaking spaces
 * as spaces, curly quotes as straight ones) and its index in the document. Report
 * {@code span.of(text)}, never {@code match}.
 */
public record Token(CharSpan span, String match, int index) {
}
