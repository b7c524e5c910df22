package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.article.Article;
import org.khabar.extract.Extractor;
import org.khabar.graph.DocumentGraph;
import org.khabar.server.EmbeddedNeo4j;
import org.khabar.server.ServerConfig;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The embedded server stops in the middle of a load: restarted within the retry window, the load
 * completes as if nothing happened; stopped for good, the load fails with a message that says
 * what to check, no article is half-written, and a second run gives the uninterrupted graph.
 */
class StoreOutageIT {
    private static final int ARTICLES = 90;
    private static final int BATCH = 10;
    private static final int STOP_AT = 45; // in the middle of the fifth batch

    @TempDir
    static Path dir;

    static int port;
    static volatile EmbeddedNeo4j server;
    static Driver driver;
    static List<DocumentGraph> graphs;
    static String uninterrupted;
    static Map<String, List<Long>> perArticle;

    @BeforeAll
    static void loadOnceWithoutTrouble() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(ServerConfig.HOST))) {
            port = s.getLocalPort();
        }
        server = start();
        // the driver gives up quickly, so that the loader's own retries are what is tested
        driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none(), Config.builder()
                .withLogging(Logging.none()).withoutEncryption()
                .withMaxTransactionRetryTime(1, TimeUnit.SECONDS)
                .withConnectionTimeout(2, TimeUnit.SECONDS).build());
        graphs = articles();
        try (Neo4jLoader loader = Neo4jLoader.open(driver, settings(Duration.ofSeconds(5), new ArrayList<>()))) {
            graphs.forEach(loader::accept);
        }
        uninterrupted = snapshot();
        perArticle = perArticle();
        assertThat(perArticle).hasSize(ARTICLES);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void empty() {
        try (Session s = driver.session()) {
            s.executeWrite(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        }
    }

    private static EmbeddedNeo4j start() {
        return EmbeddedNeo4j.start(new ServerConfig(dir.resolve("neo4j"), port, 0, false));
    }

    private static Neo4jLoader.Settings settings(Duration retryFor, List<String> notices) {
        return Neo4jLoader.Settings.defaults().withBatchSize(BATCH).withRetryFor(retryFor).withNotices(notices::add);
    }

    private static List<DocumentGraph> articles() {
        String[] speakers = {"وزير الخارجية الروسي سيرغي لافروف", "المتحدث باسم الخارجية الأمريكية جون كيربي",
                "الأمين العام للأمم المتحدة بان كي مون", "وزير الخارجية التركي مولود جاويش أوغلو", "لافروف"};
        String[] places = {"جنيف", "موسكو", "أنقرة", "القاهرة", "فيينا", "الرياض"};
        List<DocumentGraph> out = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String text = "قال " + speakers[i % speakers.length] + " إن المحادثات في " + places[i % places.length]
                    + " ستستمر. والتقى لافروف نظيره الأمريكي جون كيري في " + places[(i + 1) % places.length]
                    + ". ونفت وزارة الدفاع الروسية أن تكون طائراتها قصفت مواقع مدنية في سوريا. المقال رقم " + i + ".";
            out.add(Extractor.standard().extract(Article.of("outage-" + i + ".txt", text)));
        }
        return out;
    }

    @Test
    void aServerRestartedWithinTheRetryWindowLosesNothing() throws Exception {
        List<String> notices = new CopyOnWriteArrayList<>();
        Thread restart;
        try (Neo4jLoader loader = Neo4jLoader.open(driver, settings(Duration.ofMinutes(4), notices))) {
            restart = null;
            for (int i = 0; i < graphs.size(); i++) {
                if (i == STOP_AT) {
                    server.close();
                    // back only once the loader has said it is retrying (at most a minute later), so that
                    // the outage outlasts the driver's own retries however fast this machine restarts
                    restart = new Thread(() -> {
                        for (int waited = 0; notices.isEmpty() && waited < 60_000; waited += 100) sleep(100);
                        sleep(500);
                        server = start();
                    });
                    restart.start();
                }
                assertThat(loader.add(graphs.get(i))).isEmpty();
            }
            assertThat(loader.flush()).isEmpty();
            assertThat(loader.summary().loaded()).isEqualTo(ARTICLES);
        }
        restart.join();
        assertThat(notices).as("the loader said it was retrying").isNotEmpty()
                .allSatisfy(n -> assertThat(n).startsWith("Neo4j is unavailable").contains("retrying"));
        assertThat(snapshot()).isEqualTo(uninterrupted);
    }

    @Test
    void aServerThatStaysDownFailsTheLoadCleanlyAndARerunConverges() {
        List<String> notices = new ArrayList<>();
        Neo4jLoader loader = Neo4jLoader.open(driver, settings(Duration.ofSeconds(3), notices));
        try {
            assertThatThrownBy(() -> {
                for (int i = 0; i < graphs.size(); i++) {
                    if (i == STOP_AT) server.close();
                    loader.add(graphs.get(i));
                }
                loader.flush();
            }).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Neo4j did not answer for 3 s")
                    .hasMessageContaining("check that it runs")
                    .hasMessageContaining("run the same load again")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        } finally {
            server = start();
        }
        assertThat(notices).isNotEmpty();

        // what was committed before the stop is whole: each article with all it contributes, no lock left
        Map<String, List<Long>> stored = perArticle();
        assertThat(stored).hasSizeBetween(BATCH, STOP_AT);
        stored.forEach((id, counts) -> assertThat(counts).as(id).isEqualTo(perArticle.get(id)));
        assertThat(count("MATCH (a:Article) WHERE a._loading IS NOT NULL OR a.sha256 IS NULL RETURN count(a)")).isZero();

        try (Neo4jLoader again = Neo4jLoader.open(driver, settings(Duration.ofSeconds(30), notices))) {
            graphs.forEach(again::accept);
            assertThat(again.flush()).isEmpty();
            assertThat(again.summary().unchanged()).isEqualTo(stored.size());
            assertThat(again.summary().loaded()).isEqualTo(ARTICLES - stored.size());
        }
        assertThat(snapshot()).isEqualTo(uninterrupted);
    }

    private static long count(String cypher) {
        try (Session s = driver.session()) {
            return s.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }

    /** Per article: mentions, statements and events reported, relationships carrying its id. */
    private static Map<String, List<Long>> perArticle() {
        Map<String, List<Long>> m = new TreeMap<>();
        try (Session s = driver.session()) {
            s.executeRead(tx -> tx.run("""
                    MATCH (a:Article)
                    RETURN a.id AS id, COUNT { (a)-[:MENTIONS]->() } AS mentions,
                           COUNT { (a)-[:REPORTS]->(:Statement) } AS statements,
                           COUNT { (a)-[:REPORTS]->(:Event) } AS events,
                           COUNT { ()-[r]->() WHERE r.articleId = a.id } AS relationships""").list())
                    .forEach(r -> m.put(r.get("id").asString(), List.of(r.get("mentions").asLong(),
                            r.get("statements").asLong(), r.get("events").asLong(), r.get("relationships").asLong())));
        }
        return m;
    }

    /** Every node and relationship with its labels or type and its properties, in a stable order. */
    private static String snapshot() {
        StringBuilder b = new StringBuilder();
        try (Session s = driver.session()) {
            for (Record r : s.executeRead(tx -> tx.run("""
                    MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id""").list())) {
                b.append(r.get("l").asList()).append(new TreeMap<>(r.get("p").asMap())).append('\n');
            }
            List<String> rels = new ArrayList<>();
            for (Record r : s.executeRead(tx -> tx.run("""
                    MATCH (a)-[x]->(b) RETURN a.id AS a, type(x) AS t, b.id AS b, properties(x) AS p""").list())) {
                rels.add(r.get("a").asString() + " " + r.get("t").asString() + " " + r.get("b").asString()
                        + new TreeMap<>(r.get("p").asMap()));
            }
            rels.sort(null);
            rels.forEach(x -> b.append(x).append('\n'));
        }
        return b.toString();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
