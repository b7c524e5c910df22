package org.khabar.neo4j;

/**
 * The lookup key of an Arabic name ({@code nameKey}) and the normalization of full-text queries:
 * removes diacritics (tashkeel, superscript alef), tatweel and bidi/zero-width marks, unifies alef
 * and hamza forms (أ إ آ ٱ → ا, ؤ → و, ئ → ي), ى → ي, ة → ه, Arabic-Indic digits → ASCII, and
 * collapses white space. Same input, same key; locale-free.
 */
public final class ArabicKey {
    private ArabicKey() {}

    public static String of(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                    || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                    || (c >= '\u202A' && c <= '\u202E') || c == '\u061C' || c == '\uFEFF') {
                continue;
            }
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> c = '\u0627';
                case '\u0624' -> c = '\u0648';
                case '\u0626', '\u0649' -> c = '\u064A';
                case '\u0629' -> c = '\u0647';
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') c = (char) ('0' + (c - '\u0660'));
                    else if (c >= '\u06F0' && c <= '\u06F9') c = (char) ('0' + (c - '\u06F0'));
                }
            }
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }
}
