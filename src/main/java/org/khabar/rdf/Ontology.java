package org.khabar.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The files under {@code ontology/} (shipped in the jar): the OWL ontology, the CAMEO concept
 * scheme and the SHACL shapes, with khabar's namespace replaced when a dump uses another one.
 *
 * <pre>{@code
 * Graph shapes = Ontology.shapes(Vocab.standard());
 * }</pre>
 */
public final class Ontology {
    public static final String ONTOLOGY = "khabar.ttl";
    public static final String CAMEO = "cameo.ttl";
    public static final String SHAPES = "shapes.ttl";

    private Ontology() {}

    public static Graph ontology(Vocab vocab) { return graph(ONTOLOGY, vocab); }

    public static Graph cameo() { return graph(CAMEO, Vocab.standard()); }

    public static Graph shapes(Vocab vocab) { return graph(SHAPES, vocab); }

    /** The Turtle text of {@code name}, with {@value Vocab#DEFAULT_NS} replaced by the vocabulary's namespace. */
    public static String text(String name, Vocab vocab) {
        try (InputStream in = Ontology.class.getResourceAsStream("/ontology/" + name)) {
            if (in == null) throw new IllegalStateException("ontology/" + name + " is missing from the khabar jar; rebuild it");
            String ttl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ttl.replace(Vocab.DEFAULT_NS, vocab.ns());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/" + name + ": " + e.getMessage(), e);
        }
    }

    private static Graph graph(String name, Vocab vocab) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text(name, vocab), Lang.TURTLE).base("https://w3id.org/khabar/").parse(g);
        return g;
    }
}
