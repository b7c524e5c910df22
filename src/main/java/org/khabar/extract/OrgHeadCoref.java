package org.khabar.extract;

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
        for (int i = 0; i < d.size(); i++) {
            if (!d.isWord(i) || d.mentionAt(i) != null || !d.definite(i)) continue;
            PhraseIndex.Match<Lexicon.Head> h = d.lex.orgHeads().match(d.words, i, true);
            if (h == null || h.value().flag() || h.last() != i + 1) continue;
            if (d.nisba[i + 1 < d.size() ? i + 1 : i] != null && i + 1 < d.size()) continue;
            String head = ArabicNormalizer.key(h.value().head());
            String definite = "ال" + head;
            Mention target = null;
            for (int k = i - 1; k >= 0; k--) {
                Mention m = d.mentionAt(k);
                if (m == null || m.type() != EntityType.ORGANIZATION) continue;
                if (firstWordIs(m.key(), definite) || firstWordIs(m.key(), head)) { target = m; break; }
                k = m.first();
            }
            if (target == null) continue;
            Mention alias = d.mention(i, i + 1, h.stripped(), EntityType.ORGANIZATION, null, target.countryId(), "coref");
            t.addMention(alias, t.id(target));
        }
    }

    /** True when the first word of a key (up to a space) is {@code word}. */
    private static boolean firstWordIs(String key, String word) {
        return key.startsWith(word) && (key.length() == word.length() || key.charAt(word.length()) == ' ');
    }
}
