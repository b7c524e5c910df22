package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Meeting;
import org.khabar.graph.Modality;
import org.khabar.graph.Role;
import org.khabar.graph.SpeechType;
import org.khabar.graph.Statement;
import org.khabar.graph.resolve.EntityResolver;
import org.khabar.graph.resolve.Merge;
import org.khabar.lexicon.Ids;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Resolution on the real embedded server: three articles from three outlets name Lavrov in full,
 * by family name alone, and Merkel in two spellings; «الأسد» has two full-name candidates.
 */
class EntityResolutionIT {
    @TempDir
    static Path dir;

    static GraphStore store;

    static final Set<String> NATIVE = Set.of("بشار", "حافظ", "محمد");
    static final EntityResolver RESOLVER = EntityResolver.with(
            w -> NATIVE.contains(w) || Set.of("سيرغي", "انغيلا", "غون").contains(w), NATIVE::contains);

    static final String LAVROV = Ids.hashed("person", "سيرغي لافروف");
    static final String FAMILY = Ids.hashed("person", "لافروف");
    static final String MERKEL = Ids.hashed("person", "أنجيلا ميركل");
    static final String MERKEL2 = Ids.hashed("person", "انجيلا ميركيل");
    static final String KERRY = Ids.hashed("person", "جون كيري");

    static final String T1 = "قال وزير الخارجية الروسي سيرغي لافروف إن روسيا لن تتراجع. والتقى سيرغي لافروف جون كيري في جنيف. "
            + "وقالت المستشارة أنجيلا ميركل إن أوروبا تتابع. وقال الرئيس بشار الأسد إن الحرب مستمرة.";
    static final String T2 = "وأكد لافروف وزير الخارجية أن روسيا تدعم الحل السياسي. وبحث لافروف مع جون كيري الأزمة. "
            + "وانتقد الأسد المعارضة.";
    static final String T3 = "قالت المستشارة الألمانية انجيلا ميركيل إن ألمانيا تستقبل اللاجئين. وكان حافظ الأسد رئيسا.";

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

    @Test
    void mergesAcrossOutletsKeepsEverythingAndExplainsIt() {
        load(article1(), article2(T2), article3());
        assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(8);

        EntityResolution.Report r = EntityResolution.run(store.driver(), RESOLVER);
        assertThat(r.personsBefore()).isEqualTo(8);
        assertThat(r.personsAfter()).isEqualTo(6);
        assertThat(r.merges()).containsEntry("family-name", 1).containsEntry("spelling", 1);
        assertThat(r.applied()).extracting(Merge::fromId, Merge::intoId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(FAMILY, LAVROV), org.assertj.core.groups.Tuple.tuple(MERKEL, MERKEL2));

        // the family name is gone; its statement, meeting, role and mention moved to the full name
        assertThat(count("MATCH (e:Entity {id: '" + FAMILY + "'}) RETURN count(e)")).isZero();
        assertThat(strings("MATCH (a:Article)-[:MENTIONS]->(:Person {id: '" + LAVROV + "'}) RETURN a.outlet ORDER BY a.outlet"))
                .containsExactly("aawsat", "alriyadh");
        assertThat(count("MATCH (:Person {id: '" + LAVROV + "'})-[:STATED]->(s:Statement) RETURN count(s)")).isEqualTo(2);
        assertThat(count("MATCH (:Person {id: '" + LAVROV + "'})-[:MET_WITH]-(:Person {id: '" + KERRY + "'}) RETURN count(*)"))
                .isEqualTo(2);
        assertThat(count("MATCH (:Person {id: '" + LAVROV + "'})-[:HOLDS_ROLE]->(:Country {id: 'country:RU'}) RETURN count(*)"))
                .isEqualTo(2);
        Record lavrov = rows("MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases, p.mergedIds AS merged",
                Map.of("id", LAVROV)).get(0);
        assertThat(lavrov.get("aliases").asList(v -> v.asString())).contains("لافروف");
        assertThat(lavrov.get("merged").asList(v -> v.asString())).containsExactly(FAMILY);
        // the moved mention remembers the id it was made for
        assertThat(strings("MATCH (a:Article)-[m:MENTIONS]->(:Person {id: '" + LAVROV + "'}) WHERE m.fromId IS NOT NULL "
                + "RETURN a.outlet")).containsExactly("alriyadh");
        // the research query lists each merge with its rule and evidence, filtered by name
        var merges = ResearchQuery.named("merges").run(store.driver(), Map.of("name", "لافروف"));
        assertThat(merges).singleElement().satisfies(m -> {
            assertThat(m.get("mergedId")).isEqualTo(FAMILY);
            assertThat(m.get("intoId")).isEqualTo(LAVROV);
            assertThat(m.get("rule")).isEqualTo("family-name");
            assertThat(m.get("evidence").toString()).contains("لافروف");
        });
        assertThat(ResearchQuery.named("merges").run(store.driver(), Map.of())).hasSize(2);
        // «الأسد» has two full-name candidates: it stays alone
        assertThat(count("MATCH (p:Person {name: 'الأسد'}) RETURN count(p)")).isEqualTo(1);

        EntityExplanation e = EntityExplanation.find(store.driver(), "لافروف", 5).orElseThrow();
        assertThat(e.id()).isEqualTo(LAVROV);
        assertThat(e.name()).isEqualTo("سيرغي لافروف");
        assertThat(e.articles()).isEqualTo(2);
        assertThat(e.aliases()).extracting(EntityExplanation.Alias::name).startsWith("سيرغي لافروف").contains("لافروف");
        EntityExplanation.Alias family = e.aliases().stream().filter(a -> a.name().equals("لافروف")).findFirst().orElseThrow();
        assertThat(family.sources()).extracting(EntityExplanation.Source::outlet).contains("alriyadh");
        assertThat(e.merges()).singleElement().satisfies(m -> {
            assertThat(m.fromId()).isEqualTo(FAMILY);
            assertThat(m.rule()).isEqualTo("family-name");
            assertThat(m.evidence()).contains("«وزير الخارجية»");
            assertThat(m.articles()).containsExactly(article2(T2).article().id());
        });
        assertThat(e.describe()).contains("سيرغي لافروف — Person", "لافروف — ", "by family-name: ");
        // the merged id and the variant spelling find the canonical entity too
        assertThat(EntityExplanation.find(store.driver(), FAMILY, 5)).get().extracting(EntityExplanation::id).isEqualTo(LAVROV);
        // one article each: the longer spelling is the canonical one
        assertThat(EntityExplanation.find(store.driver(), "أنجيلا ميركل", 5)).get()
                .extracting(EntityExplanation::id).isEqualTo(MERKEL2);
        assertThat(EntityExplanation.find(store.driver(), "غير موجود", 5)).isEmpty();
        assertThat(EntityExplanation.candidates(store.driver(), "ميركل", 5)).anyMatch(c -> c.contains(MERKEL2));
    }

    @Test
    void resolvingAgainChangesNothing() {
        load(article1(), article2(T2), article3());
        EntityResolution.run(store.driver(), RESOLVER);
        GraphStats once = GraphStats.read(store.driver());
        EntityResolution.Report again = EntityResolution.run(store.driver(), RESOLVER);
        assertThat(again.total()).isZero();
        assertThat(again.personsAfter()).isEqualTo(again.personsBefore()).isEqualTo(6);
        assertThat(GraphStats.read(store.driver())).isEqualTo(once);
    }

    @Test
    void replacingAnArticleConvergesToTheSameGraph() {
        load(article1(), article2(T2), article3());
        EntityResolution.run(store.driver(), RESOLVER);
        GraphStats resolved = GraphStats.read(store.driver());

        // the second outlet corrects its article: the family name comes back as its own entity…
        Neo4jLoader loader = Neo4jLoader.open(store.driver());
        assertThat(loader.load(article2(T2 + " "))).isEqualTo(Neo4jLoader.Outcome.REPLACED);
        assertThat(count("MATCH (e:Entity {id: '" + FAMILY + "'}) RETURN count(e)")).isEqualTo(1);

        // …and goes into the same target again, by its recorded rule
        EntityResolution.Report r = EntityResolution.run(store.driver(), RESOLVER);
        assertThat(r.again()).isEqualTo(1);
        assertThat(r.applied()).extracting(Merge::fromId, Merge::intoId, Merge::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FAMILY, LAVROV, Merge.Rule.FAMILY_NAME));
        assertThat(GraphStats.read(store.driver())).isEqualTo(resolved);
        assertThat(count("MATCH (m:Merge) RETURN count(m)")).isEqualTo(2);
    }

    @Test
    void theLoadOrderDoesNotChangeTheResult() {
        load(article3(), article2(T2), article1());
        EntityResolution.run(store.driver(), RESOLVER);
        List<String> persons = strings("MATCH (p:Person) RETURN p.id + ' ' + p.name ORDER BY p.id");
        empty();
        load(article1(), article2(T2), article3());
        EntityResolution.run(store.driver(), RESOLVER);
        assertThat(strings("MATCH (p:Person) RETURN p.id + ' ' + p.name ORDER BY p.id")).isEqualTo(persons);
    }

    // ---- three articles from three outlets ----

    static DocumentGraph article1() {
        Article a = Article.of("t1.txt", T1, "https://aawsat.com/1", null, "2015-07-01", "aawsat", null);
        String t = a.text();
        List<Entity> es = new ArrayList<>();
        es.add(SeedGraph.person(t, LAVROV, "سيرغي لافروف", List.of("وزير الخارجية الروسي"),
                List.of(new Role("وزير الخارجية", "country:RU", SeedGraph.find(t, "وزير الخارجية الروسي سيرغي لافروف")))));
        es.add(SeedGraph.person(t, KERRY, "جون كيري", List.of(), List.of()));
        es.add(SeedGraph.person(t, MERKEL, "أنجيلا ميركل", List.of("المستشارة"), List.of()));
        es.add(SeedGraph.person(t, Ids.hashed("person", "بشار الأسد"), "بشار الأسد", List.of("الرئيس"), List.of()));
        es.add(SeedGraph.entity(t, "country:RU", EntityType.COUNTRY, "روسيا", List.of()));
        List<Statement> st = List.of(SeedGraph.statement(a.id(), 1, SpeechType.STATED, LAVROV, t, "قال وزير الخارجية",
                "قال", null, List.of("country:RU"), List.of(), null));
        List<Meeting> mt = List.of(new Meeting(a.id() + "-m1", LAVROV, KERRY, "meeting", "التقى", null, null, null, null,
                Modality.HAPPENED, SeedGraph.sentence(t, "والتقى"), 0.9));
        return new DocumentGraph(a, es, st, mt, List.of(), Map.of());
    }

    static DocumentGraph article2(String text) {
        Article a = Article.of("t2.txt", text, "https://alriyadh.com/2", null, "2015-07-02", "alriyadh", null);
        String t = a.text();
        List<Entity> es = new ArrayList<>();
        es.add(SeedGraph.person(t, FAMILY, "لافروف", List.of("وزير الخارجية"),
                List.of(new Role("وزير الخارجية", "country:RU", SeedGraph.find(t, "لافروف وزير الخارجية")))));
        es.add(SeedGraph.person(t, KERRY, "جون كيري", List.of(), List.of()));
        es.add(SeedGraph.person(t, Ids.hashed("person", "الأسد"), "الأسد", List.of(), List.of()));
        es.add(SeedGraph.entity(t, "country:RU", EntityType.COUNTRY, "روسيا", List.of()));
        List<Statement> st = List.of(SeedGraph.statement(a.id(), 1, SpeechType.STATED, FAMILY, t, "وأكد لافروف",
                "وأكد", null, List.of("country:RU"), List.of(), null));
        List<Meeting> mt = List.of(new Meeting(a.id() + "-m1", FAMILY, KERRY, "talks", "بحث", null, null, null, null,
                Modality.HAPPENED, SeedGraph.sentence(t, "وبحث"), 0.9));
        return new DocumentGraph(a, es, st, mt, List.of(), Map.of());
    }

    static DocumentGraph article3() {
        Article a = Article.of("t3.txt", T3, "https://okaz.com/3", null, "2015-07-03", "okaz", null);
        String t = a.text();
        List<Entity> es = new ArrayList<>();
        es.add(SeedGraph.person(t, MERKEL2, "انجيلا ميركيل", List.of("المستشارة الألمانية"), List.of()));
        es.add(SeedGraph.person(t, Ids.hashed("person", "حافظ الأسد"), "حافظ الأسد", List.of(), List.of()));
        return new DocumentGraph(a, es, List.of(), List.of(), List.of(), Map.of());
    }

    // ---- helpers ----

    static void load(DocumentGraph... graphs) {
        Neo4jLoader loader = Neo4jLoader.open(store.driver());
        for (DocumentGraph g : graphs) loader.load(g);
    }

    static List<Record> rows(String cypher, Map<String, Object> params) {
        try (Session s = store.driver().session()) {
            return s.executeWrite(tx -> tx.run(cypher, params).list());
        }
    }

    static long count(String cypher) {
        return rows(cypher, Map.of()).get(0).get(0).asLong();
    }

    static List<String> strings(String cypher) {
        return rows(cypher, Map.of()).stream().map(r -> r.get(0).asString()).toList();
    }
}
