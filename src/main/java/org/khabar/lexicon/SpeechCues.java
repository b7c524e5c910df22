package org.khabar.lexicon;

import java.util.HashMap;
import java.util.Map;
import org.khabar.graph.SpeechType;
import org.khabar.text.ArabicNormalizer;

/** The speech cue verbs of {@code speech-cues.tsv} in all their derived forms, by word key. */
public final class SpeechCues {
    private final Map<String, SpeechCue> byKey = new HashMap<>();
    private SpeechCue[] byId = new SpeechCue[0];

    public SpeechCue get(String key) { return byKey.get(key); }

    /** {@link #get(String)} by vocabulary id ({@link Vocabulary#NONE} gives null). */
    public SpeechCue get(int wordId) { return wordId < 0 ? null : byId[wordId]; }

    void compile(Vocabulary v) {
        SpeechCue[] a = new SpeechCue[v.size()];
        for (Map.Entry<String, SpeechCue> e : byKey.entrySet()) a[v.id(e.getKey())] = e.getValue();
        byId = a;
    }

    java.util.Set<String> words() { return byKey.keySet(); }

    public int size() { return byKey.size(); }

    public static SpeechCues load(Tsv t) {
        SpeechCues c = new SpeechCues();
        for (Tsv.Row r : t.rows()) {
            SpeechType type = SpeechType.valueOf(t.require(r, "type"));
            String past = t.require(r, "past");
            boolean strict = t.get(r, "strict").equals("1");
            String needs = t.get(r, "needs");
            String needKey = needs.isEmpty() ? null : ArabicNormalizer.key(needs);
            String lemma = past;
            c.addPast(type, lemma, past, strict, needKey);
            String present = t.get(r, "present");
            if (!present.isEmpty()) {
                c.put(present, new SpeechCue(type, lemma, "present", false, strict, needKey));
                c.put("ت" + present.substring(1), new SpeechCue(type, lemma, "present", true, strict, needKey));
                c.put(present + "ون", new SpeechCue(type, lemma, "present", false, strict, needKey));
                c.put(present + "ان", new SpeechCue(type, lemma, "present", false, strict, needKey));
                c.put("س" + present, new SpeechCue(type, lemma, "future", false, strict, needKey));
                c.put("ست" + present.substring(1), new SpeechCue(type, lemma, "future", true, strict, needKey));
            }
            String part = t.get(r, "participle");
            if (!part.isEmpty()) {
                c.put(part + "ا", new SpeechCue(type, lemma, "participle", false, strict, needKey));
                c.put(part + "ة", new SpeechCue(type, lemma, "participle", true, strict, needKey));
                c.put(part + "ين", new SpeechCue(type, lemma, "participle", false, strict, needKey));
            }
            for (String x : t.list(r, "extra")) {
                boolean fem = x.endsWith("ت") || x.endsWith("ها") || x.endsWith("ة");
                String form = x.startsWith("قول") ? "noun" : "past";
                c.put(x, new SpeechCue(type, lemma, form, fem, strict, needKey));
            }
        }
        return c;
    }

    private void addPast(SpeechType type, String lemma, String past, boolean strict, String needs) {
        put(past, new SpeechCue(type, lemma, "past", false, strict, needs));
        String stem = past;
        if (past.endsWith("ى") || past.endsWith("ا")) stem = past.substring(0, past.length() - 1);
        put(stem + "ت", new SpeechCue(type, lemma, "past", true, strict, needs));
        put(past.endsWith("ى") || past.endsWith("ا") ? stem + "وا" : past + "وا", new SpeechCue(type, lemma, "past", false, strict, needs));
        if (!past.endsWith("ا") && !past.endsWith("ى")) {
            put(past + "ا", new SpeechCue(type, lemma, "past", false, strict, needs));
            put(past + "تا", new SpeechCue(type, lemma, "past", true, strict, needs));
        }
    }

    private void put(String form, SpeechCue cue) {
        byKey.putIfAbsent(ArabicNormalizer.key(form), cue);
    }
}
