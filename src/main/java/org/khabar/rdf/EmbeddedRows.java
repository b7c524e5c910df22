package org.khabar.rdf;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import org.khabar.neo4j.PlainValues;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransactionFailureException;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Rows read from the database running in this process, through Neo4j's Java API: the same Cypher
 * as over Bolt, without packing, sending and unpacking every value.
 */
record EmbeddedRows(GraphDatabaseService db) implements GraphRows {
    EmbeddedRows {
        Objects.requireNonNull(db, "db");
    }

    @Override
    public void inTransaction(Consumer<Tx> work) {
        try (Transaction tx = db.beginTx()) {
            work.accept((cypher, params, sink) -> {
                try (Result r = tx.execute(cypher, params)) {
                    String[] columns = r.columns().toArray(String[]::new);
                    sink.columns(Arrays.asList(columns));
                    r.accept(row -> {
                        Object[] values = new Object[columns.length];
                        for (int i = 0; i < columns.length; i++) values[i] = PlainValues.of(row.get(columns[i]));
                        sink.row(values);
                        return true;
                    });
                }
            });
            tx.commit();
        } catch (QueryExecutionException | TransactionFailureException | TransientFailureException
                 | DatabaseShutdownException e) {
            throw new IllegalStateException(GraphRows.failure(e), e);
        }
    }
}
