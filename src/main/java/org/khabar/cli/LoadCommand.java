package org.khabar.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.article.Article;
import org.khabar.article.ReadOptions;
import org.khabar.neo4j.EntityResolution;
import org.khabar.neo4j.GraphStore;
import org.khabar.neo4j.LoadSummary;
import org.khabar.neo4j.Neo4jLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code khabar load INPUT…}: reads articles (text, HTML, JSONL, directories, stdin), extracts
 * them in parallel and loads them into Neo4j in input order, many articles per transaction (an article Neo4j
 * refuses fails alone).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extracts articles and loads them into the Neo4j store, --batch-size articles per transaction.",
                "Inputs: text, HTML, JSON, JSONL (.gz) files, directories (recursive) or - for standard input.",
                "An article already loaded with the same content is not extracted again;"
                        + " a changed article replaces what it contributed."})
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files, directories or - for standard input.")
    List<String> inputs;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions store;

    @Option(names = {"-q", "--quiet"}, description = "No progress, warnings or summary text.")
    boolean quiet;

    @Option(names = "--json", description = "Print the summary as one JSON object on standard output.")
    boolean json;

    @Option(names = "--no-resolve", negatable = false,
            description = "Do not resolve entities across articles at the end (see khabar resolve).")
    boolean noResolve;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Neo4jLoader.Settings.DEFAULT_BATCH_SIZE,
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}); an article Neo4j refuses"
                    + " fails alone, the others of its batch are loaded.")
    int batchSize;

    @Option(names = "--writers", paramLabel = "N", defaultValue = "" + Neo4jLoader.Settings.DEFAULT_WRITERS,
            description = "Batches written at once, each in its own transaction, when khabar runs the store in"
                    + " this process (default: ${DEFAULT-VALUE}); over Bolt batches are written one at a time.")
    int writers;

    @Option(names = "--retry-seconds", paramLabel = "S", defaultValue = "60",
            description = "How long to keep retrying while Neo4j cannot be reached during the load"
                    + " (default: ${DEFAULT-VALUE}).")
    int retrySeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, not " + batchSize);
        }
        if (writers < 1) {
            throw new ParameterException(spec.commandLine(), "--writers must be at least 1, not " + writers);
        }
        if (retrySeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--retry-seconds must not be negative");
        }
        ReadOptions options = input.readOptions(spec.commandLine());
        int threads = input.threads(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore graph = GraphStore.open(store.settings(false))) {
            Progress progress = Progress.onStandardError(err, quiet || json);
            Neo4jLoader.Settings settings = Neo4jLoader.Settings.defaults().withBatchSize(batchSize).withWriters(writers)
                    .withRetryFor(Duration.ofSeconds(retrySeconds))
                    .withNotices(quiet ? m -> {} : m -> progress.message("khabar: " + m));
            Result r = load(graph, settings, inputs, options, threads, input.failFast, quiet, err, progress);
            EntityResolution.Report resolved = noResolve ? null
                    : EntityResolution.run(graph.driver(), ResolveCommand.standardResolver());
            if (json) {
                String j = r.toJson();
                out.println(resolved == null ? j : j.substring(0, j.length() - 1) + ", \"resolution\": " + resolved.toJson() + "}");
            } else if (!quiet) {
                out.println(r.describe(graph.description()));
                if (resolved != null) out.println(resolved.describe());
            }
            out.flush();
            return r.failed() == 0 ? 0 : 1;
        }
    }

    /**
     * Loads every article it can; an input that cannot be read, extracted or loaded is reported
     * on {@code err} as {@code khabar: FILE[:LINE]: message} and counted, and the run goes on
     * (unless {@code failFast}).
     */
    static Result load(GraphStore store, Neo4jLoader.Settings settings, List<String> inputs, ReadOptions options,
                       int threads, boolean failFast, boolean quiet, PrintWriter err, Progress progress) {
        Neo4jLoader loader = Neo4jLoader.open(store, settings);
        Map<String, String> stored = loader.storedHashes();
        long[] counts = new long[3]; // read, failed, warnings
        try {
            new Pipeline(inputs, options, threads, a -> !a.sha256().equals(stored.get(a.id()))).tracking(progress).run(o -> {
                if (o.article() != null) counts[0]++;
                if (!quiet) for (String w : o.warnings()) progress.message("khabar: " + o.where() + ": warning: " + w);
                if (o.error() != null) {
                    failed(counts, progress, o.where(), o.error(), failFast);
                } else if (o.skipped()) {
                    loader.unchanged(o.article());
                } else {
                    for (Neo4jLoader.Failure f : loader.add(o.graph())) {
                        failed(counts, progress, f.article().source(), f.error().getMessage(), failFast);
                    }
                }
                progress.update(counts[0], counts[1]);
            });
            for (Neo4jLoader.Failure f : loader.flush()) {
                failed(counts, progress, f.article().source(), f.error().getMessage(), failFast);
            }
        } catch (FailFast e) {
            for (Neo4jLoader.Failure f : loader.flush()) {
                failed(counts, progress, f.article().source(), f.error().getMessage(), false);
            }
            err.println("khabar: stopped at the first failure (--fail-fast); what was loaded before it stays loaded");
        } finally {
            progress.finish(); // also when Neo4j went away: the error message gets a line of its own
        }
        LoadSummary s = loader.summary();
        if (!quiet) {
            for (String w : s.warnings()) err.println("khabar: warning: " + w);
            if (s.warningCount() > s.warnings().size()) {
                err.println("khabar: … and " + (s.warningCount() - s.warnings().size()) + " more warnings");
            }
        }
        err.flush();
        return new Result(s, counts[0], counts[1], progress.seconds());
    }

    private static void failed(long[] counts, Progress progress, String where, String error, boolean failFast) {
        counts[1]++;
        progress.message("khabar: " + where + ": " + error);
        if (failFast) throw new FailFast();
    }

    /** The samples (or any inputs) with default reading options, for {@code demo}. */
    static Result load(GraphStore store, List<String> inputs, PrintWriter err) {
        return load(store, Neo4jLoader.Settings.defaults(), inputs, ReadOptions.defaults(), Runtime.getRuntime().availableProcessors(), false,
                false, err, Progress.onStandardError(err, false));
    }

    private static final class FailFast extends RuntimeException {
        FailFast() { super(null, null, false, false); }
    }

    /**
     * @param read    articles read
     * @param failed  inputs that could not be read, extracted or loaded
     * @param seconds wall time
     */
    record Result(LoadSummary summary, long read, long failed, double seconds) {

        String describe(String where) {
            LoadSummary s = summary;
            return String.format(Locale.ROOT,
                    "%d articles loaded, %d replaced, %d unchanged, %d failed into %s in %.1f s%n"
                            + "%d nodes and %d relationships created, %d nodes and %d relationships deleted",
                    s.loaded(), s.replaced(), s.unchanged(), failed, where, seconds,
                    s.nodesCreated(), s.relationshipsCreated(), s.nodesDeleted(), s.relationshipsDeleted());
        }

        String toJson() {
            LoadSummary s = summary;
            return String.format(Locale.ROOT,
                    "{\"articles\": %d, \"loaded\": %d, \"replaced\": %d, \"unchanged\": %d, \"failed\": %d, "
                            + "\"nodesCreated\": %d, \"relationshipsCreated\": %d, \"nodesDeleted\": %d, "
                            + "\"relationshipsDeleted\": %d, \"warnings\": %d, \"seconds\": %.3f}",
                    read, s.loaded(), s.replaced(), s.unchanged(), failed, s.nodesCreated(), s.relationshipsCreated(),
                    s.nodesDeleted(), s.relationshipsDeleted(), s.warningCount(), seconds);
        }
    }
}
