package pressfacts.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.WarningCode;
import pressfacts.io.DocumentSource;
import pressfacts.io.TextDecoder;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;
import pressfacts.testing.SharedFiles;
import pressfacts.testing.SpanInvariants;
import pressfacts.testing.TestModels;

/** The whole pipeline, end to end, with the real CoreNLP model (hence IT). */
class ExtractIT {
  private final Extractor extractor = new Extractor(TestModels.pipeline());

  private static List<String> run(Extractor ex, List<String> inputs, int threads) {
    List<String> lines = new ArrayList<>();
    new BatchRunner(ex, threads).run(new DocumentSource(inputs, InputStream.nullInputStream(),
        TextDecoder.DEFAULT_MAX_BYTES), o -> lines.add(RecordJson.line(o)));
    return lines;
  }

  private PressRecord seed() throws IOException {
    Path seed = SharedFiles.require("seed-press-release.txt");
    List<Outcome> out = new ArrayList<>();
    new BatchRunner(extractor, 1).run(new DocumentSource(List.of(seed.toString()), InputStream.nullInputStream(),
        TextDecoder.DEFAULT_MAX_BYTES), out::add);
    return assertInstanceOf(PressRecord.class, out.get(0));
  }

  @Test
  void seedRecordHasPublishedPersonsDatesAndWarnings() throws IOException {
    PressRecord r = seed();
    String text = Files.readString(SharedFiles.require("seed-press-release.txt"));
    SpanInvariants.assertSpansMatch(text, r);
    // Values read off the seed text by hand: the date line under the title.
    assertEquals("2008-08-05T12:35", r.published().value().iso());
    // Four persons; Takahashi and Solley each with their two short mentions.
    Map<String, List<String>> persons = new TreeMap<>();
    for (Entity e : r.entities()) {
      if (e.type() == EntityType.PERSON) {
        persons.put(e.name(), e.mentions().stream().map(m -> m.text()).toList());
      }
    }
    assertEquals(Map.of(
        "Aziz Seyidov", List.of("Aziz Seyidov", "Aziz Seyidov", "Aziz Seyidov", "Aziz Seyidov"),
        "Atsuki Takahashi", List.of("Atsuki Takahashi", "Takahashi", "Takahashi"),
        "William Solley", List.of("William Solley", "Solley", "Solley"),
        "Nigar Huseynova", List.of("Nigar Huseynova")), persons);
    // The six calendar expressions of the seed, with the values the guidelines give them.
    String dates = r.dates().stream().map(d -> d.text().replace('\u00a0', ' ') + "=" + d.value().iso())
        .collect(Collectors.joining("; "));
    assertEquals("05.08.2008, 12:35=2008-08-05T12:35; 19th of September 2019=2019-09-19; "
        + "12th of December 2000=2000-12-12; 2003=2003; 6th of May 2004=2004-05-06; 28th of June 2005=2005-06-28", dates);
    // The title is printed three times; the date line (2008) precedes the meeting (2019).
    List<WarningCode> codes = r.warnings().stream().map(w -> w.code()).toList();
    assertTrue(codes.contains(WarningCode.REPEATED_TITLE), codes.toString());
    assertTrue(codes.contains(WarningCode.PUBLISHED_BEFORE_EVENT), codes.toString());
    assertEquals("2019-09-19", r.event().date().iso());
  }

  @Test
  void seedCitationsEqualTheGoldOnes() throws IOException {
    PressRecord gold = (PressRecord) RecordJson.read(Files.readString(SharedFiles.require("seed-press-release.gold.json")));
    PressRecord r = seed();
    // Span, kind, title, jurisdiction, date and provision of all 8 hand-labelled citations; the
    // pipeline's extra field (antecedent) is left out of the comparison.
    assertEquals(citations(gold), citations(r));
  }

  private static List<String> citations(PressRecord r) {
    return r.citations().stream().map(c -> c.span() + " " + c.text() + " | " + c.instrument().kind().wireName() + " | "
        + c.instrument().title() + " | " + c.instrument().jurisdiction() + " | "
        + (c.instrument().date() == null ? null : c.instrument().date().iso()) + " | " + c.provision()).toList();
  }

  @Test
  void sameInputGivesTheSameBytesWhateverTheThreadCount() throws IOException {
    List<String> inputs = new ArrayList<>();
    inputs.add(SharedFiles.require("seed-press-release.txt").toString());
    Path corpus = Path.of("corpus", "synthetic", "dev");
    if (Files.isDirectory(corpus)) {
      inputs.add(corpus.toString());
    }
    List<String> one = run(extractor, inputs, 1);
    List<String> again = run(extractor, inputs, 1);
    List<String> two = run(extractor, inputs, 2);
    assertEquals(one, again);
    assertEquals(one, two);
  }

  @Test
  void batchWithEmptyAndInvalidUtf8DocumentsKeepsCountAndOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), "Judge Ramil Aliyev of the Baku Court of Appeal met the delegation.\n");
    Files.write(dir.resolve("b-empty.txt"), new byte[0]);
    byte[] bad = "Court of Appeal met\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBadByte = new byte[bad.length + 1];
    System.arraycopy(bad, 0, withBadByte, 0, 6);
    withBadByte[6] = (byte) 0xC3; // a lead byte with no continuation: invalid UTF-8
    System.arraycopy(bad, 6, withBadByte, 7, bad.length - 6);
    Files.write(dir.resolve("c-bad-utf8.txt"), withBadByte);

    List<Outcome> out = new ArrayList<>();
    new BatchRunner(extractor, 2).run(new DocumentSource(List.of(dir.toString()), InputStream.nullInputStream(),
        TextDecoder.DEFAULT_MAX_BYTES), out::add);

    assertEquals(List.of("a-good", "b-empty", "c-bad-utf8"), out.stream().map(Outcome::docId).toList());
    assertInstanceOf(PressRecord.class, out.get(0));
    assertEquals(ErrorCode.EMPTY_INPUT, assertInstanceOf(ErrorRecord.class, out.get(1)).code());
    PressRecord c = assertInstanceOf(PressRecord.class, out.get(2));
    assertTrue(c.warnings().stream().anyMatch(w -> w.code() == WarningCode.INVALID_UTF8), c.warnings().toString());
  }

  @Test
  void producedRecordsValidateAgainstTheSchema() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/pressfacts/record.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> nodes = new ArrayList<>();
    nodes.add(mapper.readTree(RecordJson.line(seed())));
    nodes.add(mapper.readTree(RecordJson.line(new ErrorRecord("x", ErrorCode.EMPTY_INPUT, "input is empty"))));
    // a date line with a zone offset: its value keeps it, and the schema allows it
    JsonNode zoned = mapper.readTree(RecordJson.line(extractor.extract(pressfacts.doc.Document.of("z1",
        "Chairman met the envoy\n22.01.2024 | 14:05 (UTC+04:00)\nThe chairman met the envoy of the republic today.\n"))));
    assertEquals("2024-01-22T14:05+04:00", zoned.get("published").get("value").asText());
    nodes.add(zoned);
    for (JsonNode n : nodes) {
      assertEquals(List.of(), schema.validate(n).stream().map(Object::toString).toList(), n.toString());
    }
    // The schema must be able to say no: a record without entities fails.
    JsonNode broken = mapper.readTree(RecordJson.line(seed()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("entities");
    assertTrue(!schema.validate(broken).isEmpty());
  }

  @Test
  void jsonlOnStdinUsesSuppliedPublishedAndTitle() {
    String jsonl = "{\"id\":\"j1\",\"text\":\"Meeting held\\n\\nOn 3 June 2021 judges met.\",\"published\":\"2021-06-04T09:00:00Z\","
        + "\"title\":\"Given title\"}\n";
    List<Outcome> out = new ArrayList<>();
    new BatchRunner(extractor, 1).run(new DocumentSource(List.of("-"),
        new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), TextDecoder.DEFAULT_MAX_BYTES), out::add);
    PressRecord r = assertInstanceOf(PressRecord.class, out.get(0));
    assertEquals("j1", r.docId());
    assertEquals("Given title", r.title());
    // the supplied date keeps its zone offset: "Z" (issue 17)
    assertEquals("2021-06-04T09:00Z", r.published().value().iso());
  }
}
