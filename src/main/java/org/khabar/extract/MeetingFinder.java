package org.khabar.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.graph.EntityType;
import org.khabar.graph.Meeting;
import org.khabar.graph.Modality;
import org.khabar.graph.Span;
import org.khabar.lexicon.Lexicon;
import org.khabar.lexicon.PhraseIndex;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.Sentence;

/**
 * MET_WITH between persons: a meeting verb and its subject and object («التقى X نظيره Y»,
 * «استقبل X Y», «بحث وزيرا الخارجية الروسي والأميركي»), or a meeting noun with «مع» / «بين»
 * («محادثات مع X وY», «المباحثات بين X وY»). One relation per pair and sentence, with modality.
 */
final class MeetingFinder {
    private static final String MA3 = ArabicNormalizer.key("مع");
    private static final String BAYN = ArabicNormalizer.key("بين");

    /** A meeting with its parties, before ids are assigned. */
    record Found(String a, String b, Lexicon.MeetingCue cue, int cueAt, Sentence sentence, Modality modality) {}

    private MeetingFinder() {}

    static List<Found> run(EntityTable t) {
        Doc d = t.d;
        List<Found> out = new ArrayList<>();
        for (Sentence s : d.text.sentences()) {
            Set<String> pairs = new HashSet<>();
            PhraseIndex<Lexicon.MeetingCue> cues = d.lex.meetings();
            for (int i = cues.nextStart(d.words, s.first(), s.last(), true); i < s.last(); i = cues.nextStart(d.words, i + 1, s.last(), true)) {
                if (!d.isWord(i) || d.mentionAt(i) != null) continue;
                PhraseIndex.Match<Lexicon.MeetingCue> m = cues.match(d.words, i, true);
                if (m == null) continue;
                Lexicon.MeetingCue cue = m.value();
                List<String> as = new ArrayList<>();
                List<String> bs = new ArrayList<>();
                int after = m.last();
                int bayn = find(d, after, s, BAYN, 8);
                if (cue.pos().equals("participants")) {
                    int from = after;
                    if (from < s.last() && d.isWord(from) && d.stopword(from) != null) from++; // «شارك فيها»
                    List<String> all = persons(t, from, s);
                    for (int x = 0; x < all.size(); x++) {
                        for (int y = x + 1; y < all.size(); y++) { as.add(all.get(x)); bs.add(all.get(y)); }
                    }
                    Modality mod = modality(d, i, s);
                    for (int x = 0; x < as.size(); x++) {
                        String a = as.get(x), b = bs.get(x);
                        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
                        if (!a.equals(b) && pairs.add(key)) out.add(new Found(a, b, cue, i, s, mod));
                    }
                    continue;
                }
                if (bayn >= 0) {
                    List<String> all = persons(t, bayn + 1, s);
                    if (all.size() >= 2) { as.add(all.get(0)); bs.addAll(all.subList(1, all.size())); }
                } else if (!cue.pos().equals("noun")) {
                    Subjects.Found f = Subjects.after(t, after, s);
                    if (f.role() != null && f.role().word().dual()) {
                        List<String> both = duals(t, f.role());
                        if (both.size() == 2) { as.add(both.get(0)); bs.add(both.get(1)); }
                    } else {
                        String a = f.ids().isEmpty() ? Subjects.personBefore(t, i, s) : f.ids().get(0);
                        if (a != null && isPerson(t, a)) as.add(a);
                        int from = f.ids().isEmpty() ? after : f.end();
                        int with = find(d, from, s, MA3, 6);
                        List<String> objs = persons(t, with >= 0 ? with + 1 : from, s);
                        if (!objs.isEmpty()) bs.add(objs.get(0));
                        if (with >= 0) bs.addAll(objs.subList(Math.min(1, objs.size()), objs.size()));
                    }
                } else {
                    int with = find(d, after, s, MA3, 10);
                    if (with >= 0) {
                        String a = Subjects.personBefore(t, i, s);
                        if (a != null) as.add(a);
                        bs.addAll(persons(t, with + 1, s));
                    }
                }
                Modality mod = modality(d, i, s);
                for (String a : as) for (String b : bs) {
                    if (a.equals(b)) continue;
                    String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
                    if (pairs.add(key)) out.add(new Found(a, b, cue, i, s, mod));
                }
            }
        }
        return out;
    }

    static List<Meeting> meetings(EntityTable t, List<Found> found, List<String> eventIds) {
        List<Meeting> out = new ArrayList<>();
        Doc d = t.d;
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            Sentence s = f.sentence();
            DateResolver.DateRef date = DateResolver.find(d, s.first(), s.last(), f.modality() != Modality.HAPPENED);
            String cue = d.article.text().substring(d.tok(f.cueAt()).start(), d.tok(f.cueAt()).end());
            out.add(new Meeting(d.article.id() + "-m" + (n + 1), f.a(), f.b(), f.cue().kind(), cue, placeIn(t, s),
                    eventIds.get(n), date == null ? null : date.iso(), date == null ? null : date.text(), f.modality(),
                    Span.of(d.article.text(), Clauses.start(d, f.cueAt(), s), s.end()), f.modality() == Modality.HAPPENED ? 0.8 : 0.7));
        }
        return out;
    }

    /** The first place named in the sentence, else null. */
    static String placeIn(EntityTable t, Sentence s) {
        for (int k = s.first(); k < s.last(); k++) {
            Mention m = t.d.mentionAt(k);
            if (m != null && m.type() == EntityType.PLACE) return t.id(m);
        }
        return null;
    }

    private static boolean isPerson(EntityTable t, String id) {
        EntityTable.Info i = t.info(id);
        return i != null && i.type == EntityType.PERSON;
    }

    /** Persons named (or referred to by a role) from token {@code from} to the end of the clause. */
    private static List<String> persons(EntityTable t, int from, Sentence s) {
        Doc d = t.d;
        List<String> out = new ArrayList<>();
        for (int k = from; k < s.last(); k++) {
            if (d.isPunct(k, "،") || d.isPunct(k, "؛") || d.isPunct(k, ".")) break;
            if (!out.isEmpty() && d.isWord(k) && !d.tok(k).key().startsWith("و")) break; // only coordinated parties
            if (out.isEmpty() && k > from + 1) break; // the party follows «مع» / the verb right away
            Mention m = d.mentionAt(k);
            if (m != null) {
                int next = m.last();
                if (m.type() == EntityType.PERSON) {
                    if (!out.contains(t.id(m))) out.add(t.id(m));
                    next = skipApposition(d, next);
                } else if (!out.isEmpty()) break;
                k = next - 1;
                continue;
            }
            RolePhrase rp = d.isWord(k) ? RoleParser.parse(d, k) : null;
            if (rp != null) {
                int next = rp.last();
                if (!rp.named()) {
                    String id = Coref.resolve(t, rp, k);
                    if (id != null && !out.contains(id)) out.add(id);
                } else {
                    Mention n = d.mentionAt(rp.nameFirst());
                    if (n != null && !out.contains(t.id(n))) out.add(t.id(n));
                    next = skipApposition(d, n != null ? n.last() : rp.nameLast());
                }
                k = Math.max(k, next - 1);
                continue;
            }
            if (Names.speechCue(d, k) != null && k > from + 1) break;
        }
        return out;
    }

    /** After a name: its apposition role («وليد المعلم وزير الخارجية السورية»), if any. */
    private static int skipApposition(Doc d, int k) {
        int j = d.isPunct(k, "،") ? k + 1 : k;
        if (!d.isWord(j) || d.tok(j).key().startsWith("و")) return k;
        RolePhrase rp = RoleParser.parse(d, j);
        return rp != null && !rp.named() ? rp.last() : k;
    }

    /** «وزيرا الخارجية الروسي والأميركي»: one person per nisba of the dual role. */
    private static List<String> duals(EntityTable t, RolePhrase rp) {
        Doc d = t.d;
        List<String> out = new ArrayList<>();
        for (int k = rp.first(); k < rp.last(); k++) {
            String c = d.nisba[k];
            if (c == null) continue;
            RolePhrase single = new RolePhrase(rp.first(), rp.last(), rp.start(), rp.end(),
                    new org.khabar.lexicon.RoleWord(rp.word().head(), rp.word().kind(), false, false), rp.title(), null, c, -1, -1, true);
            String id = Coref.resolve(t, single, rp.first());
            if (id != null && !out.contains(id)) out.add(id);
        }
        return out;
    }

    private static int find(Doc d, int from, Sentence s, String key, int within) {
        for (int k = from; k < s.last() && k < from + within; k++) {
            if (d.isPunct(k, "،") || d.isPunct(k, ".")) return -1;
            String x = d.tok(k).key();
            if (x.equals(key) || x.equals("و" + key)) return k;
        }
        return -1;
    }

    /** Planned when a modality cue or a future/present verb marks it, possible for «لا يستبعد»/«قد». */
    static Modality modality(Doc d, int i, Sentence s) {
        Modality found = null;
        for (int k = Math.max(s.first(), i - 12); k <= Math.min(s.last() - 1, i + 6); k++) {
            PhraseIndex.Match<String> m = d.lex.modality().match(d.words, k, true);
            if (m == null) continue;
            if (m.value().equals("possible")) return Modality.POSSIBLE;
            found = Modality.PLANNED;
        }
        if (found != null) return found;
        String k = d.tok(i).key();
        if (k.startsWith("سي") || k.startsWith("ست") || k.startsWith("وسي")) return Modality.PLANNED;
        return Modality.HAPPENED;
    }
}
