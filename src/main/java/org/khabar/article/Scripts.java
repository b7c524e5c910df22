package org.khabar.article;

/** Counts of what a text is written in, for encoding detection and the "not Arabic" warning. */
final class Scripts {
    private Scripts() {}

    static boolean isArabicLetter(int c) {
        return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5
                || (c >= 0x06FA && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)
                || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
    }

    static boolean isArabicMark(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x06D6 && c <= 0x06ED);
    }

    private static boolean isArabicPunctuationOrDigit(int c) {
        return c == 0x060C || c == 0x061B || c == 0x061F || c == 0x066A || c == 0x066B || c == 0x066C
                || c == 0x06D4 || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)
                || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0x00AB || c == 0x00BB;
    }

    /**
     * True when a candidate decoding reads as Arabic prose: at least half of the non-space
     * characters are Arabic letters, nearly everything is Arabic, ASCII or common punctuation,
     * and there are spaces between words.
     */
    static boolean looksLikeArabic(String s) {
        long arabic = 0;
        long plausible = 0;
        long nonSpace = 0;
        long spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { spaces++; continue; }
            nonSpace++;
            if (isArabicLetter(c)) { arabic++; plausible++; }
            else if (isArabicMark(c) || isArabicPunctuationOrDigit(c) || (c >= 0x21 && c < 0x7F)) plausible++;
        }
        if (nonSpace == 0) return false;
        return arabic * 2 >= nonSpace && plausible * 100 >= nonSpace * 97 && spaces * 30 >= nonSpace;
    }

    /** True when fewer than a fifth of the letters are Arabic. */
    static boolean mostlyNotArabic(String s) {
        long letters = 0;
        long arabic = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (isArabicLetter(c)) arabic++;
        }
        return arabic * 5 < letters || letters == 0;
    }

    /** True when the text has nothing visible: only whitespace, no-break and other spaces, and format marks (ZWNJ, RLM, BOM…). */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) return false;
        }
        return true;
    }
}
