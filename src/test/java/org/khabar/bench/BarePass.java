package org.khabar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The floor extraction is compared with: one bare pass of Lucene over the same text, tokenizing
 * ({@link StandardTokenizer}) and normalizing ({@link ArabicNormalizationFilter}, i.e. Lucene's
 * {@code ArabicNormalizer}), nothing else. {@link #full()} is Lucene's whole {@link ArabicAnalyzer}
 * (adds stop words and light stemming), reported for reference. Thread-safe (Lucene keeps one
 * token stream per thread).
 */
final class BarePass implements AutoCloseable {
    private final Analyzer analyzer;

    private BarePass(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Tokenization + Arabic normalization. */
    static BarePass bare() {
        return new BarePass(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new ArabicNormalizationFilter(t));
            }
        });
    }

    /** Lucene's ArabicAnalyzer: tokenization, lower case, stop words, normalization, stemming. */
    static BarePass full() {
        return new BarePass(new ArabicAnalyzer());
    }

    /** Runs the pass over {@code text}; returns the total length of the terms (so nothing is optimized away). */
    long pass(String text) {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            long n = 0;
            while (ts.incrementToken()) n += term.length();
            ts.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene could not tokenize a string: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
