package org.khabar.extract;

import java.util.HashMap;
import java.util.Map;
import org.khabar.graph.EntityType;
import org.khabar.lexicon.Lexicon;
import org.khabar.lexicon.PhraseIndex;
import org.khabar.text.ArabicNormalizer;

/**
 * A definite head noun standing alone («المرصد», «التحالف», «الائتلاف») refers to the last
 * organization named with that head («المرصد السوري لحقوق الإنسان»).
 */
final class OrgHeadCoref {
    private OrgHeadCoref() {}

    static void run(EntityTable t) {
        Doc d = t.d;
        // the last organization named so far, by the first word of its key (what a backward scan would find first)
        Map<String, Mention> lastByFirstWord = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            Mention before = i > 0 ? d.mentionAt(i - 1) : null;
            if (before != null && before.last() == i && before.type() == EntityType.ORGANIZATION) {
                lastByFirstWord.put(firstWord(before.key()), before);
            }
            if (!d.isWord(i) || d.mentionAt(i) != null) continue;
            PhraseIndex.Match<Lexicon.Head> h = d.lex.orgHeads().match(d.words, i, true); // the cheap test first: most words start no head
            if (h == null || h.value().flag() || h.last() != i + 1 || !d.definite(i)) continue;
            if (d.nisba[i + 1 < d.size() ? i + 1 : i] != null && i + 1 < d.size()) continue;
            String head = ArabicNormalizer.key(h.value().head());
            Mention a = lastByFirstWord.get("ال" + head);
            Mention b = lastByFirstWord.get(head);
            Mention target = a == null ? b : b == null || a.first() > b.first() ? a : b;
            if (target == null) continue;
            Mention alias = d.mention(i, i + 1, h.stripped(), EntityType.ORGANIZATION, null, target.countryId(), "coref");
            t.addMention(alias, t.id(target));
        }
    }

    private static String firstWord(String key) {
        int sp = key.indexOf(' ');
        return sp < 0 ? key : key.substring(0, sp);
    }
}
