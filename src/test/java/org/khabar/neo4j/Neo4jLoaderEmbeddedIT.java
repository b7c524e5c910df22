package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.extract.Extractor;
import org.khabar.graph.DocumentGraph;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * Every test of {@link Neo4jLoaderIT} again, with the loader writing through Neo4j's Java API (the
 * store runs in this process, as for {@code khabar load} without a server); and that both ways
 * write the same graph, down to the Java type of every property value.
 */
class Neo4jLoaderEmbeddedIT extends Neo4jLoaderIT {
    @Override
    Neo4jLoader open() {
        return Neo4jLoader.open(store);
    }

    @Override
    Neo4jLoader open(Neo4jLoader.Settings settings) {
        return Neo4jLoader.open(store, settings);
    }

    @Test
    void theJavaApiWritesTheGraphBoltWrites() {
        empty();
        load(Neo4jLoader.open(store.driver(), Neo4jLoader.Settings.defaults().withBatchSize(3)));
        String overBolt = typedSnapshot();
        empty();
        load(Neo4jLoader.open(store, Neo4jLoader.Settings.defaults().withBatchSize(3)));
        String javaApi = typedSnapshot();

        assertThat(javaApi).isEqualTo(overBolt);
        // the scenario reaches what the core API writes: statements, events, meetings, roles, mentions
        assertThat(overBolt).contains("[Statement]", "[Event]", "-MET_WITH->", "-HOLDS_ROLE->", "-MENTIONS->",
                "-PARTICIPATED_IN->", "-ADDRESSED_TO->", "-LOCATED_IN->", "-PUBLISHED_BY->", "title=String:");
    }

    /**
     * Several writers at once (batches of two, three writers) give the graph one writer gives:
     * versions of an article land in the order they came, and a place whose country another batch
     * writes at the same time is linked to it.
     */
    @Test
    void severalWritersWriteTheGraphOneWriterWrites() {
        empty();
        Neo4jLoader one = Neo4jLoader.open(store, Neo4jLoader.Settings.defaults().withBatchSize(2).withWriters(1));
        load(one);
        String oneWriter = typedSnapshot();
        for (int round = 0; round < 3; round++) {
            empty();
            Neo4jLoader loader = Neo4jLoader.open(store, Neo4jLoader.Settings.defaults().withBatchSize(2).withWriters(3));
            load(loader);
            assertThat(typedSnapshot()).as("round %d", round).isEqualTo(oneWriter);
            assertThat(loader.summary()).isEqualTo(one.summary());
        }
        assertThat(oneWriter).contains("place:geneva -LOCATED_IN-> country:CH");
        assertThat(one.summary().replaced()).isEqualTo(4);
    }

    /** Articles of every kind, then new versions of two of them (one loses its title), then all once more. */
    private static void load(Neo4jLoader loader) {
        List<DocumentGraph> first = new ArrayList<>();
        first.add(genevaArticle());
        first.add(SeedGraph.graph());
        String[] texts = {
            "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات في جنيف ستستمر، والتقى لافروف نظيره الأمريكي جون كيري في موسكو.",
            "ونفت وزارة الدفاع الروسية أن تكون طائراتها قصفت مواقع مدنية في سوريا، ودعا الأمين العام للأمم المتحدة بان كي مون إلى وقف القتال.",
            "اتهم المتحدث باسم الخارجية الأمريكية جون كيربي الحكومة السورية بخرق الهدنة في حلب. وأكد الرئيس التركي رجب طيب أردوغان أن بلاده لن تتدخل.",
        };
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            first.add(Extractor.standard().extract(new Article("site-" + i, "feed.jsonl:" + (i + 1), t, Article.sha256(t),
                    "https://example.org/" + i, "عنوان " + i, "2016-03-0" + (i + 1), "example", i == 0 ? "كاتب" : null)));
        }
        first.add(Extractor.standard().extract(SeedGraph.article()));
        first.add(swissArticle());
        try (loader) {
            first.forEach(loader::accept);
            // new versions: the same ids, other texts; the first loses its title and author
            String t0 = texts[0] + " وأضاف أن الحل سياسي.";
            loader.accept(Extractor.standard().extract(new Article("site-0", "feed.jsonl:1", t0, Article.sha256(t0),
                    "https://example.org/0", null, "2016-03-01", "example", null)));
            String t1 = texts[1] + " وقال بان كي مون إن الوضع خطير.";
            loader.accept(Extractor.standard().extract(new Article("site-1", "feed.jsonl:2", t1, Article.sha256(t1),
                    "https://example.org/1", "عنوان 1", "2016-03-02", "example", null)));
            first.forEach(loader::accept);
        }
    }

    /**
     * Every node and relationship with its labels or type and each property as Java type and value
     * (a {@code long} is not an {@code int}, a {@code String[]} is not a list), sorted.
     */
    static String typedSnapshot() {
        List<String> lines = new ArrayList<>();
        try (Transaction tx = store.embeddedDatabase().orElseThrow().beginTx()) {
            for (Node n : tx.getAllNodes()) {
                List<String> labels = new ArrayList<>();
                for (Label l : n.getLabels()) labels.add(l.name());
                Collections.sort(labels);
                lines.add(labels + " " + properties(n));
            }
            for (Relationship r : tx.getAllRelationships()) {
                lines.add(r.getStartNode().getProperty("id", "?") + " -" + r.getType().name() + "-> "
                        + r.getEndNode().getProperty("id", "?") + " " + properties(r));
            }
        }
        Collections.sort(lines);
        return String.join("\n", lines);
    }

    private static String properties(Entity e) {
        Map<String, String> m = new TreeMap<>();
        for (Map.Entry<String, Object> p : e.getAllProperties().entrySet()) {
            Object v = p.getValue();
            String shown;
            if (v.getClass().isArray()) {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < Array.getLength(v); i++) items.add(Array.get(v, i));
                shown = items.toString();
            } else {
                shown = String.valueOf(v);
            }
            m.put(p.getKey(), v.getClass().getSimpleName() + ":" + shown);
        }
        return m.toString();
    }
}
