package org.khabar.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.khabar.article.Article;
import org.khabar.article.ArticleStream;
import org.khabar.article.Articles;
import org.khabar.article.ReadOptions;
import org.khabar.article.ReadResult;
import org.khabar.extract.Extractor;
import org.khabar.graph.DocumentGraph;

/**
 * Reads articles, extracts them on {@code threads} threads while at most {@code 4 × threads}
 * are in flight (memory bounded by the window, not the corpus), and hands the outcomes to a
 * consumer in input order, on the calling thread.
 *
 * <pre>{@code
 * new Pipeline(inputs, options, 2, a -> true).run(outcome -> sink.accept(outcome.graph()));
 * }</pre>
 */
final class Pipeline {

    /**
     * One input's outcome: a graph (with read warnings), an article left alone because it is
     * unchanged ({@code graph} and {@code error} both null), or an error.
     */
    record Outcome(Article article, DocumentGraph graph, String where, List<String> warnings, String error) {
        boolean skipped() { return graph == null && error == null; }
    }

    private final List<String> inputs;
    private final ReadOptions options;
    private final int threads;
    private final Predicate<Article> needsExtraction;
    private Progress progress;

    /**
     * @param needsExtraction false for an article that need not be extracted again (already
     *                        loaded with the same content); such articles come out as skipped
     */
    Pipeline(List<String> inputs, ReadOptions options, int threads, Predicate<Article> needsExtraction) {
        this.inputs = List.copyOf(inputs);
        this.options = options;
        this.threads = threads;
        this.needsExtraction = needsExtraction;
    }

    /** Lets {@code p} measure how far {@link #run} is through the input bytes (for percent and ETA). */
    Pipeline tracking(Progress p) {
        this.progress = p;
        return this;
    }

    void run(Consumer<Outcome> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "khabar-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        try (ArticleStream articles = Articles.open(inputs, options)) {
            if (progress != null) progress.tracking(position(articles));
            for (ReadResult r : articles) {
                if (r instanceof ReadResult.Failed f) {
                    window.add(done(new Outcome(null, null, f.where(), List.of(), f.message())));
                } else {
                    ReadResult.Ok ok = (ReadResult.Ok) r;
                    if (needsExtraction.test(ok.article())) {
                        window.add(pool.submit(() -> extract(ok)));
                    } else {
                        window.add(done(new Outcome(ok.article(), null, ok.source(), ok.warnings(), null)));
                    }
                }
                drain(window, consumer, 4 * threads);
            }
            drain(window, consumer, 0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Progress.Input position(ArticleStream articles) {
        return new Progress.Input() {
            @Override public long bytesRead() { return articles.bytesRead(); }

            @Override public long bytesTotal() { return articles.bytesTotal(); }

            @Override public boolean standardInput() { return articles.readsStandardInput(); }
        };
    }

    private static Future<Outcome> done(Outcome o) {
        return CompletableFuture.completedFuture(o);
    }

    private static Outcome extract(ReadResult.Ok ok) {
        try {
            return new Outcome(ok.article(), Extractor.standard().extract(ok.article()), ok.source(), ok.warnings(), null);
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome(ok.article(), null, ok.source(), ok.warnings(), "extraction failed: " + m);
        }
    }

    /** Hands finished outcomes on in order until at most {@code keep} are in flight. */
    private static void drain(Deque<Future<Outcome>> window, Consumer<Outcome> consumer, int keep) {
        while (window.size() > keep) {
            try {
                consumer.accept(window.poll().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while extracting", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("extraction crashed: " + e.getCause(), e.getCause());
            }
        }
    }
}
