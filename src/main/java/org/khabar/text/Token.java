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
        this(index, start, end, null, Objects.requireNonNull(text, "text"), key, key.hashCode(), -1, word);
    }

    private Token(int index, int start, int end, String source, String text, String key, int keyHash, int keyId, boolean word) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.source = source;
        this.text = text;
        this.key = Objects.requireNonNull(key, "key");
        this.keyHash = keyHash;
        this.keyId = keyId;
        this.word = word;
    }

    /** A word token of {@code source[start, end)} whose text is cut out on first use; {@code keyHash} is {@code key.hashCode()}. */
    static Token word(String source, int index, int start, int end, String key, int keyHash, int keyId) {
        return new Token(index, start, end, source, null, key, keyHash, keyId, true);
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
