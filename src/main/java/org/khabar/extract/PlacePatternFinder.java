package org.khabar.extract;

import org.khabar.graph.EntityType;
import org.khabar.lexicon.Lexicon;
import org.khabar.lexicon.PhraseIndex;

/**
 * Places named by a head noun: «مدينة حلب», «حي «الوعر»», «قاعدة «حميميم»», «بلدة اعزاز». A known
 * place after the head is left as it is; an unknown one becomes a Place mention (the head is kept
 * out of the name unless the name is definite: «حي الوعر»).
 */
final class PlacePatternFinder {
    private PlacePatternFinder() {}

    static void run(Doc d) {
        PhraseIndex<Lexicon.Head> heads = d.lex.placeHeads();
        for (int i = heads.nextStart(d.words, 0, d.size(), true); i < d.size(); i = heads.nextStart(d.words, i + 1, d.size(), true)) {
            if (!d.isWord(i) || d.mentionAt(i) != null) continue;
            PhraseIndex.Match<Lexicon.Head> h = heads.match(d.words, i, true);
            if (h == null || d.definite(i) && !h.value().head().equals("العاصمة")) continue;
            int j = h.last();
            if (d.isPunct(j, "«") || d.isPunct(j, "\"")) {
                String close = d.tok(j).text().equals("«") ? "»" : "\"";
                int k = j + 1;
                while (k < d.size() && k - j <= 3 && d.tok(k).word() && d.mentionAt(k) == null) k++;
                if (k > j + 1 && d.isPunct(k, close)) d.add(d.mention(j + 1, k, 0, EntityType.PLACE, null, null, "quoted"), false);
                continue;
            }
            if (!d.isWord(j) || d.mentionAt(j) != null || d.nisba[j] != null) continue;
            if (d.stopword(j) != null || Character.isDigit(d.tok(j).key().charAt(0))) continue;
            if (d.lex.roles().match(d.words, j, true) != null || d.lex.orgHeads().match(d.words, j, true) != null) continue;
            boolean def = d.definite(j);
            if (def && !h.value().flag()) continue;
            if (!def && (d.tok(j).key().length() < 3 || d.tok(j).text().endsWith("ة"))) continue;
            if (d.lex.speech().get(d.words.wordId(j)) != null) continue;
            int k = j + 1;
            // a second word of a two-word name («دير الزور»), only when definite and not an adjective
            if (k < d.size() && d.isWord(k) && !def && d.definite(k) && d.stopword(k) == null && d.nisba[k] == null
                    && d.mentionAt(k) == null && !d.tok(k).key().endsWith("ي") && !d.tok(k).key().endsWith("يا")) k++;
            int first = def ? i : j;
            int stripped = def ? h.stripped() : 0;
            d.add(d.mention(first, k, stripped, EntityType.PLACE, null, null, "pattern"), false);
        }
    }
}
