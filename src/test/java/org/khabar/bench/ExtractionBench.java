package org.khabar.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.khabar.article.Article;
import org.khabar.extract.Extractor;
import org.khabar.graph.DocumentGraph;

/**
 * Extraction throughput on one core and on all cores, against a bare Lucene pass over the same
 * text measured in the same run ({@link BarePass}). MB are 10^6 bytes of the articles' text in UTF-8.
 */
final class ExtractionBench {
    /** Keeps results reachable so that the JIT cannot drop the work. */
    static final AtomicLong SINK = new AtomicLong();

    private ExtractionBench() {}

    static void run(BenchCorpus corpus, int warmups, int runs, Report report) {
        int cores = Runtime.getRuntime().availableProcessors();
        double mb = corpus.utf8Bytes() / 1e6;
        int n = corpus.size();
        report.note(String.format(Locale.ROOT, "extraction input: %,d articles, %,d chars, %.1f MB UTF-8 from %s",
                n, corpus.chars(), mb, corpus.source()));
        Extractor extractor = Extractor.standard();
        extractor.extract(Article.of("warm-up", "قال وزير الخارجية إن المملكة العربية السعودية ترحب بالاتفاق."));
        Sample one = null;
        Sample oneBare = null;
        try (BarePass bare = BarePass.bare(); BarePass full = BarePass.full()) {
            for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
                Sample b = Sample.collect(warmups, runs, () -> time(corpus.articles(), threads, a -> bare.pass(a.text())));
                Sample f = Sample.collect(warmups, runs, () -> time(corpus.articles(), threads, a -> full.pass(a.text())));
                Sample e = Sample.collect("extract-" + threads + "-threads", warmups, runs,
                        () -> time(corpus.articles(), threads, ExtractionBench::extract));
                double mbPerCore = mb / e.median() / threads;
                double ratio = e.median() / b.median();
                String where = threads == 1 ? "1 core" : threads + " cores";
                report.row("extraction, " + where + ": articles/s", e.rate(n, "articles/s"),
                        "bare pass " + b.rate(n, "articles/s"), fmt(ratio) + "× the bare pass's time", "", null);
                report.row("extraction, " + where + ": MB/s", e.rate(mb, "MB/s") + String.format(Locale.ROOT,
                                " = %.2f MB/s per core", mbPerCore),
                        "bare pass " + b.rate(mb, "MB/s"), fmt(ratio) + "×",
                        "≥ 1 MB/s per core, ≤ 5× bare pass", mbPerCore >= 1.0 && ratio <= 5.0);
                report.row("reference: Lucene ArabicAnalyzer (+stop words, stemming), " + where,
                        f.rate(mb, "MB/s"), "", fmt(f.median() / b.median()) + "× the bare pass", "", null);
                if (threads == 1) {
                    one = e;
                    oneBare = b;
                } else {
                    report.note(String.format(Locale.ROOT, "extraction on %d cores is %.2f× faster than on 1 core"
                            + " (bare pass: %.2f×)", threads, one.median() / e.median(), oneBare.median() / b.median()));
                }
            }
        }
        long[] totals = totals(corpus.articles());
        report.note(String.format(Locale.ROOT, "extracted: %,d entities, %,d statements, %,d meetings, %,d events; %,d articles failed",
                totals[0], totals[1], totals[2], totals[3], totals[4]));
    }

    /** Seconds to apply {@code work} to every article with {@code threads} threads. */
    static double time(List<Article> articles, int threads, ToLongFunction<Article> work) {
        long t0 = System.nanoTime();
        if (threads == 1) {
            long s = 0;
            for (Article a : articles) s += work.applyAsLong(a);
            SINK.addAndGet(s);
            return Sample.since(t0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Long>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long s = 0;
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        s += work.applyAsLong(articles.get(i));
                    }
                    return s;
                }));
            }
            for (Future<Long> p : parts) SINK.addAndGet(p.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark thread failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Sample.since(t0);
    }

    /** Extracts one article; an article the extractor fails on counts as work done (it is reported apart). */
    static long extract(Article a) {
        try {
            DocumentGraph g = Extractor.standard().extract(a);
            return g.entities().size() + g.statements().size() + 1;
        } catch (RuntimeException | StackOverflowError e) {
            return 0;
        }
    }

    private static long[] totals(List<Article> articles) {
        long[] t = new long[5];
        for (Article a : articles) {
            try {
                DocumentGraph g = Extractor.standard().extract(a);
                t[0] += g.entities().size();
                t[1] += g.statements().size();
                t[2] += g.meetings().size();
                t[3] += g.events().size();
            } catch (RuntimeException | StackOverflowError e) {
                t[4]++;
            }
        }
        return t;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
