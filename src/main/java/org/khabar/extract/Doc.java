package org.khabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.khabar.article.Article;
import org.khabar.lexicon.Lexicon;
import org.khabar.lexicon.Words;
import org.khabar.text.Clitics;
import org.khabar.text.Sentence;
import org.khabar.text.TextLayer;
import org.khabar.text.Token;

/**
 * Working state of one extraction: the text layer, the lexicon, and the mentions found so far
 * (at most one per token). Not shared between threads: one per {@code extract} call.
 */
final class Doc {
    final Article article;
    final TextLayer text;
    final Lexicon lex;
    /** The tokens with their clitic candidates and vocabulary ids, for every dictionary lookup. */
    final Words words;
    private final Token[] tokens;
    /** {@link #isWord} of every token, computed once. */
    private final boolean[] word;
    private final Mention[] at;
    /** Country id of a nisba adjective at a token, else null. */
    final String[] nisba;
    /** {@link DateResolver#find} by range, each range scanned once. */
    final java.util.Map<DateResolver.Range, java.util.Optional<DateResolver.DateRef>> dates = new java.util.HashMap<>();
    /** Gazetteer organization ids by normalized key («الجيش country:SY»), for pattern names of the same org. */
    final java.util.Map<String, String> orgIds = new java.util.HashMap<>();

    Doc(Article article, Lexicon lex) {
        this.article = article;
        this.text = TextLayer.of(article.text(), lex.keys());
        this.lex = lex;
        this.tokens = text.tokens().toArray(new Token[0]);
        this.words = lex.words(tokens, lex.keys());
        int n = tokens.length;
        this.word = new boolean[n];
        boolean[] skipped = text.skipped();
        this.keyHashes = new int[n];
        this.tailHashes = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens[i];
            word[i] = t.word() && !skipped[i] && !t.keyEmpty();
            keyHashes[i] = t.keyHash();
            if (t.keyProclitic()) tailHashes[i] = tailHash(t.key(), t.keyHash()); // the key read only then
        }
        this.at = new Mention[n];
        this.nisba = new String[n];
        this.cueOrHead = new byte[n];
        this.definiteCache = new byte[n];
        this.nameWord = new byte[n];
        this.speechCues = new org.khabar.lexicon.SpeechCue[n];
        this.speechKnown = new boolean[n];
        this.stopwordCache = new String[n];
    }

    private java.util.Map<String, Integer> counts;
    /** Per-token cache of {@link Names#isCueOrHead}: 0 unknown, 1 yes, 2 no. */
    final byte[] cueOrHead;
    /** Per-token cache of {@link #definite}: 0 unknown, 1 yes, 2 no. */
    private final byte[] definiteCache;
    /** Per-token cache of the word tests of {@link Names#nameToken}, one pair of bits (known, value) per {@code allowDefinite}. */
    final byte[] nameWord;
    /** Per-token cache of {@link Names#speechCue}, valid where {@code speechKnown}. */
    final org.khabar.lexicon.SpeechCue[] speechCues;
    final boolean[] speechKnown;
    private final String[] stopwordCache;
    private static final String NONE = "";

    int size() { return tokens.length; }

    /**
     * Per token, for {@link #count}: the hash code of its key, and that of its key without its first
     * character when that is one of the proclitics و ف ب ل (else 0). Filled with {@link #word} while
     * the keys are fresh in the caches: a count compares these ints and touches a token's key only
     * when a hash code agrees (a document asks for a handful of counts, too few to index its tokens).
     */
    private final int[] keyHashes;
    private final int[] tailHashes;

    /** How often a word key occurs, bare or after one proclitic و ف ب ل (counted once per key asked). */
    int count(String key) {
        if (key.isEmpty()) return 0;
        if (counts == null) counts = new java.util.HashMap<>();
        Integer known = counts.get(key);
        if (known != null) return known;
        int n = 0;
        int len = key.length();
        int h = key.hashCode();
        int[] keys = keyHashes, tails = tailHashes;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == h) {
                if (tokens[i].key().equals(key)) n++;
            } else if (tails[i] == h) {
                String k = tokens[i].key();
                if (k.length() == len + 1 && Clitics.isProclitic(k.charAt(0)) && k.startsWith(key, 1)) n++;
            }
        }
        counts.put(key, n);
        return n;
    }

    /** The hash code of {@code k.substring(1)} if {@code k} starts with a proclitic و ف ب ل, else 0; {@code h} is {@code k.hashCode()}. */
    static int tailHash(String k, int h) {
        int len = k.length();
        if (len < 2 || !Clitics.isProclitic(k.charAt(0))) return 0;
        return h - k.charAt(0) * power31(len - 1);
    }

    /** 31 to the power {@code n}, the first ones from a table. */
    private static final int[] POWERS_31 = new int[64];

    static {
        POWERS_31[0] = 1;
        for (int i = 1; i < POWERS_31.length; i++) POWERS_31[i] = POWERS_31[i - 1] * 31;
    }

    /** 31 to the power {@code n}, modulo 2^32 as in {@link String#hashCode}. */
    private static int power31(int n) {
        if (n < POWERS_31.length) return POWERS_31[n];
        int p = 1;
        for (int b = 31; n > 0; n >>= 1, b *= b) if ((n & 1) != 0) p *= b;
        return p;
    }

    Token tok(int i) { return tokens[i]; }

    boolean skipped(int i) { return text.skipped()[i]; }

    Mention mentionAt(int i) { return i >= 0 && i < at.length ? at[i] : null; }

    /** Adds a mention if its tokens are free; with {@code replace}, removes the mentions it fully covers. */
    boolean add(Mention m, boolean replace) {
        for (int i = m.first(); i < m.last(); i++) {
            Mention o = at[i];
            if (o == null) continue;
            boolean inside = o.first() >= m.first() && o.last() <= m.last();
            if (!replace || !inside || (o.last() - o.first()) >= (m.last() - m.first())) return false;
        }
        for (int i = m.first(); i < m.last(); i++) {
            Mention o = at[i];
            if (o != null) for (int k = o.first(); k < o.last(); k++) at[k] = null;
        }
        for (int i = m.first(); i < m.last(); i++) at[i] = m;
        mentions = null;
        return true;
    }

    void replace(Mention old, Mention now) {
        for (int i = old.first(); i < old.last(); i++) if (at[i] == old) at[i] = now;
        mentions = null;
    }

    /** {@link #mentions}, until the next {@link #add} or {@link #replace}. */
    private List<Mention> mentions;

    /** Every mention, in text order (unmodifiable; a later {@link #add} does not change it). */
    List<Mention> mentions() {
        if (mentions == null) mentions = java.util.Collections.unmodifiableList(collectMentions());
        return mentions;
    }

    private List<Mention> collectMentions() {
        List<Mention> out = new ArrayList<>();
        Mention prev = null;
        for (Mention m : at) {
            if (m != null && m != prev) out.add(m);
            prev = m;
        }
        for (int k = 1; k < out.size(); k++) { // in token order, so already in text order: sort only if not
            if (out.get(k - 1).start() > out.get(k).start()) {
                out.sort(Comparator.comparingInt(Mention::start));
                break;
            }
        }
        return out;
    }

    /** A mention over tokens {@code [first, last)} whose first token loses {@code stripped} key chars of clitics. */
    Mention mention(int first, int last, int stripped, org.khabar.graph.EntityType type, String id, String country, String via) {
        Token f = tok(first);
        int start = f.start() + Clitics.surfaceOffset(f.text(), stripped);
        if (start >= f.end()) start = f.start();
        int end = tok(last - 1).end();
        String surface = article.text().substring(start, end);
        StringBuilder key = new StringBuilder();
        for (int i = first; i < last; i++) {
            if (!tok(i).word()) continue;
            if (key.length() > 0) key.append(' ');
            key.append(i == first ? org.khabar.text.ArabicNormalizer.key(surface.substring(0, Math.min(surface.length(), f.end() - start))) : tok(i).key());
        }
        return new Mention(first, last, start, end, type, surface, key.toString(), id, country, via);
    }

    Sentence sentenceOf(int token) { return text.sentenceOf(token); }

    /** {@link DateResolver#published} of the article, parsed once (every date range asks). */
    private java.time.LocalDate published;
    private boolean publishedParsed;

    java.time.LocalDate published() {
        if (!publishedParsed) {
            published = DateResolver.published(article.published());
            publishedParsed = true;
        }
        return published;
    }

    /** The stopword class of a token, looking through proclitics («وفي» is «في»). */
    String stopword(int i) {
        String cached = stopwordCache[i];
        if (cached == null) {
            cached = computeStopword(i);
            stopwordCache[i] = cached == null ? NONE : cached;
        }
        return cached == NONE ? null : cached;
    }

    private String computeStopword(int i) {
        String c = lex.stopword(words.wordId(i));
        if (c != null) return c;
        String key = tok(i).key();
        for (int n = words.from(i) + 1; n < words.to(i); n++) {
            int stripped = words.stripped(n);
            if (stripped == 0 || stripped > 2) continue;
            c = lex.stopword(words.id(n));
            if (c == null) continue; // the cheap test first: most candidates are no stop word
            String cand = words.key(n);
            boolean conj = stripped == 1 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف');
            // «لبعض» is ل + بعض, but «بلان» is a name, not ب + لأن
            if (!conj && (cand.startsWith("ل") || cand.length() < 3 || stripped > 1)) continue;
            if (!cand.startsWith("ال")) return c;
        }
        return null;
    }

    boolean isPunct(int i, String p) { return i >= 0 && i < size() && tok(i).is(p); }

    /** A word token with a non-empty key (a run of tatweel or diacritics alone is not a word). */
    boolean isWord(int i) { return i >= 0 && i < word.length && word[i]; }

    /** True when the token (after optional و/ف) starts with the article ال. */
    boolean definite(int i) {
        byte c = definiteCache[i];
        if (c == 0) {
            c = computeDefinite(i) ? (byte) 1 : (byte) 2;
            definiteCache[i] = c;
        }
        return c == 1;
    }

    private boolean computeDefinite(int i) {
        String k = tok(i).key();
        if (k.startsWith("و") || k.startsWith("ف")) {
            // «فالتر», «والتر» are names, not ف/و + ال
            if (k.length() > 3 && k.startsWith("ال", 1)) return lex.gazetteer().givenName(words.wordId(i)) == null;
        }
        if ((k.startsWith("بال") || k.startsWith("كال")) && k.length() > 4) return lex.gazetteer().givenName(words.wordId(i)) == null;
        return k.startsWith("ال") || k.startsWith("لل");
    }
}
