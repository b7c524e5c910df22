package org.khabar.neo4j;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.graph.SpeechType;
import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.NodeValueIndexCursor;
import org.neo4j.internal.kernel.api.PropertyIndexQuery;
import org.neo4j.internal.schema.IndexDescriptor;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.values.storable.Values;

/**
 * A batch written with Neo4j's core API, when this process runs the store: the same nodes,
 * relationships and property values as the Cypher of {@link BatchWrite} over Bolt (integers as
 * {@code long}, lists as arrays, nulls not stored), without planning or interpreting a query per
 * row. The rows are those {@link BatchWrite} gives its queries; nodes are reached by element id.
 * What Cypher's {@code MERGE} does for loads running at once (articles, entities, outlets,
 * {@code LOCATED_IN}) is done with the same locks: a locking seek on the uniqueness constraint
 * ({@link #merge}), a node's write lock before a relationship is merged. Only the rare steps
 * (replacing an article, fixing an old entity) stay Cypher.
 */
final class CoreWrites {
    private static final Label STATEMENT = Label.label("Statement");
    private static final Label EVENT = Label.label("Event");
    private static final Label ARTICLE = Label.label("Article");
    private static final Label ENTITY = Label.label("Entity");
    private static final Label ORGANIZATION = Label.label("Organization");
    private static final Label PLACE = Label.label("Place");
    /** The uniqueness constraints of {@code cypher/schema.cypher} merges seek on (a constraint's index has its name). */
    static final String ARTICLE_ID = "article_id";
    static final String ENTITY_ID = "entity_id";
    private static final Map<RelType, RelationshipType> TYPES = new EnumMap<>(RelType.class);
    private static final Map<SpeechType, RelationshipType> SPEECH = new EnumMap<>(SpeechType.class);

    static {
        for (RelType t : RelType.values()) TYPES.put(t, RelationshipType.withName(t.name()));
        for (SpeechType t : SpeechType.values()) SPEECH.put(t, RelationshipType.withName(t.name()));
    }

    private final Transaction tx;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, IndexDescriptor> indexes = new HashMap<>();
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

    /** A node a merge found, or created (with its label and id only). */
    record Merged(Node node, boolean created) {}

    /**
     * {@code MERGE (n:label {id: $id})} with Cypher's locking: a seek on the uniqueness constraint
     * {@code constraint} that locks the id, shared when the node exists, else exclusive until the
     * transaction ends, so that a load merging the same id at once waits and then finds this node.
     */
    Merged merge(String constraint, Label label, String id) {
        KernelTransaction k = ((InternalTransaction) tx).kernelTransaction();
        IndexDescriptor index = indexes.computeIfAbsent(constraint, n -> k.schemaRead().indexGetForName(n));
        if (index == IndexDescriptor.NO_INDEX) {
            throw new StoreException("the store has no uniqueness constraint " + constraint
                    + " (it is made by khabar's schema, applied before every load: was the store changed by another tool?)");
        }
        try (NodeValueIndexCursor c = k.cursors().allocateNodeValueIndexCursor(k.cursorContext(), k.memoryTracker())) {
            long found = k.dataRead().lockingNodeUniqueIndexSeek(index, c,
                    PropertyIndexQuery.exact(index.schema().getPropertyId(), Values.stringValue(id)));
            if (found >= 0) return new Merged(((InternalTransaction) tx).newNodeEntity(found), false);
        } catch (KernelException e) {
            throw new StoreException("cannot look up " + id + " on the constraint " + constraint + ": " + e.getMessage(), e);
        }
        Node n = tx.createNode(label);
        n.setProperty("id", id);
        nodesCreated++;
        return new Merged(n, true);
    }

    /**
     * As {@code UNWIND $ids AS id MERGE (a:Article {id: id}) SET a._loading = true RETURN id,
     * a.sha256 AS sha, elementId(a) AS eid}.
     */
    WriteTx.Rows lockArticles(List<String> ids) {
        List<Map<String, Object>> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Node a = merge(ARTICLE_ID, ARTICLE, id).node();
            a.setProperty("_loading", true);
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("sha", a.getProperty("sha256", null));
            row.put("eid", remember(a));
            out.add(row);
        }
        return rows(out);
    }

    /**
     * As {@link BatchWrite}'s entity query: rows of {id, uri, nameEn, iso2, wikidata} merged on
     * {@code Entity.id}, a new one labelled {@code label} with those properties; returns what each
     * holds ({id, eid, labelled, uri, nameEn, iso2, wikidata, name, aliases, roles}).
     */
    WriteTx.Rows entities(Label label, List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            String id = (String) row.get("id");
            Merged m = merge(ENTITY_ID, ENTITY, id);
            Node e = m.node();
            if (m.created()) {
                e.addLabel(label);
                for (String k : ENTITY_KEYS) set(e, k, row.get(k));
            }
            Map<String, Object> r = new HashMap<>();
            r.put("id", id);
            r.put("eid", remember(e));
            r.put("labelled", e.hasLabel(label));
            read(e, ENTITY_KEYS, r);
            read(e, NAME_KEYS, r);
            out.add(r);
        }
        return rows(out);
    }

    private static final List<String> ENTITY_KEYS = List.of("uri", "nameEn", "iso2", "wikidata");
    /** The names an entity holds, read again under the lock before this batch's are added. */
    private static final List<String> NAME_KEYS = List.of("name", "aliases", "roles");

    /** Puts {@code n}'s {@code keys} into {@code row} as the Bolt path returns them (null when absent). */
    private static void read(Node n, List<String> keys, Map<String, Object> row) {
        for (String k : keys) row.put(k, PlainValues.of(n.getProperty(k, null)));
    }

    /**
     * As {@link BatchWrite}'s outlet query: rows of {outletId, outlet, uri, articles: [{eid, id}]}, the
     * outlet merged (a new one an {@code Organization} of kind {@code outlet}) and linked from each article.
     */
    void outlets(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Merged m = merge(ENTITY_ID, ENTITY, (String) row.get("outletId"));
            Node o = m.node();
            if (m.created()) {
                o.addLabel(ORGANIZATION);
                set(o, "uri", row.get("uri"));
                set(o, "name", row.get("outlet"));
                set(o, "nameKey", row.get("outlet"));
                o.setProperty("aliases", EMPTY);
                o.setProperty("roles", EMPTY);
                o.setProperty("kind", "outlet");
            }
            for (Map<String, Object> art : rows(row, "articles")) {
                set(link(node((String) art.get("eid")), RelType.PUBLISHED_BY, o), "articleId", art.get("id"));
            }
        }
    }

    /**
     * Locks the entities {@code eids} and reads their names under the lock (as {@link BatchWrite}'s
     * name lock): rows of {eid, name, aliases, roles}.
     */
    WriteTx.Rows lockNames(List<String> eids) {
        List<Map<String, Object>> out = new ArrayList<>(eids.size());
        for (String eid : eids) {
            Node e = node(eid);
            tx.acquireWriteLock(e);
            Map<String, Object> r = new HashMap<>();
            r.put("eid", eid);
            read(e, NAME_KEYS, r);
            out.add(r);
        }
        return rows(out);
    }

    /**
     * As {@link BatchWrite}'s {@code LOCATED_IN} query: rows of {from: a place's element id, to: a
     * country id}; the place keeps the country id, and is linked to the country when the store has it.
     */
    void locatedIn(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node p = node((String) row.get("from"));
            Object country = row.get("to");
            if (!p.hasProperty("countryId")) p.setProperty("countryId", country);
            Node c = tx.findNode(ENTITY, "id", country);
            if (c != null) mergeLink(p, RelType.LOCATED_IN, c);
        }
    }

    /** Links the places waiting for the countries {@code eids} (created by this batch). */
    void waitingPlaces(List<String> eids) {
        for (String eid : eids) {
            Node c = node(eid);
            List<Node> places = new ArrayList<>();
            try (ResourceIterator<Node> it = tx.findNodes(PLACE, "countryId", c.getProperty("id"))) {
                it.forEachRemaining(places::add);
            }
            for (Node p : places) mergeLink(p, RelType.LOCATED_IN, c);
        }
    }

    /** {@code MERGE (from)-[:type]->(to)}: under {@code from}'s write lock, created when there is none. */
    private void mergeLink(Node from, RelType type, Node to) {
        tx.acquireWriteLock(from);
        try (var rels = from.getRelationships(Direction.OUTGOING, TYPES.get(type))) {
            for (Relationship r : rels) {
                if (r.getEndNode().equals(to)) return;
            }
        }
        link(from, type, to);
    }

    private String remember(Node n) {
        String eid = n.getElementId();
        nodes.put(eid, n);
        return eid;
    }

    private static WriteTx.Rows rows(List<Map<String, Object>> rows) {
        return new WriteTx.Rows(rows, 0, 0, 0, 0); // what was created is counted in nodesCreated, relsCreated
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

    private static List<Map<String, Object>> rows(Map<String, Object> art) {
        return rows(art, "rows");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> row, String key) {
        return (List<Map<String, Object>>) row.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return v == null ? List.of() : (List<String>) v;
    }
}
