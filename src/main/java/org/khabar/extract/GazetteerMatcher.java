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
            i = names.nextStart(d.words, i, d.size(), true); // the tokens before start no name
            if (i >= d.size()) break;
            if (!d.isWord(i)) { i++; continue; }
            PhraseIndex.Match<GazHit> m = names.match(d.words, i, true);
            if (m != null && insideLongerName(d, m)) { i = m.last(); continue; } // nor its surname alone
            if (m == null || !valid(d, m)) { i++; continue; }
            GazHit h = m.value();
            if (h.nisba()) {
                for (int k = m.first(); k < m.last(); k++) d.nisba[k] = h.entry().id();
            } else {
                String country = h.entry().type() == org.khabar.graph.EntityType.COUNTRY ? h.entry().id() : h.entry().countryId();
                Mention men = d.mention(m.first(), m.last(), m.stripped(), h.entry().type(), h.entry().id(), country, "gazetteer");
                if (d.add(men, false) && men.type() == org.khabar.graph.EntityType.ORGANIZATION) {
                    d.orgIds.putIfAbsent(OrgPatternFinder.normalizedKey(d, men), men.entityId());
                }
            }
            i = m.last();
        }
    }

    private static final java.util.Set<String> PATRONYMIC = java.util.Set.of(
            org.khabar.text.ArabicNormalizer.key("بن"), org.khabar.text.ArabicNormalizer.key("ابن"),
            org.khabar.text.ArabicNormalizer.key("بنت"), org.khabar.text.ArabicNormalizer.key("أبو"),
            org.khabar.text.ArabicNormalizer.key("أم"), org.khabar.text.ArabicNormalizer.key("أبي"));

    /** «فيصل بن سلمان بن عبدالعزيز»: a known person right after بن/ابن/بنت/أبو/أم is a father's name inside a longer name. */
    private static boolean insideLongerName(Doc d, PhraseIndex.Match<GazHit> m) {
        if (m.value().nisba() || m.value().entry().type() != org.khabar.graph.EntityType.PERSON || m.stripped() > 0) return false;
        int p = m.first() - 1;
        if (Names.afterNamedThing(d, m.first())) return true; // «مدينة الملك X الطبية»: a thing named after the person
        if (p >= 1 && d.lex.roles().match(d.words, p, true) != null && Names.afterNamedThing(d, p)) return true; // «جامعة الملك X»
        return p >= 0 && d.isWord(p) && PATRONYMIC.contains(d.tok(p).key());
    }

    /** A one-letter clitic before a short name is too ambiguous («بلد» ≠ ب + لد); skipped tokens never match. */
    private static boolean valid(Doc d, PhraseIndex.Match<GazHit> m) {
        for (int k = m.first(); k < m.last(); k++) if (d.skipped(k)) return false;
        String k0 = d.tok(m.first()).key();
        if (m.last() - m.first() > 1) return true;
        if (k0.length() - m.stripped() < 3) return false;
        var t = d.tok(m.first());
        if (d.stopword(m.first()) != null || t.text().indexOf('\u064B') >= 0) return false; // «كان», «دوراً»
        // «تسوية سلمية»: an indefinite -ية word after an indefinite noun is an adjective, not a place
        if (!m.value().nisba() && m.value().entry().type() == org.khabar.graph.EntityType.PLACE && t.text().endsWith("ية")
                && m.stripped() == 0 && m.first() > 0 && d.isWord(m.first() - 1) && !d.definite(m.first() - 1)
                && d.stopword(m.first() - 1) == null && d.lex.placeHeads().match(d.words, m.first() - 1, true) == null) return false;
        return true;
    }
}
