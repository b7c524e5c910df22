package org.khabar.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.server.EmbeddedNeo4j;
import org.khabar.server.ServerConfig;

/**
 * The embedded Neo4j server (with its HTTP server on Jetty 12) and the Fuseki SPARQL endpoint
 * (Jetty 12 too) run in one JVM; every example query in sparql/*.rq is sent over HTTP.
 */
class SparqlEndpointIT {
    static EmbeddedNeo4j neo4j;
    static Driver driver;
    static SparqlEndpoint endpoint;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path store;

    @BeforeAll
    static void start() {
        // khabar's own embedded server with Bolt, HTTP and Browser (Neo4j's Jetty 12) on any free ports
        neo4j = EmbeddedNeo4j.start(new ServerConfig(store, 0, 0, true));
        driver = GraphDatabase.driver(neo4j.boltUri());
        SampleGraph.load(driver);
        endpoint = SparqlEndpoint.start(RdfExport.from(driver), 0);
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) endpoint.close();
        if (driver != null) driver.close();
        if (neo4j != null) neo4j.close();
    }

    static Stream<Path> queries() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("sparql"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    static List<QuerySolution> select(String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint.queryUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
        HttpResponse<byte[]> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(resp.statusCode()).as(new String(resp.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        ResultSet rs = org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(resp.body()),
                org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        ResultSetRewindable r = ResultSetFactory.copyResults(rs);
        List<QuerySolution> rows = new ArrayList<>();
        r.forEachRemaining(rows::add);
        return rows;
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyExampleQueryAnswersOverHttp(Path file) throws Exception {
        List<QuerySolution> rows = select(Files.readString(file, StandardCharsets.UTF_8));
        System.out.println("[sparql] " + file.getFileName() + ": " + rows.size() + " rows");
        assertThat(rows).as(file.toString()).isNotEmpty();
    }

    @Test
    void whoDeniedWhat() throws Exception {
        List<QuerySolution> rows = select(Files.readString(Path.of("sparql/who-denied-what.rq")));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getLiteral("speakerAr").getString()).isEqualTo("سيرغي لافروف");
        assertThat(rows.get(0).getLiteral("quote").getString()).isEqualTo("أن تكون موسكو قد أرسلت أسلحة إلى المنطقة");
    }

    @Test
    void meetingsWithDates() throws Exception {
        List<QuerySolution> rows = select(Files.readString(Path.of("sparql/meetings-with-dates.rq")));
        assertThat(rows).hasSize(1);
        QuerySolution m = rows.get(0);
        assertThat(m.getLiteral("date").getLexicalForm()).isEqualTo("2016-02-15");
        assertThat(m.getLiteral("aName").getString()).isEqualTo("سيرغي لافروف");
        assertThat(m.getLiteral("bName").getString()).isEqualTo("جون كيري");
        assertThat(m.getLiteral("cameoLabel").getString()).isEqualTo("Consult, not specified below");
    }

    @Test
    void statementOffsetsSelectTheirSentenceInTheText() throws Exception {
        List<QuerySolution> rows = select(Files.readString(Path.of("sparql/statements-with-evidence.rq")));
        assertThat(rows).hasSize(3);
        for (QuerySolution r : rows) {
            int b = r.getLiteral("begin").getInt();
            int e = r.getLiteral("end").getInt();
            assertThat(SampleGraph.TEXT.substring(b, e)).isEqualTo(r.getLiteral("sentence").getString());
            assertThat(r.getLiteral("sha256").getString()).isEqualTo(org.khabar.article.Article.sha256(SampleGraph.TEXT));
        }
    }

    @Test
    void theEndpointIsReadOnly() throws Exception {
        String base = endpoint.queryUrl().replace("/sparql", "");
        for (String path : List.of("/update", "/sparql", "")) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
            int code = HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(code).as("update via " + path).isBetween(400, 499);
        }
        assertThat(select("SELECT * { <urn:a> ?p ?o }")).isEmpty();
    }

    @Test
    void neo4jHttpServerStillAnswersNextToFuseki() throws Exception {
        HttpResponse<String> neo = HTTP.send(HttpRequest.newBuilder(neo4j.httpUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(neo.statusCode()).isEqualTo(200);
        assertThat(neo.body()).contains("bolt");
        HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/$/ping"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(endpoint.port()).isNotEqualTo(neo4j.httpUri().getPort());
    }
}
