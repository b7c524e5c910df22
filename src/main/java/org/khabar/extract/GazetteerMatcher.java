package org.khabar.extract;

import org.khabar.lexicon.GazHit;
import org.khabar.lexicon.PhraseIndex;

/** Marks gazetteer names (longest match, proclitics on the first word) and nisba adjectives. */
final class GazetteerMatcher {
    private GazetteerMatcher() {}

    static void run(Doc d) {
        PhraseIndex<GazHit> names = d.lex.gazetteer().names();
        if (names.size() == 0) return;
        int i = 0;
        while (i < d.size()) {
            if (!d.isWord(i)) { i++; continue; }
            PhraseIndex.Match<GazHit> m = names.match(d.tokens, i, true);
            if (m == null || !valid(d, m)) { i++; continue; }
            GazHit h = m.value();
            if (h.nisba()) {
                for (int k = m.first(); k < m.last(); k++) d.nisba[k] = h.entry().id();
            } else {
                String country = h.entry().type() == org.khabar.graph.EntityType.COUNTRY ? h.entry().id() : h.entry().countryId();
                d.add(d.mention(m.first(), m.last(), m.stripped(), h.entry().type(), h.entry().id(), country, "gazetteer"), false);
            }
            i = m.last();
        }
    }

    /** A one-letter clitic before a short name is too ambiguous («بلد» ≠ ب + لد); skipped tokens never match. */
    private static boolean valid(Doc d, PhraseIndex.Match<GazHit> m) {
        for (int k = m.first(); k < m.last(); k++) if (d.skipped(k)) return false;
        String k0 = d.tok(m.first()).key();
        return k0.length() - m.stripped() >= 3 || m.last() - m.first() > 1;
    }
}
