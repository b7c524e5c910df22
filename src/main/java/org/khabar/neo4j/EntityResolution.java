package org.khabar.neo4j;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.graph.EntityType;
import org.khabar.graph.SpeechType;
import org.khabar.graph.resolve.EntityResolver;
import org.khabar.graph.resolve.EntitySummary;
import org.khabar.graph.resolve.Merge;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Applies cross-article entity resolution to the store: reads a summary of every entity, lets an
 * {@link EntityResolver} decide, and merges without APOC.
 *
 * <pre>{@code
 * EntityResolution.Report r = EntityResolution.run(driver, resolver);
 * }</pre>
 *
 * <p>A merge moves every relationship of the merged node to the node it goes into (per type,
 * constant Cypher; properties copied; an article's two {@code MENTIONS} become one, counts added,
 * the moved one keeps the original id as {@code fromId}), unions {@code aliases}, {@code roles}
 * and {@code mergedIds} (then name, aliases and roles are derived from the target's mentions as
 * the loader does, {@link EntityNames}), records a {@code (:Merge {fromId, fromName, fromAliases, type, rule,
 * evidence, articles, at})-[:INTO]->(target)} and deletes the merged node.
 *
 * <p>Converges: an entity id that was merged before and comes back (an article loaded again or
 * replaced) goes into the same target again, by its recorded rule and evidence, before the
 * resolver runs; a {@code :Merge} whose target is gone is dropped. Merges are never undone.
 */
public final class EntityResolution {
    private static final int BATCH = 200;

    private static final String COUNT_PERSONS = "MATCH (p:Person) RETURN count(p) AS n";
    private static final String DROP_STALE = "MATCH (m:Merge) WHERE NOT (m)-[:INTO]->() DELETE m";
    private static final String AGAIN = """
            MATCH (m:Merge)-[:INTO]->(t:Entity)
            MATCH (e:Entity {id: m.fromId}) WHERE e <> t
            RETURN e.id AS fromId, e.name AS fromName, t.id AS intoId, t.name AS intoName,
                   m.type AS type, m.rule AS rule, m.evidence AS evidence""";
    private static final String SUMMARIES = """
            MATCH (e:Entity) WHERE e:Person OR e:Organization OR e:Place OR e:Country
            RETURN e.id AS id, [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Country']][0] AS label,
                   e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.roles, []) AS roles,
                   [(e)-[:HOLDS_ROLE]->(o) | o.id] AS roleIn,
                   [(a:Article)-[:MENTIONS]->(e) | a.id] AS articles""";
    private static final String RECORD = """
            UNWIND $pairs AS p
            MATCH (f:Entity {id: p.from})
            MATCH (t:Entity {id: p.into})
            MERGE (m:Merge {fromId: p.from})
            SET m.fromName = f.name, m.fromAliases = coalesce(f.aliases, []), m.type = p.type, m.rule = p.rule,
                m.evidence = p.evidence, m.intoId = p.into, m.at = datetime(),
                m.articles = reduce(acc = coalesce(m.articles, []), x IN [(a:Article)-[:MENTIONS]->(f) | a.id] |
                             CASE WHEN x IN acc THEN acc ELSE acc + x END)
            WITH m, t
            OPTIONAL MATCH (m)-[old:%1$s]->()
            DELETE old
            WITH DISTINCT m, t
            CREATE (m)-[:%1$s]->(t)""".formatted(RelType.INTO);
    /** Relationship types with no identity of their own: one edge per pair of nodes is enough. */
    private static final String MOVE_OUT_MERGE = """
            UNWIND $pairs AS p
            MATCH (f:Entity {id: p.from})-[r:%1$s]->(x)
            MATCH (t:Entity {id: p.into})
            FOREACH (_ IN CASE WHEN x = t THEN [] ELSE [1] END | MERGE (t)-[c:%1$s]->(x) SET c += properties(r))
            DELETE r""";
    private static final String MOVE_IN_MERGE = """
            UNWIND $pairs AS p
            MATCH (f:Entity {id: p.from})<-[r:%1$s]-(x)
            MATCH (t:Entity {id: p.into})
            FOREACH (_ IN CASE WHEN x = t THEN [] ELSE [1] END | MERGE (x)-[c:%1$s]->(t) SET c += properties(r))
            DELETE r""";
    /** Relationship types where each edge is one fact (a meeting, a role, a speech act): copied one for one. */
    private static final String MOVE_OUT_COPY = """
            UNWIND $pairs AS p
            MATCH (f:Entity {id: p.from})-[r:%1$s]->(x)
            MATCH (t:Entity {id: p.into})
            FOREACH (_ IN CASE WHEN x = t THEN [] ELSE [1] END | CREATE (t)-[c:%1$s]->(x) SET c = properties(r))
            DELETE r""";
    private static final String MOVE_IN_COPY = """
            UNWIND $pairs AS p
            MATCH (f:Entity {id: p.from})<-[r:%1$s]-(x)
            MATCH (t:Entity {id: p.into})
            FOREACH (_ IN CASE WHEN x = t THEN [] ELSE [1] END | CREATE (x)-[c:%1$s]->(t) SET c = properties(r))
            DELETE r""";
    private static final String MOVE_MENTIONS = """
            UNWIND $pairs AS p
            MATCH (f:Entity {id: p.from})<-[r:%1$s]-(a:Article)
            MATCH (t:Entity {id: p.into})
            MERGE (a)-[c:%1$s]->(t)
              ON CREATE SET c = properties(r), c.fromId = coalesce(r.fromId, p.from)
              ON MATCH SET c.count = coalesce(c.count, 0) + coalesce(r.count, 0),
                c.aliases = reduce(acc = coalesce(c.aliases, []),
                    x IN coalesce(r.aliases, []) + CASE WHEN r.name IS NULL OR r.name = c.name THEN [] ELSE [r.name] END |
                    CASE WHEN x IN acc THEN acc ELSE acc + x END),
                c.roles = reduce(acc = coalesce(c.roles, []), x IN coalesce(r.roles, []) |
                    CASE WHEN x IN acc THEN acc ELSE acc + x END)
            DELETE r""".formatted(RelType.MENTIONS);
    private static final String UNION = """
            UNWIND $groups AS g
            MATCH (t:Entity {id: g.into})
            OPTIONAL MATCH (f:Entity) WHERE f.id IN g.froms
            WITH t, collect(f) AS fs
            WITH t, fs, reduce(acc = coalesce(t.aliases, []),
                 x IN reduce(all = [], f IN fs | all + coalesce(f.aliases, []) + [f.name]) |
                 CASE WHEN x = t.name OR x IN acc THEN acc ELSE acc + x END) AS aliases
            SET t.aliases = aliases,
                t.aliasText = reduce(s = '', x IN aliases | s + x + ' | '),
                t.roles = reduce(acc = coalesce(t.roles, []), x IN reduce(all = [], f IN fs | all + coalesce(f.roles, [])) |
                          CASE WHEN x IN acc THEN acc ELSE acc + x END),
                t.mergedIds = reduce(acc = coalesce(t.mergedIds, []),
                          x IN reduce(all = [], f IN fs | all + coalesce(f.mergedIds, []) + [f.id]) |
                          CASE WHEN x IN acc OR x = t.id THEN acc ELSE acc + x END)
            FOREACH (f IN fs | DETACH DELETE f)""";

    private static final List<String> MOVES;

    static {
        Set<RelType> oneForOne = EnumSet.of(RelType.MET_WITH, RelType.HOLDS_ROLE);
        List<String> moves = new ArrayList<>();
        for (SpeechType t : SpeechType.values()) {
            moves.add(MOVE_OUT_COPY.formatted(t.name()));
            moves.add(MOVE_IN_COPY.formatted(t.name()));
        }
        for (RelType t : RelType.values()) {
            if (t == RelType.MENTIONS) continue;
            boolean copy = oneForOne.contains(t);
            moves.add((copy ? MOVE_OUT_COPY : MOVE_OUT_MERGE).formatted(t.name()));
            moves.add((copy ? MOVE_IN_COPY : MOVE_IN_MERGE).formatted(t.name()));
        }
        moves.add(MOVE_MENTIONS);
        MOVES = List.copyOf(moves);
    }

    private EntityResolution() {}

    /**
     * What one resolution did.
     *
     * @param personsBefore persons in the store before
     * @param personsAfter  persons after
     * @param merges        merges by rule label (re-applied ones included), in rule order
     * @param again         merges re-applied to ids that were merged before and came back
     * @param applied       every merge made, re-applied ones first
     */
    public record Report(long personsBefore, long personsAfter, Map<String, Integer> merges, int again,
                         List<Merge> applied) {
        public Report {
            merges = Map.copyOf(merges);
            applied = List.copyOf(applied);
        }

        public int total() { return applied.size(); }

        /** One line: {@code 120 persons → 97 (23 merges: spelling 5, family-name 18; 0 again)}. */
        public String describe() {
            StringBuilder b = new StringBuilder();
            for (Merge.Rule r : Merge.Rule.values()) {
                b.append(b.length() == 0 ? "" : ", ").append(r.label()).append(' ').append(merges.getOrDefault(r.label(), 0));
            }
            return personsBefore + " persons → " + personsAfter + " after resolution (" + total() + (total() == 1 ? " merge: " : " merges: ") + b
                    + "; " + again + " again)";
        }

        public String toJson() {
            StringBuilder b = new StringBuilder();
            for (Merge.Rule r : Merge.Rule.values()) {
                b.append(b.length() == 0 ? "" : ", ").append('"').append(r.label()).append("\": ")
                        .append(merges.getOrDefault(r.label(), 0));
            }
            return "{\"personsBefore\": " + personsBefore + ", \"personsAfter\": " + personsAfter + ", \"merges\": "
                    + total() + ", \"byRule\": {" + b + "}, \"again\": " + again + "}";
        }
    }

    /**
     * Resolves the whole store.
     *
     * @throws StoreException when Neo4j refuses a read or a merge; merges committed before stay
     */
    public static Report run(Driver driver, EntityResolver resolver) {
        return run(driver, resolver, true);
    }

    /**
     * Resolves the whole store, or with {@code apply} false only says what it would merge (the
     * persons after are then those before).
     */
    public static Report run(Driver driver, EntityResolver resolver, boolean apply) {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(resolver, "resolver");
        Schema.apply(driver);
        try (Session session = driver.session()) {
            long before = session.executeRead(tx -> tx.run(COUNT_PERSONS).single().get("n").asLong());
            if (apply) session.executeWrite(tx -> tx.run(DROP_STALE).consume());
            List<Merge> again = session.executeRead(tx -> tx.run(AGAIN).list(EntityResolution::recorded));
            if (apply) apply(session, again);
            List<EntitySummary> summaries = session.executeRead(tx -> tx.run(SUMMARIES).list(EntityResolution::summary));
            List<Merge> merges = resolver.resolve(summaries);
            if (apply) apply(session, merges);
            if (apply && !(again.isEmpty() && merges.isEmpty())) Schema.refreshFullText(driver);
            long after = session.executeRead(tx -> tx.run(COUNT_PERSONS).single().get("n").asLong());
            Map<String, Integer> byRule = new TreeMap<>();
            List<Merge> all = new ArrayList<>(again);
            all.addAll(merges);
            for (Merge m : all) byRule.merge(m.rule().label(), 1, Integer::sum);
            return new Report(before, after, byRule, again.size(), all);
        } catch (Neo4jException e) {
            throw new StoreException("entity resolution failed: " + e.getMessage()
                    + "; what was merged before stays merged, run `khabar resolve` again", e);
        }
    }

    private static void apply(Session session, List<Merge> merges) {
        for (int i = 0; i < merges.size(); i += BATCH) {
            List<Merge> batch = merges.subList(i, Math.min(merges.size(), i + BATCH));
            session.executeWrite(tx -> {
                write(tx, batch);
                return null;
            });
        }
    }

    private static void write(TransactionContext tx, List<Merge> batch) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        Set<String> from = new HashSet<>();
        for (Merge m : batch) {
            if (!from.add(m.fromId())) continue;
            pairs.add(Map.of("from", m.fromId(), "into", m.intoId(), "type", m.type().label(), "rule", m.rule().label(),
                    "evidence", m.evidence()));
            byTarget.computeIfAbsent(m.intoId(), k -> new ArrayList<>()).add(m.fromId());
        }
        Map<String, Object> p = Map.of("pairs", pairs);
        tx.run(RECORD, p).consume();
        for (String move : MOVES) tx.run(move, p).consume();
        List<Map<String, Object>> groups = new ArrayList<>();
        byTarget.forEach((into, froms) -> groups.add(Map.of("into", into, "froms", froms)));
        tx.run(UNION, Map.of("groups", groups)).consume();
        // the names, aliases and roles of a target are those its mentions contributed, as after a load
        BatchWrite.deriveNames(new WriteTx.Bolt(tx), new ArrayList<>(byTarget.keySet()));
    }

    private static Merge recorded(Record r) {
        return new Merge(r.get("fromId").asString(), r.get("fromName").asString(""), r.get("intoId").asString(),
                r.get("intoName").asString(""), EntityType.fromLabel(r.get("type").asString("Person")),
                Merge.Rule.fromLabel(r.get("rule").asString()), r.get("evidence").asString(""));
    }

    private static EntitySummary summary(Record r) {
        return new EntitySummary(r.get("id").asString(), EntityType.fromLabel(r.get("label").asString()),
                r.get("name").asString(""), r.get("aliases").asList(v -> v.asString("")),
                new HashSet<>(r.get("roles").asList(v -> v.asString(""))),
                new HashSet<>(r.get("roleIn").asList(v -> v.asString(""))),
                new HashSet<>(r.get("articles").asList(v -> v.asString(""))));
    }
}
