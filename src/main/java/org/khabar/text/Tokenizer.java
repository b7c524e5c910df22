package org.khabar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens (letters, digits, diacritics, tatweel and joiners stay inside the
 * word) and one-character punctuation tokens; whitespace is dropped. Offsets refer to the input.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /** A line feed or carriage return in the gap before a token. */
    static final byte NEWLINE = 1;
    /** A paragraph separator (U+2029) in the gap before a token. */
    static final byte PARAGRAPH = 2;

    /**
     * The tokens and, for each, the line breaks ({@link #NEWLINE}, {@link #PARAGRAPH}) among the
     * characters skipped before it (since the previous token, or the start of the text).
     */
    record Scan(List<Token> tokens, byte[] breaks) {}

    /**
     * Word keys known in advance (a lexicon's vocabulary): a word whose key is known gets that
     * key's own string and number ({@link Token#keyId}) instead of a new string. Every word token
     * is looked up, so a word with {@code keyId} -1 is one the table does not know.
     */
    public interface KnownKeys {
        /** The number of the key {@code b[0, n)}, whose {@link String#hashCode} is {@code hash}, or -1. */
        int id(char[] b, int n, int hash);

        /** The key string of a number that {@link #id} returned. */
        String key(int id);
    }

    public static List<Token> tokenize(String text) { return scan(text, null).tokens(); }

    /** {@link #tokenize} with the key strings of {@code known} for the words whose keys it knows. */
    public static List<Token> tokenize(String text, KnownKeys known) { return scan(text, known).tokens(); }

    static Scan scan(String text, KnownKeys known) {
        int n = text.length();
        char[] cs = new char[n];
        text.getChars(0, n, cs, 0);
        List<Token> out = new ArrayList<>(n / 5 + 4);
        byte[] breaks = new byte[n / 2 + 4];
        byte pending = 0;
        char[] buf = new char[64]; // scratch for the word keys
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (c == ' ') { // the most common gap
                i++;
                continue;
            }
            int k = kind(c);
            if ((k & WORD) == 0 && (k & (SPACE | IGNORABLE)) != 0) {
                if (c == '\n' || c == '\r') pending |= NEWLINE;
                else if (c == '\u2029') pending |= PARAGRAPH;
                i++;
                continue;
            }
            if (out.size() == breaks.length) breaks = java.util.Arrays.copyOf(breaks, breaks.length * 2);
            breaks[out.size()] = pending;
            pending = 0;
            if ((k & WORD) != 0) {
                int s = i;
                while (i < n && ((kind(cs[i]) & (WORD | IGNORABLE)) != 0 || isInnerDot(cs, i))) i++;
                if (i - s > buf.length) buf = new char[Math.max(i - s, buf.length * 2)];
                int len = ArabicNormalizer.wordKey(cs, s, i, buf);
                String key;
                int hash = 0;
                int id = -1;
                byte form;
                if (len >= 0) {
                    for (int x = 0; x < len; x++) hash = 31 * hash + buf[x]; // as String.hashCode, without the string's bytes
                    if (known != null) id = known.id(buf, len, hash);
                    key = id >= 0 ? known.key(id) : new String(buf, 0, len);
                    form = Token.keyForm(len > 0 ? buf[0] : 0, len);
                } else {
                    key = ArabicNormalizer.key(text.subSequence(s, i));
                    hash = key.hashCode();
                    if (known != null) id = known.id(key.toCharArray(), key.length(), hash);
                    if (id >= 0) key = known.key(id);
                    form = Token.keyForm(key);
                }
                out.add(Token.word(text, out.size(), s, i, key, hash, id, form));
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                out.add(new Token(out.size(), i, i + 2, text.substring(i, i + 2), text.substring(i, i + 2), false));
                i += 2;
            } else {
                String p = punctuation(c);
                out.add(new Token(out.size(), i, i + 1, p, p, false));
                i++;
            }
        }
        return new Scan(out, breaks);
    }

    /** Bits of {@link #kind}: a word character ({@link #isWordChar}), an ignorable mark, whitespace or a space character. */
    private static final int WORD = 1, IGNORABLE = 2, SPACE = 4;
    /** {@link #kind} of the characters below U+0800 (Latin, Arabic), computed once. */
    private static final byte[] KINDS = new byte[0x800];

    static {
        for (char c = 0; c < KINDS.length; c++) KINDS[c] = (byte) computeKind(c);
    }

    private static int kind(char c) { return c < KINDS.length ? KINDS[c] : computeKind(c); }

    private static int computeKind(char c) {
        return (isWordChar(c) ? WORD : 0) | (ArabicNormalizer.isIgnorable(c) ? IGNORABLE : 0)
                | (Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0);
    }

    /** One string per punctuation character below U+0800 (Latin, Arabic), shared by all tokens. */
    private static final String[] PUNCTUATION = new String[0x800];

    /** One string per punctuation character of the General Punctuation block U+2000–U+206F (“ ” … –). */
    private static final String[] GENERAL_PUNCTUATION = new String[0x70];

    /** The string of a one-character punctuation token; filled on first use (a race only makes an equal string twice). */
    private static String punctuation(char c) {
        String[] table = PUNCTUATION;
        int at = c;
        if (c >= PUNCTUATION.length) {
            if (c < 0x2000 || c >= 0x2070) return String.valueOf(c);
            table = GENERAL_PUNCTUATION;
            at = c - 0x2000;
        }
        String p = table[at];
        if (p == null) {
            p = String.valueOf(c);
            table[at] = p;
        }
        return p;
    }

    static boolean isWordChar(char c) {
        return ArabicNormalizer.isArabicLetter(c) || Character.isLetterOrDigit(c);
    }

    /** A dot or comma between two digits (19.40, 1,000) stays inside the number. */
    private static boolean isInnerDot(char[] t, int i) {
        char c = t[i];
        return (c == '.' || c == ',' || c == '٫') && i > 0 && i + 1 < t.length
                && Character.isDigit(t[i - 1]) && Character.isDigit(t[i + 1]);
    }
}
