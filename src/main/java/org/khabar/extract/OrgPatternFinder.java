package org.khabar.extract;

import org.khabar.graph.EntityType;
import org.khabar.lexicon.Ids;
import org.khabar.lexicon.Lexicon;
import org.khabar.lexicon.PhraseIndex;

/**
 * Organizations named by pattern: head noun + name. Accepted shapes:
 * <ul>
 * <li>head + «quoted name» («وكالة «رويترز»», «تنظيم «داعش»») — the entity is the quoted name;</li>
 * <li>indefinite head + definite noun(s) («جبهة النصرة», «مجلس الأمن», «وزارة الخارجية الروسية»);</li>
 * <li>head + nisba («الجيش السوري», «الخارجية الروسية») — affiliated with that country;</li>
 * <li>head + number («اللواء 168», «الفرقة 30»).</li>
 * </ul>
 * A ministry's «وزارة» is dropped from the key, so «الخارجية الروسية» and «وزارة الخارجية
 * الروسية» are one entity.
 */
final class OrgPatternFinder {
    private OrgPatternFinder() {}

    static void run(Doc d) {
        PhraseIndex<Lexicon.Head> heads = d.lex.orgHeads();
        for (int i = 0; i < d.size(); i++) {
            if (!d.isWord(i)) continue;
            Mention here = d.mentionAt(i);
            if (here != null && here.first() < i) continue;
            PhraseIndex.Match<Lexicon.Head> h = heads.match(d.tokens, i, true);
            if (h == null) continue;
            Mention m = match(d, h);
            if (m != null && d.add(m, true)) i = m.last() - 1;
        }
    }

    private static Mention match(Doc d, PhraseIndex.Match<Lexicon.Head> h) {
        int j = h.last();
        boolean headDefinite = d.definite(h.first());
        boolean domain = h.value().flag();
        // head «quoted name»
        if (d.isPunct(j, "«") || d.isPunct(j, "\"")) {
            String close = d.tok(j).text().equals("«") ? "»" : "\"";
            int k = j + 1;
            while (k < d.size() && k - j <= 5 && d.tok(k).word()) k++;
            if (k > j + 1 && k < d.size() && d.isPunct(k, close) && !hasMention(d, j + 1, k)) {
                if (domain) return null;
                return d.mention(j + 1, k, 0, EntityType.ORGANIZATION, null, null, "quoted");
            }
            return null;
        }
        if (!d.isWord(j)) return null;
        // head + number
        if (Character.isDigit(d.tok(j).key().charAt(0))) {
            if (domain) return null;
            return d.mention(h.first(), j + 1, h.stripped(), EntityType.ORGANIZATION, null, null, "pattern");
        }
        int k = j;
        String country = null;
        boolean named = false;
        if (d.nisba[k] != null) {
            country = d.nisba[k];
            named = true;
            k++;
        } else if (domain) {
            return null; // «الخارجية» alone is not a name
        } else if (!headDefinite && d.definite(k) && d.stopword(k) == null && !isHead(d, k)) {
            Mention m = d.mentionAt(k);
            if (m != null && m.first() == k && m.type() == EntityType.PERSON) return null;
            k = m != null && m.first() == k ? m.last() : k + 1;
            if (m != null) country = m.type() == EntityType.COUNTRY ? m.entityId() : m.countryId();
            named = true;
        } else if (!headDefinite && d.isWord(k) && d.mentionAt(k) != null && d.mentionAt(k).first() == k
                && d.mentionAt(k).type() != EntityType.PERSON) {
            Mention m = d.mentionAt(k); // «جبهة ثوار سوريا» shape is handled below; «مجلس الأمن الدولي» by gazetteer
            country = m.type() == EntityType.COUNTRY ? m.entityId() : m.countryId();
            k = m.last();
            named = true;
        }
        if (!named) return null;
        // more definite adjectives / nisba / a «ل» phrase («لحقوق الإنسان»)
        int limit = h.first() + 6;
        while (k < d.size() && k < limit && d.isWord(k)) {
            if (d.nisba[k] != null) { if (country == null) country = d.nisba[k]; k++; continue; }
            if (d.mentionAt(k) != null) break;
            String sw = d.stopword(k);
            if (d.definite(k) && (sw == null || "adjective".equals(sw)) && !isHead(d, k) && !d.tok(k).key().startsWith("لل")
                    && adjectiveLike(d, k)) { k++; continue; }
            if (d.tok(k).key().startsWith("ل") && !d.tok(k).key().startsWith("لل") && k + 1 < d.size()
                    && d.isWord(k + 1) && d.definite(k + 1) && d.stopword(k) == null && d.stopword(k + 1) == null) {
                k += 2;
                continue;
            }
            break;
        }
        Mention m = d.mention(h.first(), k, h.stripped(), EntityType.ORGANIZATION, null, country, "pattern");
        if (isMinistry(h)) {
            // key without «وزارة»
            String key = m.key().startsWith("وزاره ") ? m.key().substring(6) : m.key();
            m = new Mention(m.first(), m.last(), m.start(), m.end(), m.type(), m.surface(), key, null, country, m.via());
        }
        return m;
    }

    static String idFor(Mention m) { return Ids.hashed("org", m.key()); }

    private static boolean isMinistry(PhraseIndex.Match<Lexicon.Head> h) {
        return h.value().head().equals("وزارة");
    }

    private static boolean isHead(Doc d, int k) {
        return d.lex.orgHeads().match(d.tokens, k, true) != null && !d.lex.orgHeads().match(d.tokens, k, true).value().flag()
                || d.lex.roles().match(d.tokens, k, true) != null;
    }

    /** Definite words that continue an org name: not time words, not a verb-like «يـ/تـ» form. */
    private static boolean adjectiveLike(Doc d, int k) {
        return !"time".equals(d.stopword(k)) && d.lex.speech().get(d.tok(k).key()) == null;
    }

    private static boolean hasMention(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = d.mentionAt(k);
            if (m != null && m.type() != EntityType.ORGANIZATION) return true;
        }
        return false;
    }
}
