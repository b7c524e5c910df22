package org.khabar.text;

/**
 * A sentence: tokens {@code [first, last)} and the text span {@code [start, end)} they cover.
 *
 * @param index     position in the sentence list
 * @param paragraph index of the paragraph (line) the sentence is in
 */
public record Sentence(int index, int start, int end, int first, int last, int paragraph) {
    public int size() { return last - first; }
}
