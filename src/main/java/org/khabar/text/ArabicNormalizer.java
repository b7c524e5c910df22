package org.khabar.text;

/**
 * Matching keys for Arabic words: the same key for the spelling variants found in real news.
 *
 * <pre>{@code
 * ArabicNormalizer.key("سوريّة") == ArabicNormalizer.key("سوريا")      // "سوريا"
 * ArabicNormalizer.key("سيرغي")  == ArabicNormalizer.key("سيرجي")
 * }</pre>
 *
 * <p>Folds the hamza forms of alef (أ إ آ ٱ → ا), ؤ → و, ئ → ي, alef maqsura → ya, ta marbuta →
 * ha, removes diacritics, tatweel and invisible format characters, folds the foreign g (غ ج گ
 * → غ), a doubled ya, and the final «ية/يه/يا» of nisba-like endings to «يا». Like Lucene's
 * {@code ArabicNormalizer} plus the news variants. Keys are for lookup only, never shown.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {}

    /** True for characters dropped from keys: harakat, tatweel, superscript alef, Quranic marks, ZW(N)J, bidi marks. */
    public static boolean isIgnorable(char c) {
        if (c < '\u0610' || c >= '\u0621' && c <= '\u063F' || c >= '\u0641' && c <= '\u064A') return false; // most text
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED')
                || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    /** The character-level normalization (no ending rules): what the scorer and Lucene fold. */
    public static String fold(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isIgnorable(c)) continue;
            b.append(foldChar(c));
        }
        return b.toString();
    }

    private static final char ARABIC_BLOCK = '\u0600';
    /** {@link #foldChar} of each character of the Arabic block U+0600–U+06FF, 0 where it is {@link #isIgnorable}. */
    private static final char[] ARABIC_FOLDED = new char[0x100];

    static {
        for (int i = 0; i < ARABIC_FOLDED.length; i++) {
            char c = (char) (ARABIC_BLOCK + i);
            ARABIC_FOLDED[i] = isIgnorable(c) ? 0 : foldChar(c);
        }
    }

    private static char foldChar(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ': return 'ا';
            case 'ى', 'ی', 'ئ', 'ي': return 'ي';
            case 'ة', 'ۀ', 'ە': return 'ه';
            case 'ؤ': return 'و';
            case 'ج', 'گ', 'ڠ', 'ڨ': return 'غ';
            case 'ک': return 'ك';
            default:
                if (c >= '٠' && c <= '٩') return (char) ('0' + (c - '٠'));
                if (c >= '۰' && c <= '۹') return (char) ('0' + (c - '۰'));
                return c;
        }
    }

    /** The matching key of one word (or a phrase: spaces are kept, runs collapsed). */
    public static String key(CharSequence word) {
        return wordKey(word, 0, word.length()); // one pass; a phrase with white space goes the general way
    }

    /** {@link #key} the general way: fold, then collapse white space and apply the word-end rules word by word. */
    static String phraseKey(CharSequence word) {
        String f = fold(word);
        StringBuilder b = new StringBuilder(f.length());
        int wordStart = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    endWord(b, wordStart);
                    b.append(' ');
                }
                wordStart = b.length();
                continue;
            }
            // doubled ya collapses (ماتفيينكو = ماتفينكو)
            if (c == 'ي' && b.length() > wordStart && b.charAt(b.length() - 1) == 'ي') continue;
            b.append(c);
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
        else endWord(b, wordStart);
        return b.toString();
    }

    /**
     * {@link #key} of the word {@code s[from, to)}, in one pass and without copying it first (the
     * tokenizer's path). Text with whitespace goes the general way.
     */
    public static String wordKey(CharSequence s, int from, int to) {
        return wordKey(s, from, to, new char[to - from]);
    }

    /**
     * {@link #wordKey(CharSequence, int, int)} with a scratch buffer of at least {@code to - from}
     * chars (the tokenizer reuses one). A phrase is keyed in the same pass: white space becomes one
     * space between words, the word-end rule applies to each word ({@link #phraseKey} the long way).
     */
    static String wordKey(CharSequence s, int from, int to, char[] b) {
        int n = 0;
        int wordStart = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= ARABIC_BLOCK && c < ARABIC_BLOCK + ARABIC_FOLDED.length) { // most text: one table read
                c = ARABIC_FOLDED[c - ARABIC_BLOCK];
                if (c == 0) continue; // ignorable
            } else {
                if (isIgnorable(c)) continue;
                c = foldChar(c);
                if (Character.isWhitespace(c)) {
                    if (n > 0 && b[n - 1] != ' ') {
                        n = endWord(b, wordStart, n);
                        b[n++] = ' ';
                    }
                    wordStart = n;
                    continue;
                }
            }
            if (c == 'ي' && n > wordStart && b[n - 1] == 'ي') continue; // doubled ya collapses
            b[n++] = c;
        }
        if (n > 0 && b[n - 1] == ' ') n--;
        else n = endWord(b, wordStart, n);
        return new String(b, 0, n);
    }

    /** {@link #endWord(StringBuilder, int)} of the word {@code b[start, n)}; returns {@code n}. */
    private static int endWord(char[] b, int start, int n) {
        if (n - start >= 4 && b[n - 2] == 'ي' && b[n - 1] == 'ه') b[n - 1] = 'ا'; // سورية / سوريه / سوريا → سوريا
        return n;
    }

    /**
     * {@link #wordKey(CharSequence, int, int)} of {@code s[from, to)} written into {@code b} (at
     * least {@code to - from} chars): its length, or -1 when the word holds whitespace and must go
     * the general way ({@link #key}). The tokenizer's path: no string is made here.
     */
    static int wordKey(char[] s, int from, int to, char[] b) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c >= ARABIC_BLOCK && c < ARABIC_BLOCK + ARABIC_FOLDED.length) { // most text: one table read
                c = ARABIC_FOLDED[c - ARABIC_BLOCK];
                if (c == 0) continue; // ignorable
            } else {
                if (isIgnorable(c)) continue;
                c = foldChar(c);
                if (Character.isWhitespace(c)) return -1;
            }
            if (c == 'ي' && n > 0 && b[n - 1] == 'ي') continue; // doubled ya collapses
            b[n++] = c;
        }
        if (n >= 4 && b[n - 2] == 'ي' && b[n - 1] == 'ه') b[n - 1] = 'ا'; // as endWord
        return n;
    }

    private static void endWord(StringBuilder b, int start) {
        int n = b.length() - start;
        // سورية / سوريه / سوريا → سوريا
        if (n >= 4 && b.charAt(b.length() - 2) == 'ي' && b.charAt(b.length() - 1) == 'ه') {
            b.setCharAt(b.length() - 1, 'ا');
        }
    }

    /** True for Arabic letters (the base block and presentation forms). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
    }
}
