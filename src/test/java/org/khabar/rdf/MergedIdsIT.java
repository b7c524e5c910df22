package org.khabar.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Ids;
import org.khabar.graph.Role;
import org.khabar.graph.Span;
import org.khabar.graph.resolve.EntityResolver;
import org.khabar.neo4j.EntityResolution;
import org.khabar.neo4j.Neo4jLoader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** An entity merged away by resolution keeps its IRI in the export: {@code <old> owl:sameAs <canonical>}. */
class MergedIdsIT {
    static Neo4j neo4j;
    static Driver driver;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI());
        SampleGraph.load(driver);
        String text = "وأكد لافروف وزير الخارجية أن روسيا لن تتراجع.";
        Article a = Article.of("second.txt", text);
        int at = text.indexOf("لافروف");
        Entity family = new Entity("person:family", EntityType.PERSON, "لافروف", null, List.of(),
                List.of(Span.of(text, at, at + 6)),
                List.of(new Role("وزير الخارجية", "country:RU", Span.of(text, at, at + 6))), 0.9);
        Entity russia = new Entity("country:RU", EntityType.COUNTRY, "روسيا", "Russia", List.of(),
                List.of(Span.of(text, text.indexOf("روسيا"), text.indexOf("روسيا") + 5)), List.of(), 0.9);
        try (Neo4jLoader loader = Neo4jLoader.open(driver)) {
            loader.load(new DocumentGraph(a, List.of(family, russia), List.of(), List.of(), List.of(), Map.of()));
        }
        EntityResolution.Report r = EntityResolution.run(driver, EntityResolver.with(w -> false, w -> false));
        assertThat(r.total()).isEqualTo(1);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.close();
        if (neo4j != null) neo4j.close();
    }

    @Test
    void theMergedIriIsTheSameAsTheCanonicalOneAndTheDumpConforms() {
        Path ttl = RdfDump.of(RdfExport.from(driver), RdfFormat.TURTLE).write(dir.resolve("d.ttl"), null).dump();
        DatasetGraph dsg = RdfExportIT.parse(ttl, Lang.TURTLE);
        Node old = Vocab.uri(Ids.uri("person:family"));
        Node canonical = Vocab.uri(Ids.uri("person:lafrwf"));
        assertThat(dsg.getDefaultGraph().contains(old, Vocab.uri(Vocab.OWL + "sameAs"), canonical)).isTrue();
        // the old IRI is described nowhere else: the canonical entity carries names, roles and statements
        assertThat(dsg.getDefaultGraph().find(old, Node.ANY, Node.ANY).toList()).hasSize(1);
        assertThat(dsg.getDefaultGraph().contains(canonical, Vocab.skos("altLabel"), Emitter.ar("لافروف"))).isTrue();
        assertThat(RdfValidator.standard().validate(ttl).conforms()).isTrue();
    }
}
