package org.khabar.extract;

import org.khabar.graph.EntityType;
import org.khabar.lexicon.PhraseIndex;

/**
 * Names first found by a pattern (an org or place head, quotes) are names everywhere in the
 * article: «تنظيم «داعش»» makes every later «داعش» a mention of the same organization.
 */
final class NamePropagation {
    private NamePropagation() {}

    static void run(Doc d) {
        PhraseIndex<Mention> names = new PhraseIndex<>();
        for (Mention m : d.mentions()) {
            if (m.type() == EntityType.PERSON || m.entityId() != null) continue;
            if (m.key().length() < 3 || d.stopword(m.first()) != null) continue;
            names.add(m.key(), m);
        }
        if (names.size() == 0) return;
        for (int i = 0; i < d.size(); i++) {
            if (!d.isWord(i) || d.mentionAt(i) != null) continue;
            PhraseIndex.Match<Mention> hit = names.match(d.words, i, true);
            if (hit == null) continue;
            boolean free = true;
            for (int k = hit.first(); k < hit.last(); k++) if (d.mentionAt(k) != null) free = false;
            if (!free) continue;
            Mention src = hit.value();
            Mention m = d.mention(hit.first(), hit.last(), hit.stripped(), src.type(), null, src.countryId(), "propagated");
            m = new Mention(m.first(), m.last(), m.start(), m.end(), m.type(), m.surface(), src.key(), null, src.countryId(), m.via());
            if (d.add(m, false)) i = hit.last() - 1;
        }
    }
}
