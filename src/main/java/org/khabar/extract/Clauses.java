package org.khabar.extract;

import org.khabar.text.Sentence;

/** Clause boundaries inside a sentence: the clause of a cue starts after the previous comma, semicolon or colon. */
final class Clauses {
    private Clauses() {}

    /** Character offset where the clause holding token {@code i} starts. */
    static int start(Doc d, int i, Sentence s) {
        for (int k = i - 1; k >= s.first(); k--) {
            var t = d.tok(k);
            if (!t.word() && (t.text().equals("،") || t.text().equals("؛") || t.text().equals(",") || t.text().equals(";"))) {
                return d.tok(k + 1).start();
            }
        }
        return s.start();
    }
}
