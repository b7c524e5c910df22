package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.article.Article;
import org.khabar.extract.Extractor;
import org.khabar.graph.DocumentGraph;
import org.neo4j.driver.Session;

/**
 * Two loads at once into one store, over the same articles in different orders: the uniqueness
 * constraints hold (one node per id) and the graph equals the one a single load makes.
 */
class ConcurrentLoadIT {
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

    private static List<DocumentGraph> articles() {
        String[] speakers = {"وزير الخارجية الروسي سيرغي لافروف", "المتحدث باسم الخارجية الأمريكية جون كيربي",
                "الأمين العام للأمم المتحدة بان كي مون", "وزير الخارجية التركي مولود جاويش أوغلو"};
        String[] places = {"جنيف", "موسكو", "أنقرة", "القاهرة", "فيينا"};
        List<DocumentGraph> graphs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String text = "قال " + speakers[i % speakers.length] + " إن المحادثات في " + places[i % places.length]
                    + " ستستمر. ونفت وزارة الدفاع الروسية أن تكون طائراتها قصفت مواقع مدنية في سوريا. المقال رقم " + i + ".";
            graphs.add(Extractor.standard().extract(Article.of("concurrent-" + i + ".txt", text)));
        }
        return graphs;
    }

    private static long count(String cypher) {
        try (Session s = store.driver().session()) {
            return s.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }

    @Test
    void twoLoadsAtOnceKeepOneNodePerIdAndConverge() throws Exception {
        converge(settings -> Neo4jLoader.open(store.driver(), settings), settings -> Neo4jLoader.open(store.driver(), settings));
    }

    /** The same with both loads in this process, through the Java API (deadlocks are tried again). */
    @Test
    void twoLoadsThroughTheJavaApiAtOnceConverge() throws Exception {
        converge(settings -> Neo4jLoader.open(store, settings), settings -> Neo4jLoader.open(store, settings));
    }

    /** One load over Bolt, the other through the Java API. */
    @Test
    void aLoadOverBoltAndOneThroughTheJavaApiAtOnceConverge() throws Exception {
        converge(settings -> Neo4jLoader.open(store.driver(), settings), settings -> Neo4jLoader.open(store, settings));
    }

    private static void converge(Function<Neo4jLoader.Settings, Neo4jLoader> first,
                                 Function<Neo4jLoader.Settings, Neo4jLoader> second) throws Exception {
        try (Session s = store.driver().session()) {
            s.executeWrite(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        }
        List<DocumentGraph> graphs = articles();
        List<DocumentGraph> reversed = new ArrayList<>(graphs);
        Collections.reverse(reversed);
        List<DocumentGraph> shuffled = new ArrayList<>(graphs);
        Collections.shuffle(shuffled, new Random(7));

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            // one load article by article, the other in batches of five: both paths at once
            runs.add(two.submit(() -> {
                Neo4jLoader loader = first.apply(Neo4jLoader.Settings.defaults());
                reversed.forEach(loader::load);
            }));
            runs.add(two.submit(() -> {
                try (Neo4jLoader loader = second.apply(Neo4jLoader.Settings.defaults().withBatchSize(5))) {
                    shuffled.forEach(loader::accept);
                }
            }));
            for (Future<?> f : runs) f.get(5, TimeUnit.MINUTES);
        } finally {
            two.shutdownNow();
        }

        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(24);
        assertThat(count("MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)")).isZero();
        assertThat(count("MATCH (s:Statement) WITH s.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)")).isZero();
        assertThat(count("MATCH (:Article)-[m:MENTIONS]->(e) WITH m.articleId AS a, e.id AS e, count(*) AS n "
                + "WHERE n > 1 RETURN count(*)")).isZero();
        GraphStats concurrent = GraphStats.read(store.driver());

        // the same articles loaded once, alone, give the same counts
        try (Session s = store.driver().session()) {
            s.executeWrite(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        }
        Neo4jLoader alone = Neo4jLoader.open(store.driver());
        graphs.forEach(alone::load);
        GraphStats single = GraphStats.read(store.driver());
        assertThat(concurrent.labels()).isEqualTo(single.labels());
        assertThat(concurrent.types()).isEqualTo(single.types());
        assertThat(single.labels()).containsKey("Person").containsKey("Statement");
        assertThat(Map.of("nodes", concurrent.nodes(), "relationships", concurrent.relationships()))
                .isEqualTo(Map.of("nodes", single.nodes(), "relationships", single.relationships()));
    }
}
