package org.khabar.lexicon;

import java.util.Collection;

/**
 * Every word key the lexicons know, numbered from 0: first and later words of all phrases, given
 * names, stop words, speech cues, organization adjectives. A document's tokens are looked up here
 * once ({@link Words}); after that every dictionary test is an array access by id. Immutable.
 *
 * <p>An open-addressing table (linear probing) whose probes read one int array of (hash code, id)
 * pairs: a key is compared, and its string touched, only when the hash codes agree. Most words of
 * an article are not in the vocabulary, and their lookups stay within that array.
 */
public final class Vocabulary {
    /** The id of a key no lexicon knows. */
    public static final int NONE = -1;

    private final String[] keys;
    /** Per slot: the key's hash code at {@code 2 * slot}, its id + 1 at {@code 2 * slot + 1} (0 for an empty slot). */
    private final int[] slots;
    private final int mask;
    private final int size;

    private Vocabulary(String[] keys, int[] ids, int size) {
        this.keys = keys;
        this.slots = new int[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) continue;
            slots[2 * i] = keys[i].hashCode();
            slots[2 * i + 1] = ids[i] + 1;
        }
        this.mask = keys.length - 1;
        this.size = size;
    }

    static Vocabulary of(Collection<String> words) {
        // a small table (load factor 1/4 to 1/2 of the distinct words) stays in the processor's caches
        int cap = Integer.highestOneBit(Math.max(16, new java.util.HashSet<>(words).size() * 2)) << 1;
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
        int h = key.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        for (int id = slots[2 * i + 1]; id != 0; id = slots[2 * i + 1]) {
            if (slots[2 * i] == h && keys[i].equals(key)) return id - 1;
            i = (i + 1) & mask;
        }
        return NONE;
    }

    /**
     * {@link #id(String)} of {@code key.substring(from)}, with «ال» in front when {@code article},
     * given its {@link String#hashCode}: without cutting the string ({@link Words}' stripped candidates).
     */
    int id(String key, int from, boolean article, int hash) {
        int len = key.length() - from + (article ? 2 : 0);
        int i = (hash ^ (hash >>> 16)) & mask;
        for (int id = slots[2 * i + 1]; id != 0; id = slots[2 * i + 1]) {
            if (slots[2 * i] == hash) {
                String k = keys[i];
                if (k.length() == len && (article
                        ? k.charAt(0) == 'ا' && k.charAt(1) == 'ل' && k.regionMatches(2, key, from, len - 2)
                        : k.regionMatches(0, key, from, len))) return id - 1;
            }
            i = (i + 1) & mask;
        }
        return NONE;
    }

    public int size() { return size; }
}
