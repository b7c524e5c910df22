package org.khabar.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khabar.article.Article;
import org.khabar.text.ArabicNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * khabar's {@link ArabicNormalizer} (fold, key) against Lucene's
 * {@code org.apache.lucene.analysis.ar.ArabicNormalizer} over the full text of 100 corpus
 * articles; scores are articles per second, single thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NormalizerJmh {
    private List<String> texts;
    private final org.apache.lucene.analysis.ar.ArabicNormalizer lucene = new org.apache.lucene.analysis.ar.ArabicNormalizer();

    @Setup
    public void setUp() {
        texts = JmhArticles.load().stream().map(Article::text).toList();
    }

    @Benchmark
    @OperationsPerInvocation(JmhArticles.COUNT)
    public void khabarFold(Blackhole bh) {
        for (String t : texts) bh.consume(ArabicNormalizer.fold(t));
    }

    @Benchmark
    @OperationsPerInvocation(JmhArticles.COUNT)
    public void khabarKey(Blackhole bh) {
        for (String t : texts) bh.consume(ArabicNormalizer.key(t));
    }

    @Benchmark
    @OperationsPerInvocation(JmhArticles.COUNT)
    public void luceneNormalize(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            char[] c = texts.get(i).toCharArray(); // Lucene normalizes in place: copy, as fold() does
            bh.consume(lucene.normalize(c, c.length));
        }
    }
}
