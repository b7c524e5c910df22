package org.khabar.text;

import java.util.List;

/**
 * The analyzed text of one article: tokens and sentences with offsets into the original string.
 *
 * <pre>{@code
 * TextLayer t = TextLayer.of(article.text());
 * for (Sentence s : t.sentences()) { ... t.tokens().subList(s.first(), s.last()) ... }
 * }</pre>
 */
public record TextLayer(String text, List<Token> tokens, List<Sentence> sentences, boolean[] skipped) {

    public static TextLayer of(String text) { return of(text, null); }

    /** {@link #of(String)} whose words take their keys from {@code known} when it knows them ({@link Tokenizer#tokenize(String, Tokenizer.KnownKeys)}). */
    public static TextLayer of(String text, Tokenizer.KnownKeys known) {
        Tokenizer.Scan scan = Tokenizer.scan(text, known);
        List<Token> tokens = scan.tokens();
        boolean[] skipped = Boilerplate.mark(tokens, scan.breaks());
        return new TextLayer(text, List.copyOf(tokens), List.copyOf(SentenceSplitter.split(tokens, scan.breaks(), skipped)), skipped);
    }

    public Token token(int i) { return tokens.get(i); }

    /** The sentence that holds token {@code i}, or null for skipped tokens. */
    public Sentence sentenceOf(int i) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (i < s.first()) hi = mid - 1;
            else if (i >= s.last()) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
