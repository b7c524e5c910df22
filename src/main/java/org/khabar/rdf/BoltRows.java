package org.khabar.rdf;

import java.util.ArrayList;
import java.util.List;
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
import org.neo4j.driver.Value;
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
            work.accept((cypher, params, each) -> {
                Result r = tx.run(cypher, params);
                while (r.hasNext()) each.accept(new BoltRow(r.next()));
            });
            tx.commit();
        } catch (Neo4jException e) {
            throw new IllegalStateException(GraphRows.failure(e), e);
        }
    }

    private record BoltRow(Record rec) implements Row {
        @Override
        public String str(String key) {
            Value v = rec.get(key);
            return v.isNull() ? null : v.asString();
        }

        @Override
        public Long lng(String key) {
            Value v = rec.get(key);
            return v.isNull() ? null : v.asLong();
        }

        @Override
        public Double dbl(String key) {
            Value v = rec.get(key);
            return v.isNull() ? null : v.asDouble();
        }

        @Override
        public List<String> strings(String key) {
            Value v = rec.get(key);
            if (v.isNull()) return List.of();
            List<String> l = new ArrayList<>(v.size());
            for (Value e : v.values()) if (!e.isNull()) l.add(e.asString());
            return l;
        }

        @Override
        public List<String[]> pairs(String key) {
            Value v = rec.get(key);
            if (v.isNull()) return List.of();
            List<String[]> l = new ArrayList<>(v.size());
            for (Value p : v.values()) {
                l.add(new String[] {p.get(0).isNull() ? null : p.get(0).asString(), p.get(1).isNull() ? null : p.get(1).asString()});
            }
            return l;
        }
    }
}
