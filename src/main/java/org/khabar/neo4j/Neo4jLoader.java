package org.khabar.neo4j;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Event;
import org.khabar.graph.GraphSink;
import org.khabar.graph.Ids;
import org.khabar.graph.Meeting;
import org.khabar.graph.Role;
import org.khabar.graph.Span;
import org.khabar.graph.SpeechType;
import org.khabar.graph.Statement;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes document graphs into Neo4j, one article per write transaction (never half an article).
 *
 * <pre>{@code
 * try (Neo4jLoader loader = Neo4jLoader.open(driver)) {
 *     Neo4jLoader.Outcome o = loader.load(Extractor.standard().extract(article));
 * }
 * LoadSummary s = loader.summary();
 * }</pre>
 *
 * <p>Idempotent: an article whose stored {@code sha256} matches is skipped; an article stored with
 * another {@code sha256} first loses what it contributed (its statements and events, the
 * relationships carrying its {@code articleId}, its mentions, then entities nobody mentions any
 * more) and is then written again. Entities are merged on {@code id} across articles. Each
 * article's {@code MENTIONS} carries what it contributed ({@code name}, {@code aliases},
 * {@code roles}); the entity's canonical name, aliases, {@code aliasText} and roles are derived
 * from its mentions ({@link EntityNames}), so a replaced article takes back only its own forms. All data travels as parameters; the Cypher text is constant and its labels
 * and types come only from {@link EntityType}, {@link SpeechType} and {@link RelType}.
 *
 * <p>References to entity ids that the document does not define (a dangling speaker, target,
 * place…) are skipped and reported in {@link LoadSummary#warnings()}; the one exception is the
 * country of a {@code locatedIn} pair, which is linked when the graph already holds it.
 */
public final class Neo4jLoader implements GraphSink {
    /** What happened to one article. */
    public enum Outcome { LOADED, REPLACED, UNCHANGED }

    private static final int BATCH = 1000;
    private static final int MAX_WARNINGS = 100;

    private static final String STORED_SHA = "MATCH (a:Article {id: $id}) RETURN a.sha256 AS sha";
    private static final String PREVIOUS_ENTITIES =
            "MATCH (:Article {id: $id})-[:MENTIONS]->(e) RETURN collect(e.id) AS ids";
    private static final String DELETE_STATEMENTS = "MATCH (n:Statement {articleId: $id}) DETACH DELETE n";
    private static final String DELETE_EVENTS = "MATCH (n:Event {articleId: $id}) DETACH DELETE n";
    // Relationships between entities that one article contributes (the others go with its
    // statements, events and MENTIONS); both types have a relationship index on articleId.
    private static final String DELETE_MEETINGS = "MATCH ()-[r:%s {articleId: $id}]->() DELETE r"
            .formatted(RelType.MET_WITH);
    private static final String DELETE_ROLES = "MATCH ()-[r:%s {articleId: $id}]->() DELETE r"
            .formatted(RelType.HOLDS_ROLE);
    private static final String DELETE_ARTICLE_RELATIONSHIPS = "MATCH (:Article {id: $id})-[r]->() DELETE r";
    private static final String DELETE_ORPHANS = """
            UNWIND $ids AS eid
            MATCH (e:Entity {id: eid})
            WHERE NOT ()-[:MENTIONS]->(e)
            DETACH DELETE e""";
    private static final String ARTICLE = "MERGE (a:Article {id: $id}) SET a += $props";
    private static final String PUBLISHED_BY = """
            MATCH (a:Article {id: $id})
            MERGE (o:Entity {id: $outletId})
              ON CREATE SET o.name = $outlet, o.nameKey = $outlet, o.aliases = [], o.roles = [], o.kind = 'outlet'
            SET o:Organization, o.uri = $uri
            MERGE (a)-[r:%s]->(o)
            SET r.articleId = $id""".formatted(RelType.PUBLISHED_BY);

    private static final String ENTITY_TEMPLATE = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
            SET e:%s, e.uri = row.uri,
                e.nameEn = coalesce(e.nameEn, row.nameEn),
                e.iso2 = coalesce(row.iso2, e.iso2),
                e.wikidata = coalesce(row.wikidata, e.wikidata)
            WITH e, row, CASE WHEN %s THEN row.name ELSE e.name END AS name
            WITH e, row, name, COLLECT {
                   UNWIND coalesce(e.aliases, []) + row.aliases + [x IN [e.name, row.name] WHERE x IS NOT NULL] AS x
                   WITH DISTINCT x WHERE x <> name RETURN x ORDER BY x } AS aliases
            SET e.nameKey = CASE WHEN name = e.name THEN e.nameKey ELSE row.nameKey END,
                e.name = name,
                e.aliases = aliases,
                e.aliasText = reduce(s = '', x IN aliases | s + x + ' | '),
                e.roles = COLLECT { UNWIND coalesce(e.roles, []) + row.roles AS x RETURN DISTINCT x ORDER BY x }
            WITH e, row
            MATCH (a:Article {id: $articleId})
            MERGE (a)-[m:MENTIONS]->(e)
            SET m.count = row.count, m.articleId = $articleId,
                m.name = row.name, m.aliases = row.aliases, m.roles = row.roles""";
    // what each remaining article contributed to an entity, to derive its names after a replacement
    private static final String CONTRIBUTIONS = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            RETURN id, [(:Article)-[m:MENTIONS]->(e) | [m.name, m.aliases, m.roles]] AS contributions""";
    private static final String SET_NAMES = """
            UNWIND $rows AS row
            MATCH (e:Entity {id: row.id})
            SET e.name = row.name, e.nameKey = row.nameKey, e.aliases = row.aliases, e.aliasText = row.aliasText,
                e.roles = row.roles""";

    private static final String STATEMENT_TEMPLATE = """
            UNWIND $rows AS row
            MATCH (sp:Entity {id: row.speaker})
            MATCH (a:Article {id: $articleId})
            MERGE (s:Statement {id: row.id})
            SET s += row.props
            MERGE (a)-[rep:REPORTS]->(s)
            SET rep.articleId = $articleId
            MERGE (sp)-[r:%s]->(s)
            SET r.articleId = $articleId, r.start = row.props.start, r.end = row.props.end,
                r.confidence = row.props.confidence""";

    private static final String LINK_TEMPLATE = """
            UNWIND $rows AS row
            MATCH (x:%s {id: row.from})
            MATCH (y:%s {id: row.to})
            MERGE (x)-[r:%s]->(y)
            SET r.articleId = $articleId""";

    private static final String MEETING = """
            UNWIND $rows AS row
            MATCH (x:Entity {id: row.a})
            MATCH (y:Entity {id: row.b})
            MERGE (x)-[r:%s {id: row.id}]->(y)
            SET r += row.props""".formatted(RelType.MET_WITH);

    private static final String EVENT = """
            UNWIND $rows AS row
            MATCH (a:Article {id: $articleId})
            MERGE (ev:Event {id: row.id})
            SET ev += row.props
            MERGE (a)-[rep:%s]->(ev)
            SET rep.articleId = $articleId""".formatted(RelType.REPORTS);

    private static final String HOLDS_ROLE = """
            UNWIND $rows AS row
            MATCH (p:Entity {id: row.from})
            MATCH (o:Entity {id: row.to})
            MERGE (p)-[r:%s {title: row.title, articleId: $articleId, start: row.start}]->(o)
            SET r.end = row.end""".formatted(RelType.HOLDS_ROLE);

    private static final String LOCATED_IN = """
            UNWIND $rows AS row
            MATCH (p:Entity {id: row.from})
            MATCH (c:Entity {id: row.to})
            MERGE (p)-[:%s]->(c)""".formatted(RelType.LOCATED_IN);

    private static final Map<EntityType, String> ENTITY = new EnumMap<>(EntityType.class);
    private static final Map<SpeechType, String> STATEMENT = new EnumMap<>(SpeechType.class);
    private static final Map<RelType, String> LINK = new EnumMap<>(RelType.class);

    static {
        for (EntityType t : EntityType.values()) ENTITY.put(t, ENTITY_TEMPLATE.formatted(t.label(),
                EntityNames.BETTER_NAME.formatted("e.name", "row.name")));
        for (SpeechType t : SpeechType.values()) STATEMENT.put(t, STATEMENT_TEMPLATE.formatted(t.name()));
        for (RelType t : List.of(RelType.ABOUT, RelType.TARGETS, RelType.ADDRESSED_TO)) {
            LINK.put(t, LINK_TEMPLATE.formatted("Statement", "Entity", t));
        }
        LINK.put(RelType.PARTICIPATED_IN, LINK_TEMPLATE.formatted("Entity", "Event", RelType.PARTICIPATED_IN));
        LINK.put(RelType.OCCURRED_IN, LINK_TEMPLATE.formatted("Event", "Entity", RelType.OCCURRED_IN));
    }

    private final Driver driver;
    private final LoadSummary.Builder summary = new LoadSummary.Builder(MAX_WARNINGS);

    private Neo4jLoader(Driver driver) {
        this.driver = driver;
    }

    /** A loader writing through {@code driver}; applies the schema first. The driver stays the caller's. */
    public static Neo4jLoader open(Driver driver) {
        Objects.requireNonNull(driver, "driver");
        Schema.apply(driver);
        return new Neo4jLoader(driver);
    }

    @Override
    public void accept(DocumentGraph graph) {
        load(graph);
    }

    /**
     * Loads one article in one transaction.
     *
     * @throws StoreException naming the article when Neo4j refuses it; nothing of it is written
     */
    public Outcome load(DocumentGraph graph) {
        Objects.requireNonNull(graph, "graph");
        Article article = graph.article();
        List<String> warnings = new ArrayList<>();
        Plan plan = plan(graph, warnings);
        Result r;
        try (Session session = driver.session()) {
            r = session.executeWrite(tx -> write(tx, article, plan));
        } catch (Neo4jException e) {
            summary.failed();
            throw new StoreException("article " + article.id() + " (" + article.source() + ") was not loaded: "
                    + e.getMessage(), e);
        }
        summary.add(r.outcome, r.nodesCreated, r.relationshipsCreated, r.nodesDeleted, r.relationshipsDeleted);
        if (r.outcome != Outcome.UNCHANGED) warnings.forEach(summary::warn);
        return r.outcome;
    }

    /**
     * The content hash of every article already in the store, by article id: lets a caller skip
     * the extraction of an article that would load as unchanged.
     */
    public Map<String, String> storedHashes() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, String> m = new HashMap<>();
                tx.run("MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN a.id AS id, a.sha256 AS sha")
                        .forEachRemaining(r -> m.put(r.get("id").asString(), r.get("sha").asString()));
                return m;
            });
        } catch (Neo4jException e) {
            throw new StoreException("cannot read the articles already in the store: " + e.getMessage(), e);
        }
    }

    /** Counts an article that was left alone because the store already has this very content. */
    public void unchanged(Article article) {
        Objects.requireNonNull(article, "article");
        summary.add(Outcome.UNCHANGED, 0, 0, 0, 0);
    }

    /** Articles and graph changes so far. */
    public LoadSummary summary() {
        return summary.build();
    }

    /** Nothing to release: every article is committed by {@link #load}; the driver is the caller's. */
    @Override
    public void close() {}

    private record Result(Outcome outcome, int nodesCreated, int relationshipsCreated, int nodesDeleted,
                          int relationshipsDeleted) {}

    /** Parameters for every query of one article, computed before the transaction. */
    private record Plan(Map<String, Object> articleProps, Map<EntityType, List<Map<String, Object>>> entities,
                        Map<SpeechType, List<Map<String, Object>>> statements,
                        Map<RelType, List<Map<String, Object>>> links, List<Map<String, Object>> meetings,
                        List<Map<String, Object>> events, List<Map<String, Object>> roles,
                        List<Map<String, Object>> locatedIn) {}

    private static Result write(TransactionContext tx, Article article, Plan plan) {
        Counter c = new Counter();
        Map<String, Object> id = Map.of("id", article.id());
        var stored = tx.run(STORED_SHA, id).list();
        Outcome outcome = Outcome.LOADED;
        if (!stored.isEmpty()) {
            if (article.sha256().equals(stored.get(0).get("sha").asString(null))) {
                return new Result(Outcome.UNCHANGED, 0, 0, 0, 0);
            }
            outcome = Outcome.REPLACED;
            List<Object> previous = tx.run(PREVIOUS_ENTITIES, id).single().get("ids").asList();
            c.add(tx.run(DELETE_STATEMENTS, id).consume().counters());
            c.add(tx.run(DELETE_EVENTS, id).consume().counters());
            c.add(tx.run(DELETE_MEETINGS, id).consume().counters());
            c.add(tx.run(DELETE_ROLES, id).consume().counters());
            c.add(tx.run(DELETE_ARTICLE_RELATIONSHIPS, id).consume().counters());
            c.add(tx.run(DELETE_ORPHANS, Map.of("ids", previous)).consume().counters());
            deriveNames(tx, previous);
        }
        c.add(tx.run(ARTICLE, Map.of("id", article.id(), "props", plan.articleProps)).consume().counters());
        if (article.outlet() != null && !article.outlet().isBlank()) {
            String outletId = outletId(article.outlet());
            c.add(tx.run(PUBLISHED_BY, Map.of("id", article.id(), "outletId", outletId, "outlet", article.outlet().strip(),
                    "uri", Ids.uri(outletId))).consume().counters());
        }
        plan.entities.forEach((type, rows) -> run(tx, c, ENTITY.get(type), article, rows));
        run(tx, c, EVENT, article, plan.events);
        plan.statements.forEach((type, rows) -> run(tx, c, STATEMENT.get(type), article, rows));
        plan.links.forEach((type, rows) -> run(tx, c, LINK.get(type), article, rows));
        run(tx, c, MEETING, article, plan.meetings);
        run(tx, c, HOLDS_ROLE, article, plan.roles);
        run(tx, c, LOCATED_IN, article, plan.locatedIn);
        return new Result(outcome, c.nodesCreated, c.relsCreated, c.nodesDeleted, c.relsDeleted);
    }

    /**
     * Sets the names, aliases and roles of the entities {@code ids} (those that still exist) from
     * what their remaining mentions contributed. An entity with a mention stored before mentions
     * carried their contribution keeps what it has. Also used by {@link EntityResolution} after a merge.
     */
    static void deriveNames(TransactionContext tx, List<?> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        tx.run(CONTRIBUTIONS, Map.of("ids", ids)).forEachRemaining(r -> {
            List<EntityNames.Contribution> cs = new ArrayList<>();
            for (Value v : r.get("contributions").values()) {
                if (v.get(0).isNull()) return; // stored by an older khabar: its contribution is unknown
                cs.add(new EntityNames.Contribution(v.get(0).asString(), strings(v.get(1)), strings(v.get(2))));
            }
            if (cs.isEmpty()) return;
            EntityNames n = EntityNames.derive(cs);
            rows.add(Map.of("id", r.get("id").asString(), "name", n.name(), "nameKey", n.nameKey(),
                    "aliases", n.aliases(), "aliasText", n.aliasText(), "roles", n.roles()));
        });
        if (!rows.isEmpty()) tx.run(SET_NAMES, Map.of("rows", rows)).consume();
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    /**
     * The id of an outlet's Organization node: {@code org:outlet-<slug>} for an ASCII name such as
     * {@code aawsat}, else {@code org:outlet-<hash of the name>}; the same outlet name gives the same node.
     */
    static String outletId(String outlet) {
        String slug = outlet.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (slug.matches("[a-z0-9._-]{1,64}")) return "org:outlet-" + slug;
        return "org:outlet-" + Article.sha256(ArabicKey.of(outlet)).substring(0, 12);
    }

    private static void run(TransactionContext tx, Counter c, String query, Article article,
                            List<Map<String, Object>> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            var batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
            c.add(tx.run(query, Map.of("articleId", article.id(), "rows", batch)).consume().counters());
        }
    }

    private static final class Counter {
        int nodesCreated, relsCreated, nodesDeleted, relsDeleted;

        void add(SummaryCounters s) {
            nodesCreated += s.nodesCreated();
            relsCreated += s.relationshipsCreated();
            nodesDeleted += s.nodesDeleted();
            relsDeleted += s.relationshipsDeleted();
        }
    }

    // ---- turning a DocumentGraph into query parameters ----

    /** The properties of an {@code :Article} node (nulls are not stored by {@code SET a += $props}). */
    public static Map<String, Object> articleProperties(Article a) {
        Map<String, Object> art = new HashMap<>();
        art.put("uri", Ids.articleUri(a.id()));
        art.put("source", a.source());
        art.put("sha256", a.sha256());
        art.put("text", a.text());
        art.put("chars", a.text().length());
        art.put("url", a.url());
        art.put("title", a.title());
        art.put("published", a.published());
        art.put("outlet", a.outlet());
        art.put("author", a.author());
        return art;
    }

    private static Plan plan(DocumentGraph g, List<String> warnings) {
        Article a = g.article();
        Map<String, Object> art = articleProperties(a);

        Set<String> known = g.entities().stream().map(Entity::id).collect(Collectors.toSet());
        Set<String> events = g.events().stream().map(Event::id).collect(Collectors.toSet());
        Ref ref = new Ref(a.id(), known, warnings);

        Map<EntityType, List<Map<String, Object>>> entities = new EnumMap<>(EntityType.class);
        List<Map<String, Object>> roles = new ArrayList<>();
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : g.entities()) {
            Entity prev = byId.putIfAbsent(e.id(), e);
            if (prev != null) {
                ref.warn("entity " + e.id() + " is listed twice; the second is ignored");
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("id", e.id());
            row.put("uri", Ids.uri(e.id()));
            row.put("name", e.name());
            row.put("nameKey", ArabicKey.of(e.name()));
            row.put("nameEn", e.nameEn());
            row.put("aliases", e.aliases().stream().filter(x -> !x.equals(e.name())).distinct().toList());
            row.put("roles", e.roles().stream().map(Role::title).distinct().toList());
            row.put("count", e.mentions().size());
            row.put("iso2", e.id().startsWith("country:") ? e.id().substring(8).toUpperCase(Locale.ROOT) : null);
            row.put("wikidata", e.id().startsWith("q:") ? e.id().substring(2) : null);
            entities.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(row);
            for (Role r : e.roles()) {
                if (r.inId() == null || !ref.ok(r.inId(), "role «" + r.title() + "» of " + e.id())) continue;
                Map<String, Object> rr = new HashMap<>();
                rr.put("from", e.id());
                rr.put("to", r.inId());
                rr.put("title", r.title());
                rr.put("start", r.evidence() == null ? -1 : r.evidence().start());
                rr.put("end", r.evidence() == null ? -1 : r.evidence().end());
                roles.add(rr);
            }
        }

        Map<SpeechType, List<Map<String, Object>>> statements = new EnumMap<>(SpeechType.class);
        Map<RelType, List<Map<String, Object>>> links = new EnumMap<>(RelType.class);
        for (Statement s : g.statements()) {
            if (!ref.ok(s.speakerId(), "speaker of statement " + s.id())) continue;
            Map<String, Object> p = new HashMap<>();
            p.put("uri", Ids.uri(s.id()));
            p.put("type", s.type().name());
            p.put("cameo", s.type().cameo());
            p.put("cue", s.cue());
            p.put("quote", s.quote());
            p.put("articleId", a.id());
            evidence(p, s.evidence());
            p.put("date", s.date());
            p.put("dateText", s.dateText());
            p.put("modality", s.modality() == null ? null : s.modality().value());
            p.put("confidence", s.confidence());
            statements.computeIfAbsent(s.type(), t -> new ArrayList<>())
                    .add(Map.of("id", s.id(), "speaker", s.speakerId(), "props", p));
            for (String x : s.about()) link(links, RelType.ABOUT, s.id(), x, ref, "about of " + s.id());
            for (String x : s.targets()) link(links, RelType.TARGETS, s.id(), x, ref, "target of " + s.id());
            if (s.addresseeId() != null) {
                link(links, RelType.ADDRESSED_TO, s.id(), s.addresseeId(), ref, "addressee of " + s.id());
            }
        }

        List<Map<String, Object>> meetings = new ArrayList<>();
        for (Meeting m : g.meetings()) {
            if (!ref.ok(m.aId(), "party of meeting " + m.id()) || !ref.ok(m.bId(), "party of meeting " + m.id())) {
                continue;
            }
            Map<String, Object> p = new HashMap<>();
            p.put("articleId", a.id());
            evidence(p, m.evidence());
            p.put("cue", m.cue());
            p.put("kind", m.kind());
            p.put("cameo", meetingCameo(m.kind()));
            p.put("modality", m.modality() == null ? null : m.modality().value());
            p.put("date", m.date());
            p.put("dateText", m.dateText());
            p.put("confidence", m.confidence());
            p.put("placeId", m.placeId() != null && ref.ok(m.placeId(), "place of meeting " + m.id()) ? m.placeId() : null);
            p.put("eventId", m.eventId() != null && events.contains(m.eventId()) ? m.eventId() : null);
            meetings.add(Map.of("id", m.id(), "a", m.aId(), "b", m.bId(), "props", p));
        }

        List<Map<String, Object>> evs = new ArrayList<>();
        for (Event e : g.events()) {
            Map<String, Object> p = new HashMap<>();
            p.put("uri", Ids.uri(e.id()));
            p.put("kind", e.kind());
            p.put("name", e.name() == null ? e.kind() : e.name());
            p.put("cameo", e.cameo());
            p.put("articleId", a.id());
            evidence(p, e.evidence());
            p.put("date", e.date());
            p.put("dateText", e.dateText());
            p.put("modality", e.modality() == null ? null : e.modality().value());
            p.put("confidence", e.confidence());
            evs.add(Map.of("id", e.id(), "props", p));
            for (String x : e.participantIds()) {
                link(links, RelType.PARTICIPATED_IN, x, e.id(), ref, "participant of " + e.id(), true);
            }
            if (e.placeId() != null) link(links, RelType.OCCURRED_IN, e.id(), e.placeId(), ref, "place of " + e.id());
        }

        List<Map<String, Object>> located = new ArrayList<>();
        g.locatedIn().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            // the country may come from the gazetteer without being named in this article: it is
            // then linked when the graph already has it (from another article), else left out quietly
            if (ref.ok(e.getKey(), "LOCATED_IN place")) {
                located.add(Map.of("from", e.getKey(), "to", e.getValue()));
            }
        });
        return new Plan(art, entities, statements, links, meetings, evs, roles, located);
    }

    private static void evidence(Map<String, Object> p, Span s) {
        p.put("start", s.start());
        p.put("end", s.end());
        p.put("text", s.text());
    }

    private static void link(Map<RelType, List<Map<String, Object>>> links, RelType type, String from, String to,
                             Ref ref, String what) {
        link(links, type, from, to, ref, what, false);
    }

    private static void link(Map<RelType, List<Map<String, Object>>> links, RelType type, String from, String to,
                             Ref ref, String what, boolean fromIsEntity) {
        if (!ref.ok(fromIsEntity ? from : to, what)) return;
        links.computeIfAbsent(type, t -> new ArrayList<>()).add(Map.of("from", from, "to", to));
    }

    /** CAMEO code of a meeting kind: 042 make a visit, 046 negotiate, else 040 consult. */
    static String meetingCameo(String kind) {
        if (kind == null) return "040";
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "visit" -> "042";
            case "talks" -> "046";
            default -> "040";
        };
    }

    /** Checks entity references of one article and collects warnings about dangling ones. */
    private record Ref(String articleId, Set<String> known, List<String> warnings) {
        boolean ok(String entityId, String what) {
            if (entityId != null && known.contains(entityId)) return true;
            warn(what + " refers to unknown entity " + entityId + "; skipped");
            return false;
        }

        void warn(String message) {
            warnings.add("article " + articleId + ": " + message);
        }
    }
}
