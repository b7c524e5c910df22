package org.khabar.graph;

/**
 * A piece of the article text: {@code text.substring(start, end)}, offsets into the original
 * decoded text.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text must be the " + (end - start)
                    + " characters at [" + start + "," + end + ")");
        }
    }

    public static Span of(String articleText, int start, int end) {
        return new Span(start, end, articleText.substring(start, end));
    }
}
