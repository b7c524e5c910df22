package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.neo4j.GraphStats;
import org.khabar.neo4j.GraphStore;
import org.khabar.neo4j.StoreSettings;
import org.khabar.server.ServerFile;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar demo}: loads samples/, shows what came out, then serves Browser. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Loads the sample articles, prints counts and example statements with their evidence,",
                "then serves Neo4j Browser (until Ctrl-C)."})
final class DemoCommand implements Callable<Integer> {
    private static final String EXAMPLES = """
            MATCH (sp)-[r:STATED|DENIED|ACCUSED|CALLED_FOR]->(s:Statement)
            RETURN sp.name AS speaker, type(r) AS type, s.text AS evidence, s.articleId AS articleId, s.start AS start
            ORDER BY s.confidence DESC, s.articleId, s.start
            LIMIT 5""";

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "${sys:khabar.home:-.}/samples",
            description = "The articles to load (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--no-serve", description = "Stop after printing instead of serving Browser.")
    boolean noServe;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("no sample directory " + samples.toAbsolutePath()
                    + "; run the demo from the khabar directory or give --samples DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        StoreSettings s = store.settings(!noServe);
        boolean serveHere = !noServe && s.uri() == null && ServerFile.live(s.dataDir()).isEmpty();
        GraphStore graph = serveHere ? GraphStore.startEmbedded(s, true) : GraphStore.open(s);
        boolean handedOver = false;
        try {
            LoadCommand.Result r = LoadCommand.load(graph, List.of(samples.toString()),
                    spec.commandLine().getErr());
            out.println(r.describe(graph.description()));
            out.println();
            out.print(GraphStats.read(graph.driver()).toTable());
            out.println();
            printExamples(graph, out);
            out.flush();
            if (serveHere) {
                handedOver = true; // the shutdown hook closes it
                Serving.untilStopped(graph, out);
            } else if (!noServe) {
                out.println("The store is already served by another khabar process (see " + ServerFile.path(s.dataDir()) + ").");
            }
            return r.failed() == 0 ? 0 : 1;
        } finally {
            if (!handedOver) graph.close();
        }
    }

    private static void printExamples(GraphStore graph, PrintWriter out) {
        try (Session session = graph.driver().session()) {
            var rows = session.executeRead(tx -> tx.run(EXAMPLES).list());
            out.println(rows.isEmpty() ? "No statements yet (the extractor found none)." : "Example statements:");
            for (var row : rows) {
                out.printf(Locale.ROOT, "  %s %s  [%s @%d]%n    «%s»%n", row.get("speaker").asString("?"),
                        row.get("type").asString(), row.get("articleId").asString(), row.get("start").asLong(),
                        oneLine(row.get("evidence").asString("")));
            }
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
