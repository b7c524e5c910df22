package org.khabar.lexicon;

import java.util.List;
import org.khabar.text.Clitics;
import org.khabar.text.Token;

/**
 * The tokens of one document as the lexicons see them, computed once: each token's clitic
 * candidates ({@link Clitics#candidates}: the whole key first, then the stripped forms) and
 * their {@link Vocabulary} ids. Candidates of token {@code i} are the numbers
 * {@code [from(i), to(i))}. Not shared between threads.
 *
 * <pre>{@code
 * Words w = lexicon.words(tokens);
 * for (int c = w.from(i); c < w.to(i); c++) lexicon.stopword(w.id(c));
 * }</pre>
 */
public final class Words {
    private final Token[] tokens;
    private final int[] from;
    private final String[] keys;
    private final int[] stripped;
    private final int[] ids;
    /** Per token: the start bits ({@link #starts}) of its whole key, and of all its candidates. */
    private final int[] startsWhole;
    private final int[] startsAny;

    Words(Token[] tokens, Vocabulary vocabulary, int[] startsById) {
        this.tokens = tokens;
        this.from = new int[tokens.length + 1];
        int cap = tokens.length + tokens.length / 2 + 4;
        String[] k = new String[cap];
        int[] s = new int[cap];
        int n = 0;
        for (int i = 0; i < tokens.length; i++) {
            from[i] = n;
            String key = tokens[i].key();
            if (!Clitics.mayStrip(key)) { // most words: the whole key only
                if (n == k.length) {
                    k = java.util.Arrays.copyOf(k, k.length * 2);
                    s = java.util.Arrays.copyOf(s, k.length);
                }
                k[n++] = key;
                continue;
            }
            List<Clitics.Candidate> cands = Clitics.candidates(key);
            if (n + cands.size() > k.length) {
                k = java.util.Arrays.copyOf(k, k.length * 2 + cands.size());
                s = java.util.Arrays.copyOf(s, k.length);
            }
            for (Clitics.Candidate c : cands) {
                k[n] = c.key();
                s[n] = c.stripped();
                n++;
            }
        }
        from[tokens.length] = n;
        this.keys = k;
        this.stripped = s;
        this.ids = new int[n];
        for (int c = 0; c < n; c++) ids[c] = vocabulary.id(k[c]);
        this.startsWhole = new int[tokens.length];
        this.startsAny = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            int whole = ids[from[i]] < 0 ? 0 : startsById[ids[from[i]]];
            int any = whole;
            for (int c = from[i] + 1; c < from[i + 1]; c++) if (ids[c] >= 0) any |= startsById[ids[c]];
            startsWhole[i] = whole;
            startsAny[i] = any;
        }
    }

    /**
     * One bit per lexicon phrase index in which some phrase starts with token {@code i}'s whole key
     * or, with {@code clitics}, with any of its candidates. Computed once per document, so that the
     * many finder passes skip at once the tokens that start no phrase of the index they ask.
     */
    public int starts(int i, boolean clitics) { return clitics ? startsAny[i] : startsWhole[i]; }

    public int size() { return tokens.length; }

    public Token token(int i) { return tokens[i]; }

    /** True for a word token (not punctuation). */
    public boolean word(int i) { return tokens[i].word(); }

    /** The first candidate of token {@code i}: its whole key. */
    public int from(int i) { return from[i]; }

    /** The end (exclusive) of the candidates of token {@code i}. */
    public int to(int i) { return from[i + 1]; }

    /** The vocabulary id of token {@code i}'s whole key, or {@link Vocabulary#NONE}. */
    public int wordId(int i) { return ids[from[i]]; }

    /** The key of candidate {@code c}. */
    public String key(int c) { return keys[c]; }

    /** How many key characters candidate {@code c} strips from its token. */
    public int stripped(int c) { return stripped[c]; }

    /** The vocabulary id of candidate {@code c}, or {@link Vocabulary#NONE}. */
    public int id(int c) { return ids[c]; }
}
