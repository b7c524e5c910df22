package org.khabar.text;

import java.util.Objects;

/**
 * One token of the original text: its position, its matching key, and its characters as
 * written. Immutable in what it shows.
 *
 * <p>The tokenizer keeps a word's characters as a span of the article and cuts them out only when
 * {@link #text()} is first asked: most words are only ever looked up by {@link #key()}, and on
 * JDK 17 every substring of Arabic text also allocates a trial Latin-1 copy. The cut text is
 * remembered; a race between threads can only cut it twice (strings are immutable).
 */
public final class Token {
    private final int index;
    private final int start;
    private final int end;
    private final String key;
    /** {@link String#hashCode} of {@link #key}. */
    private final int keyHash;
    /** The number {@link Tokenizer.KnownKeys} gave the key, or -1. */
    private final int keyId;
    private final boolean word;
    /** {@link #keyEmpty}, {@link #keyMayStrip}, {@link #keyProclitic} as bits, from the key's length and first character. */
    private final byte keyForm;
    /** Bits of {@link #keyForm}. */
    private static final byte EMPTY = 1, MAY_STRIP = 2, PROCLITIC = 4;
    /** The text the token was cut from, until {@link #text} has been cut out of it. */
    private final String source;
    private String text;

    /**
     * @param index position in the token list
     * @param start offset of the first character in the original text
     * @param end   offset after the last character
     * @param text  the characters as written
     * @param key   the matching key ({@link ArabicNormalizer#key})
     * @param word  true for a word (letters or digits), false for punctuation
     */
    public Token(int index, int start, int end, String text, String key, boolean word) {
        this(index, start, end, null, Objects.requireNonNull(text, "text"), key, key.hashCode(), -1, word, keyForm(key));
    }

    private Token(int index, int start, int end, String source, String text, String key, int keyHash, int keyId, boolean word,
                  byte keyForm) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.source = source;
        this.text = text;
        this.key = Objects.requireNonNull(key, "key");
        this.keyHash = keyHash;
        this.keyId = keyId;
        this.word = word;
        this.keyForm = keyForm;
    }

    /**
     * A word token of {@code source[start, end)} whose text is cut out on first use; {@code keyHash} is
     * {@code key.hashCode()}, {@code keyForm} is {@link #keyForm(char, int)} of its first character and length.
     */
    static Token word(String source, int index, int start, int end, String key, int keyHash, int keyId, byte keyForm) {
        return new Token(index, start, end, source, null, key, keyHash, keyId, true, keyForm);
    }

    /** The {@link #keyForm} bits of a key. */
    static byte keyForm(String key) { return key.isEmpty() ? EMPTY : keyForm(key.charAt(0), key.length()); }

    /** The {@link #keyForm} bits of a key of {@code length} characters that starts with {@code first}. */
    static byte keyForm(char first, int length) {
        if (length == 0) return EMPTY;
        int form = 0;
        if (length >= 2 && Clitics.isProclitic(first)) form |= PROCLITIC;
        if (Clitics.mayStrip(first, length)) form |= MAY_STRIP;
        return (byte) form;
    }

    public int index() { return index; }
    public int start() { return start; }
    public int end() { return end; }
    public String key() { return key; }
    /** {@link String#hashCode} of {@link #key}, computed when the key was made. */
    public int keyHash() { return keyHash; }
    /**
     * The number of the key in the {@link Tokenizer.KnownKeys} the text was tokenized with (whose
     * string {@link #key} then is), or -1: unknown to it, or tokenized without one.
     */
    public int keyId() { return keyId; }
    public boolean word() { return word; }

    /*
     * What the per-token passes ask of the key's length and first character, answered without
     * reading the key string (a known word's key is the vocabulary's, far in memory).
     */

    /** {@code key().isEmpty()}. */
    public boolean keyEmpty() { return (keyForm & EMPTY) != 0; }

    /** {@link Clitics#mayStrip} of the key: at least three characters, the first one of و ف ب ل ك. */
    public boolean keyMayStrip() { return (keyForm & MAY_STRIP) != 0; }

    /** At least two key characters, the first one of the proclitics و ف ب ل. */
    public boolean keyProclitic() { return (keyForm & PROCLITIC) != 0; }

    /** The characters as written. */
    public String text() {
        String t = text;
        if (t == null) {
            t = source.substring(start, end);
            text = t;
        }
        return t;
    }

    public boolean is(String punct) { return !word && text().equals(punct); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && index == t.index && start == t.start && end == t.end && word == t.word
                && key.equals(t.key) && text().equals(t.text());
    }

    @Override
    public int hashCode() { return Objects.hash(index, start, end, text(), key, word); }

    @Override
    public String toString() {
        return "Token[index=" + index + ", start=" + start + ", end=" + end + ", text=" + text() + ", key=" + key
                + ", word=" + word + "]";
    }
}
