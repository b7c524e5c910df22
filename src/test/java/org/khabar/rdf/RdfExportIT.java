package org.khabar.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.article.MultiLocale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.khabar.cli.Khabar;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** Exports a real embedded Neo4j holding the sample article in every format and checks the RDF. */
class RdfExportIT {
    static final Path GOLDEN = Path.of("src/test/resources/golden/rdf/01-small-article.ttl");
    static Neo4j neo4j;
    static Driver driver;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI());
        SampleGraph.load(driver);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.close();
        if (neo4j != null) neo4j.close();
    }

    static DatasetGraph parse(Path file, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (java.io.InputStream in = file.toString().endsWith(".gz")
                ? new java.util.zip.GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            RDFParser.source(in).lang(lang).parse(dsg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dsg;
    }

    static Set<String> iris(DatasetGraph dsg) {
        Set<String> s = new TreeSet<>();
        dsg.find().forEachRemaining(q -> Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())
                .filter(Node::isURI).forEach(n -> s.add(n.getURI())));
        return s;
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyFormatParsesConformsAndRoundTrips(RdfFormat format) {
        RdfDump.Written first = RdfDump.of(RdfExport.from(driver), format).write(dir.resolve("one." + format.extension()), null);
        RdfDump.Written second = RdfDump.of(RdfExport.from(driver), format).write(dir.resolve("two." + format.extension()), null);
        DatasetGraph a = parse(first.dump(), format.lang());
        DatasetGraph b = parse(second.dump(), format.lang());

        long quads = a.stream().count();
        System.out.println("[rdf] " + format + ": " + quads + (format.quads() ? " quads" : " triples") + ", stream said " + first.stats().triples());
        assertThat(quads).isEqualTo(first.stats().triples()).isEqualTo(b.stream().count()).isGreaterThan(150);
        assertThat(iris(a)).isEqualTo(iris(b));
        assertThat(a.stream()).noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank());
        assertThat(iris(a)).allMatch(i -> i.chars().allMatch(c -> c > 0x20 && c < 0x7f), "ASCII IRIs");
        assertThat(readString(first.dump())).isEqualTo(readString(second.dump()));

        RdfValidator.Result v = RdfValidator.standard().validate(first.dump());
        v.print(System.out);
        assertThat(v.conforms()).as("conforms to shapes.ttl").isTrue();

        Graph voidGraph = GraphFactory.createDefaultGraph();
        RDFParser.source(first.voidFile()).lang(Lang.TURTLE).parse(voidGraph);
        Node triples = voidGraph.find(Node.ANY, Vocab.uri(Vocab.VOID + "triples"), Node.ANY).next().getObject();
        assertThat(Long.parseLong(triples.getLiteralLexicalForm())).isEqualTo(quads);
        assertThat(voidGraph.find(Node.ANY, Vocab.uri(Vocab.DCAT + "downloadURL"), Node.ANY).next().getObject().getURI())
                .isEqualTo(first.dump().toUri().toString());
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @MultiLocale.Test
    void turtleOfTheSmallArticleMatchesTheGoldenFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfDump.of(RdfExport.from(driver), RdfFormat.TURTLE).writeTo(out, null);
        String actual = out.toString(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"NTRIPLES", "NQUADS"})
    void streamingDumpsAreByteForByteWhatJenasStreamingWriterWrites(RdfFormat format) {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        RdfDump.of(RdfExport.from(driver).withText(true), format).writeTo(ours, null);
        ByteArrayOutputStream jenas = new ByteArrayOutputStream();
        org.apache.jena.riot.system.StreamRDF w = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(jenas, format.jenaFormat());
        RdfExport.from(driver).withText(true).quads(format.quads()).writeTo(w);
        assertThat(ours.size()).isGreaterThan(20_000);
        assertThat(ours.toString(StandardCharsets.UTF_8)).isEqualTo(jenas.toString(StandardCharsets.UTF_8));
        assertThat(ours.toByteArray()).isEqualTo(jenas.toByteArray());
    }

    /** What {@code khabar export} reads a store it runs itself with (the Java API) and Bolt give the very same bytes. */
    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"NTRIPLES", "NQUADS", "TURTLE"})
    void theEmbeddedAndTheBoltReaderWriteTheSameBytes(RdfFormat format) {
        for (boolean withText : new boolean[] {false, true}) {
            byte[] bolt = dump(RdfExport.from(driver).withText(withText).base("https://example.org/kg/"), format);
            byte[] embedded = dump(RdfExport.from(neo4j.defaultDatabaseService()).withText(withText)
                    .base("https://example.org/kg/"), format);
            assertThat(bolt.length).isGreaterThan(10_000);
            assertThat(new String(embedded, StandardCharsets.UTF_8)).isEqualTo(new String(bolt, StandardCharsets.UTF_8));
            assertThat(embedded).isEqualTo(bolt);
        }
    }

    static byte[] dump(RdfExport export, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfDump.of(export, format).writeTo(out, null);
        return out.toByteArray();
    }

    @Test
    void quadsKeepOneNamedGraphPerArticleAndEntitiesInTheDefaultGraph() {
        Path f = RdfDump.of(RdfExport.from(driver), RdfFormat.NQUADS).write(dir.resolve("k.nq"), null).dump();
        DatasetGraph d = parse(f, Lang.NQUADS);
        Node articleGraph = Vocab.uri(Vocab.RESOURCE_NS + "article/a-test-001#graph");
        assertThat(iris(d)).contains(articleGraph.getURI());
        Set<Node> graphs = new HashSet<>();
        d.listGraphNodes().forEachRemaining(graphs::add);
        assertThat(graphs).containsExactly(articleGraph);
        Node lavrov = Vocab.uri(Vocab.RESOURCE_NS + "person/lafrwf");
        Node statement = Vocab.uri(Vocab.RESOURCE_NS + "statement/a-test-001-s1");
        assertThat(d.getDefaultGraph().contains(lavrov, Vocab.skos("prefLabel"), Emitter.ar("سيرغي لافروف"))).isTrue();
        assertThat(d.getGraph(articleGraph).contains(lavrov, Vocab.standard().kg("denied"), statement)).isTrue();
        assertThat(d.getDefaultGraph().contains(lavrov, Vocab.standard().kg("denied"), statement)).isFalse();
        assertThat(d.getGraph(articleGraph).contains(lavrov, Vocab.standard().kg("metWith"),
                Vocab.uri(Vocab.RESOURCE_NS + "person/kyry"))).isTrue();
    }

    @Test
    void evidenceOffsetsPointIntoTheArticleText() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        RdfExport.from(driver).quads(true).withText(true).writeTo(org.apache.jena.riot.system.StreamRDFLib.dataset(d));
        Node begin = Vocab.nif("beginIndex");
        Node end = Vocab.nif("endIndex");
        Node anchor = Vocab.nif("anchorOf");
        List<Quad> anchors = d.stream(Node.ANY, Node.ANY, anchor, Node.ANY).toList();
        assertThat(anchors).hasSize(4);
        for (Quad q : anchors) {
            int b = Integer.parseInt(d.find(Node.ANY, q.getSubject(), begin, Node.ANY).next().getObject().getLiteralLexicalForm());
            int e = Integer.parseInt(d.find(Node.ANY, q.getSubject(), end, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertThat(SampleGraph.TEXT.substring(b, e)).isEqualTo(q.getObject().getLiteralLexicalForm());
            assertThat(q.getSubject().getURI()).endsWith("#char=" + b + "," + e);
        }
        Node isString = Vocab.nif("isString");
        assertThat(d.find(Node.ANY, Node.ANY, isString, Node.ANY).next().getObject().getLiteralLexicalForm()).isEqualTo(SampleGraph.TEXT);
    }

    @Test
    void everyKhabarTermInTheDumpIsDeclaredInTheOntology() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        RdfExport.from(driver).quads(true).writeTo(org.apache.jena.riot.system.StreamRDFLib.dataset(d));
        Graph ontology = Ontology.ontology(Vocab.standard());
        Graph cameo = Ontology.cameo();
        Set<Node> used = new HashSet<>();
        d.find().forEachRemaining(q -> {
            used.add(q.getPredicate());
            if (q.getPredicate().equals(Vocab.TYPE) || q.getObject().isURI()) used.add(q.getObject());
        });
        for (Node n : used) {
            if (n.isURI() && n.getURI().startsWith(Vocab.DEFAULT_NS)) {
                assertThat(ontology.contains(n, Node.ANY, Node.ANY)).as("declared: " + n).isTrue();
            }
            if (n.isURI() && n.getURI().startsWith(Vocab.CAMEO_NS)) {
                assertThat(cameo.contains(n, Vocab.skos("prefLabel"), Node.ANY)).as("in cameo.ttl: " + n).isTrue();
            }
        }
    }

    @Test
    void baseAndVocabularyCanBeChanged() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        RdfExport.from(driver).base("https://example.org/kg/").vocab(Vocab.of("https://example.org/onto#"))
                .writeTo(org.apache.jena.riot.system.StreamRDFLib.dataset(d));
        assertThat(iris(d)).noneMatch(i -> i.startsWith(Vocab.RESOURCE_NS) || i.startsWith(Vocab.DEFAULT_NS))
                .contains("https://example.org/kg/person/lafrwf", "https://example.org/onto#denied");
        RdfValidator.Result v = RdfValidator.of(Vocab.of("https://example.org/onto#")).validate(d);
        v.print(System.out);
        assertThat(v.conforms()).isTrue();
    }

    @Test
    void cliExportsGzippedNTriplesAndTheyValidate() throws Exception {
        Path out = dir.resolve("cli.nt");
        int code = Khabar.run("export", "--neo4j-uri", neo4j.boltURI().toString(), "--format", "ntriples", "--gzip", "-o", out.toString());
        assertThat(code).isZero();
        Path gz = dir.resolve("cli.nt.gz");
        assertThat(gz).exists();
        assertThat(dir.resolve("cli.nt.gz.void.ttl")).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(Khabar.run("validate", gz.toString())).isZero();
        assertThat(parse(gz, Lang.NTRIPLES).stream().count()).isGreaterThan(150);
    }

    @Test
    void unreachableDatabaseFailsWithoutLeavingAFile() {
        Path out = dir.resolve("never.nt");
        int code = Khabar.run("export", "--neo4j-uri", "bolt://127.0.0.1:1", "-o", out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void tripleCountsOfTheSample() {
        ExportStats s = RdfExport.from(driver).writeTo(org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        assertThat(s.articles()).isEqualTo(1);
        assertThat(s.entities()).isEqualTo(7); // 6 named in the text + the outlet (PUBLISHED_BY)
        assertThat(s.statements()).isEqualTo(3);
        assertThat(s.meetings()).isEqualTo(1);
        assertThat(s.events()).isEqualTo(1);
        assertThat(Triple.create(Vocab.TYPE, Vocab.TYPE, Vocab.TYPE)).isNotNull();
    }
}
