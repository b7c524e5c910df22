package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khabar.server.ServerFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The store commands through {@link Khabar#run}, while a real {@code khabar serve} runs in another
 * JVM on the same store: no lock errors, and the exit codes 0 / 1 / 2.
 */
class CliIT {
    @TempDir
    static Path dir;

    static Path data;
    static Process serve;
    static Path serveOut;
    static int bolt;
    static int http;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void startServe() throws Exception {
        data = dir.resolve("store");
        bolt = freePort();
        http = freePort();
        serveOut = dir.resolve("serve.out");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Khabar.class.getName(), "serve",
                "--data", data.toString(), "--bolt-port", String.valueOf(bolt), "--http-port", String.valueOf(http)));
        serve = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(serveOut.toFile()).start();
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (ServerFile.live(data).isEmpty()) {
            if (!serve.isAlive()) throw new IllegalStateException("serve died: " + Files.readString(serveOut));
            if (System.nanoTime() > until) throw new IllegalStateException("serve did not start: " + Files.readString(serveOut));
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopServe() throws Exception {
        if (serve == null) return;
        serve.destroy(); // SIGTERM: the shutdown hook stops Neo4j and removes the server file
        boolean exited = serve.waitFor(2, TimeUnit.MINUTES);
        if (!exited) serve.destroyForcibly();
        assertThat(exited).as("serve stops on SIGTERM").isTrue();
        assertThat(ServerFile.path(data)).doesNotExist();
        assertThat(Files.readString(serveOut)).doesNotContain("Exception");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static synchronized Run khabar(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Khabar.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void serveAnnouncesBoltAndBrowserAndServesTheStyle() throws Exception {
        String announced = Files.readString(serveOut);
        assertThat(announced).contains("bolt://127.0.0.1:" + bolt).contains("http://127.0.0.1:" + http + "/browser/")
                .contains("preselectAuthMethod=NO_AUTH").contains(":style http://127.0.0.1:" + http + "/khabar/style.grass");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        var browser = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/browser/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).contains("Neo4j Browser");
        var style = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/khabar/style.grass")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.body()).contains("node.Person").contains("caption: \"{name}\"");
        // Browser reads its post-connect command from the server over Bolt, without a password
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none());
             var session = driver.session()) {
            var cmd = session.run("CALL dbms.clientConfig() YIELD name, value "
                    + "WHERE name = 'browser.post_connect_cmd' RETURN value").single().get("value").asString();
            assertThat(cmd).isEqualTo("style http://127.0.0.1:" + http + "/khabar/style.grass");
        }
    }

    @Test
    void loadAndStatsUseTheRunningServeInsteadOfTheLockedStore() {
        Run load = khabar("load", "samples", "--data", data.toString());
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out()).contains("khabar serve (pid " + serve.pid() + ")");
        assertThat(load.err()).doesNotContain("Exception").doesNotContain("lock");

        Run again = khabar("load", "samples/seed.txt", "--data", data.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 articles loaded, 0 replaced, 1 unchanged, 0 failed");

        Run stats = khabar("stats", "--json", "--data", data.toString());
        assertThat(stats.code()).isZero();
        assertThat(stats.out().strip()).startsWith("{\"nodes\": ").contains("\"Article\": 1").endsWith("}");
        assertThat(stats.out().strip().lines()).hasSize(1);

        Run table = khabar("stats", "--data", data.toString());
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("Article").contains("nodes");

        Run query = khabar("query", "most-quoted", "--param", "limit=3", "--data", data.toString());
        assertThat(query.code()).as(query.err()).isZero();
        assertThat(query.out()).contains("rows").doesNotContain("Exception");
    }

    @Test
    void loadReadsJsonlGoesOnPastABadLineAndDoesNotReextractUnchangedArticles() throws IOException {
        Path jsonl = dir.resolve("corpus.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"url\": \"https://example.org/a/1\", \"title\": \"أ\", \"date_extracted\": \"2015-07-21 10:33:00\","
                        + " \"source\": \"example\", \"content\": \"قال وزير الخارجية الفرنسي لوران فابيوس إن باريس تدعم الحل.\"}",
                "{this is not json",
                "{\"url\": \"https://example.org/a/2\", \"content\": \"نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت حلب.\"}",
                ""), StandardCharsets.UTF_8);
        Run first = khabar("load", jsonl.toString(), "--json", "--data", data.toString());
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        assertThat(first.err()).contains(jsonl + ":2");
        assertThat(first.out().strip()).startsWith("{\"articles\": 2, \"loaded\": 2,").contains("\"failed\": 1");

        Run again = khabar("load", jsonl.toString(), "--json", "--writers", "1", "--data", data.toString());
        assertThat(again.out().strip()).contains("\"loaded\": 0").contains("\"unchanged\": 2")
                .contains("\"nodesCreated\": 0").contains("\"relationshipsCreated\": 0");

        Run stats = khabar("stats", "--json", "--data", data.toString());
        assertThat(stats.out()).contains("\"PUBLISHED_BY\": 1");

        Run quiet = khabar("load", jsonl.toString(), "--quiet", "--data", data.toString());
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).contains(jsonl + ":2").doesNotContain("articles/s");
    }

    @Test
    void loadResolvesAndExplainEntityShowsAliasesAndMerges() {
        Run load = khabar("load", "samples", "--json", "--data", data.toString());
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out().strip()).contains("\"resolution\": {\"personsBefore\": ").endsWith("}}");

        Run resolve = khabar("resolve", "--data", data.toString());
        assertThat(resolve.code()).as(resolve.err()).isZero();
        assertThat(resolve.out()).contains("persons →").contains("0 merges");

        Run explain = khabar("explain-entity", "لافروف", "--data", data.toString());
        assertThat(explain.code()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("سيرغي لافروف — Person person:").contains("aliases (with the articles that use them):")
                .contains("لافروف — 1 article").contains("merges: none");

        Run json = khabar("explain-entity", "سيرغي لافروف", "--json", "--data", data.toString());
        assertThat(json.code()).isZero();
        assertThat(json.out().strip()).startsWith("{\"id\":\"person:").contains("\"aliases\":[");

        Run missing = khabar("explain-entity", "لافروفسكي", "--data", data.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("khabar: no entity is named «لافروفسكي»");
    }

    @Test
    void fullTextSearchWorksOnAStoreThatWasNeverLoaded() {
        Run search = khabar("query", "search", "-p", "q=لافروف", "--data", dir.resolve("never-loaded").toString());
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("0 rows");
    }

    @Test
    void aBadFileFailsWithOneAndIsNamed() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {(byte) 0xD9, (byte) 0x28, 'x'});
        Run r = khabar("load", bad.toString(), "--data", data.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(bad.toString()).contains("not UTF-8");
        assertThat(r.out()).contains("1 failed");

        Run missing = khabar("load", dir.resolve("missing.txt").toString(), "--data", data.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("missing.txt");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(khabar("load").code()).isEqualTo(2);
        Run writers = khabar("load", "samples/seed.txt", "--writers", "0", "--data", data.toString());
        assertThat(writers.code()).isEqualTo(2);
        assertThat(writers.err()).contains("--writers must be at least 1");
        assertThat(khabar("stats", "--no-such-option").code()).isEqualTo(2);
        assertThat(khabar("stats", "--bolt-port", "99999", "--data", data.toString()).code()).isEqualTo(2);
        Run env = khabar("stats", "--neo4j-uri", "bolt://127.0.0.1:1", "--password:env", "KHABAR_TEST_NO_SUCH_VARIABLE");
        assertThat(env.code()).isEqualTo(2);
        assertThat(env.err()).contains("KHABAR_TEST_NO_SUCH_VARIABLE");
        assertThat(khabar("query", "no-such-query", "--data", data.toString()).code()).isEqualTo(2);
    }

    @Test
    void anUnreachableServerIsOneLineAndExitOne() throws IOException {
        Run r = khabar("stats", "--neo4j-uri", "bolt://127.0.0.1:" + freePort());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith("khabar: cannot connect to bolt://127.0.0.1:").contains("check that Neo4j runs");
    }

    @Test
    void aLoadIntoAnUnreachableServerIsOneLineAndExitOne() throws IOException {
        Run r = khabar("load", "samples/seed.txt", "--neo4j-uri", "bolt://127.0.0.1:" + freePort());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith("khabar: cannot connect to bolt://127.0.0.1:").contains("check that Neo4j runs");
    }

    @Test
    void demoWithoutServingLoadsTheSamplesIntoItsOwnStore() {
        Run r = khabar("demo", "--no-serve", "--data", dir.resolve("demo").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 articles loaded").contains("Article").contains("embedded store");
        assertThat(ServerFile.path(dir.resolve("demo"))).doesNotExist();
    }
}
