package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Ids;
import org.khabar.graph.Modality;
import org.khabar.graph.Span;
import org.khabar.graph.SpeechType;
import org.khabar.graph.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The loader over Bolt against the real embedded server: one server for the class, emptied before
 * each test. {@link Neo4jLoaderEmbeddedIT} runs the same tests through the Java API.
 */
class Neo4jLoaderIT {
    @TempDir
    static Path dir;

    static GraphStore store;

    @BeforeAll
    static void start() {
        store = GraphStore.startEmbedded(StoreSettings.embedded(dir.resolve("neo4j")), false);
    }

    @AfterAll
    static void stop() {
        if (store != null) store.close();
    }

    @BeforeEach
    void empty() {
        rows("MATCH (n) DETACH DELETE n", Map.of());
    }

    /** The loader under test: over Bolt here, through the Java API in {@link Neo4jLoaderEmbeddedIT}. */
    Neo4jLoader open() {
        return Neo4jLoader.open(store.driver());
    }

    Neo4jLoader open(Neo4jLoader.Settings settings) {
        return Neo4jLoader.open(store.driver(), settings);
    }

    static List<Record> rows(String cypher, Map<String, Object> params) {
        try (Session s = store.driver().session()) {
            return s.executeWrite(tx -> tx.run(cypher, params).list());
        }
    }

    static long count(String cypher) {
        return rows(cypher, Map.of()).get(0).get(0).asLong();
    }

    @Test
    void loadsTheSeedGraphWithProvenance() {
        Neo4jLoader loader = open();
        DocumentGraph g = SeedGraph.graph();
        assertThat(loader.load(g)).isEqualTo(Neo4jLoader.Outcome.LOADED);

        GraphStats stats = GraphStats.read(store.driver());
        assertThat(stats.labels()).containsEntry("Article", 1L).containsEntry("Person", 7L)
                .containsEntry("Country", 4L).containsEntry("Place", 3L).containsEntry("Organization", 1L)
                .containsEntry("Statement", 9L).containsEntry("Event", 1L).containsEntry("Entity", 15L);
        assertThat(stats.types()).containsEntry("STATED", 5L).containsEntry("DENIED", 2L)
                .containsEntry("ACCUSED", 1L).containsEntry("CALLED_FOR", 1L).containsEntry("MET_WITH", 3L)
                .containsEntry("MENTIONS", 15L).containsEntry("REPORTS", 10L).containsEntry("LOCATED_IN", 2L)
                .containsEntry("HOLDS_ROLE", 2L).containsEntry("ADDRESSED_TO", 1L);
        assertThat(loader.summary().warnings()).isEmpty();

        String text = g.article().text();
        // every statement and meeting carries its provenance, and the offsets give back the evidence
        for (Record r : rows("""
                MATCH (sp)-[act:STATED|DENIED|ACCUSED|CALLED_FOR]->(s:Statement)
                RETURN s.articleId AS a, s.start AS start, s.end AS end, s.text AS text, s.confidence AS c,
                       act.articleId AS actArticle, act.start AS actStart, s.uri AS uri, s.id AS id
                UNION ALL
                MATCH ()-[m:MET_WITH]->()
                RETURN m.articleId AS a, m.start AS start, m.end AS end, m.text AS text, m.confidence AS c,
                       m.articleId AS actArticle, m.start AS actStart, null AS uri, m.id AS id""", Map.of())) {
            assertThat(r.get("a").asString()).isEqualTo(g.article().id());
            assertThat(r.get("actArticle").asString()).isEqualTo(g.article().id());
            int start = r.get("start").asInt();
            assertThat(text.substring(start, r.get("end").asInt())).isEqualTo(r.get("text").asString());
            assertThat(r.get("actStart").asInt()).isEqualTo(start);
            assertThat(r.get("c").asDouble()).isBetween(0.0, 1.0);
            if (!r.get("uri").isNull()) assertThat(r.get("uri").asString()).isEqualTo(Ids.uri(r.get("id").asString()));
        }
        Record lavrov = rows("MATCH (p:Person {id: 'person:lavrov'}) RETURN p", Map.of()).get(0);
        var p = lavrov.get("p").asNode();
        assertThat(p.hasLabel("Entity")).isTrue();
        assertThat(p.get("name").asString()).isEqualTo("سيرغي لافروف");
        assertThat(p.get("aliases").asList()).containsExactlyInAnyOrder("لافروف", "وزير الخارجية الروسي");
        assertThat(p.get("roles").asList()).containsExactly("وزير الخارجية");
        assertThat(p.get("uri").asString()).isEqualTo(Ids.BASE + "person/lavrov");
        assertThat(p.get("nameKey").asString()).isEqualTo("سيرغي لافروف");
        assertThat(rows("MATCH (c:Country {id: 'country:SY'}) RETURN c.iso2 AS iso", Map.of()).get(0)
                .get("iso").asString()).isEqualTo("SY");
        assertThat(rows("MATCH (:Article)-[m:MENTIONS]->(:Person {id: 'person:lavrov'}) RETURN m.count AS n", Map.of())
                .get(0).get("n").asInt()).isEqualTo(g.entities().get(0).mentions().size()).isGreaterThan(5);
    }

    @Test
    void loadingTheSameArticleTwiceChangesNothing() {
        Neo4jLoader loader = open();
        loader.load(SeedGraph.graph());
        GraphStats first = GraphStats.read(store.driver());
        String before = snapshot();

        assertThat(loader.load(SeedGraph.graph())).isEqualTo(Neo4jLoader.Outcome.UNCHANGED);
        assertThat(open().load(SeedGraph.graph())).isEqualTo(Neo4jLoader.Outcome.UNCHANGED);

        assertThat(GraphStats.read(store.driver())).isEqualTo(first);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(loader.summary().loaded()).isEqualTo(1);
        assertThat(loader.summary().unchanged()).isEqualTo(1);
    }

    /** Every node and relationship with its properties, in a stable order. */
    private static String snapshot() {
        StringBuilder b = new StringBuilder();
        for (Record r : rows("MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id, n.name", Map.of())) {
            b.append(r.get("l").asList()).append(new java.util.TreeMap<>(r.get("p").asMap())).append('\n');
        }
        for (Record r : rows("""
                MATCH (a)-[x]->(b) RETURN a.id AS a, type(x) AS t, b.id AS b, properties(x) AS p
                ORDER BY a, t, b, x.start, x.title""", Map.of())) {
            b.append(r.get("a")).append(r.get("t")).append(r.get("b"))
                    .append(new java.util.TreeMap<>(r.get("p").asMap())).append('\n');
        }
        return b.toString();
    }

    @Test
    void aChangedArticleReplacesWhatItContributed() {
        Neo4jLoader loader = open();
        DocumentGraph v1 = SeedGraph.graph();
        loader.load(v1);
        // a second article also mentions Lavrov, with another alias: he must survive the replacement
        Article other = Article.of("other.txt", "قال لافروف في موسكو إن الحل سياسي.");
        String ot = other.text();
        DocumentGraph g2 = new DocumentGraph(other,
                List.of(new Entity("person:lavrov", EntityType.PERSON, "لافروف", "Sergey Lavrov", List.of("الوزير لافروف"),
                                List.of(Span.of(ot, 4, 10)), List.of(), 0.9),
                        new Entity("country:RU", EntityType.COUNTRY, "روسيا", null, List.of("موسكو"),
                                List.of(Span.of(ot, 14, 19)), List.of(), 0.9)),
                List.of(new Statement(other.id() + "-s1", SpeechType.STATED, "person:lavrov", "قال", "الحل سياسي",
                        List.of("country:RU"), List.of(), null, null, null, Modality.HAPPENED,
                        Span.of(ot, 0, ot.length()), 0.8)),
                List.of(), List.of(), Map.of());
        loader.load(g2);

        // version 2 of the seed article: same id, other text; only Lavrov and Kerry, one statement
        String t2 = v1.article().text() + "\nتحديث: وأكد لافروف لكيري مجدداً.";
        Article a2 = new Article(v1.article().id(), v1.article().source(), t2, Article.sha256(t2),
                null, null, null, null, null);
        DocumentGraph full = SeedGraph.graph(a2);
        DocumentGraph v2 = new DocumentGraph(a2,
                full.entities().stream().filter(e -> e.id().equals("person:lavrov") || e.id().equals("person:kerry")).toList(),
                List.of(SeedGraph.statement(a2.id(), 1, SpeechType.STATED, "person:lavrov", t2, "تحديث: وأكد لافروف", "وأكد",
                        null, List.of(), List.of(), "person:kerry")),
                List.of(), List.of(), Map.of());
        assertThat(loader.load(v2)).isEqualTo(Neo4jLoader.Outcome.REPLACED);

        assertThat(count("MATCH (s:Statement {articleId: '" + a2.id() + "'}) RETURN count(s)")).isEqualTo(1);
        assertThat(rows("MATCH (s:Statement {articleId: $id}) RETURN s.text AS t", Map.of("id", a2.id()))
                .get(0).get("t").asString()).startsWith("تحديث: وأكد لافروف");
        assertThat(count("MATCH ()-[m:MET_WITH]->() RETURN count(m)")).isZero();
        assertThat(count("MATCH (e:Event) RETURN count(e)")).isZero();
        assertThat(count("MATCH ()-[r:HOLDS_ROLE]->() RETURN count(r)")).isZero();
        // entities only the old version mentioned are gone; Russia stays (the other article mentions it)
        assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
        assertThat(count("MATCH (c:Country) RETURN count(c)")).isEqualTo(1);
        assertThat(count("MATCH (n:Place) RETURN count(n)")).isZero();
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
        assertThat(rows("MATCH (a:Article {id: $id}) RETURN a.sha256 AS s", Map.of("id", a2.id())).get(0)
                .get("s").asString()).isEqualTo(a2.sha256());
        // the other article's contribution is intact
        assertThat(count("MATCH (:Person {id: 'person:lavrov'})-[:STATED]->(s:Statement {articleId: '" + other.id()
                + "'})-[:ABOUT]->(:Country {id: 'country:RU'}) RETURN count(s)")).isEqualTo(1);
        assertThat(loader.summary().replaced()).isEqualTo(1);
    }

    @Test
    void theSameEntityFromTwoArticlesIsOneNodeWithUnitedAliases() {
        Neo4jLoader loader = open();
        loader.load(SeedGraph.graph());
        Article other = Article.of("other.txt", "التقى الوزير لافروف نظيره.");
        DocumentGraph g2 = new DocumentGraph(other,
                List.of(new Entity("person:lavrov", EntityType.PERSON, "لافروف", "Sergey Lavrov", List.of("الوزير لافروف"),
                        List.of(Span.of(other.text(), 7, 19)), List.of(), 0.9)),
                List.of(), List.of(), List.of(), Map.of());
        loader.load(g2);

        var rows = rows("MATCH (p:Person {id: 'person:lavrov'}) RETURN p", Map.of());
        assertThat(rows).hasSize(1);
        var p = rows.get(0).get("p").asNode();
        assertThat(p.get("name").asString()).isEqualTo("سيرغي لافروف"); // the longest form stays the name
        assertThat(p.get("nameEn").asString()).isEqualTo("Sergey Lavrov");
        assertThat(p.get("aliases").asList())
                .containsExactlyInAnyOrder("لافروف", "وزير الخارجية الروسي", "الوزير لافروف");
        assertThat(count("MATCH (:Article)-[m:MENTIONS]->(:Person {id: 'person:lavrov'}) RETURN count(m)")).isEqualTo(2);
    }

    private static DocumentGraph lavrovSays(String source, String text, String name, List<String> aliases,
                                            List<org.khabar.graph.Role> roles) {
        Article a = Article.of(source, text, "https://example.org/" + source, null, null, null, null);
        return new DocumentGraph(a,
                List.of(new Entity("person:lavrov", EntityType.PERSON, name, null, aliases,
                        List.of(Span.of(text, 0, 4)), roles, 0.9)),
                List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void eachArticleKeepsItsOwnAliasesAndAReplacementTakesBackOnlyItsOwn() {
        Neo4jLoader loader = open();
        var minister = new org.khabar.graph.Role("وزير الخارجية", null, null);
        DocumentGraph a1 = lavrovSays("a.txt", "قال الوزير لافروف إن الحل سياسي.", "سيرغي لافروف",
                List.of("الوزير لافروف", "لافروف"), List.of(minister));
        DocumentGraph b = lavrovSays("b.txt", "قال لافروف في موسكو.", "لافروف", List.of("سيرغي فيكتوروفيتش"), List.of());
        loader.load(a1);
        loader.load(b);
        var m = rows("MATCH (a:Article {id: $id})-[m:MENTIONS]->(:Person {id: 'person:lavrov'}) RETURN m",
                Map.of("id", a1.article().id())).get(0).get("m").asRelationship();
        assertThat(m.get("name").asString()).isEqualTo("سيرغي لافروف");
        assertThat(m.get("aliases").asList()).containsExactlyInAnyOrder("الوزير لافروف", "لافروف");
        assertThat(m.get("roles").asList()).containsExactly("وزير الخارجية");
        var p = rows("MATCH (p:Person {id: 'person:lavrov'}) RETURN p", Map.of()).get(0).get("p").asNode();
        assertThat(p.get("name").asString()).isEqualTo("سيرغي لافروف");
        assertThat(p.get("aliases").asList()).containsExactly("الوزير لافروف", "سيرغي فيكتوروفيتش", "لافروف");
        assertThat(p.get("roles").asList()).containsExactly("وزير الخارجية");

        // A again, changed: it no longer calls him «الوزير لافروف», nor gives his role or his full name
        DocumentGraph a2 = lavrovSays("a.txt", "قال لافروف اليوم إن الحل سياسي.", "لافروف", List.of(), List.of());
        assertThat(a2.article().id()).as("same article, new content").isEqualTo(a1.article().id());
        assertThat(loader.load(a2)).isEqualTo(Neo4jLoader.Outcome.REPLACED);

        p = rows("MATCH (p:Person {id: 'person:lavrov'}) RETURN p", Map.of()).get(0).get("p").asNode();
        assertThat(p.get("aliases").asList()).as("B's alias stays, A's old ones are gone")
                .containsExactly("سيرغي فيكتوروفيتش");
        assertThat(p.get("name").asString()).isEqualTo("لافروف");
        assertThat(p.get("nameKey").asString()).isEqualTo("لافروف");
        assertThat(p.get("roles").asList()).isEmpty();
        assertThat(p.get("aliasText").asString()).isEqualTo("سيرغي فيكتوروفيتش | ");
        assertThat(count("CALL db.index.fulltext.queryNodes('entity_names', 'الوزير') YIELD node RETURN count(node)"))
                .as("the full-text index forgets the alias too").isZero();
        assertThat(count("CALL db.index.fulltext.queryNodes('entity_names', 'فيكتوروفيتش') YIELD node RETURN count(node)"))
                .isEqualTo(1);
    }

    @Test
    void hostileNamesAreStoredAsPlainData() {
        String evil = "x'}) DETACH DELETE n //";
        String nul = "a\u0000b\"`]});";
        String text = evil + " قال " + nul;
        Article a = Article.of("evil.txt", text);
        DocumentGraph g = new DocumentGraph(a,
                List.of(new Entity("person:" + evil, EntityType.PERSON, evil, null, List.of(nul),
                        List.of(Span.of(text, 0, evil.length())), List.of(), 0.5)),
                List.of(new Statement(a.id() + "-s1", SpeechType.STATED, "person:" + evil, "قال", nul, List.of(),
                        List.of(), null, null, null, Modality.HAPPENED, Span.of(text, 0, text.length()), 0.5)),
                List.of(), List.of(), Map.of());
        Neo4jLoader loader = open();
        loader.load(SeedGraph.graph());
        long before = count("MATCH (n) RETURN count(n)");
        loader.load(g);

        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before + 3);
        var p = rows("MATCH (p:Person {id: $id}) RETURN p", Map.of("id", "person:" + evil)).get(0).get("p").asNode();
        assertThat(p.get("name").asString()).isEqualTo(evil);
        assertThat(p.get("aliases").asList()).containsExactly(nul);
        assertThat(p.get("uri").asString()).startsWith(Ids.BASE + "person/x%27%7D%29%20DETACH").isASCII();
        assertThat(rows("MATCH (s:Statement {id: $id}) RETURN s.quote AS q", Map.of("id", a.id() + "-s1"))
                .get(0).get("q").asString()).isEqualTo(nul);
    }

    @Test
    void anArticleNeo4jRefusesLeavesNothingBehind() {
        Neo4jLoader loader = open();
        String text = "نص قصير.";
        Article a = Article.of("huge.txt", text);
        // a name far beyond the index key size limit: the nameKey index refuses it mid-transaction
        String huge = "ب".repeat(40_000);
        DocumentGraph g = new DocumentGraph(a,
                List.of(new Entity("person:ok", EntityType.PERSON, "نص", null, List.of(), List.of(Span.of(text, 0, 2)),
                                List.of(), 0.5),
                        new Entity("person:huge", EntityType.PERSON, huge, null, List.of(), List.of(), List.of(), 0.5)),
                List.of(), List.of(), List.of(), Map.of());
        assertThatThrownBy(() -> loader.load(g)).isInstanceOf(StoreException.class)
                .hasMessageContaining(a.id()).hasMessageContaining("huge.txt");
        assertThat(count("MATCH (n) RETURN count(n)")).isZero();
        assertThat(loader.summary().failed()).isEqualTo(1);
    }

    @Test
    void danglingReferencesAreSkippedWithAWarning() {
        Article a = Article.of("dangling.txt", "قال فلان كلاماً.");
        DocumentGraph g = new DocumentGraph(a, List.of(),
                List.of(new Statement(a.id() + "-s1", SpeechType.STATED, "person:nobody", "قال", null, List.of(),
                        List.of(), null, null, null, Modality.HAPPENED, Span.of(a.text(), 0, a.text().length()), 0.5)),
                List.of(), List.of(), Map.of());
        Neo4jLoader loader = open();
        loader.load(g);
        assertThat(count("MATCH (s:Statement) RETURN count(s)")).isZero();
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(1);
        assertThat(loader.summary().warnings()).singleElement().asString()
                .contains(a.id()).contains("person:nobody");
    }

    @Test
    void aPlaceIsLinkedToACountryOnlyTheGraphKnows() {
        Neo4jLoader loader = open();
        loader.load(SeedGraph.graph()); // knows country:TR, not country:CH
        Article a = Article.of("places.txt", "في جنيف وأنقرة.");
        String t = a.text();
        DocumentGraph g = new DocumentGraph(a,
                List.of(new Entity("place:geneva", EntityType.PLACE, "جنيف", null, List.of(), List.of(Span.of(t, 3, 7)),
                                List.of(), 0.9),
                        new Entity("place:ankara", EntityType.PLACE, "أنقرة", null, List.of(), List.of(Span.of(t, 9, 14)),
                                List.of(), 0.9)),
                List.of(), List.of(), List.of(), Map.of("place:geneva", "country:CH", "place:ankara", "country:TR"));
        loader.load(g);
        assertThat(count("MATCH (:Place {id: 'place:ankara'})-[:LOCATED_IN]->(:Country {id: 'country:TR'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Place {id: 'place:geneva'})-[r:LOCATED_IN]->() RETURN count(r)")).isZero();
        assertThat(count("MATCH (c {id: 'country:CH'}) RETURN count(c)")).isZero();
        assertThat(loader.summary().warnings()).isEmpty();

        // an article naming Switzerland comes later: Geneva, waiting for it, is linked then
        loader.load(swissArticle());
        assertThat(count("MATCH (:Place {id: 'place:geneva'})-[:LOCATED_IN]->(:Country {id: 'country:CH'}) RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    void placeLinksDoNotDependOnLoadOrderOrBatchSize() {
        DocumentGraph geneva = genevaArticle();
        List<List<DocumentGraph>> orders = List.of(List.of(geneva, swissArticle()), List.of(swissArticle(), geneva));
        List<String> graphs = new java.util.ArrayList<>();
        for (List<DocumentGraph> order : orders) {
            for (int batch : new int[] {1, 200}) {
                empty();
                try (Neo4jLoader loader = open(
                        Neo4jLoader.Settings.defaults().withBatchSize(batch))) {
                    order.forEach(loader::accept);
                }
                graphs.add(snapshot());
                assertThat(count("MATCH (:Place {id: 'place:geneva'})-[:LOCATED_IN]->(:Country {id: 'country:CH'})"
                        + " RETURN count(*)")).as("batch size %d", batch).isEqualTo(1);
            }
        }
        assertThat(graphs).allSatisfy(g -> assertThat(g).isEqualTo(graphs.get(0)));
    }

    /** Geneva, whose country (from the gazetteer) the article does not name. */
    static DocumentGraph genevaArticle() {
        Article a = Article.of("geneva.txt", "في جنيف.");
        return new DocumentGraph(a,
                List.of(new Entity("place:geneva", EntityType.PLACE, "جنيف", null, List.of(),
                        List.of(Span.of(a.text(), 3, 7)), List.of(), 0.9)),
                List.of(), List.of(), List.of(), Map.of("place:geneva", "country:CH"));
    }

    /** Switzerland, named. */
    static DocumentGraph swissArticle() {
        Article b = Article.of("swiss.txt", "قالت سويسرا.");
        return new DocumentGraph(b,
                List.of(new Entity("country:CH", EntityType.COUNTRY, "سويسرا", "Switzerland", List.of(),
                        List.of(Span.of(b.text(), 5, 11)), List.of(), 0.9)),
                List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void theRealExtractorsGraphOfTheSeedLoadsCompletelyAndIdempotently() {
        DocumentGraph g = org.khabar.extract.Extractor.standard().extract(SeedGraph.article());
        Neo4jLoader loader = open();
        assertThat(loader.load(g)).isEqualTo(Neo4jLoader.Outcome.LOADED);
        assertThat(loader.summary().warnings()).as("dangling references in the extractor's graph").isEmpty();
        assertThat(count("MATCH (s:Statement) RETURN count(s)")).isEqualTo(g.statements().size());
        assertThat(count("MATCH ()-[m:MET_WITH]->() RETURN count(m)")).isEqualTo(g.meetings().size());
        assertThat(count("MATCH (e:Event) RETURN count(e)")).isEqualTo(g.events().size());
        assertThat(count("MATCH (e:Entity) RETURN count(e)")).isEqualTo(g.entities().size());
        String before = snapshot();
        assertThat(loader.load(org.khabar.extract.Extractor.standard().extract(SeedGraph.article())))
                .isEqualTo(Neo4jLoader.Outcome.UNCHANGED);
        assertThat(snapshot()).isEqualTo(before);
    }
}
