package org.khabar.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The VoID + DCAT description of one dump: triple count (counted on the stream), date, license,
 * version, vocabularies, example resources. Written as Turtle beside the dump; the download
 * link is relative, so the pair can be moved or published together.
 */
public final class VoidDescription {
    /** Data license unless {@code --license} says otherwise. */
    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** The dataset described (one per dump; the distribution is {@code #dump-FORMAT}). */
    public static final String DATASET = "https://w3id.org/khabar/dataset";

    private static final List<String> VOCABULARIES = List.of(Vocab.SCHEMA, Vocab.SEM, Vocab.PROV, Vocab.ORG,
            Vocab.NIF, Vocab.GAF, Vocab.SKOS, Vocab.OWL, Vocab.RDFS, Vocab.CAMEO_NS);

    private final Graph graph;

    private VoidDescription(Graph graph) { this.graph = graph; }

    public static VoidDescription of(Vocab vocab, ExportStats stats, RdfFormat format, String fileName, String license) {
        Graph g = GraphFactory.createDefaultGraph();
        vocab.prefixes().forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
        g.getPrefixMapping().setNsPrefix("void", Vocab.VOID);
        g.getPrefixMapping().setNsPrefix("dcat", Vocab.DCAT);
        Node ds = Vocab.uri(DATASET);
        Node dist = Vocab.uri(DATASET + "#dump-" + format);
        Node dump = Vocab.uri("file:///" + Iris.segment(fileName)); // made relative when written
        Node dct = Vocab.uri(Vocab.DCT);
        String version = version();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        add(g, ds, Vocab.TYPE, Vocab.uri(Vocab.VOID + "Dataset"));
        add(g, ds, Vocab.TYPE, Vocab.uri(Vocab.DCAT + "Dataset"));
        add(g, ds, Vocab.uri(Vocab.DCT + "title"), Emitter.en("khabar knowledge graph of Arabic news"));
        add(g, ds, Vocab.uri(Vocab.DCT + "description"), Emitter.en("People, countries, places, organizations,"
                + " statements, meetings and events extracted from Arabic news articles, with the evidence"
                + " span of every statement in its article."));
        add(g, ds, Vocab.uri(Vocab.DCT + "created"), Emitter.typed(today, XSDDatatype.XSDdate));
        add(g, ds, Vocab.uri(Vocab.DCT + "license"), Vocab.uri(license));
        add(g, ds, Vocab.uri(Vocab.DCT + "conformsTo"), Vocab.uri(vocab.ns()));
        add(g, ds, Vocab.uri(Vocab.OWL + "versionInfo"), Emitter.string(version));
        add(g, ds, Vocab.uri(Vocab.DCAT + "version"), Emitter.string(version));
        add(g, ds, Vocab.uri(Vocab.VOID + "triples"), Emitter.typed(Long.toString(stats.triples()), XSDDatatype.XSDinteger));
        add(g, ds, Vocab.uri(Vocab.VOID + "documents"), Emitter.typed(Integer.toString(stats.articles()), XSDDatatype.XSDinteger));
        add(g, ds, Vocab.uri(Vocab.VOID + "entities"), Emitter.typed(Integer.toString(stats.entities()), XSDDatatype.XSDinteger));
        add(g, ds, Vocab.uri(Vocab.VOID + "uriSpace"), Emitter.string(Vocab.RESOURCE_NS));
        add(g, ds, Vocab.uri(Vocab.VOID + "vocabulary"), Vocab.uri(vocab.ns()));
        for (String v : VOCABULARIES) add(g, ds, Vocab.uri(Vocab.VOID + "vocabulary"), Vocab.uri(v));
        for (String ex : stats.examples()) add(g, ds, Vocab.uri(Vocab.VOID + "exampleResource"), Vocab.uri(ex));
        add(g, ds, Vocab.uri(Vocab.VOID + "dataDump"), dump);
        add(g, ds, Vocab.uri(Vocab.DCAT + "distribution"), dist);
        add(g, dist, Vocab.TYPE, Vocab.uri(Vocab.DCAT + "Distribution"));
        add(g, dist, Vocab.uri(Vocab.DCAT + "downloadURL"), dump);
        add(g, dist, Vocab.uri(Vocab.DCAT + "mediaType"), Emitter.string(format.lang().getContentType().getContentTypeStr()));
        if (fileName.endsWith(".gz")) add(g, dist, Vocab.uri(Vocab.DCAT + "compressFormat"), Emitter.string("application/gzip"));
        add(g, dist, Vocab.uri(Vocab.DCT + "format"), Emitter.string(format.toString()));
        add(g, dist, Vocab.uri(Vocab.DCT + "license"), Vocab.uri(license));
        return new VoidDescription(g);
    }

    public Graph graph() { return graph; }

    /** Writes the description as Turtle (temp file, then moved into place). */
    public void write(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    RDFWriter.source(graph).base("file:///").set(RIOT.symTurtleOmitBase, true)
                            .format(RDFFormat.TURTLE_PRETTY).output(out);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String version() {
        String v = VoidDescription.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        if (o != null) g.add(Triple.create(s, p, o));
    }
}
