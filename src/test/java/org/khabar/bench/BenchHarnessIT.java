package org.khabar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.graph.DocumentGraph;
import org.khabar.neo4j.GraphStore;
import org.khabar.neo4j.Neo4jLoader;
import org.khabar.neo4j.StoreSettings;

/** The load and RDF phases run against a real embedded Neo4j on three constructed articles. */
class BenchHarnessIT {

    @Test
    void loadAndRdfPhasesRunOnThreeArticles(@TempDir Path out) throws Exception {
        int code = BenchMain.run(TinyArticles.three(), "--phases", "load,rdf", "--quick", "--out", out.toString());

        assertThat(code).isZero();
        String md = Files.readString(out.resolve("results.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("load, batched vs naive loader, both in process (3 articles", "≥ 20× the naive loader", "over Bolt")
                .contains("load, batched Neo4jLoader (3 articles", "re-load of the same unchanged articles")
                .contains("RDF export, streaming N-Triples from Neo4j", "write from an in-memory Jena graph")
                .containsPattern("rels/s")
                .containsPattern("peak heap after GC \\d+ MB");
    }

    @Test
    void theNaiveLoaderWritesTheSameNodesAndRelationshipsAsTheBatchedOne(@TempDir Path store) {
        List<DocumentGraph> graphs = BenchMain.extractAll(TinyArticles.three());
        try (GraphStore g = GraphStore.startEmbedded(StoreSettings.embedded(store), false)) {
            LoadBench.wipe(g.driver());
            try (NaiveLoader naive = new NaiveLoader(g)) {
                LoadBench.timeLoad(naive, graphs);
                assertThat(naive.statementsRun()).isGreaterThan(graphs.size());
            }
            LoadBench.Counts byNaive = LoadBench.count(g.driver());
            LoadBench.wipe(g.driver());
            try (Neo4jLoader batched = Neo4jLoader.open(g)) {
                LoadBench.timeLoad(batched, graphs);
            }
            LoadBench.Counts byBatched = LoadBench.count(g.driver());

            assertThat(byBatched.nodes()).isGreaterThan(3);
            assertThat(byNaive).isEqualTo(byBatched);
        }
    }
}
