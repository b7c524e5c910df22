package org.khabar.rdf;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the exporter reads the graph: the rows of its read-only Cypher ({@link Queries}), one read
 * transaction at a time, over Bolt ({@link BoltRows}) or from the database running in this process
 * ({@link EmbeddedRows}). Both give the same rows for the same store, so an export writes the same
 * bytes whichever way it reads.
 *
 * <pre>{@code
 * rows.inTransaction(tx -> tx.forEach(Queries.ENTITIES, Map.of(), row -> use(row.str("uri"))));
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
        /** Runs {@code cypher} with {@code params} and hands each row to {@code each}, streamed, in the query's order. */
        void forEach(String cypher, Map<String, Object> params, Consumer<Row> each);
    }

    /** One row; a row is only valid inside the {@code each} it was handed to. */
    interface Row {
        /** A string column; null when null. */
        String str(String key);

        /** An integer column; null when null. */
        Long lng(String key);

        /** A float column; null when null. */
        Double dbl(String key);

        /** A list of strings (null elements left out); empty when null. In the list's order. */
        java.util.List<String> strings(String key);

        /**
         * A list of two-element lists of strings ({@code [type, uri]}), as {@code String[2]}, the
         * second possibly null; empty when null.
         */
        java.util.List<String[]> pairs(String key);
    }

    /** The message of a read that failed in Neo4j. */
    static String failure(RuntimeException e) {
        return "cannot read the graph from Neo4j: " + e.getMessage() + " (is the database running and loaded?)";
    }

    /** A column of another type than the exporter expects: the store was not written by this khabar. */
    static IllegalStateException wrongType(String key, Object value, String expected) {
        return new IllegalStateException("column '" + key + "' of an export query is " + value.getClass().getSimpleName()
                + " '" + value + "', expected " + expected + "; was the graph written by another khabar version?"
                + " reload it with khabar load");
    }
}
