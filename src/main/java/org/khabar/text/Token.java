package org.khabar.text;

/**
 * One token of the original text.
 *
 * @param index position in the token list
 * @param start offset of the first character in the original text
 * @param end   offset after the last character
 * @param text  the characters as written
 * @param key   the matching key ({@link ArabicNormalizer#key})
 * @param word  true for a word (letters or digits), false for punctuation
 */
public record Token(int index, int start, int end, String text, String key, boolean word) {
    public boolean is(String punct) { return !word && text.equals(punct); }
}
