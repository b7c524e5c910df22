package org.khabar.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.List;
import org.khabar.article.ReadOptions;
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

    @CommandLine.Mixin
    InputOptions input;

    @Option(names = {"-q", "--quiet"}, description = "No warnings and no summary line.")
    boolean quiet;

    enum Format { json }

    /** Thrown to abandon the output under --fail-fast so that no partial file is left. */
    private static final class Abort extends RuntimeException {
        Abort() { super("stopped at the first failure (--fail-fast); output not written"); }
    }

    @Override
    public Integer call() {
        ReadOptions options = input.readOptions(spec.commandLine());
        int n = input.threads(spec.commandLine());
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
            Output json = new Output(out);
            new Pipeline(inputs, options, threads, a -> true).run(o -> {
                if (o.article() != null) read++;
                if (!quiet) for (String w : o.warnings()) err.println("khabar: " + o.where() + ": warning: " + w);
                if (o.error() != null) {
                    fail(o.where(), o.error());
                } else {
                    extracted++;
                    json.accept(o.graph());
                }
            });
            json.finish();
        }

        private void fail(String where, String message) {
            failed++;
            err.println("khabar: " + where + ": " + message);
            if (input.failFast) throw new Abort();
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
