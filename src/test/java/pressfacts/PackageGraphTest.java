package pressfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pressfacts.PackageGraph.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pressfacts.PackageGraph.Rule;

/** The checker behind {@link ArchitectureTest}, on small graphs written by hand, so it is known to fail when it should. */
class PackageGraphTest {
  @Test
  void aTwoPackageCycleIsReportedWithItsFiles() {
    PackageGraph g = new PackageGraph();
    g.add("a", "b", "a/A.java");
    g.add("b", "a", "b/B.java");
    g.add("b", "c", "b/B.java");
    List<String> cycles = g.cycles();
    assertEquals(1, cycles.size(), cycles.toString());
    assertEquals("package cycle among [a, b]:\n  a -> b in [a/A.java]\n  b -> a in [b/B.java]", cycles.get(0));
  }

  @Test
  void aLongerCycleIsOneGroup() {
    PackageGraph g = new PackageGraph();
    g.add("x.one", "x.two", "One.java");
    g.add("x.two", "x.three", "Two.java");
    g.add("x.three", "x.one", "Three.java");
    g.add("x.three", "y", "Three.java");
    List<String> cycles = g.cycles();
    assertEquals(1, cycles.size());
    assertTrue(cycles.get(0).startsWith("package cycle among [x.one, x.three, x.two]:"), cycles.get(0));
  }

  @Test
  void aLayeredGraphHasNoCycle() {
    PackageGraph g = new PackageGraph();
    g.add("cli", "run", "Cli.java");
    g.add("run", "stage", "Run.java");
    g.add("cli", "stage", "Cli.java");
    g.add("stage", "doc", "Stage.java");
    assertEquals(List.of(), g.cycles());
  }

  @Test
  void aForbiddenArrowNamesItsRuleAndFiles() {
    PackageGraph g = new PackageGraph();
    g.add("p.stage.event", "p.run", "p/stage/event/E.java");
    g.add("p.stage.event", "p.doc", "p/stage/event/E.java");
    List<String> bad = g.violations(List.of(new Rule("stages never run batches", within("p.stage"), within("p.run"))));
    assertEquals(List.of("p.stage.event -> p.run is forbidden (stages never run batches): [p/stage/event/E.java]"), bad);
  }

  @Test
  void withinMatchesThePackageAndItsChildrenOnly() {
    assertTrue(within("p.stage").test("p.stage"));
    assertTrue(within("p.stage").test("p.stage.ner"));
    assertEquals(false, within("p.stage").test("p.stages"));
  }

  /** Imports (static ones too) and names written out in code count; comments and strings do not. */
  @Test
  void sourceArrowsComeFromImportsAndQualifiedNamesInCode() {
    PackageGraph g = new PackageGraph();
    g.addSource("pressfacts/stage/ner/N.java", String.join("\n",
        "package pressfacts.stage.ner;",
        "import pressfacts.doc.Token;",
        "import static pressfacts.text.Normalization.forMatching;",
        "/** Unlike {@link pressfacts.run.Extractor}, this ... */",
        "class N {",
        "  pressfacts.pipeline.Keys k; // not pressfacts.io.SourceItem",
        "  String s = \"pressfacts.cli.Main\";",
        "  pressfacts.stage.ner.NerModel m;",
        "}"));
    assertEquals(List.of("pressfacts.stage.ner -> pressfacts.doc", "pressfacts.stage.ner -> pressfacts.pipeline",
        "pressfacts.stage.ner -> pressfacts.text"), g.arrowLines());
    assertEquals(Set.of("pressfacts/stage/ner/N.java"), g.filesOf("pressfacts.stage.ner", "pressfacts.doc"));
  }
}
