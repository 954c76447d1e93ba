package pressfacts.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pressfacts.record.ErrorCode;

class TextDecoderTest {

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Row: input bytes, expected text (or null), expected error (or null), expected warning count. */
  static Stream<Arguments> inputs() {
    byte[] court = "Court".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        // plain UTF-8
        Arguments.of(court, "Court", null, 0),
        // a UTF-8 byte-order mark is dropped, so offsets start at the first character
        Arguments.of(concat(bytes(0xEF, 0xBB, 0xBF), court), "Court", null, 0),
        // UTF-16 little and big endian with their marks
        Arguments.of(concat(bytes(0xFF, 0xFE), "Court".getBytes(StandardCharsets.UTF_16LE)), "Court", null, 0),
        Arguments.of(concat(bytes(0xFE, 0xFF), "Court".getBytes(StandardCharsets.UTF_16BE)), "Court", null, 0),
        // a lone continuation byte: decoded with a replacement character and a warning
        Arguments.of(concat(court, bytes(0x80)), "Court\uFFFD", null, 1),
        // nothing, or only white space
        Arguments.of(new byte[0], null, ErrorCode.EMPTY_INPUT, 0),
        Arguments.of(" \n\t\r\n".getBytes(StandardCharsets.UTF_8), null, ErrorCode.EMPTY_INPUT, 0),
        // NUL bytes: binary
        Arguments.of(bytes(0x50, 0x4B, 0x03, 0x04, 0x00, 0x00), null, ErrorCode.BINARY_INPUT, 0));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void decodes(byte[] in, String text, ErrorCode error, int warnings) {
    TextDecoder.Decoded d = TextDecoder.decode(in, 1000);
    assertEquals(text, d.text());
    assertEquals(error, d.error());
    assertEquals(warnings, d.warnings().size());
  }

  @org.junit.jupiter.api.Test
  void refusesWhatIsTooLarge() {
    TextDecoder.Decoded d = TextDecoder.decode(new byte[11], 10);
    assertEquals(ErrorCode.TOO_LARGE, d.error());
    assertNull(d.text());
  }
}
