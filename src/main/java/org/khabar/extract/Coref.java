package org.khabar.extract;

import java.util.HashSet;
import java.util.Set;
import org.khabar.graph.EntityType;
import org.khabar.text.ArabicNormalizer;

/**
 * Resolves an unnamed role phrase («الوزير», «وزير الخارجية الروسي», «المتحدث», «المسؤولة
 * الروسية») to the person it refers to: the most recently mentioned person whose roles fit
 * (same role noun, same country when both say, the same field words), or for generic words
 * («المسؤول», «الدبلوماسي») any person of that country; gender must agree.
 */
final class Coref {
    private Coref() {}

    static String resolve(EntityTable t, RolePhrase rp, int position) {
        if (rp.word().isSource()) return null;
        String country = t.roleCountry(rp);
        Set<String> field = fieldWords(t, rp);
        String best = null;
        int bestPos = Integer.MIN_VALUE;
        boolean bestBefore = false;
        int bestFit = 0;
        for (EntityTable.Info i : t.all()) {
            if (i.type != EntityType.PERSON) continue;
            if (rp.word().feminine() && i.gender.equals("m")) continue;
            if (!rp.word().feminine() && i.gender.equals("f")) continue;
            int fit = fits(t, i, rp, country, field);
            if (fit == 0) continue;
            int last = Integer.MIN_VALUE;
            int firstAfter = Integer.MAX_VALUE;
            for (Mention m : i.mentions) {
                if (m.first() < position) last = Math.max(last, m.first());
                else firstAfter = Math.min(firstAfter, m.first());
            }
            boolean before = last != Integer.MIN_VALUE;
            int pos = before ? last : -firstAfter;
            boolean better = best == null || fit > bestFit
                    || fit == bestFit && ((before && !bestBefore) || (before == bestBefore && pos > bestPos));
            if (better) {
                best = i.id;
                bestPos = pos;
                bestBefore = before;
                bestFit = fit;
            }
        }
        return best;
    }

    /** 0: does not fit; 1: fits where the country is unknown on one side; 2: fits with the same country. */
    private static int fits(EntityTable t, EntityTable.Info i, RolePhrase rp, String country, Set<String> field) {
        String kind = rp.word().kind();
        if (kind.equals("generic")) {
            if (country == null) return !i.roles.isEmpty() || rp.word().feminine() ? 1 : 0;
            if (country.equals(i.countryId)) return 2;
            for (RolePhrase r : i.roles) if (country.equals(t.roleCountry(r))) return 2;
            return 0;
        }
        int best = 0;
        for (RolePhrase r : i.roles) {
            boolean sameWord = r.word().head().equals(rp.word().head())
                    || kind.equals("spokesperson") && r.word().kind().equals("spokesperson");
            if (!sameWord) continue;
            String rc = t.roleCountry(r);
            if (country != null && rc != null && !country.equals(rc)) continue;
            if (!fieldWords(t, r).containsAll(field)) continue;
            best = Math.max(best, country != null && country.equals(rc) ? 2 : 1);
        }
        return best;
    }

    /** The content words of a role's complement («الخارجية» in «وزير الخارجية الروسي»), no nisba, no role nouns. */
    private static Set<String> fieldWords(EntityTable t, RolePhrase rp) {
        Set<String> out = new HashSet<>();
        Doc d = t.d;
        for (int k = rp.first(); k < rp.last(); k++) {
            if (!d.isWord(k) || d.nisba[k] != null || d.mentionAt(k) != null) continue;
            if (d.lex.roles().match(d.words, k, true) != null) continue;
            String key = d.tok(k).key();
            if (key.startsWith("ال") && key.length() > 3) key = key.substring(2);
            else if (key.startsWith("وال") || key.startsWith("لل")) key = key.substring(key.startsWith("وال") ? 3 : 2);
            if (d.stopword(k) != null) continue;
            out.add(ArabicNormalizer.key(key));
        }
        return out;
    }
}
