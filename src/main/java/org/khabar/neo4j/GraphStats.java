package org.khabar.neo4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Node and relationship counts, overall, by label and by relationship type (from Neo4j's count
 * store: fast on any size).
 *
 * <pre>{@code
 * GraphStats s = GraphStats.read(driver);
 * System.out.println(s.toJson());   // {"nodes": N, "relationships": M, "labels": {...}, "types": {...}}
 * }</pre>
 */
public record GraphStats(long nodes, long relationships, Map<String, Long> labels, Map<String, Long> types) {
    private static final String NODES = "MATCH (n) RETURN count(n) AS c";
    private static final String RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS c";
    private static final String LABELS = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c";
    private static final String TYPES = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c";
    private static final ObjectMapper JSON = new ObjectMapper();

    public GraphStats {
        labels = Map.copyOf(new TreeMap<>(labels));
        types = Map.copyOf(new TreeMap<>(types));
    }

    public static GraphStats read(Driver driver) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                long nodes = tx.run(NODES).single().get("c").asLong();
                long rels = tx.run(RELATIONSHIPS).single().get("c").asLong();
                Map<String, Long> labels = new TreeMap<>();
                tx.run(LABELS).forEachRemaining(r -> {
                    long c = r.get("c").asLong();
                    if (c > 0) labels.put(r.get("label").asString(), c);
                });
                Map<String, Long> types = new TreeMap<>();
                tx.run(TYPES).forEachRemaining(r -> {
                    long c = r.get("c").asLong();
                    if (c > 0) types.put(r.get("type").asString(), c);
                });
                return new GraphStats(nodes, rels, labels, types);
            });
        } catch (Neo4jException e) {
            throw new StoreException("cannot count the graph: " + e.getMessage(), e);
        }
    }

    /** {@code {"nodes": N, "relationships": M, "labels": {"Person": n, …}, "types": {"STATED": n, …}}}. */
    public String toJson() {
        return "{\"nodes\": " + nodes + ", \"relationships\": " + relationships
                + ", \"labels\": " + object(labels) + ", \"types\": " + object(types) + "}";
    }

    private static String object(Map<String, Long> counts) {
        StringBuilder b = new StringBuilder("{");
        new TreeMap<>(counts).forEach((k, v) -> {
            if (b.length() > 1) b.append(", ");
            try {
                b.append(JSON.writeValueAsString(k));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
            b.append(": ").append(v);
        });
        return b.append('}').toString();
    }

    /** A readable table, labels and types sorted by name. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(java.util.Locale.ROOT, "%-24s %10d%n", "nodes", nodes));
        b.append(String.format(java.util.Locale.ROOT, "%-24s %10d%n", "relationships", relationships));
        if (!labels.isEmpty()) b.append("\nlabel\n");
        new TreeMap<>(labels).forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, "  %-22s %10d%n", k, v)));
        if (!types.isEmpty()) b.append("\nrelationship type\n");
        new TreeMap<>(types).forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, "  %-22s %10d%n", k, v)));
        return b.toString();
    }
}
