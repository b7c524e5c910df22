package org.khabar.graph;

/**
 * A consumer of document graphs: the Neo4j loader, the RDF exporter, the JSON writer, counters.
 * {@link #accept} is called once per article, in input order; {@link #close} once at the end
 * (commit, flush, move the output file into place).
 */
public interface GraphSink extends AutoCloseable {
    void accept(DocumentGraph graph);

    @Override
    void close();
}
