package org.khabar.rdf;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A read-only SPARQL endpoint (embedded Fuseki on 127.0.0.1) over an in-memory dataset filled
 * from an export: one named graph per article, entity descriptions in the default graph, the
 * ontology and CAMEO scheme in {@code <https://w3id.org/khabar/ontology>} and
 * {@code <https://w3id.org/khabar/cameo/>}. What an article says is matched with {@code GRAPH ?g { … }}
 * (see {@code sparql/*.rq}).
 *
 * <pre>{@code
 * try (SparqlEndpoint ep = SparqlEndpoint.start(RdfExport.from(driver), 3030)) {
 *     System.out.println(ep.queryUrl());     // http://127.0.0.1:3030/khabar/sparql
 * }
 * }</pre>
 */
public final class SparqlEndpoint implements AutoCloseable {
    public static final String DATASET = "/khabar";

    private final FusekiServer server;
    private final ExportStats stats;

    private SparqlEndpoint(FusekiServer server, ExportStats stats) {
        this.server = server;
        this.stats = stats;
    }

    /** Exports into memory and serves it on 127.0.0.1:{@code port} ({@code 0}: any free port). */
    public static SparqlEndpoint start(RdfExport export, int port) {
        Objects.requireNonNull(export, "export");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ExportStats stats = export.quads(true).writeTo(StreamRDFLib.dataset(dsg));
        dsg.executeWrite(() -> {
            Ontology.ontology(export.vocab()).find().forEachRemaining(t ->
                    dsg.add(Vocab.uri("https://w3id.org/khabar/ontology"), t.getSubject(), t.getPredicate(), t.getObject()));
            Ontology.cameo().find().forEachRemaining(t ->
                    dsg.add(Vocab.uri(Vocab.CAMEO_NS), t.getSubject(), t.getPredicate(), t.getObject()));
        });
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(port)
                .add(DATASET, dsg, false)
                .enablePing(true)
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start the SPARQL endpoint on 127.0.0.1:" + port + ": " + e.getMessage()
                    + " (is the port in use? try --port)", e);
        }
        return new SparqlEndpoint(server, stats);
    }

    public int port() { return server.getHttpPort(); }

    /** The query URL, e.g. {@code http://127.0.0.1:3030/khabar/sparql}. */
    public String queryUrl() { return "http://127.0.0.1:" + port() + DATASET + "/sparql"; }

    public ExportStats stats() { return stats; }

    /** Blocks until the server stops. */
    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
