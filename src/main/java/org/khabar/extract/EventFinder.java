package org.khabar.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.khabar.graph.EntityType;
import org.khabar.graph.Event;
import org.khabar.graph.Modality;
import org.khabar.graph.Span;
import org.khabar.lexicon.Lexicon;
import org.khabar.lexicon.PhraseIndex;
import org.khabar.text.Sentence;

/**
 * Events: one per meeting found, and one per event trigger («هجوم», «غارة», «إسقاط», «إجلاء»,
 * «اتفاق») and sentence, with the sentence's organizations, countries and persons as participants,
 * its first place, and its date.
 */
final class EventFinder {
    private EventFinder() {}

    static List<Event> run(EntityTable t, List<MeetingFinder.Found> meetings, List<String> meetingEventIds) {
        Doc d = t.d;
        List<Event> out = new ArrayList<>();
        for (MeetingFinder.Found f : meetings) {
            Sentence s = f.sentence();
            String id = d.article.id() + "-e" + (out.size() + 1);
            meetingEventIds.add(id);
            DateResolver.DateRef date = DateResolver.find(d, s.first(), s.last(), f.modality() != Modality.HAPPENED);
            String name = d.article.text().substring(d.tok(f.cueAt()).start(), d.tok(f.cueAt()).end());
            out.add(new Event(id, f.cue().kind(), name, "040", List.of(f.a(), f.b()), MeetingFinder.placeIn(t, s),
                    date == null ? null : date.iso(), date == null ? null : date.text(), f.modality(),
                    Span.of(d.article.text(), Clauses.start(d, f.cueAt(), s), s.end()), 0.7));
        }
        for (Sentence s : d.text.sentences()) {
            Set<String> kinds = new LinkedHashSet<>();
            PhraseIndex<Lexicon.Trigger> triggers = d.lex.triggers();
            for (int i = triggers.nextStart(d.words, s.first(), s.last(), true); i < s.last(); i = triggers.nextStart(d.words, i + 1, s.last(), true)) {
                if (!d.isWord(i) || d.mentionAt(i) != null) continue;
                PhraseIndex.Match<Lexicon.Trigger> m = triggers.match(d.words, i, true);
                if (m == null || !kinds.add(m.value().kind())) continue;
                Set<String> parts = new LinkedHashSet<>();
                for (int k = s.first(); k < s.last(); k++) {
                    Mention x = d.mentionAt(k);
                    if (x != null && x.type() != EntityType.PLACE) parts.add(t.id(x));
                }
                Modality mod = MeetingFinder.modality(d, i, s);
                DateResolver.DateRef date = DateResolver.find(d, s.first(), s.last(), mod != Modality.HAPPENED);
                String name = d.article.text().substring(d.tok(i).start(), d.tok(m.last() - 1).end());
                String cameo = m.value().cameo().isEmpty() ? null : m.value().cameo();
                out.add(new Event(d.article.id() + "-e" + (out.size() + 1), m.value().kind(), name, cameo, List.copyOf(parts),
                        MeetingFinder.placeIn(t, s), date == null ? null : date.iso(), date == null ? null : date.text(), mod,
                        Span.of(d.article.text(), s.start(), s.end()), 0.6));
            }
        }
        return out;
    }
}
