package org.khabar.extract;

import java.util.ArrayList;
import java.util.List;
import org.khabar.graph.EntityType;
import org.khabar.lexicon.Words;

/**
 * Finds personal names that no list knows, by pattern:
 * <ol>
 * <li>role or title before a name: «وزير الخارجية الروسي سيرغي لافروف», «الشيخ X», «نظيره الألماني X»;</li>
 * <li>a known given name and the words after it: «عادل الجبير»;</li>
 * <li>a speech verb and the words after it, when a boundary follows («وقال X Y إن»);</li>
 * <li>a role after a name (apposition), which only adds the role: «X، وزير الخارجية».</li>
 * </ol>
 * Roles found on the way are kept for the entities.
 */
final class PersonNameFinder {
    /** A role held by the person named at {@code person}. */
    record Held(Mention person, RolePhrase role) {}

    private PersonNameFinder() {}

    static List<Held> run(Doc d) {
        List<Held> held = new ArrayList<>();
        List<RolePhrase> deferred = new ArrayList<>();
        boolean[] thing = new boolean[d.size()]; // tokens of a person's name inside a facility or institution name
        // 1. role + name
        // RoleParser.parse finds nothing where no role starts
        org.khabar.lexicon.PhraseIndex<org.khabar.lexicon.RoleWord> roles = d.lex.roles();
        for (int i = roles.nextStart(d.words, 0, d.size(), true); i < d.size(); i = roles.nextStart(d.words, i + 1, d.size(), true)) {
            if (!d.isWord(i) || d.mentionAt(i) != null) continue;
            RolePhrase rp = RoleParser.parse(d, i);
            if (rp == null) continue;
            if (rp.word().isTitle() && rp.named() && Names.afterNamedThing(d, i)) { // «جامعة الملك X»: no person
                for (int k = i; k < rp.nameLast(); k++) thing[k] = true;
                i = rp.nameLast() - 1;
                continue;
            }
            if (rp.named() && !rp.word().isSource()) {
                Mention m = d.mentionAt(rp.nameFirst());
                if (m == null && rp.nameLast() - rp.nameFirst() == 1 && Names.givenName(d, rp.nameFirst()) == null) {
                    deferred.add(rp); // «الرئيس X»: X only if it is a surname named in full elsewhere
                    i = rp.nameLast() - 1;
                    continue;
                }
                if (m == null || m.last() < rp.nameLast()) {
                    Mention inner = d.mentionAt(rp.nameLast() - 1);
                    String known = inner != null && inner.type() == EntityType.PERSON ? inner.entityId() : null;
                    m = d.mention(rp.nameFirst(), rp.nameLast(), 0, EntityType.PERSON, known, null, "role");
                    if (!d.add(m, true)) continue;
                }
                int nameLast = rp.nameLast();
                if (rp.word().kind().equals("counterpart")) rp = counterpart(d, rp, held);
                if (rp != null) held.add(new Held(m, rp));
                i = nameLast - 1;
            }
        }
        // 2. given name + following words
        for (int i = d.words.nextMayBeGivenName(0, d.size()); i < d.size(); i = d.words.nextMayBeGivenName(i + 1, d.size())) {
            if (thing[i] || Names.givenName(d, i) == null || !Names.nameToken(d, i, false)) continue; // the cheap test first
            if (Names.inTheNameOf(d, i)) continue; // «باسم المركز»: «in the name of», not the given name باسم
            if (i > 0 && d.isWord(i - 1) && d.lex.roles().match(d.words, i - 1, true) != null) continue; // «متحدث باسم X»
            int stripped = strippedForGiven(d, i);
            if (stripped > 0 && "وف".indexOf(d.tok(i).key().charAt(0)) < 0) continue;
            int end = RoleParser.extend(d, i);
            if (end - i < 2) continue;
            boolean repeated = Names.count(d, d.tok(end - 1).key()) >= 2;
            if (!boundary(d, end) && !repeated && !Names.verbForm(d, i, end)
                    && !(d.mentionAt(end) != null && d.mentionAt(end).type() != EntityType.PERSON)) continue;
            String lastText = d.tok(end - 1).text();
            if (!repeated && !d.tok(end - 1).key().startsWith("ال") && lastText.endsWith("ا") && !lastText.endsWith("يا")) continue;
            Mention m = d.mention(i, end, stripped, EntityType.PERSON, null, null, "given");
            if (d.add(m, false)) i = end - 1;
        }
        // 3. speech verb + name followed by a boundary
        KnownWords known = knownWords(d);
        for (int i = d.words.nextMayBeSpeechCue(0, d.size() - 1); i + 1 < d.size(); i = d.words.nextMayBeSpeechCue(i + 1, d.size() - 1)) {
            org.khabar.lexicon.SpeechCue cue = Names.speechCue(d, i);
            if (cue == null || thing[i + 1] || Names.inTheNameOf(d, i + 1) || !Names.nameToken(d, i + 1, false) || Names.verbLike(d, i + 1)) continue;
            if (cue.form().equals("participle") || cue.form().equals("noun")) continue;
            if (cue.strict() && !Subjects.clauseInitial(d, i, d.sentenceOf(i))) continue;
            int j = i + 1;
            int best = -1;
            for (int k = j + 1; k <= j + 3 && k <= d.size(); k++) {
                if (!Names.nameToken(d, k - 1, k - 1 > j)) break;
                if (boundary(d, k)) best = k;
            }
            if (best == j + 1 && Names.count(d, d.tok(j).key()) < 2 && Names.givenName(d, j) == null) best = -1;
            if (best < 0 && known.match(d.words, j)) best = j + 1;
            if (best < 0 || (best == j + 1 && d.tok(j).key().length() < 3)) continue;
            if (best > j + 1 && !nameEvidence(d, j, best, known)) continue; // «كشف مدى حقد»: no sign of a name
            d.add(d.mention(j, best, 0, EntityType.PERSON, null, null, "cue"), false);
        }
        // role + lone word: accepted when the word is a known surname
        KnownWords surnames = knownWords(d);
        for (RolePhrase rp : deferred) {
            if (d.mentionAt(rp.nameFirst()) != null || !surnames.match(d.words, rp.nameFirst())) continue;
            Mention m = d.mention(rp.nameFirst(), rp.nameLast(), 0, EntityType.PERSON, null, null, "role");
            if (d.add(m, false)) held.add(new Held(m, rp.word().kind().equals("counterpart") ? counterpart(d, rp, held) : rp));
        }
        held.removeIf(h -> h.role() == null);
        // 4. apposition: name، role
        for (Mention m : d.mentions()) {
            if (m.type() != EntityType.PERSON) continue;
            int k = m.last();
            if (d.isPunct(k, "،")) k++;
            else if (meetingBefore(d, m.first())) continue; // «يستقبل الرئيس بوتين وزير الخارجية»: an object, not apposition
            if (!d.isWord(k) || d.mentionAt(k) != null) continue;
            RolePhrase rp = RoleParser.parse(d, k);
            if (rp != null && !rp.word().isSource() && !rp.word().isTitle() && !rp.named()
                    && !rp.word().kind().equals("counterpart") && rp.last() > k) {
                held.add(new Held(m, rp));
            }
        }
        return held;
    }

    /** «X نظيره التركي Y»: Y holds X's role (the last role in the sentence) in the counterpart's country. */
    private static RolePhrase counterpart(Doc d, RolePhrase rp, List<Held> held) {
        var s = d.sentenceOf(rp.first());
        for (int n = held.size() - 1; n >= 0; n--) {
            RolePhrase prev = held.get(n).role();
            if (s == null || prev.first() < s.first()) break;
            if (prev.word().kind().equals("counterpart")) continue;
            return new RolePhrase(rp.first(), rp.last(), rp.start(), rp.end(), prev.word(), rp.title(), rp.affiliation(),
                    rp.countryId(), rp.nameFirst(), rp.nameLast(), rp.definiteRole());
        }
        return rp.countryId() != null ? rp : null;
    }

    private static boolean meetingBefore(Doc d, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (d.isWord(k) && d.lex.meetings().match(d.words, k, true) != null) return true;
        }
        return false;
    }

    private static int strippedForGiven(Doc d, int i) {
        org.khabar.lexicon.Words w = d.words;
        for (int c = w.from(i); c < w.to(i); c++) {
            if (d.lex.gazetteer().givenName(w.id(c)) != null && !w.key(c).startsWith("ال")) return w.stripped(c);
        }
        return 0;
    }

    /** Tokens after which a name cannot go on: punctuation, particles, time words, roles, cues, other entities. */
    static boolean boundary(Doc d, int k) {
        if (k >= d.size() || !d.isWord(k)) return true;
        String key = d.tok(k).key();
        if (key.startsWith("لل") || key.startsWith("بال") || key.startsWith("وال") || key.startsWith("فال")) return true;
        String sw = d.stopword(k);
        if ("particle".equals(sw) || "time".equals(sw)) return true;
        if (d.lex.roles().match(d.words, k, true) != null) return true;
        if (Names.speechCue(d, k) != null) return true;
        if (d.lex.days().match(d.words, k, true) != null) return true;
        return false;
    }

    /**
     * A speech verb followed by two or three unknown words is a name only with some evidence: a known
     * given name first, a connector inside (بن، أبو), a word of a name found elsewhere, or a last word
     * that recurs in the article (a surname used again).
     */
    static boolean nameEvidence(Doc d, int first, int last, KnownWords known) {
        if (Names.givenName(d, first) != null) return true;
        for (int k = first; k < last; k++) {
            if (Names.CONNECTORS.contains(d.tok(k).key())) return true;
            if (known.match(d.words, k)) return true;
        }
        return Names.count(d, d.tok(last - 1).key()) >= 2;
    }

    /** Every word of the names found so far, to accept a lone known surname after a speech verb. */
    private static KnownWords knownWords(Doc d) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Mention m : d.mentions()) {
            if (m.type() != EntityType.PERSON) continue;
            String key = m.key();
            for (int s = 0, e; s <= key.length(); s = e + 1) { // the words of the key, as split(" ") gives them
                e = key.indexOf(' ', s);
                if (e < 0) e = key.length();
                if (e - s < 3) continue;
                String w = key.substring(s, e);
                if (!Names.CONNECTORS.contains(w)) words.add(w);
            }
        }
        return new KnownWords(words);
    }

    /**
     * A set of one-word keys, matched like a {@link PhraseIndex} of one-word phrases: a word token
     * whose key, or one of its clitic candidates, is in the set.
     */
    record KnownWords(java.util.Set<String> words) {
        boolean match(Words w, int i) {
            if (!w.word(i) || words.isEmpty()) return false;
            for (int c = w.from(i); c < w.to(i); c++) if (words.contains(w.key(c))) return true;
            return false;
        }
    }
}
