package org.khabar.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.text.ArabicNormalizer;

/**
 * Multi-word dictionary over token keys with longest match; proclitics are tried on the first
 * word only and accepted only on a hit. The lexicon's own indexes are compiled against its
 * {@link Vocabulary}: a lookup is then an array access by word id instead of a hash of strings.
 *
 * @param <T> the value stored for a phrase
 */
public final class PhraseIndex<T> {
    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private int size;
    /** Entries by the id of their first word, longest first; null until compiled (and after a later add). */
    private Row<T>[] byFirstId;
    /**
     * This index's bit in the lexicon's start masks ({@link Words#starts}), 0 when it has none: a
     * token whose mask lacks the bit starts no phrase here, so {@link #match} answers without
     * looking at the candidates (most tokens start no phrase of most indexes).
     */
    private int bit;
    /**
     * A 512-bit filter of the first words' hash codes, for indexes never compiled (the per-document
     * ones): most tokens fail it and skip the map lookup. Word keys cache their hash codes.
     */
    private final long[] firstHashes = new long[8];

    private record Entry<T>(String[] keys, int[] ids, T value) {}

    /**
     * The phrases that start with one word, longest first. {@code seconds} has bit {@code id % 64}
     * of every second word; the phrases of two words or more are also grouped by the id of their
     * second word ({@code secondIds}, sorted, and {@code groups}, each longest first), and the
     * one-word phrases start at {@code singles}: only the phrases whose second word is the next
     * token's can match («جامعة» starts dozens of university names, «الأمير» hundreds of names).
     */
    private record Row<T>(Entry<T>[] entries, long seconds, int singles, int[] secondIds, Entry<T>[][] groups) {
        /** The first phrase in row order longer than {@code bestLen} tokens that matches at token {@code i}, or null. */
        Entry<T> longest(Words w, int i, int bestLen) {
            Entry<T>[] g = group(w, i);
            if (g != null) {
                for (Entry<T> e : g) {
                    if (e.keys.length <= bestLen) return null;
                    if (matchesRest(w, i, e)) return e;
                }
            }
            return singles < entries.length && bestLen < 1 ? entries[singles] : null;
        }

        private Entry<T>[] group(Words w, int i) {
            int t = i + 1;
            if (t >= w.size() || !w.word(t)) return null;
            int id = w.wordId(t);
            if (id < 0 || (seconds & 1L << id) == 0) return null;
            int at = java.util.Arrays.binarySearch(secondIds, id);
            return at < 0 ? null : groups[at];
        }
    }

    /** A hit: tokens {@code [first, last)}, how many key characters of the first token are clitics. */
    public record Match<T>(int first, int last, int stripped, T value) {}

    /** Adds a phrase (words separated by spaces); the first value added for a phrase wins. */
    public void add(String phrase, T value) {
        String k = ArabicNormalizer.key(phrase.replace('-', ' '));
        if (k.isEmpty()) return;
        String[] keys = k.split(" ");
        List<Entry<T>> list = byFirst.computeIfAbsent(keys[0], x -> new ArrayList<>(1));
        for (Entry<T> e : list) if (java.util.Arrays.equals(e.keys, keys)) return;
        list.add(new Entry<>(keys, null, value));
        int h = keys[0].hashCode();
        firstHashes[(h >>> 6) & 7] |= 1L << h;
        list.sort((a, b) -> b.keys.length - a.keys.length);
        size++;
        byFirstId = null;
        bit = 0;
    }

    public int size() { return size; }

    /** True when the single key is a one-word phrase. */
    public T get(String key) {
        List<Entry<T>> l = byFirst.get(key);
        if (l == null) return null;
        for (Entry<T> e : l) if (e.keys.length == 1) return e.value;
        return null;
    }

    /** Every word of every phrase, for the vocabulary. */
    void collectWords(java.util.Collection<String> out) {
        for (List<Entry<T>> l : byFirst.values()) for (Entry<T> e : l) out.addAll(List.of(e.keys));
    }

    /**
     * Lookups by word id from now on; {@code v} must know every word of every phrase. Sets
     * {@code bit} in {@code starts[id]} for the id of every first word, and {@link #match} trusts
     * the masks that {@link Words} computes from {@code starts} (until a later {@link #add}).
     */
    @SuppressWarnings("unchecked")
    void compile(Vocabulary v, int bit, int[] starts) {
        Row<T>[] table = new Row[v.size()];
        for (Map.Entry<String, List<Entry<T>>> first : byFirst.entrySet()) {
            List<Entry<T>> l = first.getValue();
            Entry<T>[] row = new Entry[l.size()];
            long seconds = 0;
            int singles = row.length;
            java.util.TreeMap<Integer, List<Entry<T>>> bySecond = new java.util.TreeMap<>();
            for (int n = 0; n < row.length; n++) {
                Entry<T> e = l.get(n);
                int[] ids = new int[e.keys.length];
                for (int k = 0; k < ids.length; k++) ids[k] = v.id(e.keys[k]);
                row[n] = new Entry<>(e.keys, ids, e.value);
                if (ids.length > 1) {
                    seconds |= 1L << ids[1];
                    bySecond.computeIfAbsent(ids[1], x -> new ArrayList<>()).add(row[n]);
                } else {
                    singles = Math.min(singles, n);
                }
            }
            int[] secondIds = new int[bySecond.size()];
            Entry<T>[][] groups = new Entry[bySecond.size()][];
            int g = 0;
            for (Map.Entry<Integer, List<Entry<T>>> e : bySecond.entrySet()) {
                secondIds[g] = e.getKey();
                groups[g++] = e.getValue().toArray(new Entry[0]);
            }
            int id = v.id(first.getKey());
            table[id] = new Row<>(row, seconds, singles, secondIds, groups);
            starts[id] |= bit;
        }
        byFirstId = table;
        this.bit = bit;
    }

    /**
     * The first token of {@code [from, to)} at which {@link #match} may find a phrase, or {@code to}
     * (or {@code from} when past it): the tokens jumped over start no phrase here, their start
     * masks lack this index's bit. Without a bit (never compiled, or added to since) every token may.
     */
    public int nextStart(Words w, int from, int to, boolean clitics) {
        return bit == 0 ? from : w.nextStart(bit, from, to, clitics);
    }

    /** The longest phrase starting at token {@code i} (word tokens only, punctuation breaks a phrase). */
    public Match<T> match(Words w, int i, boolean clitics) {
        if (bit != 0 && (w.starts(i, clitics) & bit) == 0) return null; // the mask first: most tokens start nothing here
        if (!w.word(i)) return null;
        Row<T>[] table = byFirstId;
        Match<T> best = null;
        int to = clitics ? w.to(i) : w.from(i) + 1;
        for (int c = w.from(i); c < to; c++) {
            if (table != null) {
                int id = w.id(c);
                Row<T> r = id < 0 ? null : table[id];
                if (r == null) continue;
                Entry<T> e = r.longest(w, i, best == null ? 0 : best.last() - best.first());
                if (e != null) best = new Match<>(i, i + e.keys.length, w.stripped(c), e.value);
            } else {
                int h = w.hash(c);
                if ((firstHashes[(h >>> 6) & 7] & 1L << h) == 0) continue;
                List<Entry<T>> list = byFirst.get(w.key(c));
                if (list == null) continue;
                for (Entry<T> e : list) {
                    int len = e.keys.length;
                    if (best != null && len <= best.last() - best.first()) break;
                    if (matchesRest(w, i, e)) {
                        best = new Match<>(i, i + len, w.stripped(c), e.value);
                        break;
                    }
                }
            }
            if (best != null && w.stripped(c) == 0) break;
        }
        return best;
    }

    private static boolean matchesRest(Words w, int i, Entry<?> e) {
        int n = e.keys.length;
        if (i + n > w.size()) return false;
        for (int k = 1; k < n; k++) {
            int t = i + k;
            if (!w.word(t)) return false;
            if (e.ids != null ? w.wordId(t) != e.ids[k] : !w.key(w.from(t)).equals(e.keys[k])) return false;
        }
        return true;
    }
}
