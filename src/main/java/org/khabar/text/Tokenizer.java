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

    public static List<Token> tokenize(String text) { return scan(text).tokens(); }

    static Scan scan(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        byte[] breaks = new byte[text.length() / 2 + 4];
        byte pending = 0;
        char[] buf = new char[64]; // scratch for the word keys
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ') { // the most common gap
                i++;
                continue;
            }
            if (!isWordChar(c) && (Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicNormalizer.isIgnorable(c))) {
                if (c == '\n' || c == '\r') pending |= NEWLINE;
                else if (c == '\u2029') pending |= PARAGRAPH;
                i++;
                continue;
            }
            if (out.size() == breaks.length) breaks = java.util.Arrays.copyOf(breaks, breaks.length * 2);
            breaks[out.size()] = pending;
            pending = 0;
            if (isWordChar(c)) {
                int s = i;
                while (i < n && (isWordChar(text.charAt(i)) || ArabicNormalizer.isIgnorable(text.charAt(i))
                        || isInnerDot(text, i))) i++;
                if (i - s > buf.length) buf = new char[Math.max(i - s, buf.length * 2)];
                out.add(Token.word(text, out.size(), s, i, ArabicNormalizer.wordKey(text, s, i, buf)));
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

    /** One string per punctuation character below U+0800 (Latin, Arabic), shared by all tokens. */
    private static final String[] PUNCTUATION = new String[0x800];

    /** The string of a one-character punctuation token; filled on first use (a race only makes an equal string twice). */
    private static String punctuation(char c) {
        if (c >= PUNCTUATION.length) return String.valueOf(c);
        String p = PUNCTUATION[c];
        if (p == null) {
            p = String.valueOf(c);
            PUNCTUATION[c] = p;
        }
        return p;
    }

    static boolean isWordChar(char c) {
        return ArabicNormalizer.isArabicLetter(c) || Character.isLetterOrDigit(c);
    }

    /** A dot or comma between two digits (19.40, 1,000) stays inside the number. */
    private static boolean isInnerDot(String t, int i) {
        char c = t.charAt(i);
        return (c == '.' || c == ',' || c == '٫') && i > 0 && i + 1 < t.length()
                && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
    }
}
