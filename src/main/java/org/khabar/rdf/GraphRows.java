package org.khabar.rdf;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the exporter reads the graph: the rows of its read-only Cypher ({@link Queries}), one read
 * transaction at a time, over Bolt ({@link BoltRows}) or from the database running in this process
 * ({@link EmbeddedRows}). Both hand over the same plain Java values (String, Long, Double, Boolean,
 * List, null) for the same store, so an export writes the same bytes whichever way it reads.
 *
 * <pre>{@code
 * rows.inTransaction(tx -> tx.forEach(Queries.ENTITIES, Map.of(), new Sink() { … }));
 * }</pre>
 */
sealed interface GraphRows permits BoltRows, EmbeddedRows {
    /**
     * Runs {@code work} in one read transaction, opened and ended here. Never retried: an export
     * writes as it reads. A failure of the database becomes an {@link IllegalStateException} that
     * says what to check; what {@code work} itself throws passes through.
     */
    void inTransaction(Consumer<Tx> work);

    /** One read transaction. */
    interface Tx {
        /** Runs {@code cypher} with {@code params}: the columns first, then each row, streamed, in the query's order. */
        void forEach(String cypher, Map<String, Object> params, Sink sink);
    }

    /** Receives one query's result. */
    interface Sink {
        void columns(List<String> names);

        /** One row, in the order of the columns; the array is the sink's to keep. */
        void row(Object[] values);
    }

    /** The message of a read that failed in Neo4j. */
    static String failure(RuntimeException e) {
        return "cannot read the graph from Neo4j: " + e.getMessage() + " (is the database running and loaded?)";
    }
}
