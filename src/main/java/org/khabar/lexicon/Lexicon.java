package org.khabar.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.Token;

/**
 * All resources the extractor needs, loaded once from {@code org/khabar/lexicon/*.tsv}.
 *
 * <pre>{@code
 * Lexicon lex = Lexicon.standard();
 * Words w = lex.words(tokens);
 * lex.roles().match(w, i, true);   // «وزير» / «المتحدث» / «رئيس الوزراء»
 * }</pre>
 */
public final class Lexicon {
    /**
     * A head noun of org or place names.
     *
     * @param flag  org: a ministry field («الخارجية»); place: the name may be definite
     * @param open  org: an indefinite head + a definite noun is a name
     * @param nisba org: head + nisba is an organization
     */
    public record Head(String head, String kind, boolean flag, boolean open, boolean nisba) {}

    /** A meeting cue: kind (meeting/talks/visit/call/consultation) and part of speech (verb/noun/reception). */
    public record MeetingCue(String word, String kind, String pos) {}

    /** An event trigger. */
    public record Trigger(String word, String kind, String cameo) {}

    /** A month: number and calendar (gregorian/hijri). */
    public record Month(int month, boolean hijri) {}

    /** A day word: ISO day of week (0 when relative) and offset from publication (null for weekdays). */
    public record Day(int dow, Integer offset) {}

    private final Gazetteer gazetteer;
    private final SpeechCues speech;
    private final PhraseIndex<RoleWord> roles = new PhraseIndex<>();
    private final PhraseIndex<Head> orgHeads = new PhraseIndex<>();
    private final PhraseIndex<Head> placeHeads = new PhraseIndex<>();
    private final PhraseIndex<MeetingCue> meetings = new PhraseIndex<>();
    private final PhraseIndex<String> modality = new PhraseIndex<>();
    private final PhraseIndex<Trigger> triggers = new PhraseIndex<>();
    private final PhraseIndex<Month> months = new PhraseIndex<>();
    private final PhraseIndex<Day> days = new PhraseIndex<>();
    private final Map<String, String> stopwords = new HashMap<>();
    private final java.util.Set<String> orgAdjectives = new java.util.HashSet<>();
    private final Vocabulary vocabulary;
    private final String[] stopwordById;
    private final boolean[] orgAdjectiveById;
    /** By vocabulary id: one bit per phrase index that has a phrase starting with that word ({@link Words#starts}). */
    private final int[] startsById;

    private static final class Holder {
        static final Lexicon STANDARD = load(Tsv::openOptional);
    }

    /** The bundled lexicon, loaded on first use. Thread-safe and immutable after loading. */
    public static Lexicon standard() { return Holder.STANDARD; }

    /** Loads every resource through {@code loader}; the five gazetteer files may be absent. */
    public static Lexicon load(Gazetteer.Loader loader) {
        return new Lexicon(loader);
    }

    private Lexicon(Gazetteer.Loader loader) {
        gazetteer = Gazetteer.load(loader);
        speech = SpeechCues.load(required(loader, "speech-cues.tsv"));
        Tsv r = required(loader, "roles.tsv");
        for (Tsv.Row row : r.rows()) {
            String m = r.get(row, "masculine");
            String f = r.get(row, "feminine");
            String kind = r.require(row, "kind");
            if (!m.isEmpty()) addRole(m, new RoleWord(m, kind, false, false));
            if (!f.isEmpty()) addRole(f, new RoleWord(m.isEmpty() ? f : m, kind, true, false));
            for (String v : r.list(row, "variants")) {
                boolean dual = v.endsWith("ا") && !v.equals(m) || v.endsWith("اء") || v.endsWith("ون") || v.endsWith("ة") && kind.equals("source");
                addRole(v, new RoleWord(m.isEmpty() ? v : m, kind, v.endsWith("ة"), dual));
            }
        }
        heads(required(loader, "org-heads.tsv"), orgHeads, "domain");
        heads(required(loader, "place-heads.tsv"), placeHeads, "definite");
        Tsv mc = required(loader, "meeting-cues.tsv");
        for (Tsv.Row row : mc.rows()) {
            MeetingCue cue = new MeetingCue(mc.require(row, "word"), mc.require(row, "kind"), mc.require(row, "pos"));
            meetings.add(cue.word(), cue);
            for (String v : mc.list(row, "variants")) meetings.add(v, cue);
        }
        Tsv mo = required(loader, "modality.tsv");
        for (Tsv.Row row : mo.rows()) modality.add(mo.require(row, "phrase"), mo.require(row, "modality"));
        Tsv ev = required(loader, "event-triggers.tsv");
        for (Tsv.Row row : ev.rows()) {
            Trigger t = new Trigger(ev.require(row, "word"), ev.require(row, "kind"), ev.get(row, "cameo"));
            triggers.add(t.word(), t);
            for (String v : ev.list(row, "variants")) triggers.add(v, t);
        }
        Tsv ca = required(loader, "calendar.tsv");
        for (Tsv.Row row : ca.rows()) {
            months.add(ca.require(row, "name"), new Month(Integer.parseInt(ca.require(row, "month")),
                    ca.get(row, "calendar").equals("hijri")));
        }
        Tsv da = required(loader, "days.tsv");
        for (Tsv.Row row : da.rows()) {
            String dow = da.get(row, "dow");
            String off = da.get(row, "offset");
            days.add(da.require(row, "name"), new Day(dow.isEmpty() ? 0 : Integer.parseInt(dow),
                    off.isEmpty() ? null : Integer.valueOf(off)));
        }
        Tsv oa = required(loader, "org-adjectives.tsv");
        for (Tsv.Row row : oa.rows()) orgAdjectives.add(ArabicNormalizer.key(oa.require(row, "word")));
        Tsv sw = required(loader, "stopwords.tsv");
        for (Tsv.Row row : sw.rows()) stopwords.putIfAbsent(ArabicNormalizer.key(sw.require(row, "word")), sw.get(row, "class"));
        vocabulary = Vocabulary.of(words());
        startsById = new int[vocabulary.size()];
        List<PhraseIndex<?>> indexes = indexes();
        for (int n = 0; n < indexes.size(); n++) indexes.get(n).compile(vocabulary, 1 << n, startsById);
        gazetteer.compile(vocabulary, 1 << indexes.size(), startsById);
        speech.compile(vocabulary);
        for (int id = 0; id < vocabulary.size(); id++) {
            if (gazetteer.givenName(id) != null || gazetteer.givenOrigin(id) != null) startsById[id] |= Words.GIVEN_NAME;
            if (speech.get(id) != null) startsById[id] |= Words.SPEECH_CUE;
        }
        stopwordById = new String[vocabulary.size()];
        for (Map.Entry<String, String> e : stopwords.entrySet()) stopwordById[vocabulary.id(e.getKey())] = e.getValue();
        orgAdjectiveById = new boolean[vocabulary.size()];
        for (String a : orgAdjectives) orgAdjectiveById[vocabulary.id(a)] = true;
    }

    private List<PhraseIndex<?>> indexes() {
        return List.of(roles, orgHeads, placeHeads, meetings, modality, triggers, months, days);
    }

    /** Every word key of every resource, in a fixed order. */
    private List<String> words() {
        List<String> out = new ArrayList<>();
        gazetteer.collectWords(out);
        for (PhraseIndex<?> p : indexes()) p.collectWords(out);
        out.addAll(speech.words());
        out.addAll(stopwords.keySet());
        out.addAll(orgAdjectives);
        return out;
    }

    /** A document's tokens with their clitic candidates looked up in this lexicon's vocabulary, once. */
    /** The word keys this lexicon knows, for the tokenizer ({@link org.khabar.text.TextLayer#of(String, org.khabar.text.Tokenizer.KnownKeys)}). */
    public org.khabar.text.Tokenizer.KnownKeys keys() { return vocabulary; }

    public Words words(Token[] tokens) { return new Words(tokens, vocabulary, startsById, false); }

    /**
     * {@link #words(Token[])} of tokens that the tokenizer looked up in {@code scannedWith}: when
     * that is this lexicon's {@link #keys}, each word's id is its {@link Token#keyId} and the
     * vocabulary is not asked again.
     */
    public Words words(Token[] tokens, org.khabar.text.Tokenizer.KnownKeys scannedWith) {
        return new Words(tokens, vocabulary, startsById, scannedWith == vocabulary);
    }

    private void addRole(String word, RoleWord rw) {
        roles.add(word, rw);
        if (!word.startsWith("ال")) roles.add("ال" + word, rw);
    }

    private static void heads(Tsv t, PhraseIndex<Head> index, String flagColumn) {
        for (Tsv.Row row : t.rows()) {
            String h = t.require(row, "head");
            Head head = new Head(h, t.require(row, "kind"), t.get(row, flagColumn).equals("1"),
                    !t.get(row, "open").equals("0"), !t.get(row, "nisba").equals("0"));
            index.add(h, head);
            if (!h.startsWith("ال")) index.add("ال" + h, head);
        }
    }

    private static Tsv required(Gazetteer.Loader loader, String name) {
        Tsv t = loader.open(name);
        if (t == null) throw new IllegalStateException("lexicon resource " + Tsv.BASE + name + " is missing; rebuild khabar");
        return t;
    }

    public Gazetteer gazetteer() { return gazetteer; }
    public SpeechCues speech() { return speech; }
    public PhraseIndex<RoleWord> roles() { return roles; }
    public PhraseIndex<Head> orgHeads() { return orgHeads; }
    public PhraseIndex<Head> placeHeads() { return placeHeads; }
    public PhraseIndex<MeetingCue> meetings() { return meetings; }
    public PhraseIndex<String> modality() { return modality; }
    public PhraseIndex<Trigger> triggers() { return triggers; }
    public PhraseIndex<Month> months() { return months; }
    public PhraseIndex<Day> days() { return days; }

    /** True for adjectives that make a head noun a proper name («الدولي», «الوطني»). */
    public boolean orgAdjective(String key) { return orgAdjectives.contains(key); }

    /** {@link #orgAdjective(String)} by vocabulary id. */
    public boolean orgAdjective(int wordId) { return wordId >= 0 && orgAdjectiveById[wordId]; }

    /** The stopword class of a word key (particle/time/noun/adjective), or null. */
    public String stopword(String key) { return stopwords.get(key); }

    /** {@link #stopword(String)} by vocabulary id ({@link Vocabulary#NONE} gives null). */
    public String stopword(int wordId) { return wordId < 0 ? null : stopwordById[wordId]; }
}
