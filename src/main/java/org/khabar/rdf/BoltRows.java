package org.khabar.rdf;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.Neo4jException;

/** Rows read over Bolt through the driver: for a standalone server or a running {@code khabar serve}. */
record BoltRows(Driver driver) implements GraphRows {
    BoltRows {
        Objects.requireNonNull(driver, "driver");
    }

    @Override
    public void inTransaction(Consumer<Tx> work) {
        // an explicit read transaction, not executeRead: a retried export would repeat what it already wrote
        try (Session session = driver.session(SessionConfig.builder()
                     .withDefaultAccessMode(AccessMode.READ).withFetchSize(500).build());
             Transaction tx = session.beginTransaction()) {
            work.accept((cypher, params, sink) -> {
                Result r = tx.run(cypher, params);
                sink.columns(r.keys());
                while (r.hasNext()) {
                    Record rec = r.next();
                    Object[] values = new Object[rec.size()];
                    for (int i = 0; i < values.length; i++) values[i] = rec.get(i).asObject();
                    sink.row(values);
                }
            });
            tx.commit();
        } catch (Neo4jException e) {
            throw new IllegalStateException(GraphRows.failure(e), e);
        }
    }
}
