package org.khabar.lexicon;

import java.util.Collection;

/**
 * Every word key the lexicons know, numbered from 0: first and later words of all phrases, given
 * names, stop words, speech cues, organization adjectives. A document's tokens are looked up here
 * once ({@link Words}); after that every dictionary test is an array access by id. Immutable.
 *
 * <p>An open-addressing table (keys and ids in two arrays, linear probing): one hash and usually
 * one string comparison per lookup.
 */
public final class Vocabulary {
    /** The id of a key no lexicon knows. */
    public static final int NONE = -1;

    private final String[] keys;
    private final int[] ids;
    private final int mask;
    private final int size;

    private Vocabulary(String[] keys, int[] ids, int size) {
        this.keys = keys;
        this.ids = ids;
        this.mask = keys.length - 1;
        this.size = size;
    }

    static Vocabulary of(Collection<String> words) {
        int cap = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
        String[] keys = new String[cap];
        int[] ids = new int[cap];
        int n = 0;
        for (String w : words) {
            int slot = slot(w, cap - 1, keys);
            if (keys[slot] != null) continue;
            keys[slot] = w;
            ids[slot] = n++;
        }
        return new Vocabulary(keys, ids, n);
    }

    /** The slot of {@code key}, or the empty slot where it would go. */
    private static int slot(String key, int mask, String[] keys) {
        int h = key.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (keys[i] != null && !keys[i].equals(key)) i = (i + 1) & mask;
        return i;
    }

    /** The id of a word key, or {@link #NONE}. */
    public int id(String key) {
        int i = slot(key, mask, keys);
        return keys[i] == null ? NONE : ids[i];
    }

    /**
     * {@link #id(String)} of {@code key.substring(from)}, with «ال» in front when {@code article},
     * given its {@link String#hashCode}: without cutting the string ({@link Words}' stripped candidates).
     */
    int id(String key, int from, boolean article, int hash) {
        int len = key.length() - from + (article ? 2 : 0);
        int i = (hash ^ (hash >>> 16)) & mask;
        for (String k = keys[i]; k != null; k = keys[i]) {
            if (k.hashCode() == hash && k.length() == len && (article
                    ? k.charAt(0) == 'ا' && k.charAt(1) == 'ل' && k.regionMatches(2, key, from, len - 2)
                    : k.regionMatches(0, key, from, len))) return ids[i];
            i = (i + 1) & mask;
        }
        return NONE;
    }

    public int size() { return size; }
}
