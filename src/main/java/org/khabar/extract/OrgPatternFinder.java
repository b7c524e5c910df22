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
        for (int i = heads.nextStart(d.words, 0, d.size(), true); i < d.size(); i = heads.nextStart(d.words, i + 1, d.size(), true)) {
            if (!d.isWord(i)) continue;
            Mention here = d.mentionAt(i);
            if (here != null && here.first() < i) continue;
            PhraseIndex.Match<Lexicon.Head> h = heads.match(d.words, i, true);
            if (h == null) continue;
            Mention m = match(d, h);
            if (m != null && d.add(m, true)) i = m.last() - 1;
        }
    }

    private static Mention match(Doc d, PhraseIndex.Match<Lexicon.Head> h) {
        int j = h.last();
        Lexicon.Head head = h.value();
        boolean headDefinite = d.definite(h.first());
        boolean domain = head.flag();
        if (domain && afterRole(d, h.first())) return null; // «وزير الخارجية الروسي» is a role
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
            if (domain || !head.kind().equals("armed_group")) return null;
            return d.mention(h.first(), j + 1, h.stripped(), EntityType.ORGANIZATION, null, null, "pattern");
        }
        int k = j;
        String country = null;
        if (d.nisba[k] != null) {
            if (!head.nisba()) return null;
            country = d.nisba[k];
            k++;
        } else if (d.lex.orgAdjective(d.words.wordId(k)) && !domain) {
            k++;
        } else if (domain) {
            return null; // «الخارجية» alone is not a name
        } else if (!headDefinite && head.open() && d.definite(k) && d.stopword(k) == null && !isHead(d, k)
                && d.mentionAt(k) == null) {
            k++;
        } else if (!headDefinite && d.mentionAt(k) != null && d.mentionAt(k).first() == k
                && d.mentionAt(k).type() != EntityType.PERSON) {
            Mention m = d.mentionAt(k);
            country = m.type() == EntityType.COUNTRY ? m.entityId() : m.countryId();
            k = m.last();
        } else {
            return null;
        }
        // more definite adjectives / nisba / a «ل» phrase («لحقوق الإنسان»)
        int limit = h.first() + 6;
        boolean closed = country != null; // after a nisba only a «ل» phrase may follow
        while (k < d.size() && k < limit && d.isWord(k)) {
            if (d.nisba[k] != null) {
                if (closed) break;
                country = d.nisba[k];
                k++;
                closed = true;
                continue;
            }
            if (d.mentionAt(k) != null) break;
            String sw = d.stopword(k);
            if (!closed && d.definite(k) && (sw == null || "adjective".equals(sw)) && !isHead(d, k) && !d.tok(k).key().startsWith("لل")
                    && adjectiveLike(d, k) && ("adjective".equals(sw) || RoleParser.adjectiveEnding(d.tok(k).key())
                    || d.lex.orgAdjective(d.words.wordId(k)))) { k++; continue; }
            if (d.tok(k).key().startsWith("ل") && !d.tok(k).key().startsWith("لل") && k + 1 < d.size()
                    && d.isWord(k + 1) && d.definite(k + 1) && d.stopword(k) == null && d.stopword(k + 1) == null
                    && d.mentionAt(k + 1) == null) {
                k += 2;
                break;
            }
            break;
        }
        Mention m = d.mention(h.first(), k, h.stripped(), EntityType.ORGANIZATION, null, country, "pattern");
        return new Mention(m.first(), m.last(), m.start(), m.end(), m.type(), m.surface(), key(d, m), null, country, m.via());
    }

    /** The org key: nisba words by their country («السوري» = «السورية»), without a leading «وزارة». */
    private static String key(Doc d, Mention m) {
        String[] parts = m.key().split(" ");
        StringBuilder b = new StringBuilder();
        for (int k = m.first(), p = 0; k < m.last() && p < parts.length; k++) {
            if (!d.tok(k).word()) continue;
            String w = d.nisba[k] != null ? d.nisba[k] : parts[p];
            p++;
            if (b.length() == 0 && (w.equals("وزاره") || w.equals("الوزاره"))) continue;
            if (b.length() > 0) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    /** The key of any org mention with nisba words replaced by their country, as pattern orgs are keyed. */
    static String normalizedKey(Doc d, Mention m) {
        String[] parts = m.key().split(" ");
        StringBuilder b = new StringBuilder();
        for (int k = m.first(), p = 0; k < m.last() && p < parts.length; k++) {
            if (!d.tok(k).word()) continue;
            var hit = d.lex.gazetteer().names().get(parts[p]);
            String w = hit != null && hit.nisba() ? hit.entry().id() : parts[p];
            p++;
            if (b.length() == 0 && (w.equals("وزاره") || w.equals("الوزاره"))) continue;
            if (b.length() > 0) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    private static boolean afterRole(Doc d, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            PhraseIndex.Match<org.khabar.lexicon.RoleWord> r = d.lex.roles().match(d.words, k, true);
            if (r != null && r.last() == i) return true;
        }
        return false;
    }

    static String idFor(Mention m) { return Ids.hashed("org", m.key()); }

    private static boolean isHead(Doc d, int k) {
        return d.lex.orgHeads().match(d.words, k, true) != null && !d.lex.orgHeads().match(d.words, k, true).value().flag()
                || d.lex.roles().match(d.words, k, true) != null;
    }

    /** Definite words that continue an org name: not time words, not a verb-like «يـ/تـ» form. */
    private static boolean adjectiveLike(Doc d, int k) {
        return !"time".equals(d.stopword(k)) && d.lex.speech().get(d.words.wordId(k)) == null;
    }

    private static boolean hasMention(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = d.mentionAt(k);
            if (m != null && m.type() != EntityType.ORGANIZATION) return true;
        }
        return false;
    }
}
