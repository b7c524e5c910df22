package org.khabar.extract;

import org.khabar.text.Sentence;

/** The reported content after a speech verb: the «quoted» words, or the clause after إن/أن. */
final class Quotes {
    private static final int MAX = 400;

    private Quotes() {}

    static String after(Doc d, int from, Sentence s) {
        String text = d.article.text();
        for (int k = from; k < s.last() && k < from + 6; k++) {
            var t = d.tok(k);
            if (t.is("«") || t.is("\"") || t.is("“")) {
                String close = t.is("«") ? "»" : t.is("“") ? "”" : "\"";
                int depth = 0;
                for (int e = k + 1; e < s.last(); e++) {
                    var u = d.tok(e);
                    if (u.is("«") && close.equals("»")) depth++;
                    else if (u.is(close)) {
                        if (depth == 0) return cap(text.substring(t.end(), u.start()));
                        depth--;
                    }
                }
                return cap(text.substring(t.end(), s.end()));
            }
            String key = t.key(); // a word's key is ArabicNormalizer.key of its text
            if (t.word() && (key.startsWith("ان") || key.startsWith("بان")) && key.length() <= 5) {
                int start = k + 1 < s.last() ? d.tok(k + 1).start() : t.end();
                return cap(text.substring(Math.min(start, s.end()), s.end()));
            }
        }
        return null;
    }

    private static String cap(String q) {
        String s = q.strip();
        if (s.length() > MAX) s = s.substring(0, MAX);
        return s.isEmpty() ? null : s;
    }
}
