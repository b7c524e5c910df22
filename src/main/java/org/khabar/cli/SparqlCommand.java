package org.khabar.cli;

import java.util.concurrent.Callable;
import org.khabar.rdf.RdfExport;
import org.khabar.rdf.SparqlEndpoint;
import org.khabar.rdf.Vocab;
import org.khabar.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar sparql [--port 3030]}: a read-only SPARQL endpoint over the current export. */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = {"Exports the graph in Neo4j into memory and serves it read-only over SPARQL"
                + " (embedded Fuseki on 127.0.0.1) until interrupted.",
                "Query URL: http://127.0.0.1:PORT/khabar/sparql. Example queries: sparql/*.rq."})
final class SparqlCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "3030", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--vocab", paramLabel = "NS", defaultValue = Vocab.DEFAULT_NS,
            description = "Namespace of khabar's ontology terms (default: ${DEFAULT-VALUE}).")
    String vocab;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535, not " + port);
        SparqlEndpoint ep;
        try (GraphStore graph = GraphStore.open(store.settings(false))) {
            ep = SparqlEndpoint.start(RdfExport.from(graph).vocab(Vocab.of(vocab)), port);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(ep::close, "khabar-sparql-stop"));
        System.err.println("khabar: " + ep.stats().triples() + " quads from " + ep.stats().articles()
                + " articles; SPARQL endpoint (read-only) at " + ep.queryUrl() + " — Ctrl-C to stop");
        ep.join();
        return 0;
    }
}
