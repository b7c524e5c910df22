package org.khabar.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.khabar.article.ArticleStream;
import org.khabar.article.Articles;
import org.khabar.article.ReadOptions;
import org.khabar.article.ReadResult;
import org.khabar.extract.Extractor;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.GraphJson;
import org.khabar.io.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code khabar extract INPUT… [-o OUT]}: the extraction contract JSON, one object for one
 * article, {@code {"documents": [...]}} for several, in input order. Articles are extracted in
 * parallel while at most {@code 4 × threads} are in flight.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts entities, statements and meetings from articles and prints them as JSON.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Article files (text, HTML, JSONL, JSONL.gz, JSON), directories (read recursively) or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT (atomically) instead of standard output.")
    java.nio.file.Path output;

    @Option(names = "--include", paramLabel = "GLOBS", split = ",",
            description = "File name patterns read in directories (default: ${DEFAULT-VALUE}).",
            defaultValue = "*.txt,*.html,*.htm,*.jsonl,*.jsonl.gz,*.json")
    List<String> include;

    @Option(names = "--field", paramLabel = "PROP=NAME",
            description = "JSON field for an article property, e.g. text=body or date=pubDate (repeatable).")
    List<String> fields = new ArrayList<>();

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Largest article in megabytes (default: ${DEFAULT-VALUE}).")
    long maxMegabytes;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all processors).")
    Integer threads;

    @Option(names = "--fail-fast", description = "Stop at the first article that cannot be read or extracted.")
    boolean failFast;

    @Option(names = {"-q", "--quiet"}, description = "No warnings and no summary line.")
    boolean quiet;

    enum Format { json }

    /** One input's outcome, reported in input order: a graph (with read warnings) or an error. */
    private record Outcome(DocumentGraph graph, String where, List<String> warnings, String error) {}

    /** Thrown to abandon the output under --fail-fast so that no partial file is left. */
    private static final class Abort extends RuntimeException {
        Abort() { super("stopped at the first failure (--fail-fast); output not written"); }
    }

    @Override
    public Integer call() {
        ReadOptions options = options();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + n);
        PrintStream err = System.err;
        Run run = new Run(options, n, err);
        long start = System.nanoTime();
        try {
            if (output == null) {
                run.writeTo(keepOpen(System.out));
                System.out.flush();
            } else {
                AtomicFile.write(output, run::writeTo);
            }
        } catch (Abort e) {
            err.println("khabar: " + e.getMessage());
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "khabar: %d articles read, %d extracted, %d failed in %.1f s%n",
                    run.read, run.extracted, run.failed, (System.nanoTime() - start) / 1e9);
        }
        return run.failed > 0 ? 1 : 0;
    }

    private ReadOptions options() {
        if (maxMegabytes < 1 || maxMegabytes > 1 << 20) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-size must be between 1 and 1048576 (MB), was " + maxMegabytes);
        }
        try {
            ReadOptions.Builder b = ReadOptions.builder().include(include).maxBytes(maxMegabytes * 1024 * 1024)
                    .failFast(failFast);
            for (String f : fields) b.field(f);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private final class Run {
        final ReadOptions options;
        final int threads;
        final PrintStream err;
        long read;
        long extracted;
        long failed;

        Run(ReadOptions options, int threads, PrintStream err) {
            this.options = options;
            this.threads = threads;
            this.err = err;
        }

        void writeTo(OutputStream out) {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "khabar-extract");
                t.setDaemon(true);
                return t;
            });
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            Output json = new Output(out);
            try (ArticleStream articles = Articles.open(inputs, options)) {
                for (ReadResult r : articles) {
                    if (r instanceof ReadResult.Failed f) {
                        window.add(CompletableFuture.completedFuture(new Outcome(null, f.where(), List.of(), f.message())));
                    } else {
                        ReadResult.Ok ok = (ReadResult.Ok) r;
                        read++;
                        window.add(pool.submit(() -> extract(ok)));
                    }
                    drain(window, json, 4 * threads);
                }
                drain(window, json, 0);
                json.finish();
            } finally {
                pool.shutdownNow();
            }
        }

        private Outcome extract(ReadResult.Ok ok) {
            try {
                return new Outcome(Extractor.standard().extract(ok.article()), ok.source(), ok.warnings(), null);
            } catch (RuntimeException | StackOverflowError e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return new Outcome(null, ok.source(), ok.warnings(), "extraction failed: " + m);
            }
        }

        /** Writes finished outcomes in order until at most {@code keep} are in flight. */
        private void drain(Deque<Future<Outcome>> window, Output json, int keep) {
            while (window.size() > keep) {
                Outcome o;
                try {
                    o = window.poll().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while extracting", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("extraction crashed: " + e.getCause(), e.getCause());
                }
                if (!quiet) for (String w : o.warnings()) err.println("khabar: " + o.where() + ": warning: " + w);
                if (o.error() != null) {
                    fail(o.where(), o.error());
                } else {
                    extracted++;
                    json.accept(o.graph());
                }
            }
        }

        private void fail(String where, String message) {
            failed++;
            err.println("khabar: " + where + ": " + message);
            if (failFast) throw new Abort();
        }
    }

    /**
     * The JSON output: holds back the first graph until it knows whether there is exactly one
     * article (a single object) or several ({@code {"documents": [...]}}).
     */
    private static final class Output {
        private final OutputStream out;
        private DocumentGraph first;
        private GraphJson json;

        Output(OutputStream out) {
            this.out = out;
        }

        void accept(DocumentGraph g) {
            if (json == null && first == null) {
                first = g;
                return;
            }
            if (json == null) {
                json = GraphJson.open(out, true);
                json.accept(first);
                first = null;
            }
            json.accept(g);
        }

        void finish() {
            if (json == null) {
                json = GraphJson.open(out, first == null);
                if (first != null) json.accept(first);
            }
            json.close();
        }
    }

    private static OutputStream keepOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
