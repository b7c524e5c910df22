package org.khabar.rdf;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
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
            work.accept((cypher, params, each) -> {
                EmbeddedRow row = new EmbeddedRow();
                try (Result r = tx.execute(cypher, params)) {
                    r.accept(values -> {
                        row.values = values;
                        each.accept(row);
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

    /** A view of the current row of a result (Cypher gives strings, longs, doubles, lists and arrays). */
    private static final class EmbeddedRow implements Row {
        Result.ResultRow values;

        @Override
        public String str(String key) {
            Object v = values.get(key);
            if (v == null || v instanceof String) return (String) v;
            throw GraphRows.wrongType(key, v, "a string");
        }

        @Override
        public Long lng(String key) {
            Object v = values.get(key);
            if (v == null) return null;
            if (v instanceof Long l) return l;
            if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
            throw GraphRows.wrongType(key, v, "an integer");
        }

        @Override
        public Double dbl(String key) {
            Object v = values.get(key);
            if (v == null) return null;
            if (v instanceof Number n) return n.doubleValue();
            throw GraphRows.wrongType(key, v, "a number");
        }

        @Override
        public List<String> strings(String key) {
            Object v = values.get(key);
            if (v == null) return List.of();
            List<?> l = list(key, v);
            List<String> out = new ArrayList<>(l.size());
            for (Object e : l) {
                if (e == null) continue;
                if (!(e instanceof String s)) throw GraphRows.wrongType(key, e, "a list of strings");
                out.add(s);
            }
            return out;
        }

        @Override
        public List<String[]> pairs(String key) {
            Object v = values.get(key);
            if (v == null) return List.of();
            List<?> l = list(key, v);
            List<String[]> out = new ArrayList<>(l.size());
            for (Object e : l) {
                List<?> p = list(key, e);
                if (p.size() != 2) throw GraphRows.wrongType(key, e, "a list of [type, uri] pairs");
                out.add(new String[] {string(key, p.get(0)), string(key, p.get(1))});
            }
            return out;
        }

        private static String string(String key, Object v) {
            if (v == null || v instanceof String) return (String) v;
            throw GraphRows.wrongType(key, v, "a string");
        }

        /** Lists come as {@link List}; list properties stored on nodes come as arrays. */
        private static List<?> list(String key, Object v) {
            if (v instanceof List<?> l) return l;
            if (v instanceof Object[] a) return java.util.Arrays.asList(a);
            if (v != null && v.getClass().isArray()) {
                List<Object> l = new ArrayList<>(Array.getLength(v));
                for (int i = 0; i < Array.getLength(v); i++) l.add(Array.get(v, i));
                return l;
            }
            throw GraphRows.wrongType(key, v, "a list");
        }
    }
}
