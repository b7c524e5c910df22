package org.khabar.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.khabar.article.Article;
import org.khabar.extract.Extractor;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction of 100 corpus articles against the bare Lucene pass (tokenize + Arabic normalize)
 * over the same text; scores are articles per second, single thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractorJmh {
    private List<Article> articles;
    private Analyzer bare;

    @Setup
    public void setUp() {
        articles = JmhArticles.load();
        bare = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new ArabicNormalizationFilter(t));
            }
        };
    }

    @TearDown
    public void tearDown() {
        bare.close();
    }

    @Benchmark
    @OperationsPerInvocation(JmhArticles.COUNT)
    public void extract(Blackhole bh) {
        Extractor x = Extractor.standard();
        for (Article a : articles) bh.consume(x.extract(a));
    }

    @Benchmark
    @OperationsPerInvocation(JmhArticles.COUNT)
    public void luceneBarePass(Blackhole bh) throws java.io.IOException {
        for (Article a : articles) {
            try (TokenStream ts = bare.tokenStream("text", a.text())) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) bh.consume(term.length());
                ts.end();
            }
        }
    }
}
