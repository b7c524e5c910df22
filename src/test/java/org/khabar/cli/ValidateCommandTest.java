package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.khabar.article.MultiLocale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code khabar validate}: the golden export conforms; deliberately broken copies are rejected naming the shape. */
class ValidateCommandTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/rdf/01-small-article.ttl");
    static final String KG = "https://w3id.org/khabar/ontology#";
    static final String RES = "https://w3id.org/khabar/resource/";
    static final Node S1 = uri(RES + "statement/a-test-001-s1");
    static final Node LAVROV = uri(RES + "person/lafrwf");
    static final Node NIF_END = uri("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex");

    @TempDir
    Path dir;

    static Node uri(String s) { return NodeFactory.createURI(s); }

    record Run(int code, String out) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cmd = new CommandLine(new Khabar());
        cmd.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));
        cmd.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cmd.execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    @MultiLocale.Test
    void theGoldenExportConforms() {
        Run r = run("validate", GOLDEN.toString());
        assertThat(r.out()).contains("conforms");
        assertThat(r.code()).isZero();
    }

    static Stream<Arguments> brokenGraphs() {
        return Stream.of(
                Arguments.of("statement without speaker", "kgsh:Statement-speaker",
                        (Consumer<Graph>) g -> g.remove(S1, uri(KG + "speaker"), Node.ANY)),
                Arguments.of("speaker without shortcut triple", "kgsh:Statement-shortcut",
                        (Consumer<Graph>) g -> g.remove(LAVROV, uri(KG + "denied"), S1)),
                Arguments.of("statement without evidence", "kgsh:Reported-evidence",
                        (Consumer<Graph>) g -> g.remove(S1, uri("http://groundedannotationframework.org/gaf#denotedBy"), Node.ANY)),
                Arguments.of("confidence above 1", "kgsh:Reported-confidence",
                        (Consumer<Graph>) g -> {
                            g.remove(S1, uri(KG + "confidence"), Node.ANY);
                            g.add(Triple.create(S1, uri(KG + "confidence"), NodeFactory.createLiteralDT("1.5",
                                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
                        }),
                Arguments.of("Wikidata link that is not a Wikidata entity", "kgsh:Entity-sameAs",
                        (Consumer<Graph>) g -> g.add(Triple.create(LAVROV, uri("http://www.w3.org/2002/07/owl#sameAs"),
                                uri("https://example.org/lavrov")))),
                Arguments.of("entity without Arabic name", "kgsh:Entity-arabicLabel",
                        (Consumer<Graph>) g -> g.remove(LAVROV, uri("http://www.w3.org/2004/02/skos/core#prefLabel"), Node.ANY)),
                Arguments.of("evidence span past the end of the text", "kgsh:Span-withinText",
                        (Consumer<Graph>) g -> {
                            Node span = uri(RES + "article/a-test-001#char=139,183");
                            g.remove(span, NIF_END, Node.ANY);
                            g.add(Triple.create(span, NIF_END, NodeFactory.createLiteralDT("9999",
                                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)));
                        }),
                Arguments.of("blank node as a person", "kgsh:Entity",
                        (Consumer<Graph>) g -> {
                            Node b = NodeFactory.createBlankNode();
                            g.add(Triple.create(b, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), uri(KG + "Person")));
                            g.add(Triple.create(b, uri("http://www.w3.org/2004/02/skos/core#prefLabel"), NodeFactory.createLiteralLang("س", "ar")));
                            g.add(Triple.create(b, uri("https://schema.org/identifier"), NodeFactory.createLiteralString("person:x")));
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGraphs")
    void aBrokenGraphIsRejectedNamingTheShape(String what, String shape, Consumer<Graph> breakIt) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(GOLDEN).lang(Lang.TURTLE).parse(g);
        long before = g.size();
        breakIt.accept(g);
        assertThat(g.size()).as("the edit changed the graph").isNotEqualTo(before);
        Path broken = dir.resolve("broken.ttl");
        try (var out = Files.newOutputStream(broken)) {
            RDFDataMgr.write(out, g, Lang.TURTLE);
        }
        Run r = run("validate", broken.toString());
        System.out.println("[validate] " + what + ":\n" + r.out());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("does NOT conform").contains("shape:      " + shape).contains("focus node:");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("validate").code()).isEqualTo(2);
        assertThat(run("validate", dir.resolve("missing.ttl").toString()).code()).isEqualTo(2);
    }

    @Test
    void unknownExtensionIsAUsageError() throws Exception {
        Path f = dir.resolve("graph.txt");
        Files.writeString(f, "x");
        assertThat(run("validate", f.toString()).code()).isEqualTo(2);
    }

    @Test
    void invalidRdfFailsNamingTheFile() throws Exception {
        Path f = dir.resolve("bad.ttl");
        Files.writeString(f, "<a> <b> .\n");
        PrintStream old = System.err;
        Run r = run("validate", f.toString());
        System.setErr(old);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("bad.ttl").contains("not valid RDF");
    }
}
