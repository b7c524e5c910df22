package org.khabar.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.Clitics;
import org.khabar.text.Token;

/**
 * Multi-word dictionary over token keys with longest match; proclitics are tried on the first
 * word only and accepted only on a hit.
 *
 * @param <T> the value stored for a phrase
 */
public final class PhraseIndex<T> {
    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private int size;

    private record Entry<T>(String[] keys, T value) {}

    /** A hit: tokens {@code [first, last)}, how many key characters of the first token are clitics. */
    public record Match<T>(int first, int last, int stripped, T value) {}

    /** Adds a phrase (words separated by spaces); the first value added for a phrase wins. */
    public void add(String phrase, T value) {
        String k = ArabicNormalizer.key(phrase.replace('-', ' '));
        if (k.isEmpty()) return;
        String[] keys = k.split(" ");
        List<Entry<T>> list = byFirst.computeIfAbsent(keys[0], x -> new ArrayList<>(1));
        for (Entry<T> e : list) if (java.util.Arrays.equals(e.keys, keys)) return;
        list.add(new Entry<>(keys, value));
        list.sort((a, b) -> b.keys.length - a.keys.length);
        size++;
    }

    public int size() { return size; }

    /** True when the single key is a one-word phrase. */
    public T get(String key) {
        List<Entry<T>> l = byFirst.get(key);
        if (l == null) return null;
        for (Entry<T> e : l) if (e.keys.length == 1) return e.value;
        return null;
    }

    /** The longest phrase starting at token {@code i} (word tokens only, punctuation breaks a phrase). */
    public Match<T> match(List<Token> tokens, int i, boolean clitics) {
        Token t = tokens.get(i);
        if (!t.word()) return null;
        Match<T> best = null;
        List<Clitics.Candidate> cands = clitics ? Clitics.candidates(t.key()) : List.of(new Clitics.Candidate(t.key(), 0));
        for (Clitics.Candidate c : cands) {
            List<Entry<T>> list = byFirst.get(c.key());
            if (list == null) continue;
            for (Entry<T> e : list) {
                int n = e.keys.length;
                if (best != null && n <= best.last() - best.first()) break;
                if (matchesRest(tokens, i, e.keys)) {
                    best = new Match<>(i, i + n, c.stripped(), e.value);
                    break;
                }
            }
            if (best != null && c.stripped() == 0) break;
        }
        return best;
    }

    private static boolean matchesRest(List<Token> tokens, int i, String[] keys) {
        if (i + keys.length > tokens.size()) return false;
        for (int k = 1; k < keys.length; k++) {
            Token t = tokens.get(i + k);
            if (!t.word() || !t.key().equals(keys[k])) return false;
        }
        return true;
    }
}
