package org.khabar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens (letters, digits, diacritics, tatweel and joiners stay inside the
 * word) and one-character punctuation tokens; whitespace is dropped. Offsets refer to the input.
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int s = i;
                while (i < n && (isWordChar(text.charAt(i)) || ArabicNormalizer.isIgnorable(text.charAt(i))
                        || isInnerDot(text, i))) i++;
                String w = text.substring(s, i);
                out.add(new Token(out.size(), s, i, w, ArabicNormalizer.wordKey(text, s, i), true));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicNormalizer.isIgnorable(c)) {
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                out.add(new Token(out.size(), i, i + 2, text.substring(i, i + 2), text.substring(i, i + 2), false));
                i += 2;
            } else {
                String p = String.valueOf(c);
                out.add(new Token(out.size(), i, i + 1, p, p, false));
                i++;
            }
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || ArabicNormalizer.isArabicLetter(c);
    }

    /** A dot or comma between two digits (19.40, 1,000) stays inside the number. */
    private static boolean isInnerDot(String t, int i) {
        char c = t.charAt(i);
        return (c == '.' || c == ',' || c == '٫') && i > 0 && i + 1 < t.length()
                && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
    }
}
