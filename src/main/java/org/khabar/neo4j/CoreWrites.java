package org.khabar.neo4j;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.graph.SpeechType;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * The bulk of a batch (articles' properties, mentions, statements, events, meetings, roles) written
 * with Neo4j's core API, when this process runs the store: the same nodes, relationships and
 * property values as the Cypher of {@link BatchWrite} over Bolt (integers as {@code long}, lists
 * as arrays, nulls not stored), without planning or interpreting a query per row. The rows are
 * those {@link BatchWrite} gives its queries; nodes are reached by element id.
 */
final class CoreWrites {
    private static final Label STATEMENT = Label.label("Statement");
    private static final Label EVENT = Label.label("Event");
    private static final Map<RelType, RelationshipType> TYPES = new EnumMap<>(RelType.class);
    private static final Map<SpeechType, RelationshipType> SPEECH = new EnumMap<>(SpeechType.class);

    static {
        for (RelType t : RelType.values()) TYPES.put(t, RelationshipType.withName(t.name()));
        for (SpeechType t : SpeechType.values()) SPEECH.put(t, RelationshipType.withName(t.name()));
    }

    private final Transaction tx;
    private final Map<String, Node> nodes = new HashMap<>();
    int nodesCreated;
    int relsCreated;

    CoreWrites(Transaction tx) {
        this.tx = tx;
    }

    /** {@code SET a += row.props REMOVE a._loading} for rows of {eid, props}: a null value removes the property. */
    void articles(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node a = node((String) row.get("eid"));
            for (Map.Entry<String, ?> p : props(row).entrySet()) {
                if (p.getValue() == null) a.removeProperty(p.getKey());
                else a.setProperty(p.getKey(), storable(p.getValue()));
            }
            a.removeProperty("_loading");
        }
    }

    /** {@code SET n.k = row.k} for each of {@code keys}, rows of {eid, k…}: a null value removes the property. */
    void set(List<Map<String, Object>> rows, List<String> keys) {
        for (Map<String, Object> row : rows) {
            Node n = node((String) row.get("eid"));
            for (String k : keys) {
                Object v = row.get(k);
                if (v == null) n.removeProperty(k);
                else n.setProperty(k, storable(v));
            }
        }
    }

    /** Rows of {id, eid, rows: [{e, count, name, aliases, roles}]}. */
    void mentions(List<Map<String, Object>> articles) {
        for (Map<String, Object> art : articles) {
            Node a = node((String) art.get("eid"));
            Object articleId = art.get("id");
            for (Map<String, Object> row : rows(art)) {
                Relationship m = link(a, RelType.MENTIONS, node((String) row.get("e")));
                set(m, "count", row.get("count"));
                set(m, "articleId", articleId);
                set(m, "name", row.get("name"));
                set(m, "aliases", row.get("aliases"));
                set(m, "roles", row.get("roles"));
            }
        }
    }

    /** Rows of {id, eid, rows: [{props, participants, places}]}. */
    void events(List<Map<String, Object>> articles) {
        for (Map<String, Object> art : articles) {
            Node a = node((String) art.get("eid"));
            Object articleId = art.get("id");
            for (Map<String, Object> row : rows(art)) {
                Node ev = create(EVENT, props(row), ArticleRows.EVENT_KEYS);
                set(link(a, RelType.REPORTS, ev), "articleId", articleId);
                for (String x : strings(row.get("participants"))) {
                    set(link(node(x), RelType.PARTICIPATED_IN, ev), "articleId", articleId);
                }
                for (String x : strings(row.get("places"))) {
                    set(link(ev, RelType.OCCURRED_IN, node(x)), "articleId", articleId);
                }
            }
        }
    }

    /** Rows of {id, eid, rows: [{type, speaker, props, about, targets, addressee}]}. */
    void statements(List<Map<String, Object>> articles) {
        for (Map<String, Object> art : articles) {
            Node a = node((String) art.get("eid"));
            Object articleId = art.get("id");
            for (Map<String, Object> row : rows(art)) {
                Map<String, Object> props = props(row);
                Node s = create(STATEMENT, props, ArticleRows.STATEMENT_KEYS);
                set(link(a, RelType.REPORTS, s), "articleId", articleId);
                Relationship act = node((String) row.get("speaker"))
                        .createRelationshipTo(s, SPEECH.get(SpeechType.valueOf((String) row.get("type"))));
                relsCreated++;
                set(act, "articleId", articleId);
                set(act, "start", props.get("start"));
                set(act, "end", props.get("end"));
                set(act, "confidence", props.get("confidence"));
                for (String x : strings(row.get("about"))) set(link(s, RelType.ABOUT, node(x)), "articleId", articleId);
                for (String x : strings(row.get("targets"))) {
                    set(link(s, RelType.TARGETS, node(x)), "articleId", articleId);
                }
                Object addressee = row.get("addressee");
                if (addressee != null) set(link(s, RelType.ADDRESSED_TO, node((String) addressee)), "articleId", articleId);
            }
        }
    }

    /** Rows of {from-key, to-key, props}: one relationship of {@code type} each, with the {@code keys} of props. */
    void links(RelType type, List<Map<String, Object>> rows, String from, String to, List<String> keys) {
        for (Map<String, Object> row : rows) {
            Relationship r = link(node((String) row.get(from)), type, node((String) row.get(to)));
            Map<String, Object> props = props(row);
            for (String k : keys) set(r, k, props.get(k));
        }
    }

    private Node create(Label label, Map<String, Object> props, List<String> keys) {
        Node n = tx.createNode(label);
        nodesCreated++;
        for (String k : keys) set(n, k, props.get(k));
        return n;
    }

    private Relationship link(Node from, RelType type, Node to) {
        relsCreated++;
        return from.createRelationshipTo(to, TYPES.get(type));
    }

    private Node node(String elementId) {
        return nodes.computeIfAbsent(elementId, tx::getNodeByElementId);
    }

    /** As {@code CREATE (x {k: v})}: a null value is not stored. */
    private static void set(Entity e, String key, Object value) {
        if (value != null) e.setProperty(key, storable(value));
    }

    /** A parameter value as Cypher stores it: integers as long, lists as arrays. */
    static Object storable(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof List<?> l) {
            if (l.isEmpty()) return EMPTY;
            Object first = l.get(0);
            if (first instanceof String) return l.toArray(String[]::new);
            if (first instanceof Number && !(first instanceof Double || first instanceof Float)) {
                long[] out = new long[l.size()];
                for (int i = 0; i < out.length; i++) out[i] = ((Number) l.get(i)).longValue();
                return out;
            }
            throw new IllegalArgumentException("khabar writes lists of strings or integers only, not " + l);
        }
        return v;
    }

    /** What Cypher stores for an empty list. */
    private static final String[] EMPTY = new String[0];

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> art) {
        return (List<Map<String, Object>>) art.get("rows");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return v == null ? List.of() : (List<String>) v;
    }
}
