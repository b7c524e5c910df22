package org.khabar.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * A write transaction of the loader, however the store is reached: over Bolt (a driver's managed
 * transaction), or through Neo4j's Java API when this process runs the store (then the bulk of a
 * batch is written with the core API, {@link CoreWrites}, and not with Cypher). Query results come
 * back as plain Java values, the same on both paths: strings, {@code Long}, {@code Double},
 * {@code Boolean}, lists (never arrays), maps, null.
 */
sealed interface WriteTx {
    /** Rows of a query and what it changed. */
    record Rows(List<Map<String, Object>> rows, int nodesCreated, int relsCreated, int nodesDeleted, int relsDeleted) {
        /** The only row, for queries that aggregate. */
        Map<String, Object> single() {
            if (rows.size() != 1) throw new IllegalStateException("expected one row, got " + rows.size());
            return rows.get(0);
        }
    }

    /** Runs {@code query} with {@code params} (plain Java maps, lists, strings and numbers). */
    Rows run(String query, Map<String, Object> params);

    /** Over Bolt, in a driver's managed transaction. */
    record Bolt(TransactionContext tx) implements WriteTx {
        @Override
        public Rows run(String query, Map<String, Object> params) {
            var r = tx.run(query, params);
            List<Map<String, Object>> rows = r.list(Record::asMap);
            SummaryCounters c = r.consume().counters();
            return new Rows(rows, c.nodesCreated(), c.relationshipsCreated(), c.nodesDeleted(), c.relationshipsDeleted());
        }
    }

    /**
     * In this process, through Neo4j's Java API; {@code core} writes with the core API in the same
     * transaction (one per transaction: it keeps the nodes it reached and counts what it created).
     */
    record Embedded(Transaction tx, CoreWrites core) implements WriteTx {
        Embedded(Transaction tx) {
            this(tx, new CoreWrites(tx));
        }

        @Override
        public Rows run(String query, Map<String, Object> params) {
            try (Result r = tx.execute(query, params)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                List<String> columns = r.columns();
                r.accept(row -> {
                    Map<String, Object> m = new HashMap<>();
                    for (String c : columns) m.put(c, PlainValues.of(row.get(c)));
                    rows.add(m);
                    return true;
                });
                QueryStatistics s = r.getQueryStatistics();
                return new Rows(rows, s.getNodesCreated(), s.getRelationshipsCreated(), s.getNodesDeleted(),
                        s.getRelationshipsDeleted());
            }
        }
    }
}
