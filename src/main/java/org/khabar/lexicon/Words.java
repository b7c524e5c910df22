package org.khabar.lexicon;

import java.util.Arrays;
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
 *
 * <p>A stripped candidate is kept as a position in its token's key and looked up in the
 * vocabulary without being cut out; its key string is made only if a caller asks for it
 * ({@link #key}), which few do: most candidates are only ever compared by id.
 */
public final class Words {
    /** Start bit of a token with a given name among its candidates (phrase indexes use the low bits). */
    static final int GIVEN_NAME = 1 << 30;
    /** Start bit of a token with a speech cue among its candidates. */
    static final int SPEECH_CUE = 1 << 29;

    private static final String ARTICLE = "ال";
    private static final int ARTICLE_HASH = ARTICLE.hashCode();

    private final Token[] tokens;
    /** Per token: {@link Token#word}, read here without touching the token object (every phrase lookup asks). */
    private final boolean[] word;
    private final int[] from;
    /** Per candidate: its token, where it starts in the token's key, whether «ال» goes in front. */
    private int[] owner;
    private int[] offset;
    private boolean[] article;
    private int[] stripped;
    private int[] ids;
    /** Per candidate: {@link String#hashCode} of its key. */
    private int[] hashes;
    /** Per candidate: its key, the whole keys at once, the stripped ones on demand. */
    private String[] keys;
    private int n;
    /** Per token: the start bits ({@link #starts}) of its whole key, and of all its candidates. */
    private final int[] startsWhole;
    private final int[] startsAny;

    Words(Token[] tokens, Vocabulary vocabulary, int[] startsById) {
        this(tokens, vocabulary, startsById, false);
    }

    /** With {@code scanned}, the tokens' words were looked up in {@code vocabulary} by the tokenizer ({@link Token#keyId}). */
    Words(Token[] tokens, Vocabulary vocabulary, int[] startsById, boolean scanned) {
        this.tokens = tokens;
        this.word = new boolean[tokens.length];
        this.from = new int[tokens.length + 1];
        int cap = tokens.length + tokens.length / 2 + 4;
        owner = new int[cap];
        offset = new int[cap];
        article = new boolean[cap];
        stripped = new int[cap];
        ids = new int[cap];
        hashes = new int[cap];
        keys = new String[cap];
        this.startsWhole = new int[tokens.length];
        this.startsAny = new int[tokens.length];
        Stripped sink = new Stripped(vocabulary, scanned);
        for (int i = 0; i < tokens.length; i++) {
            from[i] = n;
            Token t = tokens[i];
            word[i] = t.word();
            String key = t.key();
            add(i, key, t.keyHash(), 0, false, 0, vocabulary, scanned); // the first candidate is always the whole key
            int whole = ids[from[i]] < 0 ? 0 : startsById[ids[from[i]]];
            int any = whole;
            if (t.keyMayStrip()) { // Clitics.mayStrip(key), without reading the key
                sink.token = i;
                sink.key = key;
                sink.keyHash = t.keyHash();
                Clitics.stripped(key, sink);
                for (int c = from[i] + 1; c < n; c++) if (ids[c] >= 0) any |= startsById[ids[c]];
            }
            startsWhole[i] = whole;
            startsAny[i] = any;
        }
        from[tokens.length] = n;
    }

    /** Receives the stripped candidates of one token after another: one object per document, not one lambda per token. */
    private final class Stripped implements Clitics.Sink {
        private final Vocabulary vocabulary;
        private final boolean scanned;
        int token;
        String key;
        int keyHash;

        Stripped(Vocabulary vocabulary, boolean scanned) {
            this.vocabulary = vocabulary;
            this.scanned = scanned;
        }

        @Override
        public void candidate(int at, boolean withArticle, int strip) {
            add(token, key, keyHash, at, withArticle, strip, vocabulary, scanned);
        }
    }

    private void add(int token, String key, int keyHash, int at, boolean withArticle, int strip, Vocabulary vocabulary, boolean scanned) {
        if (n == owner.length) grow();
        owner[n] = token;
        offset[n] = at;
        article[n] = withArticle;
        stripped[n] = strip;
        if (at == 0 && !withArticle) {
            keys[n] = key;
            hashes[n] = keyHash;
            int known = tokens[token].keyId();
            if (scanned && word[token]) ids[n] = known; // the tokenizer asked this vocabulary already
            else if (known >= 0 && known < vocabulary.size() && vocabulary.key(known) == key) ids[n] = known; // its own string
            else ids[n] = vocabulary.id(key, keyHash);
        } else {
            int earlier = same(token, at, withArticle); // «بالرئيس»: بال and ب leave the same «الرئيس»
            if (earlier >= 0) {
                hashes[n] = hashes[earlier];
                ids[n] = ids[earlier];
            } else {
                int h = withArticle ? ARTICLE_HASH : 0;
                for (int k = at; k < key.length(); k++) h = 31 * h + key.charAt(k);
                hashes[n] = h;
                ids[n] = vocabulary.id(key, at, withArticle, h);
            }
        }
        n++;
    }

    /** An earlier candidate of the same token with the same key, or -1. */
    private int same(int token, int at, boolean withArticle) {
        for (int c = n - 1; c >= 0 && owner[c] == token; c--) {
            if (offset[c] == at && article[c] == withArticle) return c;
        }
        return -1;
    }

    private void grow() {
        int cap = owner.length * 2;
        owner = Arrays.copyOf(owner, cap);
        offset = Arrays.copyOf(offset, cap);
        article = Arrays.copyOf(article, cap);
        stripped = Arrays.copyOf(stripped, cap);
        ids = Arrays.copyOf(ids, cap);
        hashes = Arrays.copyOf(hashes, cap);
        keys = Arrays.copyOf(keys, cap);
    }

    /**
     * One bit per lexicon phrase index in which some phrase starts with token {@code i}'s whole key
     * or, with {@code clitics}, with any of its candidates. Computed once per document, so that the
     * many finder passes skip at once the tokens that start no phrase of the index they ask.
     */
    public int starts(int i, boolean clitics) { return clitics ? startsAny[i] : startsWhole[i]; }

    /**
     * The first token of {@code [from, to)} whose start mask ({@link #starts}) has one of
     * {@code bits}, or {@code to} (or {@code from} when past it): a finder pass jumps over the
     * tokens that start nothing it looks for.
     */
    public int nextStart(int bits, int from, int to, boolean clitics) {
        int[] s = clitics ? startsAny : startsWhole;
        int i = from;
        while (i < to && (s[i] & bits) == 0) i++;
        return i;
    }

    /** The first token of {@code [from, to)} that {@link #mayBeGivenName}, or {@code to}. */
    public int nextMayBeGivenName(int from, int to) { return nextStart(GIVEN_NAME, from, to, true); }

    /** The first token of {@code [from, to)} that {@link #mayBeSpeechCue}, or {@code to}. */
    public int nextMayBeSpeechCue(int from, int to) { return nextStart(SPEECH_CUE, from, to, true); }

    /** False when no candidate of token {@code i} is a given name: a look at each can be skipped. */
    public boolean mayBeGivenName(int i) { return (startsAny[i] & GIVEN_NAME) != 0; }

    /** False when no candidate of token {@code i} is a speech cue: a look at each can be skipped. */
    public boolean mayBeSpeechCue(int i) { return (startsAny[i] & SPEECH_CUE) != 0; }

    public int size() { return tokens.length; }

    public Token token(int i) { return tokens[i]; }

    /** True for a word token (not punctuation). */
    public boolean word(int i) { return word[i]; }

    /** The first candidate of token {@code i}: its whole key. */
    public int from(int i) { return from[i]; }

    /** The end (exclusive) of the candidates of token {@code i}. */
    public int to(int i) { return from[i + 1]; }

    /** The vocabulary id of token {@code i}'s whole key, or {@link Vocabulary#NONE}. */
    public int wordId(int i) { return ids[from[i]]; }

    /** The key of candidate {@code c}. */
    public String key(int c) {
        String k = keys[c];
        if (k == null) {
            String whole = tokens[owner[c]].key();
            k = article[c] ? ARTICLE + whole.substring(offset[c]) : whole.substring(offset[c]);
            keys[c] = k;
        }
        return k;
    }

    /** {@link String#hashCode} of the key of candidate {@code c}, without making the key. */
    public int hash(int c) { return hashes[c]; }

    /** How many key characters candidate {@code c} strips from its token. */
    public int stripped(int c) { return stripped[c]; }

    /** The vocabulary id of candidate {@code c}, or {@link Vocabulary#NONE}. */
    public int id(int c) { return ids[c]; }
}
