package org.khabar.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khabar.article.Article;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Streaming export keeps memory flat: a graph of more than a million triples is exported by a
 * forked {@code java -Xmx64m} process. Memory is reported (peak heap), not asserted against a time.
 * Also runnable as a benchmark: {@code bench/rdf-export-memory.sh}.
 */
class ExportMemoryIT {
    static final int ARTICLES = Integer.getInteger("khabar.bench.articles", 6200);
    static final String HEAP = System.getProperty("khabar.bench.heap", "64m");
    static Neo4j neo4j;
    static Driver driver;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI());
        org.khabar.neo4j.Schema.apply(driver);
        bulk(driver, ARTICLES);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.close();
        if (neo4j != null) neo4j.close();
    }

    /** Articles of 3 statements, 1 meeting and 1 event each, among a pool of 1000 persons. */
    static void bulk(Driver driver, int articles) {
        String sentence = "قال المتحدث إن الاجتماع سيعقد في الموعد المحدد.";
        String text = sentence + " " + sentence;
        try (Session s = driver.session()) {
            s.executeWrite(tx -> tx.run("""
                    UNWIND range(0, 999) AS k
                    CREATE (:Person:Entity {id: 'person:p' + k, uri: $r + 'person/p' + k, name: 'شخص ' + k, nameEn: 'Person ' + k,
                            aliases: ['ش' + k], nameKey: 'شخص ' + k, roles: ['وزير'], wikidata: 'Q' + (k + 1)})
                    """, Map.of("r", Vocab.RESOURCE_NS)).consume());
            for (int from = 0; from < articles; from += 500) {
                int to = Math.min(articles, from + 500) - 1;
                Map<String, Object> p = Map.of("r", Vocab.RESOURCE_NS, "from", from, "to", to, "text", text,
                        "sha", Article.sha256(text), "sentence", sentence, "end", sentence.length());
                s.executeWrite(tx -> tx.run("""
                        UNWIND range($from, $to) AS i
                        MATCH (p1:Person {id: 'person:p' + (i % 1000)}), (p2:Person {id: 'person:p' + ((i + 7) % 1000)})
                        CREATE (a:Article {id: 'b' + i, uri: $r + 'article/b' + i, source: 'bulk', sha256: $sha, text: $text,
                                chars: size($text), title: 'عنوان ' + i, published: '2024-01-01'})
                        CREATE (a)-[:MENTIONS {count: 1, articleId: a.id}]->(p1), (a)-[:MENTIONS {count: 1, articleId: a.id}]->(p2)
                        CREATE (p1)-[:HOLDS_ROLE {title: 'وزير', articleId: a.id, start: 0, end: 4}]->(p2)
                        CREATE (s1:Statement {id: a.id + '-s1', uri: $r + 'statement/' + a.id + '-s1', type: 'STATED', cameo: '010',
                                cue: 'قال', quote: 'الاجتماع سيعقد', text: $sentence, articleId: a.id, start: 0, end: $end,
                                date: '2024-01-01', dateText: 'أمس', modality: 'happened', confidence: 0.9})
                        CREATE (s2:Statement {id: a.id + '-s2', uri: $r + 'statement/' + a.id + '-s2', type: 'DENIED', cameo: '016',
                                cue: 'نفى', quote: 'الاجتماع', text: $sentence, articleId: a.id, start: $end + 1, end: 2 * $end + 1,
                                modality: 'happened', confidence: 0.8})
                        CREATE (s3:Statement {id: a.id + '-s3', uri: $r + 'statement/' + a.id + '-s3', type: 'ACCUSED', cameo: '112',
                                cue: 'اتهم', text: $sentence, articleId: a.id, start: 0, end: $end, modality: 'possible', confidence: 0.6})
                        CREATE (a)-[:REPORTS]->(s1), (a)-[:REPORTS]->(s2), (a)-[:REPORTS]->(s3)
                        CREATE (p1)-[:STATED {articleId: a.id, start: 0, end: $end, confidence: 0.9}]->(s1)
                        CREATE (p2)-[:DENIED {articleId: a.id, start: $end + 1, end: 2 * $end + 1, confidence: 0.8}]->(s2)
                        CREATE (p1)-[:ACCUSED {articleId: a.id, start: 0, end: $end, confidence: 0.6}]->(s3)
                        CREATE (s1)-[:ABOUT]->(p2), (s3)-[:TARGETS]->(p2), (s2)-[:ADDRESSED_TO]->(p1)
                        CREATE (p1)-[:MET_WITH {id: a.id + '-m1', articleId: a.id, start: 0, end: $end, text: $sentence,
                                cue: 'التقى', kind: 'meeting', modality: 'planned', date: '2024-01-02', confidence: 0.7, cameo: '040'}]->(p2)
                        CREATE (e:Event {id: a.id + '-e1', uri: $r + 'event/' + a.id + '-e1', kind: 'meeting', name: 'الاجتماع',
                                cameo: '040', articleId: a.id, start: 0, end: $end, text: $sentence, modality: 'planned', confidence: 0.7})
                        CREATE (a)-[:REPORTS]->(e), (p1)-[:PARTICIPATED_IN {articleId: a.id}]->(e), (p2)-[:PARTICIPATED_IN {articleId: a.id}]->(e)
                        """, p).consume());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ntriples", "nquads"})
    void streamingExportOfAMillionTriplesRunsInASmallHeap(String format) throws Exception {
        Path out = dir.resolve("big." + format);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                ExportMemoryProbe.class.getName(), "export", "--neo4j-uri", neo4j.boltURI().toString(),
                "--format", format, "-o", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(lines::add);
        }
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
        lines.stream().filter(l -> !l.contains("SLF4J")).forEach(l -> System.out.println("[memory] " + format + ": " + l));
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        long count;
        try (Stream<String> s = Files.lines(out, StandardCharsets.UTF_8)) {
            count = s.count();
        }
        long peak = lines.stream().filter(l -> l.startsWith("peak-heap-bytes=")).mapToLong(l -> Long.parseLong(l.substring(16))).findFirst().orElseThrow();
        System.out.printf("[memory] %s: %d lines in %,d bytes with -Xmx%s, peak heap used %.1f MiB%n",
                format, count, Files.size(out), HEAP, peak / 1048576.0);
        assertThat(count).isGreaterThanOrEqualTo(1_000_000L);
    }

    /** Several pages, batches from two reading threads: the embedded and the Bolt reader still write the same bytes. */
    @org.junit.jupiter.api.Test
    void embeddedAndBoltReadersWriteTheSameBytesOverManyPages() throws Exception {
        Path bolt = dir.resolve("bolt.nq");
        Path embedded = dir.resolve("embedded.nq");
        RdfDump.of(RdfExport.from(driver), RdfFormat.NQUADS).write(bolt, null);
        RdfDump.of(RdfExport.from(neo4j.defaultDatabaseService()), RdfFormat.NQUADS).write(embedded, null);
        assertThat(Files.size(bolt)).isGreaterThan(100_000_000L);
        assertThat(Files.mismatch(bolt, embedded)).as("first differing byte").isEqualTo(-1L);
    }

    /** A write that fails mid-export stops the reading threads: the error comes out, no reader is left running. */
    @org.junit.jupiter.api.Test
    void aFailingWriteStopsTheReaders() {
        java.io.OutputStream failing = new java.io.OutputStream() {
            long written;

            @Override public void write(int b) throws java.io.IOException { write(new byte[] {(byte) b}, 0, 1); }

            @Override public void write(byte[] b, int off, int len) throws java.io.IOException {
                written += len;
                if (written > 5_000_000) throw new java.io.IOException("disk full (test)");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        RdfDump.of(RdfExport.from(neo4j.defaultDatabaseService()), RdfFormat.NTRIPLES).writeTo(failing, null))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk full (test)");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("khabar-export-"));
    }
}
