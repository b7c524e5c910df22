package org.khabar.lexicon;

import java.util.Collection;
import org.khabar.text.Tokenizer;

/**
 * Every word key the lexicons know, numbered from 0: first and later words of all phrases, given
 * names, stop words, speech cues, organization adjectives. A document's tokens are looked up here
 * once ({@link Words}); after that every dictionary test is an array access by id. Immutable.
 *
 * <p>An open-addressing table (linear probing) of one int per slot: the key's id + 1 in the low
 * bits, the high bits of its hash code above them. A probe reads that one small array and compares
 * a key string, by id, only when the hash bits agree. Most words of an article are not in the
 * vocabulary, and their lookups stay within that array.
 */
public final class Vocabulary implements Tokenizer.KnownKeys {
    /** The id of a key no lexicon knows. */
    public static final int NONE = -1;

    /** The keys by id. */
    private final String[] keys;
    /** The characters of every key, key after key: key {@code id} is {@code chars[from[id], from[id + 1])}. */
    private final char[] chars;
    private final int[] from;
    /** Per slot: {@code (hash & ~idMask) | (id + 1)}, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;
    /** The low bits of a slot that hold the id + 1. */
    private final int idMask;
    /**
     * One bit per {@link #filterBit} of every key's hash code: a key whose bit is clear is no key
     * here, answered from this small array (8 KB, which stays in the processor's caches) without a
     * probe of {@link #slots}. Most words of an article are unknown, and most of them stop here.
     */
    private final long[] filter = new long[1 << 10];

    private Vocabulary(String[] keys) {
        this.keys = keys;
        this.from = new int[keys.length + 1];
        for (int id = 0; id < keys.length; id++) from[id + 1] = from[id] + keys[id].length();
        this.chars = new char[from[keys.length]];
        for (int id = 0; id < keys.length; id++) keys[id].getChars(0, keys[id].length(), chars, from[id]);
        this.idMask = (Integer.highestOneBit(keys.length + 1) << 1) - 1;
        // at most half full: short probes in a table that stays in the processor's caches
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 2)) << 1;
        this.slots = new int[cap];
        this.mask = cap - 1;
        for (int id = 0; id < keys.length; id++) {
            int h = keys[id].hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = (h & ~idMask) | (id + 1);
            int b = filterBit(h);
            filter[b >>> 6] |= 1L << b;
        }
    }

    /** The bit of a hash code in {@link #filter}: 16 bits of a multiplicative hash, independent of the slot. */
    private static int filterBit(int hash) { return (hash * 0x9E3779B9) >>> 16; }

    /** False when no key has this hash code's filter bit: the key is surely unknown. */
    private boolean mayHave(int hash) {
        int b = filterBit(hash);
        return (filter[b >>> 6] & 1L << b) != 0;
    }

    static Vocabulary of(Collection<String> words) {
        java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>(words); // ids in order of first appearance
        return new Vocabulary(distinct.toArray(new String[0]));
    }

    /** The id of a word key, or {@link #NONE}. */
    public int id(String key) { return id(key, key.hashCode()); }

    /** {@link #id(String)} given the key's {@link String#hashCode} (the tokenizer computes it while folding the key). */
    public int id(String key, int hash) { return id(key, 0, false, hash); }

    /** {@link #id(String)} of the key {@code b[0, n)} whose hash code is {@code hash}: the tokenizer asks before it makes a key string. */
    @Override
    public int id(char[] b, int n, int hash) {
        if (!mayHave(hash)) return NONE;
        int i = (hash ^ (hash >>> 16)) & mask;
        int tag = hash & ~idMask;
        for (int e = slots[i]; e != 0; e = slots[i]) {
            if ((e & ~idMask) == tag) {
                int id = (e & idMask) - 1;
                if (from[id + 1] - from[id] == n && java.util.Arrays.equals(chars, from[id], from[id + 1], b, 0, n)) return id;
            }
            i = (i + 1) & mask;
        }
        return NONE;
    }

    /** The key with id {@code id}. */
    @Override
    public String key(int id) { return keys[id]; }

    /**
     * {@link #id(String)} of {@code key.substring(from)}, with «ال» in front when {@code article},
     * given its {@link String#hashCode}: without cutting the string ({@link Words}' stripped candidates).
     */
    int id(String key, int from, boolean article, int hash) {
        if (!mayHave(hash)) return NONE;
        int len = key.length() - from + (article ? 2 : 0);
        int i = (hash ^ (hash >>> 16)) & mask;
        int tag = hash & ~idMask;
        for (int e = slots[i]; e != 0; e = slots[i]) {
            if ((e & ~idMask) == tag) {
                String k = keys[(e & idMask) - 1];
                if (k.length() == len && (article
                        ? k.charAt(0) == 'ا' && k.charAt(1) == 'ل' && k.regionMatches(2, key, from, len - 2)
                        : k.regionMatches(0, key, from, len))) return (e & idMask) - 1;
            }
            i = (i + 1) & mask;
        }
        return NONE;
    }

    public int size() { return keys.length; }
}
