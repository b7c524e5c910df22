package org.khabar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tokens into sentences at . ! ? ؟ … and at line breaks, never inside «…», “…”, "…" or
 * (…) on the same line. Quote depth is reset at each line break, so an unbalanced quote cannot
 * swallow the rest of the article. Tokens of boilerplate lines are left out of every sentence.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    /** Splits the tokens, given the line breaks before each ({@link Tokenizer.Scan}) and the boilerplate tokens to leave out. */
    static List<Sentence> split(List<Token> tokens, byte[] breaks, boolean[] skipped) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int first = -1;
        int guillemets = 0, parens = 0;
        boolean ascii = false, curly = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (breaks[i] != 0) { // a line break since the previous token
                if (first >= 0) out.add(make(out.size(), tokens, first, i, paragraph));
                first = -1;
                guillemets = parens = 0;
                ascii = curly = false;
                paragraph++;
            }
            if (skipped[i]) continue;
            if (first < 0) first = i;
            if (!t.word()) {
                char c = single(t);
                switch (c) {
                    case '«' -> guillemets++;
                    case '»' -> guillemets = Math.max(0, guillemets - 1);
                    case '(' -> parens++;
                    case ')' -> parens = Math.max(0, parens - 1);
                    case '"' -> ascii = !ascii;
                    case '“' -> curly = true;
                    case '”' -> curly = false;
                    default -> { }
                }
                if (isTerminal(c) && guillemets == 0 && parens == 0 && !ascii && !curly) {
                    int end = i + 1;
                    // closing quotes and brackets right after the stop belong to this sentence
                    while (end < tokens.size() && !tokens.get(end).word() && isCloser(single(tokens.get(end)))
                            && breaks[end] == 0) end++;
                    out.add(make(out.size(), tokens, first, end, paragraph));
                    first = -1;
                    i = end - 1;
                }
            }
        }
        if (first >= 0) out.add(make(out.size(), tokens, first, tokens.size(), paragraph));
        return out;
    }

    /** The one character of a punctuation token, or 0 for a longer one (a surrogate pair): the splitter's marks are all one character. */
    private static char single(Token t) {
        String p = t.text();
        return p.length() == 1 ? p.charAt(0) : 0;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '»' || c == ')' || c == '”' || c == '"' || isTerminal(c);
    }

    private static Sentence make(int index, List<Token> tokens, int first, int last, int paragraph) {
        return new Sentence(index, tokens.get(first).start(), tokens.get(last - 1).end(), first, last, paragraph);
    }
}
