package pressfacts.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.record.ErrorCode;

/**
 * Bytes to text for one input: honours a UTF-8 or UTF-16 byte-order mark (and drops it, so
 * offsets start at the first character), decodes UTF-8 strictly and, when that fails, again with
 * replacement characters and a warning; refuses empty, binary and oversized input with a code.
 */
public final class TextDecoder {
  /** Inputs above this size become TOO_LARGE error records; the pipeline is linear, memory is the limit. */
  public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

  /** Either {@code text} (with warnings) or an error code and message. */
  public record Decoded(String text, List<Warning> warnings, ErrorCode error, String message) {
  }

  private TextDecoder() {
  }

  public static Decoded decode(byte[] bytes, int maxBytes) {
    if (bytes.length > maxBytes) {
      return fail(ErrorCode.TOO_LARGE, "input is " + bytes.length + " bytes, above the limit of " + maxBytes);
    }
    List<Warning> warnings = new ArrayList<>();
    String text;
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else {
      int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      if (looksBinary(bytes, skip)) {
        return fail(ErrorCode.BINARY_INPUT, "input holds NUL bytes or control characters: binary, not text");
      }
      try {
        text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
      } catch (CharacterCodingException e) {
        text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        warnings.add(new Warning(WarningCode.INVALID_UTF8,
            "input is not valid UTF-8; bad byte sequences were replaced with U+FFFD and offsets refer to the decoded text"));
      }
    }
    if (text.isBlank()) {
      return fail(ErrorCode.EMPTY_INPUT, bytes.length == 0 ? "input is empty" : "input holds only white space");
    }
    return new Decoded(text, warnings, null, null);
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** NUL anywhere, or more than 10% C0 control bytes other than tab and line ends, in the first 8 KiB. */
  static boolean looksBinary(byte[] b, int from) {
    int end = Math.min(b.length, from + 8192);
    int controls = 0;
    for (int i = from; i < end; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    return end > from && controls * 10 > end - from;
  }

  private static Decoded fail(ErrorCode code, String message) {
    return new Decoded(null, List.of(), code, message);
  }

}
