package org.khabar.bench;

import java.util.List;
import java.util.Locale;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.GraphSink;
import org.khabar.neo4j.GraphStore;
import org.khabar.neo4j.Neo4jLoader;
import org.khabar.neo4j.Schema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Loading already extracted graphs into the embedded Neo4j: khabar's batched {@link Neo4jLoader}
 * against the {@link NaiveLoader} on the same graphs, each time into an emptied database with the
 * same schema; then loading the unchanged graphs a second time. Rates count the nodes and
 * relationships in the database after the load.
 */
final class LoadBench {
    private LoadBench() {}

    /** Nodes and relationships in the database. */
    record Counts(long nodes, long relationships) {}

    /**
     * Leaves the database holding {@code graphs} as loaded by the batched loader.
     *
     * @param naiveCount how many of the graphs the (slow) naive loader is compared on
     */
    static void run(GraphStore store, List<DocumentGraph> graphs, int naiveCount, int warmups, int runs, Report report) {
        Driver driver = store.driver();
        List<DocumentGraph> subset = graphs.subList(0, Math.min(naiveCount, graphs.size()));
        Counts[] seen = new Counts[2];
        java.util.Map<String, Long> naiveTypes = new java.util.TreeMap<>();
        Sample naive = Sample.collect(warmups, runs, () -> {
            wipe(driver);
            try (NaiveLoader l = new NaiveLoader(store)) {
                return timeLoad(l, subset);
            } finally {
                seen[0] = count(driver);
                naiveTypes.putAll(byType(driver));
            }
        });
        Sample batchedSubset = Sample.collect(warmups, runs, () -> {
            wipe(driver);
            try (Neo4jLoader l = Neo4jLoader.open(store)) {
                return timeLoad(l, subset);
            } finally {
                seen[1] = count(driver);
            }
        });
        Sample naiveBolt = Sample.collect(warmups, runs, () -> {
            wipe(driver);
            try (NaiveLoader l = new NaiveLoader(driver)) {
                return timeLoad(l, subset);
            }
        });
        double boltRatio = naiveBolt.median() / batchedSubset.median();
        double ratio = naive.median() / batchedSubset.median();
        report.row(String.format(Locale.ROOT, "load, batched vs naive loader, both in process (%,d articles: %,d nodes, %,d relationships)",
                        subset.size(), seen[1].nodes(), seen[1].relationships()),
                batchedSubset.rate(seen[1].relationships(), "rels/s") + ", " + batchedSubset.rate(seen[1].nodes(), "nodes/s"),
                "naive " + naive.rate(seen[0].relationships(), "rels/s") + ", " + naive.rate(seen[0].nodes(), "nodes/s"),
                ExtractionBench.fmt(ratio) + "× faster", "≥ 20× the naive loader", ratio >= 20);
        report.row(String.format(Locale.ROOT, "load, batched (as above) vs the naive loader over Bolt (%,d articles)",
                        subset.size()),
                batchedSubset.rate(seen[1].relationships(), "rels/s"),
                "naive over Bolt " + naiveBolt.rate(seen[0].relationships(), "rels/s"),
                ExtractionBench.fmt(boltRatio) + "× faster", "(for reference)", boltRatio >= 20);
        if (!seen[0].equals(seen[1])) {
            java.util.Map<String, Long> batchedTypes = byType(driver);
            StringBuilder diff = new StringBuilder();
            java.util.Set<String> types = new java.util.TreeSet<>(naiveTypes.keySet());
            types.addAll(batchedTypes.keySet());
            for (String t : types) {
                long a = naiveTypes.getOrDefault(t, 0L), b = batchedTypes.getOrDefault(t, 0L);
                if (a != b) diff.append(String.format(Locale.ROOT, " %s naive %,d batched %,d;", t, a, b));
            }
            report.note(String.format(Locale.ROOT, "the naive loader wrote %,d nodes and %,d relationships, the batched"
                    + " one %,d and %,d (rates are per loader's own counts); by type:%s", seen[0].nodes(),
                    seen[0].relationships(), seen[1].nodes(), seen[1].relationships(), diff));
        }

        Counts[] full = new Counts[1];
        Sample[] reload = new Sample[1];
        List<CpuSplit.Result> splits = new java.util.ArrayList<>();
        Sample first = Sample.collect("load-batched", warmups, runs, () -> wipe(driver), () -> {
            double s;
            CpuSplit split = CpuSplit.start();
            try (Neo4jLoader l = Neo4jLoader.open(store)) {
                s = timeLoad(l, graphs);
            }
            splits.add(split.stop());
            full[0] = count(driver);
            return s;
        });
        // the database now holds every graph: load them all again, unchanged
        try (Neo4jLoader l = Neo4jLoader.open(store)) {
            reload[0] = Sample.collect(0, runs, () -> timeLoad(l, graphs));
        }
        double rels = full[0].relationships();
        double relsPerSec = rels / first.median();
        report.row(String.format(Locale.ROOT, "load, batched Neo4jLoader (%,d articles: %,d nodes, %,d relationships)",
                        graphs.size(), full[0].nodes(), full[0].relationships()),
                first.rate(rels, "rels/s") + ", " + first.rate(full[0].nodes(), "nodes/s") + ", "
                        + first.rate(graphs.size(), "articles/s"),
                "", "", "≥ 30,000 rels/s on 2 cores", relsPerSec >= 30_000);
        List<CpuSplit.Result> measured = splits.subList(warmups, splits.size());
        Sample cpuRuns = new Sample(measured.stream().map(CpuSplit.Result::processSeconds).toList());
        report.note(String.format(Locale.ROOT, "CPU time of the whole process (loader, Neo4j and its background"
                + " threads) per batched load of the %,d articles: %s; wall %s", graphs.size(), cpuRuns.secs(), first.secs()));
        for (int i = 0; i < measured.size(); i++) {
            report.note("CPU of measured load " + (i + 1) + ": " + measured.get(i).line());
        }
        double reloadRatio = reload[0].median() / first.median();
        report.row("re-load of the same unchanged articles", reload[0].secs(), "first load " + first.secs(),
                ExtractionBench.fmt(reloadRatio) + "× the first load", "≤ 0.2× the first load", reloadRatio <= 0.2);
    }

    /** Time to hand every graph to {@code sink} and close it (a batching sink writes its last batch then). */
    static double timeLoad(GraphSink sink, List<DocumentGraph> graphs) {
        long t0 = System.nanoTime();
        for (DocumentGraph g : graphs) sink.accept(g);
        sink.close();
        return Sample.since(t0);
    }

    /** Empties the database (keeps the schema) and makes sure the schema is there. */
    static void wipe(Driver driver) {
        try (Session s = driver.session()) {
            s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
        }
        Schema.apply(driver);
    }

    /** Relationships by type. */
    static java.util.Map<String, Long> byType(Driver driver) {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        try (Session s = driver.session()) {
            s.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c").forEachRemaining(
                    r -> m.put(r.get("t").asString(), r.get("c").asLong()));
        }
        return m;
    }

    static Counts count(Driver driver) {
        try (Session s = driver.session()) {
            long n = s.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong();
            long r = s.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
            return new Counts(n, r);
        }
    }
}
