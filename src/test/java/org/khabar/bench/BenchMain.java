package org.khabar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.khabar.article.Article;
import org.khabar.extract.Extractor;
import org.khabar.graph.DocumentGraph;
import org.khabar.neo4j.GraphStore;
import org.khabar.neo4j.StoreSettings;
import org.khabar.rdf.RdfExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The in-process benchmark harness (run by {@code bench/run.sh}; see BENCHMARKS.md): extraction,
 * loading into the embedded Neo4j, RDF export, each against a baseline measured in the same run.
 *
 * <pre>
 * java -cp … org.khabar.bench.BenchMain --phases extract,load,rdf --corpus ../shared/corpus/saudinewsnet-2015.jsonl.gz --out target/bench
 * </pre>
 *
 * Exit codes: 0 done (targets met or not: the report says), 2 usage error, 3 corpus absent.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures khabar's extraction, Neo4j loading and RDF export against baselines.")
public final class BenchMain implements Callable<Integer> {
    /** Exit code when the corpus file is not there. */
    public static final int CORPUS_ABSENT = 3;

    @Option(names = "--phases", split = ",", defaultValue = "extract,load,rdf",
            description = "Phases to run: extract, load, rdf (default: ${DEFAULT-VALUE}).")
    List<String> phases;

    @Option(names = "--corpus", paramLabel = "PATH", description = "JSONL(.gz) articles (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/corpus/saudinewsnet-2015.jsonl.gz")
    Path corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000", description = "Articles for extraction (0 = all).")
    int articles;

    @Option(names = "--load-articles", paramLabel = "N", defaultValue = "2000", description = "Articles for the load phase.")
    int loadArticles;

    @Option(names = "--naive-articles", paramLabel = "N", defaultValue = "200",
            description = "Articles the naive loader is compared on (it is slow).")
    int naiveArticles;

    @Option(names = "--store", paramLabel = "DIR",
            description = "rdf phase only: export this existing khabar store instead of loading articles.")
    Path store;

    @Option(names = "--no-model", description = "rdf phase: skip the in-memory Jena baseline (e.g. to run under a small -Xmx).")
    boolean noModel;

    @Option(names = "--rdf-over-bolt",
            description = "rdf phase: read the embedded store over Bolt, as for a running server, instead of through"
                    + " the Java API that khabar export uses for a store it starts itself.")
    boolean rdfOverBolt;

    @Option(names = "--warmups", defaultValue = "1", description = "Warm-up runs before each measurement.")
    int warmups;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs (median, min–max).")
    int runs;

    @Option(names = "--quick", description = "Tiny sizes, no warm-up, one run: checks that the harness works.")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench", description = "Where results.md goes.")
    Path out;

    /** Articles given directly (tests); when set, --corpus is not read. */
    List<Article> given;

    public static void main(String[] args) {
        System.exit(run(null, args));
    }

    /** Runs the harness; {@code articles} replaces the corpus when not null. Returns the exit code. */
    public static int run(List<Article> articles, String... args) {
        BenchMain m = new BenchMain();
        m.given = articles;
        return new CommandLine(m).execute(args);
    }

    @Override
    public Integer call() {
        if (quick) {
            articles = Math.min(articles, 50);
            loadArticles = Math.min(loadArticles, 50);
            naiveArticles = Math.min(naiveArticles, 20);
            warmups = 0;
            runs = 1;
        }
        for (String p : phases) {
            if (!List.of("extract", "load", "rdf").contains(p)) {
                System.err.println("bench: unknown phase '" + p + "': use extract, load, rdf");
                return 2;
            }
        }
        String header = Machine.describe();
        System.out.println(header);
        Report report = new Report();
        try {
            if (phases.contains("extract")) ExtractionBench.run(articles(articles), warmups, runs, report);
            if (phases.contains("load") || phases.contains("rdf")) graphPhases(report);
        } catch (BenchCorpus.Absent e) {
            System.err.println("bench: " + e.getMessage());
            return CORPUS_ABSENT;
        }
        report.note("load average at the end: " + Machine.loadAverage());
        Path file = out.resolve("results.md");
        report.write(file, header);
        System.out.println("bench: wrote " + file);
        return 0;
    }

    private void graphPhases(Report report) {
        boolean load = phases.contains("load");
        if (!load && store != null) {
            try (GraphStore g = GraphStore.startEmbedded(StoreSettings.embedded(store), false)) {
                RdfBench.run(rdfReader(g), warmups, runs, !noModel, report);
            }
            return;
        }
        BenchCorpus c = articles(loadArticles);
        long t0 = System.nanoTime();
        List<DocumentGraph> graphs = extractAll(c.articles());
        report.note(String.format(Locale.ROOT, "load input: %,d graphs extracted from %,d articles in %.1f s (not timed)",
                graphs.size(), c.size(), Sample.since(t0)));
        Path dir = tempDir();
        try (GraphStore g = GraphStore.startEmbedded(StoreSettings.embedded(dir), false)) {
            if (load) {
                LoadBench.run(g, graphs, naiveArticles, warmups, runs, report);
            } else {
                LoadBench.wipe(g.driver());
                try (var l = org.khabar.neo4j.Neo4jLoader.open(g)) {
                    LoadBench.timeLoad(l, graphs);
                }
            }
            if (phases.contains("rdf")) RdfBench.run(rdfReader(g), warmups, runs, !noModel, report);
        } finally {
            delete(dir);
        }
    }

    /** What {@code khabar export} reads a store it starts itself with (the Java API), or Bolt when asked. */
    private RdfBench.Reader rdfReader(GraphStore g) {
        return rdfOverBolt ? new RdfBench.Reader("Bolt", () -> RdfExport.from(g.driver()))
                : new RdfBench.Reader("embedded Java API", () -> RdfExport.from(g));
    }

    private BenchCorpus articles(int limit) {
        if (given != null) return BenchCorpus.of("articles given to the harness", given);
        return BenchCorpus.read(corpus, limit);
    }

    /** Extracts every article on all cores, in input order; articles the extractor fails on are left out. */
    static List<DocumentGraph> extractAll(List<Article> articles) {
        return articles.parallelStream().map(a -> {
            try {
                return Extractor.standard().extract(a);
            } catch (RuntimeException | StackOverflowError e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("khabar-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store: " + e.getMessage(), e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("bench: could not delete the temporary store " + dir + ": " + e.getMessage());
        }
    }
}
