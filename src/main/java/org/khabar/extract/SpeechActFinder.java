package org.khabar.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.khabar.graph.Modality;
import org.khabar.graph.Span;
import org.khabar.graph.SpeechType;
import org.khabar.graph.Statement;
import org.khabar.lexicon.SpeechCue;
import org.khabar.text.Sentence;

/**
 * Speech acts: one per cue verb with a resolvable speaker. The speaker is the explicit subject,
 * the subject of «كان X قد», the speaker of the clause a participle hangs on («مضيفاً»), or for a
 * dropped subject at the start of a clause, the last speaker. The act type comes from the verb
 * (نفى → DENIED, اتهم → ACCUSED, دعا/طالب → CALLED_FOR, else STATED).
 */
final class SpeechActFinder {
    private SpeechActFinder() {}

    static List<Statement> run(EntityTable t) {
        Doc d = t.d;
        List<Statement> out = new ArrayList<>();
        String lastSpeaker = null;
        for (Sentence s : d.text.sentences()) {
            int lastCue = -100;
            String sentenceSpeaker = null;
            for (int i = d.words.nextMayBeSpeechCue(s.first(), s.last()); i < s.last(); i = d.words.nextMayBeSpeechCue(i + 1, s.last())) {
                SpeechCue cue = Names.speechCue(d, i);
                if (cue == null || d.mentionAt(i) != null) continue;
                boolean initial = Subjects.clauseInitial(d, i, s);
                if (cue.strict() && !initial) continue;
                if (cue.needs() != null && !follows(d, i, s, cue.needs())) continue;
                List<String> speakers;
                int subjectEnd = i + 1;
                double conf;
                if (cue.form().equals("participle")) {
                    if (cue.lemma().equals("قال") && i - lastCue <= 5) continue; // «وأكد X قائلاً» is one act
                    if (Names.conjoined(d, i)) continue; // «ومطالبة»: a verbal noun, not a participle clause
                    if (cue.type() == SpeechType.STATED) continue; // «مضيفاً»: the same act as the clause's verb
                    String who = sentenceSpeaker != null ? sentenceSpeaker : actorBefore(t, i, s);
                    if (who == null) who = lastSpeaker;
                    if (who == null) continue;
                    speakers = List.of(who);
                    conf = 0.6;
                } else if (cue.form().equals("noun")) {
                    String who = reportedBy(t, i, s);
                    if (who == null) continue;
                    speakers = List.of(who);
                    conf = 0.6;
                } else {
                    Subjects.Found f = Subjects.before(t, i, s);
                    if (f == null) f = Subjects.after(t, i + 1, s);
                    if (!f.ids().isEmpty()) {
                        speakers = f.ids();
                        subjectEnd = Math.max(f.end(), i + 1);
                        conf = f.viaRole() ? 0.75 : 0.9;
                        if (!f.viaRole() && (cue.form().equals("past") || cue.form().equals("present"))) {
                            for (String id : speakers) t.setGender(id, cue.feminine() ? "f" : "m");
                        }
                    } else if (f.unnamed()) {
                        continue;
                    } else {
                        if (plural(d, i) || insideReported(d, i, s)) continue;
                        String who;
                        if (!initial) who = Subjects.personBefore(t, i, s);
                        else if (sentenceSpeaker != null) who = sentenceSpeaker;
                        else {
                            who = Subjects.personBefore(t, i, s);
                            if (who == null) who = lastSpeaker;
                        }
                        if (who == null || !agrees(t, who, cue)) continue;
                        speakers = List.of(who);
                        conf = 0.65;
                    }
                }
                lastCue = i;
                for (String sp : speakers) {
                    out.add(statement(t, out.size(), cue, sp, i, subjectEnd, s, conf));
                }
                sentenceSpeaker = speakers.get(0);
                lastSpeaker = speakers.get(0);
            }
        }
        return out;
    }

    private static Statement statement(EntityTable t, int n, SpeechCue cue, String speaker, int cueAt, int subjectEnd, Sentence s, double conf) {
        Doc d = t.d;
        String text = d.article.text();
        String quote = Quotes.after(d, subjectEnd, s);
        String addressee = null;
        Mention a = d.mentionAt(subjectEnd);
        if (a != null && a.first() == subjectEnd && a.type() == org.khabar.graph.EntityType.PERSON
                && d.tok(subjectEnd).key().startsWith("ل") && a.start() > d.tok(subjectEnd).start()) {
            addressee = t.id(a);
        }
        Set<String> about = new LinkedHashSet<>();
        List<String> targets = new ArrayList<>();
        for (int k = subjectEnd; k < s.last(); k++) {
            String id = t.idAt(k);
            if (id == null || id.equals(speaker)) continue;
            if (targets.isEmpty() && (cue.type() == SpeechType.ACCUSED || cue.type() == SpeechType.CALLED_FOR) && k < subjectEnd + 8) {
                targets.add(id);
            }
            about.add(id);
        }
        boolean future = cue.form().equals("future");
        DateResolver.DateRef date = DateResolver.find(d, s.first(), s.last(), future);
        String cueText = text.substring(d.tok(cueAt).start(), d.tok(cueAt).end());
        int from = Clauses.start(d, cueAt, s);
        return new Statement(d.article.id() + "-s" + (n + 1), cue.type(), speaker, cueText, quote,
                List.copyOf(about), targets, addressee, date == null ? null : date.iso(), date == null ? null : date.text(),
                future ? Modality.PLANNED : Modality.HAPPENED, Span.of(text, from, s.end()), conf);
    }

    /** «أنه لا يستبعد»: a verb inside reported content (after أن/إن) is not a new act. */
    private static boolean insideReported(Doc d, int i, Sentence s) {
        for (int k = i - 1; k >= s.first() && k >= i - 3; k--) {
            String key = d.tok(k).key();
            if (key.equals("ان") || key.equals("انه") || key.equals("انها") || key.equals("بان") || key.equals("بانه")
                    || key.equals("وان") || key.equals("انهم")) return true;
        }
        return false;
    }

    /** A plural verb («يطالبون», «قالوا») never has a single dropped speaker. */
    private static boolean plural(Doc d, int i) {
        String k = d.tok(i).key();
        return k.endsWith("ون") || k.endsWith("وا") || k.endsWith("ين");
    }

    /** A dropped subject must agree in gender with the verb when the speaker's gender is known. */
    private static boolean agrees(EntityTable t, String id, SpeechCue cue) {
        EntityTable.Info i = t.info(id);
        if (i == null || i.type != org.khabar.graph.EntityType.PERSON) return true;
        return cue.feminine() ? !i.gender.equals("m") : !i.gender.equals("f");
    }

    /** The nearest person or organization named before token {@code i} in the sentence. */
    private static String actorBefore(EntityTable t, int i, Sentence s) {
        for (int k = i - 1; k >= s.first(); k--) {
            Mention m = t.d.mentionAt(k);
            if (m != null && (m.type() == org.khabar.graph.EntityType.PERSON || m.type() == org.khabar.graph.EntityType.ORGANIZATION)) {
                return t.id(m);
            }
        }
        return null;
    }

    private static boolean follows(Doc d, int i, Sentence s, String needs) {
        for (int k = i + 1; k < s.last() && k <= i + 10; k++) {
            String key = d.tok(k).key();
            if (key.equals(needs) || key.equals("و" + needs)) return true;
        }
        return false;
    }

    /** «نقلت وكالة X عن Y قوله»: Y, the mention right before the verbal noun. */
    private static String reportedBy(EntityTable t, int i, Sentence s) {
        for (int k = i - 1; k >= s.first() && k >= i - 4; k--) {
            Mention m = t.d.mentionAt(k);
            if (m != null) return t.id(m);
        }
        return null;
    }
}
