package org.khabar.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Why an entity is what it is: its canonical name, every alias with the articles that used it, and
 * every merge that went into it with its rule and evidence ({@code khabar explain-entity NAME}).
 *
 * <pre>{@code
 * Optional<EntityExplanation> e = EntityExplanation.find(driver, "لافروف", 5);
 * }</pre>
 *
 * @param also other entities the name matched, as {@code id «name»}
 */
public record EntityExplanation(String id, String type, String name, String uri, long articles,
                                List<String> mergedIds, List<Alias> aliases, List<MergeRecord> merges,
                                List<String> also) {
    public EntityExplanation {
        mergedIds = List.copyOf(mergedIds);
        aliases = List.copyOf(aliases);
        merges = List.copyOf(merges);
        also = List.copyOf(also);
    }

    /**
     * A surface form and the articles that used it: those whose mention contributed it, or, for a
     * mention stored before mentions kept their forms, those whose text contains it.
     */
    public record Alias(String name, long articles, List<Source> sources) {
        public Alias {
            sources = List.copyOf(sources);
        }
    }

    /** An article: id, url and outlet (either may be null). */
    public record Source(String articleId, String url, String outlet) {}

    /** A merged entity: what it was, by which rule and evidence, from which articles. */
    public record MergeRecord(String fromId, String fromName, List<String> fromAliases, String rule, String evidence,
                              List<String> articles) {
        public MergeRecord {
            fromAliases = List.copyOf(fromAliases);
            articles = List.copyOf(articles);
        }
    }

    private static final String FIND = """
            MATCH (e:Entity)
            WHERE (e:Person OR e:Organization OR e:Place OR e:Country)
              AND (e.id = $q OR e.name = $q OR e.nameKey = $key OR $q IN coalesce(e.mergedIds, [])
                   OR $q IN coalesce(e.aliases, []))
            RETURN e.id AS id, (e.name = $q OR e.nameKey = $key OR e.id = $q) AS exact,
                   size([(a:Article)-[:MENTIONS]->(e) | a]) AS n
            UNION
            MATCH (m:Merge)-[:INTO]->(e:Entity)
            WHERE m.fromId = $q OR m.fromName = $q
            RETURN e.id AS id, false AS exact, size([(a:Article)-[:MENTIONS]->(e) | a]) AS n""";
    private static final String ENTITY = """
            MATCH (e:Entity {id: $id})
            RETURN e.id AS id, [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Country']][0] AS type,
                   e.name AS name, e.uri AS uri, coalesce(e.mergedIds, []) AS mergedIds,
                   size([(a:Article)-[:MENTIONS]->(e) | a]) AS articles""";
    private static final String ALIASES = """
            MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(a:Article)
            UNWIND [e.name] + coalesce(e.aliases, []) AS alias
            WITH alias, m, a
            WHERE CASE WHEN m.name IS NULL THEN a.text CONTAINS alias
                       ELSE alias = m.name OR alias IN coalesce(m.aliases, []) END
            WITH alias, a ORDER BY a.id
            RETURN alias, count(a) AS n, collect({id: a.id, url: a.url, outlet: a.outlet})[0..$max] AS sources""";
    private static final String MERGES = """
            MATCH (m:Merge)-[:INTO]->(:Entity {id: $id})
            RETURN m.fromId AS fromId, m.fromName AS fromName, coalesce(m.fromAliases, []) AS fromAliases,
                   m.rule AS rule, m.evidence AS evidence, coalesce(m.articles, []) AS articles
            ORDER BY m.rule, m.fromId""";
    private static final String CANDIDATES = """
            CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
            RETURN node.id AS id, node.name AS name ORDER BY score DESC, id LIMIT $limit""";

    /**
     * The entity named {@code name} (its name, an alias, its id, an id or name merged into it); the
     * exact name first, then the one most articles mention.
     *
     * @param maxSources how many articles to list per alias
     */
    public static Optional<EntityExplanation> find(Driver driver, String name, int maxSources) {
        Objects.requireNonNull(name, "name");
        String q = name.strip();
        try (Session s = driver.session()) {
            return s.executeRead(tx -> {
                List<Record> found = new ArrayList<>(tx.run(FIND, Map.of("q", q, "key", ArabicKey.of(q))).list());
                if (found.isEmpty()) return Optional.<EntityExplanation>empty();
                found.sort((a, b) -> a.get("exact").asBoolean() != b.get("exact").asBoolean()
                        ? (a.get("exact").asBoolean() ? -1 : 1)
                        : a.get("n").asLong() != b.get("n").asLong() ? Long.compare(b.get("n").asLong(), a.get("n").asLong())
                        : a.get("id").asString().compareTo(b.get("id").asString()));
                String id = found.get(0).get("id").asString();
                Record e = tx.run(ENTITY, Map.of("id", id)).single();
                List<Alias> aliases = new ArrayList<>();
                tx.run(ALIASES, Map.of("id", id, "max", maxSources)).forEachRemaining(r -> aliases.add(new Alias(
                        r.get("alias").asString(), r.get("n").asLong(), r.get("sources").asList(EntityExplanation::source))));
                String canonical = e.get("name").asString("");
                aliases.sort((a, b) -> a.name().equals(canonical) != b.name().equals(canonical)
                        ? (a.name().equals(canonical) ? -1 : 1)
                        : a.articles() != b.articles() ? Long.compare(b.articles(), a.articles()) : a.name().compareTo(b.name()));
                List<MergeRecord> merges = tx.run(MERGES, Map.of("id", id)).list(r -> new MergeRecord(
                        r.get("fromId").asString(), r.get("fromName").asString(""), strings(r.get("fromAliases")),
                        r.get("rule").asString(""), r.get("evidence").asString(""), strings(r.get("articles"))));
                List<String> also = new ArrayList<>();
                for (Record r : found) {
                    String other = r.get("id").asString();
                    if (!other.equals(id) && !also.contains(other)) also.add(other);
                }
                return Optional.of(new EntityExplanation(id, e.get("type").asString(""), canonical,
                        e.get("uri").asString(""), e.get("articles").asLong(), strings(e.get("mergedIds")), aliases,
                        merges, also));
            });
        } catch (Neo4jException e) {
            throw new StoreException("cannot explain «" + q + "»: " + e.getMessage(), e);
        }
    }

    /** Names close to {@code name} by full-text search, as {@code «name» (id)}; empty when none. */
    public static List<String> candidates(Driver driver, String name, int limit) {
        String q = luceneEscape(name.strip());
        if (q.isBlank()) return List.of();
        Schema.apply(driver);
        try (Session s = driver.session()) {
            return s.executeRead(tx -> tx.run(CANDIDATES, Map.of("q", q, "limit", limit))
                    .list(r -> "«" + r.get("name").asString("") + "» (" + r.get("id").asString() + ")"));
        } catch (Neo4jException e) {
            throw new StoreException("cannot search for names close to «" + name + "»: " + e.getMessage(), e);
        }
    }

    /** The text form printed by {@code khabar explain-entity}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(name).append(" — ").append(type).append(' ').append(id).append('\n');
        b.append("  ").append(uri).append('\n');
        b.append("  named in ").append(articles).append(articles == 1 ? " article" : " articles");
        if (!mergedIds.isEmpty()) b.append("; merged ids: ").append(String.join(", ", mergedIds));
        b.append('\n');
        b.append("aliases (with the articles that use them):\n");
        for (Alias a : aliases) {
            b.append("  ").append(a.name()).append(" — ").append(a.articles()).append(a.articles() == 1 ? " article" : " articles");
            for (Source s : a.sources()) {
                b.append("\n      ").append(s.articleId());
                if (s.outlet() != null) b.append(" (").append(s.outlet()).append(')');
                if (s.url() != null) b.append(' ').append(s.url());
            }
            b.append('\n');
        }
        if (merges.isEmpty()) {
            b.append("merges: none\n");
        } else {
            b.append("merges:\n");
            for (MergeRecord m : merges) {
                b.append("  ").append(m.fromId()).append(" «").append(m.fromName()).append("» by ").append(m.rule())
                        .append(": ").append(m.evidence()).append('\n');
                if (!m.articles().isEmpty()) {
                    b.append("      from ").append(m.articles().size()).append(m.articles().size() == 1 ? " article: " : " articles: ")
                            .append(String.join(", ", m.articles().subList(0, Math.min(5, m.articles().size()))))
                            .append(m.articles().size() > 5 ? ", …" : "").append('\n');
                }
            }
        }
        if (!also.isEmpty()) b.append("the name also matches: ").append(String.join(", ", also)).append('\n');
        return b.toString();
    }

    private static Source source(Value v) {
        return new Source(v.get("id").asString(null), v.get("url").asString(null), v.get("outlet").asString(null));
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(x -> x.asString(""));
    }

    private static String luceneEscape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }
}
