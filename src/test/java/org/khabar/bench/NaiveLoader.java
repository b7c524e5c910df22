package org.khabar.bench;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Event;
import org.khabar.graph.GraphSink;
import org.khabar.graph.Ids;
import org.khabar.neo4j.Neo4jLoader;
import org.khabar.graph.Meeting;
import org.khabar.graph.Role;
import org.khabar.graph.SpeechType;
import org.khabar.graph.Statement;
import org.khabar.neo4j.GraphStore;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * The baseline the batched {@code Neo4jLoader} is measured against: the obvious loader, one
 * {@code MERGE} statement per node and per relationship, one transaction per article, the same
 * schema (constraints and indexes) and the same nodes, relationships and main properties. It does
 * no replacement of changed articles and no alias merging: it exists only to be timed. Like the
 * batched loader, it runs its Cypher through Neo4j's Java API when this process runs the store
 * (else over Bolt), so that the two are compared on the same footing.
 */
final class NaiveLoader implements GraphSink {
    private static final String ARTICLE = "MERGE (a:Article {id: $id}) SET a += $props";
    private static final Map<EntityType, String> ENTITY = new EnumMap<>(EntityType.class);
    private static final Map<SpeechType, String> SPEECH = new EnumMap<>(SpeechType.class);
    private static final String MENTIONS = """
            MATCH (a:Article {id: $articleId}) MATCH (e:Entity {id: $id})
            MERGE (a)-[m:MENTIONS]->(e) SET m.count = $count, m.articleId = $articleId""";
    private static final String STATEMENT = "MERGE (s:Statement {id: $id}) SET s += $props";
    private static final String REPORTS_STATEMENT = """
            MATCH (a:Article {id: $articleId}) MATCH (s:Statement {id: $id})
            MERGE (a)-[r:REPORTS]->(s) SET r.articleId = $articleId""";
    private static final String REPORTS_EVENT = """
            MATCH (a:Article {id: $articleId}) MATCH (s:Event {id: $id})
            MERGE (a)-[r:REPORTS]->(s) SET r.articleId = $articleId""";
    private static final String EVENT = "MERGE (e:Event {id: $id}) SET e += $props";
    private static final String ABOUT = link("Statement", "Entity", "ABOUT");
    private static final String TARGETS = link("Statement", "Entity", "TARGETS");
    private static final String ADDRESSED_TO = link("Statement", "Entity", "ADDRESSED_TO");
    private static final String PARTICIPATED_IN = link("Entity", "Event", "PARTICIPATED_IN");
    private static final String OCCURRED_IN = link("Event", "Entity", "OCCURRED_IN");
    private static final String MET_WITH = """
            MATCH (x:Entity {id: $from}) MATCH (y:Entity {id: $to})
            MERGE (x)-[r:MET_WITH {id: $id}]->(y) SET r += $props""";
    private static final String HOLDS_ROLE = """
            MATCH (p:Entity {id: $from}) MATCH (o:Entity {id: $to})
            MERGE (p)-[r:HOLDS_ROLE {title: $title, articleId: $articleId, start: $start}]->(o) SET r.end = $end""";
    private static final String LOCATED_IN = """
            MATCH (p:Entity {id: $from}) SET p.countryId = coalesce(p.countryId, $to)
            WITH p MATCH (c:Entity {id: $to}) MERGE (p)-[:LOCATED_IN]->(c)""";
    private static final String WAITING_PLACES = """
            MATCH (c:Country {id: $id}) MATCH (p:Place {countryId: $id}) MERGE (p)-[:LOCATED_IN]->(c)""";

    static {
        for (EntityType t : EntityType.values()) {
            ENTITY.put(t, "MERGE (e:Entity {id: $id}) SET e:%s, e += $props".formatted(t.label()));
        }
        for (SpeechType t : SpeechType.values()) {
            SPEECH.put(t, """
                    MATCH (sp:Entity {id: $from}) MATCH (s:Statement {id: $to})
                    MERGE (sp)-[r:%s]->(s)
                    SET r.articleId = $articleId, r.start = $start, r.end = $end, r.confidence = $confidence"""
                    .formatted(t.name()));
        }
    }

    /** Runs one Cypher statement of the transaction. */
    @FunctionalInterface
    private interface Tx {
        void run(String cypher, Map<String, Object> params);
    }

    private final Driver driver;
    private final GraphDatabaseService db;
    private long statementsRun;

    NaiveLoader(GraphStore store) {
        this.driver = Objects.requireNonNull(store, "store").driver();
        this.db = store.embeddedDatabase().orElse(null);
    }

    /** Over Bolt, whatever the store: the obvious loader written with the official driver. */
    NaiveLoader(Driver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.db = null;
    }

    /** Cypher statements sent so far (one per node and per relationship). */
    long statementsRun() { return statementsRun; }

    @Override
    public void accept(DocumentGraph g) {
        if (db != null) {
            try (Transaction tx = db.beginTx()) {
                statementsRun += write((q, p) -> tx.execute(q, p).close(), g);
                tx.commit();
            }
            return;
        }
        try (Session session = driver.session()) {
            statementsRun += session.executeWrite(tx -> write((q, p) -> tx.run(q, p).consume(), g));
        }
    }

    @Override
    public void close() {}

    private static String link(String from, String to, String type) {
        return "MATCH (x:%s {id: $from}) MATCH (y:%s {id: $to}) MERGE (x)-[r:%s]->(y) SET r.articleId = $articleId"
                .formatted(from, to, type);
    }

    private static long write(Tx tx, DocumentGraph g) {
        Article a = g.article();
        String aid = a.id();
        long n = 0;
        Map<String, Object> art = Neo4jLoader.articleProperties(a);
        n += run(tx, ARTICLE, Map.of("id", aid, "props", art));

        Set<String> known = new HashSet<>();
        for (Entity e : g.entities()) {
            if (!known.add(e.id())) continue;
            Map<String, Object> p = new HashMap<>();
            p.put("uri", Ids.uri(e.id()));
            p.put("name", e.name());
            p.put("nameEn", e.nameEn());
            p.put("aliases", e.aliases());
            p.put("roles", e.roles().stream().map(Role::title).distinct().toList());
            n += run(tx, ENTITY.get(e.type()), Map.of("id", e.id(), "props", p));
            n += run(tx, MENTIONS, Map.of("articleId", aid, "id", e.id(), "count", e.mentions().size()));
        }
        for (Entity e : g.entities()) {
            for (Role r : e.roles()) {
                if (r.inId() == null || !known.contains(r.inId())) continue;
                Map<String, Object> p = new HashMap<>();
                p.put("from", e.id());
                p.put("to", r.inId());
                p.put("title", r.title());
                p.put("articleId", aid);
                p.put("start", r.evidence() == null ? -1 : r.evidence().start());
                p.put("end", r.evidence() == null ? -1 : r.evidence().end());
                n += run(tx, HOLDS_ROLE, p);
            }
        }
        Set<String> events = new HashSet<>();
        for (Event e : g.events()) {
            events.add(e.id());
            Map<String, Object> p = new HashMap<>();
            p.put("uri", Ids.uri(e.id()));
            p.put("kind", e.kind());
            p.put("name", e.name() == null ? e.kind() : e.name());
            p.put("cameo", e.cameo());
            p.put("articleId", aid);
            p.put("start", e.evidence().start());
            p.put("end", e.evidence().end());
            p.put("text", e.evidence().text());
            p.put("date", e.date());
            p.put("modality", e.modality() == null ? null : e.modality().value());
            p.put("confidence", e.confidence());
            n += run(tx, EVENT, Map.of("id", e.id(), "props", p));
            n += run(tx, REPORTS_EVENT, Map.of("articleId", aid, "id", e.id()));
            for (String x : e.participantIds()) {
                if (known.contains(x)) n += run(tx, PARTICIPATED_IN, Map.of("from", x, "to", e.id(), "articleId", aid));
            }
            if (e.placeId() != null && known.contains(e.placeId())) {
                n += run(tx, OCCURRED_IN, Map.of("from", e.id(), "to", e.placeId(), "articleId", aid));
            }
        }
        for (Statement s : g.statements()) {
            if (!known.contains(s.speakerId())) continue;
            Map<String, Object> p = new HashMap<>();
            p.put("uri", Ids.uri(s.id()));
            p.put("type", s.type().name());
            p.put("cameo", s.type().cameo());
            p.put("cue", s.cue());
            p.put("quote", s.quote());
            p.put("articleId", aid);
            p.put("start", s.evidence().start());
            p.put("end", s.evidence().end());
            p.put("text", s.evidence().text());
            p.put("date", s.date());
            p.put("modality", s.modality() == null ? null : s.modality().value());
            p.put("confidence", s.confidence());
            n += run(tx, STATEMENT, Map.of("id", s.id(), "props", p));
            n += run(tx, REPORTS_STATEMENT, Map.of("articleId", aid, "id", s.id()));
            n += run(tx, SPEECH.get(s.type()), Map.of("from", s.speakerId(), "to", s.id(), "articleId", aid,
                    "start", s.evidence().start(), "end", s.evidence().end(), "confidence", s.confidence()));
            for (String x : s.about()) {
                if (known.contains(x)) n += run(tx, ABOUT, Map.of("from", s.id(), "to", x, "articleId", aid));
            }
            for (String x : s.targets()) {
                if (known.contains(x)) n += run(tx, TARGETS, Map.of("from", s.id(), "to", x, "articleId", aid));
            }
            if (s.addresseeId() != null && known.contains(s.addresseeId())) {
                n += run(tx, ADDRESSED_TO, Map.of("from", s.id(), "to", s.addresseeId(), "articleId", aid));
            }
        }
        for (Meeting m : g.meetings()) {
            if (!known.contains(m.aId()) || !known.contains(m.bId())) continue;
            Map<String, Object> p = new HashMap<>();
            p.put("articleId", aid);
            p.put("start", m.evidence().start());
            p.put("end", m.evidence().end());
            p.put("text", m.evidence().text());
            p.put("cue", m.cue());
            p.put("kind", m.kind());
            p.put("modality", m.modality() == null ? null : m.modality().value());
            p.put("date", m.date());
            p.put("confidence", m.confidence());
            n += run(tx, MET_WITH, Map.of("from", m.aId(), "to", m.bId(), "id", m.id(), "props", p));
        }
        for (Map.Entry<String, String> e : g.locatedIn().entrySet()) {
            if (known.contains(e.getKey())) n += run(tx, LOCATED_IN, Map.of("from", e.getKey(), "to", e.getValue()));
        }
        for (Entity e : g.entities()) {
            if (e.type() == EntityType.COUNTRY) n += run(tx, WAITING_PLACES, Map.of("id", e.id()));
        }
        return n;
    }

    private static int run(Tx tx, String cypher, Map<String, Object> params) {
        tx.run(cypher, params);
        return 1;
    }
}
