package org.khabar.extract;

import java.util.ArrayList;
import java.util.List;
import org.khabar.graph.EntityType;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.Sentence;

/**
 * Who does what a verb reports: the explicit subject after the verb (a named entity, a role
 * phrase with a name, or a role resolved by {@link Coref}), coordinated subjects («واشنطن
 * وأنقرة»), or the subject before «قد» in «وكان X قد أكد». Tells apart a dropped subject
 * (particle, quote, colon or an indefinite object follows) from an unnamed one («المصادر»).
 */
final class Subjects {
    /** The subject ids (empty when dropped), where the subject phrase ends, and whether an unnamed subject was explicit. */
    record Found(List<String> ids, int end, boolean unnamed, boolean viaRole, RolePhrase role) {
        static Found dropped(int at) { return new Found(List.of(), at, false, false, null); }
    }

    private static final String QAD = ArabicNormalizer.key("قد");

    private Subjects() {}

    static Found after(EntityTable t, int j, Sentence s) {
        Doc d = t.d;
        if (j >= s.last() || !d.isWord(j)) return Found.dropped(j);
        if (d.tok(j).key().equals(QAD) && j + 1 < s.last()) j++;
        // «صاحب السمو الملكي الأمير X», «معالي الوزير»: forms of address are skipped; «سموه», «معاليه» refer back
        while (j + 1 < s.last() && honorific(d, j) && !honorificPronoun(d, j)) j++;
        if (honorificPronoun(d, j)) {
            String id = lastPersonBefore(t, j);
            return id == null ? new Found(List.of(), j + 1, true, false, null) : new Found(List.of(id), j + 1, false, true, null);
        }
        Mention m = d.mentionAt(j);
        if (m != null && m.first() == j) {
            List<String> ids = new ArrayList<>();
            ids.add(t.id(m));
            int e = m.last();
            while (e < s.last() && d.isWord(e) && d.tok(e).key().startsWith("و")) {
                Mention n = d.mentionAt(e);
                if (n == null || n.first() != e || n.type() != m.type()) break;
                if (!ids.contains(t.id(n))) ids.add(t.id(n));
                e = n.last();
            }
            return new Found(ids, e, false, false, null);
        }
        RolePhrase rp = RoleParser.parse(d, j);
        if (rp != null) {
            if (rp.word().kind().equals("counterpart")) return Found.dropped(j);
            if (rp.named()) {
                Mention n = d.mentionAt(rp.nameFirst());
                String id = t.id(n);
                if (id != null) return new Found(List.of(id), n.last(), false, false, rp);
            }
            if (rp.word().dual()) return new Found(List.of(), rp.last(), true, true, rp);
            String id = Coref.resolve(t, rp, j);
            if (id != null) return new Found(List.of(id), rp.last(), false, true, rp);
            String org = organizationSpeaking(t, rp);
            if (org != null) return new Found(List.of(org), rp.last(), false, true, rp);
            return new Found(List.of(), rp.last(), true, true, rp);
        }
        String sw = d.stopword(j);
        if ("particle".equals(sw) || "time".equals(sw)) return Found.dropped(j);
        if (d.lex.orgHeads().match(d.words, j, true) != null) return new Found(List.of(), j + 1, true, false, null);
        if ("noun".equals(sw) || d.definite(j)) return new Found(List.of(), j + 1, true, false, null);
        return Found.dropped(j);
    }

    /**
     * «وكان X قد أكد» / «وكان X، ...، أشار»: the subject after a sentence-initial كان, when the verb is
     * right after «قد» or is the first verb of the sentence.
     */
    static Found before(EntityTable t, int i, Sentence s) {
        Doc d = t.d;
        String k0 = d.tok(s.first()).key();
        if ((k0.equals("وكان") || k0.equals("كان") || k0.equals("وكانت") || k0.equals("كانت")) && i > s.first() + 1
                && (i - 1 < s.first() || !d.tok(i - 1).key().equals(QAD))) {
            for (int k = s.first() + 1; k < i; k++) if (Names.speechCue(d, k) != null) return null;
            Found f = after(t, s.first() + 1, s);
            return f.ids().isEmpty() ? null : f;
        }
        if (i - 1 < s.first() || !d.tok(i - 1).key().equals(QAD)) return null;
        for (int k = i - 2; k >= s.first() && k >= i - 12; k--) {
            String key = d.tok(k).key();
            if (key.endsWith("كان") || key.endsWith("كانت")) {
                if (k + 1 == i - 1) return null; // «كان قد أكد»: the subject is dropped
                Found f = after(t, k + 1, s);
                if (!f.ids().isEmpty() || f.unnamed()) return f;
                return new Found(List.of(), k + 1, true, false, null); // «كانت المعلمة قد اتهمت»: unnamed
            }
        }
        return null;
    }

    /**
     * «المتحدث الأمني بوزارة الداخلية», «مصدر في وزارة الخارجية», «مسؤول في الشركة»: an unnamed spokesperson,
     * source or official of a named organization speaks for it, when no person can be meant.
     */
    static String organizationSpeaking(EntityTable t, RolePhrase rp) {
        String kind = rp.word().kind();
        if (!kind.equals("spokesperson") && !kind.equals("source") && !kind.equals("generic")) return null;
        Mention a = rp.affiliation();
        if (a == null || a.type() != EntityType.ORGANIZATION) return null;
        if (t.d.tok(rp.first()).key().startsWith("مصادر") || rp.word().dual()) return null; // several sources: not one voice
        return t.id(a);
    }

    /** A form of address («معالي», «صاحب السمو», «فخامة») that is no part of a mention. */
    static boolean honorific(Doc d, int j) {
        return d.isWord(j) && d.mentionAt(j) == null && "honorific".equals(d.stopword(j));
    }

    /** «سموه», «معاليه», «فخامته»: the pronoun form of an honorific, which refers back to a person. */
    static boolean honorificPronoun(Doc d, int j) {
        return honorific(d, j) && d.tok(j).key().length() >= 4 && d.tok(j).key().endsWith("ه");
    }

    /** The person mentioned last before token {@code i} (within the previous few sentences), or null. */
    static String lastPersonBefore(EntityTable t, int i) {
        for (int k = i - 1; k >= 0 && k > i - 150; k--) {
            Mention m = t.d.mentionAt(k);
            if (m != null && m.type() == EntityType.PERSON) return t.id(m);
        }
        return null;
    }

    /** The nearest person mentioned before token {@code i} in the sentence. */
    static String personBefore(EntityTable t, int i, Sentence s) {
        for (int k = i - 1; k >= s.first(); k--) {
            Mention m = t.d.mentionAt(k);
            if (m != null && m.type() == EntityType.PERSON) return t.id(m);
        }
        return null;
    }

    /** True when the word at {@code i} starts a clause: sentence start, و/ف, after a comma or colon, after كما/ثم. */
    static boolean clauseInitial(Doc d, int i, Sentence s) {
        if (i == s.first()) return true;
        if (Names.conjoined(d, i)) return true;
        int p = i - 1;
        if (!d.tok(p).word()) {
            String x = d.tok(p).text();
            return x.equals("،") || x.equals(",") || x.equals(":") || x.equals("-") || x.equals("(") || x.equals("؛") || x.equals("»");
        }
        String k = d.tok(p).key();
        return k.equals("كما") || k.equals("ثم") || k.equals("وكما") || k.equals("فيما") || k.equals("بينما")
                || k.equals("ولكن") || k.equals("لكن") || (p == s.first() && k.length() <= 4 && d.stopword(p) != null);
    }
}
