package org.khabar.neo4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.khabar.article.Article;
import org.khabar.graph.EntityType;
import org.khabar.graph.Ids;
import org.khabar.graph.SpeechType;
import org.neo4j.graphdb.Label;

/**
 * Writes a batch of articles in one transaction with a constant, small set of queries: one per
 * kind of node or relationship for the whole batch (about ten), whatever the number of articles.
 * The query text never changes (the plans stay cached); data travels only as parameters; labels
 * and types come only from {@link EntityType}, {@link SpeechType} and {@link RelType}.
 *
 * <p>Steps: lock the batch's {@code :Article} nodes (so that two loads of the same article
 * serialize) and read their stored {@code sha256}; skip the unchanged ones; take back what the
 * changed ones contributed; then write. Statements, events and every relationship that belongs to
 * one article are {@code CREATE}d: the article is locked and holds nothing of its own at that
 * point. Entities are {@code MERGE}d (shared across articles, guarded by the uniqueness
 * constraints), each once per batch with the names of all the batch's articles.
 *
 * <p>These queries are what goes over Bolt. When this process runs the store
 * ({@link WriteTx.Embedded}), every step but the rare ones (taking back a changed article, fixing
 * an entity stored by an older khabar) is written with the core API instead ({@link CoreWrites}),
 * with the same locks and the same resulting graph.
 */
final class BatchWrite {
    private BatchWrite() {}

    /** Per article what happened, and the graph changes of the whole batch. */
    record Result(Map<String, Neo4jLoader.Outcome> outcomes, int nodesCreated, int relationshipsCreated,
                  int nodesDeleted, int relationshipsDeleted) {}

    // ---- lock and compare ----
    private static final String LOCK_ARTICLES = """
            UNWIND $ids AS id
            MERGE (a:Article {id: id})
            SET a._loading = true
            RETURN id, a.sha256 AS sha, elementId(a) AS eid""";

    // ---- taking back what changed articles contributed ----
    private static final String PREVIOUS_ENTITIES = """
            UNWIND $ids AS id
            MATCH (:Article {id: id})-[:MENTIONS]->(e)
            RETURN collect(DISTINCT e.id) AS ids""";
    private static final String DELETE_STATEMENTS = "UNWIND $ids AS id MATCH (n:Statement {articleId: id}) DETACH DELETE n";
    private static final String DELETE_EVENTS = "UNWIND $ids AS id MATCH (n:Event {articleId: id}) DETACH DELETE n";
    // relationships between entities that one article contributes; both types have an index on articleId
    private static final String DELETE_MEETINGS = "UNWIND $ids AS id MATCH ()-[r:%s {articleId: id}]->() DELETE r"
            .formatted(RelType.MET_WITH);
    private static final String DELETE_ROLES = "UNWIND $ids AS id MATCH ()-[r:%s {articleId: id}]->() DELETE r"
            .formatted(RelType.HOLDS_ROLE);
    private static final String DELETE_ARTICLE_RELATIONSHIPS = "UNWIND $ids AS id MATCH (:Article {id: id})-[r]->() DELETE r";
    private static final String DELETE_ORPHANS = """
            UNWIND $ids AS eid
            MATCH (e:Entity {id: eid})
            WHERE NOT ()-[:MENTIONS]->(e)
            DETACH DELETE e""";
    // what each remaining article contributed to an entity, to derive its names after a replacement
    private static final String CONTRIBUTIONS = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            RETURN elementId(e) AS eid, [(:Article)-[m:MENTIONS]->(e) | [m.name, m.aliases, m.roles]] AS contributions""";

    /**
     * Locks the entities whose names a batch changes and reads their names again under the lock,
     * so that two loads adding names to one entity at once both land (read committed: the read
     * after the lock sees what the other load committed). Setting a property takes the node's
     * write lock even when the value does not change.
     */
    private static final String LOCK_NAMES = """
            UNWIND $eids AS eid
            MATCH (e) WHERE elementId(e) = eid
            SET e.nameKey = e.nameKey
            RETURN eid, e.name AS name, e.aliases AS aliases, e.roles AS roles""";
    private static final String SET_NAMES = """
            UNWIND $rows AS row
            MATCH (e) WHERE elementId(e) = row.eid
            SET e.name = row.name, e.nameKey = row.nameKey, e.aliases = row.aliases, e.aliasText = row.aliasText,
                e.roles = row.roles""";

    // ---- writing: nodes locked or merged earlier in the batch are matched by element id (no index seek) ----
    private static final String ARTICLES = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.eid
            SET a += row.props
            REMOVE a._loading""";
    /** One row per outlet of the batch, with the articles it published. */
    private static final String PUBLISHED_BY = """
            UNWIND $rows AS row
            MERGE (o:Entity {id: row.outletId})
              ON CREATE SET o:Organization, o.uri = row.uri, o.name = row.outlet, o.nameKey = row.outlet,
                            o.aliases = [], o.roles = [], o.kind = 'outlet'
            WITH o, row
            UNWIND row.articles AS art
            MATCH (a) WHERE elementId(a) = art.eid
            CREATE (a)-[:%s {articleId: art.id}]->(o)""".formatted(RelType.PUBLISHED_BY);
    /**
     * One row per entity of the batch: merged (a new one gets its label and properties), and what it
     * holds returned, with its element id for the rest of the batch. An existing entity is not
     * written here: only where its label or properties differ ({@link #FIX_ENTITY_TEMPLATE}) or its
     * names change ({@link #LOCK_NAMES}, then {@link #SET_NAMES}), so that an entity every
     * article mentions (a country) is neither locked nor rewritten (nor re-indexed) by every batch.
     */
    private static final String ENTITY_TEMPLATE = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
              ON CREATE SET e:%1$s, e.uri = row.uri, e.nameEn = row.nameEn, e.iso2 = row.iso2, e.wikidata = row.wikidata
            RETURN row.id AS id, elementId(e) AS eid, e:%1$s AS labelled, e.uri AS uri, e.nameEn AS nameEn,
                   e.iso2 AS iso2, e.wikidata AS wikidata, e.name AS name, e.aliases AS aliases, e.roles AS roles""";
    /** What the entity query did for every entity before: for the rare existing one that differs. */
    private static final String FIX_ENTITY_TEMPLATE = """
            UNWIND $rows AS row
            MATCH (e) WHERE elementId(e) = row.eid
            SET e:%s, e.uri = row.uri,
                e.nameEn = coalesce(e.nameEn, row.nameEn),
                e.iso2 = coalesce(row.iso2, e.iso2),
                e.wikidata = coalesce(row.wikidata, e.wikidata)""";
    private static final String MENTIONS = """
            UNWIND $articles AS art
            MATCH (a) WHERE elementId(a) = art.eid
            UNWIND art.rows AS row
            MATCH (e) WHERE elementId(e) = row.e
            CREATE (a)-[:%s {count: row.count, articleId: art.id, name: row.name, aliases: row.aliases,
                             roles: row.roles}]->(e)""".formatted(RelType.MENTIONS);
    private static final String EVENTS = """
            UNWIND $articles AS art
            MATCH (a) WHERE elementId(a) = art.eid
            UNWIND art.rows AS row
            CREATE (a)-[:%s {articleId: art.id}]->(ev:Event %s)
            WITH art, row, ev
            CALL {
              WITH art, row, ev
              UNWIND row.participants AS x
              MATCH (e) WHERE elementId(e) = x
              CREATE (e)-[:%s {articleId: art.id}]->(ev)
            }
            CALL {
              WITH art, row, ev
              UNWIND row.places AS x
              MATCH (p) WHERE elementId(p) = x
              CREATE (ev)-[:%s {articleId: art.id}]->(p)
            }""".formatted(RelType.REPORTS, ArticleRows.literal("row.props", ArticleRows.EVENT_KEYS),
            RelType.PARTICIPATED_IN, RelType.OCCURRED_IN);
    private static final String STATEMENTS;
    private static final String MEETINGS = createLinks(RelType.MET_WITH, "a", "b", ArticleRows.MEETING_KEYS);
    private static final String HOLDS_ROLE = createLinks(RelType.HOLDS_ROLE, "from", "to", ArticleRows.ROLE_KEYS);
    /**
     * A place's country (from the gazetteer) is kept on the place ({@code countryId}) and linked
     * when that country is in the store: now, or when an article names it later
     * ({@link #WAITING_PLACES}), so that the links do not depend on load order or batch size.
     * Shared by every article that names the place: merged, never deleted with an article.
     */
    private static final String LOCATED_IN = """
            UNWIND $rows AS row
            MATCH (p) WHERE elementId(p) = row.from
            FOREACH (_ IN CASE WHEN p.countryId IS NULL THEN [1] ELSE [] END | SET p.countryId = row.to)
            WITH p, row
            MATCH (c:Entity {id: row.to})
            MERGE (p)-[:%s]->(c)""".formatted(RelType.LOCATED_IN);
    /**
     * Links every place waiting for a country the store has: after batches written at once, each
     * of which may have missed the place or the country the other was writing.
     */
    static final String LINK_WAITING_PLACES = """
            MATCH (p:Place) WHERE p.countryId IS NOT NULL AND NOT (p)-[:%1$s]->()
            MATCH (c:Entity {id: p.countryId})
            MERGE (p)-[:%1$s]->(c)""".formatted(RelType.LOCATED_IN);
    /** Links the places waiting for a country the batch created. */
    private static final String WAITING_PLACES = """
            UNWIND $eids AS eid
            MATCH (c) WHERE elementId(c) = eid
            MATCH (p:Place {countryId: c.id})
            MERGE (p)-[:%s]->(c)""".formatted(RelType.LOCATED_IN);

    /** One relationship with its properties per row, between the entities whose ids the row holds. */
    private static String createLinks(RelType type, String from, String to, List<String> keys) {
        return """
                UNWIND $rows AS row
                MATCH (x) WHERE elementId(x) = row.%2$s
                MATCH (y) WHERE elementId(y) = row.%3$s
                CREATE (x)-[r:%1$s %4$s]->(y)""".formatted(type, from, to, ArticleRows.literal("row.props", keys));
    }

    private static final Map<EntityType, String> ENTITY = new EnumMap<>(EntityType.class);
    private static final Map<EntityType, String> FIX_ENTITY = new EnumMap<>(EntityType.class);

    /**
     * Every query starts with this: a cached plan is used even when the store's statistics have
     * changed since it was made (they change with every batch while a store fills up, and
     * re-planning cost more than executing). The plans are index seeks on the uniqueness
     * constraints whatever the statistics say.
     */
    static final String OPTIONS = "CYPHER replan=skip\n";

    static {
        for (EntityType t : EntityType.values()) {
            ENTITY.put(t, ENTITY_TEMPLATE.formatted(t.label()));
            FIX_ENTITY.put(t, FIX_ENTITY_TEMPLATE.formatted(t.label()));
        }
        StringBuilder speech = new StringBuilder();
        for (SpeechType t : SpeechType.values()) {
            speech.append("FOREACH (_ IN CASE WHEN row.type = '%1$s' THEN [1] ELSE [] END |\n".formatted(t.name()))
                    .append("  CREATE (sp)-[:%1$s {articleId: art.id, start: row.props.start, end: row.props.end,"
                            .formatted(t.name()))
                    .append(" confidence: row.props.confidence}]->(s))\n");
        }
        STATEMENTS = """
                UNWIND $articles AS art
                MATCH (a) WHERE elementId(a) = art.eid
                UNWIND art.rows AS row
                MATCH (sp) WHERE elementId(sp) = row.speaker
                CREATE (a)-[:%1$s {articleId: art.id}]->(s:Statement %6$s)
                %2$sWITH art, row, s
                CALL {
                  WITH art, row, s
                  UNWIND row.about AS x
                  MATCH (e) WHERE elementId(e) = x
                  CREATE (s)-[:%3$s {articleId: art.id}]->(e)
                }
                CALL {
                  WITH art, row, s
                  UNWIND row.targets AS x
                  MATCH (e) WHERE elementId(e) = x
                  CREATE (s)-[:%4$s {articleId: art.id}]->(e)
                }
                CALL {
                  WITH art, row, s
                  UNWIND CASE WHEN row.addressee IS NULL THEN [] ELSE [row.addressee] END AS x
                  MATCH (e) WHERE elementId(e) = x
                  CREATE (s)-[:%5$s {articleId: art.id}]->(e)
                }""".formatted(RelType.REPORTS, speech, RelType.ABOUT, RelType.TARGETS, RelType.ADDRESSED_TO,
                ArticleRows.literal("row.props", ArticleRows.STATEMENT_KEYS));
    }

    /** The constant Cypher texts this class runs (for tests: no data in them). */
    static List<String> queries() {
        List<String> q = new ArrayList<>(List.of(LOCK_ARTICLES, PREVIOUS_ENTITIES, DELETE_STATEMENTS, DELETE_EVENTS,
                DELETE_MEETINGS, DELETE_ROLES, DELETE_ARTICLE_RELATIONSHIPS, DELETE_ORPHANS, CONTRIBUTIONS, LOCK_NAMES,
                SET_NAMES, ARTICLES, PUBLISHED_BY, MENTIONS, EVENTS, STATEMENTS, MEETINGS,
                HOLDS_ROLE, LOCATED_IN, WAITING_PLACES, LINK_WAITING_PLACES));
        q.addAll(ENTITY.values());
        q.addAll(FIX_ENTITY.values());
        return q;
    }

    /** Writes {@code batch} (article ids unique within it) in {@code tx}. */
    static Result write(WriteTx tx, List<ArticleRows> batch) {
        Counter c = new Counter();
        List<ArticleRows> sorted = new ArrayList<>(batch);
        sorted.sort(Comparator.comparing((ArticleRows r) -> r.article().id())); // one lock order for all loads
        Map<String, String> stored = new HashMap<>();
        Map<String, String> elements = new HashMap<>();
        List<String> ids = sorted.stream().map(r -> r.article().id()).toList();
        var locked = tx instanceof WriteTx.Embedded e ? e.core().lockArticles(ids) : run(tx, LOCK_ARTICLES, Map.of("ids", ids));
        for (Map<String, Object> r : locked.rows()) {
            stored.put((String) r.get("id"), (String) r.get("sha"));
            elements.put((String) r.get("id"), (String) r.get("eid"));
        }
        c.add(locked);

        Map<String, Neo4jLoader.Outcome> outcomes = new LinkedHashMap<>();
        List<ArticleRows> write = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<Map<String, Object>> articles = new ArrayList<>();
        for (ArticleRows r : sorted) {
            Article a = r.article();
            String sha = stored.get(a.id());
            if (a.sha256().equals(sha)) {
                outcomes.put(a.id(), Neo4jLoader.Outcome.UNCHANGED);
                articles.add(Map.of("eid", elements.get(a.id()), "props", Map.of()));
                continue;
            }
            outcomes.put(a.id(), sha == null ? Neo4jLoader.Outcome.LOADED : Neo4jLoader.Outcome.REPLACED);
            if (sha != null) replaced.add(a.id());
            write.add(r);
            articles.add(Map.of("eid", elements.get(a.id()), "props", r.articleProps()));
        }
        if (!replaced.isEmpty()) takeBack(tx, c, replaced);
        if (tx instanceof WriteTx.Embedded e) {
            e.core().articles(articles);
        } else {
            c.run(tx, ARTICLES, Map.of("rows", articles));
        }
        if (!write.isEmpty()) writeArticles(tx, c, write, elements);
        if (tx instanceof WriteTx.Embedded e) { // what the core API wrote in this transaction
            c.nodesCreated += e.core().nodesCreated;
            c.relsCreated += e.core().relsCreated;
        }
        return new Result(outcomes, c.nodesCreated, c.relsCreated, c.nodesDeleted, c.relsDeleted);
    }

    /** Deletes what the articles {@code ids} contributed, then entities nobody mentions any more. */
    private static void takeBack(WriteTx tx, Counter c, List<String> ids) {
        Map<String, Object> p = Map.of("ids", ids);
        List<?> previous = (List<?>) run(tx, PREVIOUS_ENTITIES, p).single().get("ids");
        c.run(tx, DELETE_STATEMENTS, p);
        c.run(tx, DELETE_EVENTS, p);
        c.run(tx, DELETE_MEETINGS, p);
        c.run(tx, DELETE_ROLES, p);
        c.run(tx, DELETE_ARTICLE_RELATIONSHIPS, p);
        c.run(tx, DELETE_ORPHANS, Map.of("ids", previous));
        deriveNames(tx, previous);
    }

    /**
     * Writes the changed articles of a batch; {@code articles} maps each article id to the element
     * id of its locked node. Entities are merged first; every later query reaches the batch's
     * articles and entities by element id.
     */
    private static void writeArticles(WriteTx tx, Counter c, List<ArticleRows> write,
                                      Map<String, String> articles) {
        Map<String, Map<String, Object>> outlets = new LinkedHashMap<>();
        Map<EntityType, Map<String, EntityFold>> entities = new EnumMap<>(EntityType.class);
        for (ArticleRows r : write) {
            Article a = r.article();
            String eid = articles.get(a.id());
            if (a.outlet() != null && !a.outlet().isBlank()) {
                String outletId = Neo4jLoader.outletId(a.outlet());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> published = (List<Map<String, Object>>) outlets.computeIfAbsent(outletId,
                        id -> new HashMap<>(Map.of("outletId", id, "outlet", a.outlet().strip(), "uri", Ids.uri(id),
                                "articles", new ArrayList<>()))).get("articles");
                published.add(Map.of("eid", eid, "id", a.id()));
            }
            for (Map<String, Object> e : r.entities()) {
                entities.computeIfAbsent(ArticleRows.type(e), t -> new LinkedHashMap<>())
                        .computeIfAbsent((String) e.get("id"), id -> new EntityFold()).add(e);
            }
        }
        if (tx instanceof WriteTx.Embedded e) {
            e.core().outlets(List.copyOf(outlets.values()));
        } else {
            c.run(tx, PUBLISHED_BY, Map.of("rows", List.copyOf(outlets.values())));
        }

        Map<String, String> eids = new HashMap<>(); // entity id → element id
        List<Map<String, Object>> names = new ArrayList<>();
        Map<String, EntityFold> relock = new java.util.TreeMap<>(); // by entity id: one lock order for all loads
        List<String> newCountries = new ArrayList<>();
        entities.forEach((type, folds) -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            folds.values().forEach(f -> rows.add(f.row()));
            rows.sort(Comparator.comparing(x -> (String) x.get("id"))); // one lock order for all loads
            List<Map<String, Object>> fix = new ArrayList<>();
            var merged = tx instanceof WriteTx.Embedded e ? e.core().entities(Label.label(type.label()), rows)
                    : run(tx, ENTITY.get(type), Map.of("rows", rows));
            for (Map<String, Object> r : merged.rows()) {
                String id = (String) r.get("id");
                String eid = (String) r.get("eid");
                eids.put(id, eid);
                EntityFold f = folds.get(id);
                f.eid = eid;
                if (f.differs(r)) fix.add(f.fixRow());
                String storedName = (String) r.get("name");
                if (storedName == null) { // new: created by this batch, which holds its lock
                    names.add(f.with(null, List.of(), List.of()).row(eid));
                    if (type == EntityType.COUNTRY) newCountries.add(eid);
                } else if (f.with(storedName, strings(r.get("aliases")), strings(r.get("roles"))) != null) {
                    relock.put(id, f);
                }
            }
            c.add(merged);
            if (!fix.isEmpty()) c.run(tx, FIX_ENTITY.get(type), Map.of("rows", fix));
        });
        if (!relock.isEmpty()) {
            List<String> lock = relock.values().stream().map(f -> f.eid).toList();
            Map<String, EntityFold> byElement = new HashMap<>();
            relock.values().forEach(f -> byElement.put(f.eid, f));
            var again = tx instanceof WriteTx.Embedded e ? e.core().lockNames(lock) : run(tx, LOCK_NAMES, Map.of("eids", lock));
            for (Map<String, Object> r : again.rows()) {
                String eid = (String) r.get("eid");
                EntityNames now = byElement.get(eid)
                        .with((String) r.get("name"), strings(r.get("aliases")), strings(r.get("roles")));
                if (now != null) names.add(now.row(eid));
            }
            c.add(again);
        }
        setNames(tx, names);

        List<Map<String, Object>> mentions = new ArrayList<>(), events = new ArrayList<>(),
                statements = new ArrayList<>(), meetings = new ArrayList<>(), roles = new ArrayList<>();
        Set<Map<String, Object>> located = new LinkedHashSet<>();
        for (ArticleRows r : write) {
            Article a = r.article();
            String eid = articles.get(a.id());
            List<Map<String, Object>> m = new ArrayList<>();
            for (Map<String, Object> e : r.entities()) {
                m.add(Map.of("e", eids.get((String) e.get("id")), "count", e.get("count"), "name", e.get("name"),
                        "aliases", e.get("aliases"), "roles", e.get("roles")));
            }
            perArticle(mentions, a, eid, m);
            perArticle(events, a, eid, r.events().stream().map(x -> ArticleRows.withElements(x, eids)).toList());
            perArticle(statements, a, eid, r.statements().stream().map(x -> ArticleRows.withElements(x, eids)).toList());
            r.meetings().forEach(x -> meetings.add(ArticleRows.withElements(x, eids)));
            r.roles().forEach(x -> roles.add(ArticleRows.withElements(x, eids)));
            r.locatedIn().forEach(x -> located.add(Map.of("from", eids.get((String) x.get("from")), "to", x.get("to"))));
        }
        if (tx instanceof WriteTx.Embedded e) {
            CoreWrites w = e.core();
            w.mentions(mentions);
            w.events(events);
            w.statements(statements);
            w.links(RelType.MET_WITH, meetings, "a", "b", ArticleRows.MEETING_KEYS);
            w.links(RelType.HOLDS_ROLE, roles, "from", "to", ArticleRows.ROLE_KEYS);
            w.locatedIn(List.copyOf(located));
            w.waitingPlaces(newCountries);
        } else {
            c.run(tx, MENTIONS, Map.of("articles", mentions));
            c.run(tx, EVENTS, Map.of("articles", events));
            c.run(tx, STATEMENTS, Map.of("articles", statements));
            c.run(tx, MEETINGS, Map.of("rows", meetings));
            c.run(tx, HOLDS_ROLE, Map.of("rows", roles));
            c.run(tx, LOCATED_IN, Map.of("rows", List.copyOf(located)));
            c.run(tx, WAITING_PLACES, Map.of("eids", newCountries));
        }
    }

    private static void perArticle(List<Map<String, Object>> out, Article a, String eid, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) out.add(Map.of("id", a.id(), "eid", eid, "rows", rows));
    }

    /** One entity's contributions from every article of the batch, folded into one row. */
    private static final class EntityFold {
        private Map<String, Object> first;
        /** The element id of the entity's node once merged. */
        private String eid;
        private String name;
        private String nameEn;
        private final TreeSet<String> forms = new TreeSet<>();
        private final TreeSet<String> roles = new TreeSet<>();

        @SuppressWarnings("unchecked")
        void add(Map<String, Object> e) {
            if (first == null) first = e;
            String n = (String) e.get("name");
            if (EntityNames.better(n, name)) name = n;
            if (nameEn == null) nameEn = (String) e.get("nameEn");
            if (n != null) forms.add(n);
            forms.addAll((List<String>) e.get("aliases"));
            roles.addAll((List<String>) e.get("roles"));
        }

        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("id", first.get("id"));
            row.put("uri", first.get("uri"));
            row.put("nameEn", nameEn);
            row.put("iso2", first.get("iso2"));
            row.put("wikidata", first.get("wikidata"));
            return row;
        }

        /**
         * True when the merged node {@code r} (an entity query result) lacks what the entity query
         * used to set on every entity: the label, the uri, a missing English name, the iso2 and
         * wikidata ids of this batch.
         */
        boolean differs(Map<String, Object> r) {
            return !Boolean.TRUE.equals(r.get("labelled"))
                    || !first.get("uri").equals(r.get("uri"))
                    || (nameEn != null && r.get("nameEn") == null)
                    || (first.get("iso2") != null && !first.get("iso2").equals(r.get("iso2")))
                    || (first.get("wikidata") != null && !first.get("wikidata").equals(r.get("wikidata")));
        }

        Map<String, Object> fixRow() {
            Map<String, Object> row = row();
            row.put("eid", eid);
            return row;
        }

        /** The names once this batch's are added to the stored ones, or null when they do not change. */
        EntityNames with(String storedName, List<String> storedAliases, List<String> storedRoles) {
            List<EntityNames.Contribution> cs = new ArrayList<>();
            if (storedName != null) cs.add(new EntityNames.Contribution(storedName, storedAliases, storedRoles));
            cs.add(new EntityNames.Contribution(name, List.copyOf(forms), List.copyOf(roles)));
            EntityNames n = EntityNames.derive(cs);
            boolean same = n.name().equals(storedName) && n.aliases().equals(storedAliases)
                    && n.roles().equals(storedRoles);
            return same ? null : n;
        }
    }

    /**
     * Sets the names, aliases and roles of the entities {@code ids} (those that still exist) from
     * what their remaining mentions contributed. An entity with a mention stored before mentions
     * carried their contribution keeps what it has. Also used by {@link EntityResolution} after a merge.
     */
    static void deriveNames(WriteTx tx, List<?> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        entities:
        for (Map<String, Object> r : run(tx, CONTRIBUTIONS, Map.of("ids", ids)).rows()) {
            List<EntityNames.Contribution> cs = new ArrayList<>();
            for (Object o : (List<?>) r.get("contributions")) {
                List<?> v = (List<?>) o;
                if (v.get(0) == null) continue entities; // stored by an older khabar: its contribution is unknown
                cs.add(new EntityNames.Contribution((String) v.get(0), strings(v.get(1)), strings(v.get(2))));
            }
            if (cs.isEmpty()) continue;
            EntityNames n = EntityNames.derive(cs);
            rows.add(n.row((String) r.get("eid")));
        }
        setNames(tx, rows);
    }

    /** Sets entities' names (rows of {@link EntityNames#row}). */
    private static void setNames(WriteTx tx, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return;
        if (tx instanceof WriteTx.Embedded e) {
            e.core().set(rows, EntityNames.KEYS);
        } else {
            run(tx, SET_NAMES, Map.of("rows", rows));
        }
    }

    private static WriteTx.Rows run(WriteTx tx, String query, Map<String, Object> params) {
        return tx.run(OPTIONS + query, params);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return v == null ? List.of() : (List<String>) v;
    }

    private static final class Counter {
        int nodesCreated, relsCreated, nodesDeleted, relsDeleted;

        void run(WriteTx tx, String query, Map<String, Object> params) {
            for (Object v : params.values()) {
                if (v instanceof List<?> l && l.isEmpty()) return; // nothing to write: no round trip
            }
            add(BatchWrite.run(tx, query, params));
        }

        void add(WriteTx.Rows r) {
            nodesCreated += r.nodesCreated();
            relsCreated += r.relsCreated();
            nodesDeleted += r.nodesDeleted();
            relsDeleted += r.relsDeleted();
        }
    }
}
