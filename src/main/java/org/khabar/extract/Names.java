package org.khabar.extract;

import java.util.Set;
import org.khabar.text.ArabicNormalizer;
import org.khabar.lexicon.Words;
import org.khabar.text.Token;

/** What may be part of a personal name, and the connectors inside names (بن، عبد، أبو، دي ...). */
final class Names {
    static final Set<String> CONNECTORS = keys("بن", "بنت", "ابن", "عبد", "أبو", "أبي", "آل", "ولد", "بو");
    static final Set<String> PARTICLES = keys("دي", "دو", "دا", "فان", "فون", "دل", "لا", "لو", "ديل", "دى");

    private Names() {}

    private static Set<String> keys(String... words) {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String w : words) s.add(ArabicNormalizer.key(w));
        return Set.copyOf(s);
    }

    /** True when token {@code i} may be part of a name (first word: {@code allowDefinite} false unless after a title). */
    static boolean nameToken(Doc d, int i, boolean allowDefinite) {
        if (!d.isWord(i) || d.mentionAt(i) != null || d.nisba[i] != null) return false;
        int known = allowDefinite ? 4 : 1;
        int bits = d.nameWord[i];
        if ((bits & known) == 0) {
            bits |= known | (nameWord(d, i, allowDefinite) ? known << 1 : 0);
            d.nameWord[i] = (byte) bits;
        }
        return (bits & known << 1) != 0;
    }

    /** The tests of {@link #nameToken} that depend on the word alone (not on what was found around it). */
    private static boolean nameWord(Doc d, int i, boolean allowDefinite) {
        Token t = d.tok(i);
        String k = t.key();
        if (k.length() < 2) return false;
        for (int c = 0; c < t.text().length(); c++) {
            char ch = t.text().charAt(c);
            if (Character.isDigit(ch) || (ch < 0x600 && Character.isLetter(ch))) return false;
        }
        if (d.stopword(i) != null) return false;
        if (!allowDefinite && d.definite(i)) return false;
        if (!allowDefinite && t.text().endsWith("ات") && d.lex.gazetteer().givenName(d.words.wordId(i)) == null) return false; // «إدارات»
        if (k.startsWith("لل")) return false;
        // «بتحقيق», «لتعزيز»: a preposition on a verbal noun
        if ((k.startsWith("بت") || k.startsWith("لت") || k.startsWith("وبت") || k.startsWith("ولت")) && k.length() >= 5
                && d.lex.gazetteer().givenName(d.words.wordId(i)) == null) return false;
        if (d.lex.gazetteer().givenName(d.words.wordId(i)) == null && notName(t.text())) return false;
        // «لإجراء», «بإنشاء»: a preposition on a verbal noun with hamza below; no name is written so
        String x = t.text();
        if ((x.startsWith("لإ") || x.startsWith("بإ") || x.startsWith("ولإ") || x.startsWith("وبإ")) && givenName(d, i) == null) return false;
        if (isCueOrHead(d, i) && !(givenName(d, i) != null && patronymicNext(d, i))) return false; // «سلطان بن خالد»
        return true;
    }

    /** Nouns that take a person's name as the name of a thing: «جامعة الملك X», «ملعب الأمير X», «جائزة الشيخ X». */
    static final Set<String> NAMED_AFTER = keys("ملعب", "استاد", "جامع", "مسجد", "قلعة", "شارع", "طريق", "مستشفى", "مدينة",
            "جامعة", "مؤسسة", "مركز", "كلية", "مدرسة", "معهد", "جائزة", "كأس", "قاعة", "برج", "جسر", "سد", "مكتبة", "مطار",
            "ميناء", "قاعدة", "حي", "مجمع", "صندوق", "برنامج", "مشروع", "منحة", "وقف", "دارة", "متحف", "حديقة", "ميدان", "نادي");

    /**
     * True when the word before token {@code i} names a thing after a person («مدينة الملك عبدالله»,
     * «قلعة الملك عبدالعزيز»): the person's name there is part of a facility or institution name.
     */
    static boolean afterNamedThing(Doc d, int i) {
        int p = i - 1;
        if (p < 0 || !d.isWord(p)) return false;
        Words w = d.words;
        for (int c = w.from(p); c < w.to(p); c++) {
            String key = w.key(c);
            if (!key.startsWith("ال") && NAMED_AFTER.contains(key)) return true;
        }
        return false;
    }

    private static final Set<String> BISM = keys("باسم", "وباسم");

    /** «باسم المركز», «باسم الدين»: the given name باسم before a definite word is the phrase «in the name of». */
    static boolean inTheNameOf(Doc d, int i) {
        return d.isWord(i) && BISM.contains(d.tok(i).key()) && i + 1 < d.size() && d.isWord(i + 1) && d.definite(i + 1);
    }

    private static final Set<String> SON_OF = keys("بن", "ابن", "بنت");

    /** True when token {@code i} is followed by بن/ابن/بنت: it is a given name, whatever else the word means. */
    static boolean patronymicNext(Doc d, int i) {
        return i + 1 < d.size() && d.isWord(i + 1) && SON_OF.contains(d.tok(i + 1).key());
    }

    /** «تعرض», «يعد»: a short word with a present-tense prefix starts no name unless it is a known given name. */
    static boolean verbLike(Doc d, int i) {
        String k = d.tok(i).key();
        return k.length() <= 4 && (k.startsWith("ت") || k.startsWith("ي")) && givenName(d, i) == null;
    }

    /**
     * «خالد باسهل سينضم», «حمود يشعر»: after an Arabic given name at {@code first}, an imperfect verb
     * (with or without the future or purpose prefix) that no name list knows ends the name. Foreign
     * names are left alone («دراغان سيران»).
     */
    static boolean verbForm(Doc d, int first, int i) {
        if (!d.isWord(i) || givenName(d, i) != null || !"arabic".equals(givenOrigin(d, first))) return false;
        String k = d.tok(i).key();
        if (k.length() >= 4 && k.length() <= 6 && (k.startsWith("سي") || k.startsWith("ست") || k.startsWith("سن")
                || k.startsWith("لي") || k.startsWith("لت"))) return true;
        return k.length() == 4 && k.startsWith("ي");
    }

    /** Given-name origin of token {@code i} (proclitics accepted on a hit), or null. */
    static String givenOrigin(Doc d, int i) {
        Words w = d.words;
        if (!w.mayBeGivenName(i)) return null;
        for (int c = w.from(i); c < w.to(i); c++) {
            String o = d.lex.gazetteer().givenOrigin(w.id(c));
            if (o != null && !w.key(c).startsWith("ال")) return o;
        }
        return null;
    }

    /** Accusative tanween («تعليقاً»), ta marbuta, or a pronoun suffix after ta marbuta («مسؤوليته»): a noun, not a name. */
    static boolean notName(String surface) {
        int end = surface.length(); // the surface without its trailing marks
        while (end > 0 && ArabicNormalizer.isIgnorable(surface.charAt(end - 1))) {
            char c = surface.charAt(end - 1);
            if (c == '\u064B' || c == '\u064C' || c == '\u064D') return true; // tanween
            end--;
        }
        if (surface.indexOf('\u064B') >= 0) return true;
        return endsWith(surface, end, "ة") || endsWith(surface, end, "ته") || endsWith(surface, end, "ها")
                || endsWith(surface, end, "هم") || endsWith(surface, end, "هما") || endsWith(surface, end, "هن")
                || endsWith(surface, end, "كم");
    }

    private static boolean endsWith(String s, int end, String suffix) {
        return end >= suffix.length() && s.startsWith(suffix, end - suffix.length());
    }

    /** How often the word key occurs in the article (bare or after a proclitic). */
    static int count(Doc d, String key) {
        return d.count(key);
    }

    static boolean isCueOrHead(Doc d, int i) {
        byte c = d.cueOrHead[i];
        if (c == 0) {
            c = computeCueOrHead(d, i) ? (byte) 1 : (byte) 2;
            d.cueOrHead[i] = c;
        }
        return c == 1;
    }

    private static boolean computeCueOrHead(Doc d, int i) {
        if (d.lex.roles().match(d.words, i, true) != null) return true;
        if (speechCue(d, i) != null) return true;
        if (d.lex.meetings().match(d.words, i, true) != null) return true;
        if (d.lex.orgHeads().match(d.words, i, true) != null) return true;
        if (d.lex.placeHeads().match(d.words, i, true) != null) return true;
        if (d.lex.months().match(d.words, i, true) != null) return true;
        if (d.lex.days().match(d.words, i, true) != null) return true;
        return d.lex.triggers().match(d.words, i, true) != null;
    }

    /** The speech cue at token {@code i}, looking through the proclitics و ف ل only. */
    static org.khabar.lexicon.SpeechCue speechCue(Doc d, int i) {
        if (!d.isWord(i) || !d.words.mayBeSpeechCue(i)) return null; // the mask first: most words are no cue
        if (!d.speechKnown[i]) {
            d.speechCues[i] = computeSpeechCue(d, i);
            d.speechKnown[i] = true;
        }
        return d.speechCues[i];
    }

    private static org.khabar.lexicon.SpeechCue computeSpeechCue(Doc d, int i) {
        Words w = d.words;
        if (!w.mayBeSpeechCue(i)) return null;
        org.khabar.lexicon.SpeechCue c = d.lex.speech().get(w.wordId(i));
        if (c != null) return c;
        String k = d.tok(i).key();
        for (int n = w.from(i) + 1; n < w.to(i); n++) {
            int stripped = w.stripped(n);
            if (stripped == 0 || stripped > 2) continue;
            // only و، ف and وف
            if (k.charAt(0) != 'و' && k.charAt(0) != 'ف' || stripped == 2 && !k.startsWith("وف")) continue;
            c = d.lex.speech().get(w.id(n));
            if (c != null) return c;
        }
        return null;
    }

    /** True when the token has a و/ف proclitic in front of a speech cue. */
    static boolean conjoined(Doc d, int i) {
        String k = d.tok(i).key();
        return (k.startsWith("و") || k.startsWith("ف")) && d.lex.speech().get(d.words.wordId(i)) == null;
    }

    /** Given-name gender of token {@code i} (proclitics accepted on a hit), or null. */
    static String givenName(Doc d, int i) {
        Words w = d.words;
        if (!w.mayBeGivenName(i)) return null;
        for (int c = w.from(i); c < w.to(i); c++) {
            String g = d.lex.gazetteer().givenName(w.id(c));
            if (g != null && !w.key(c).startsWith("ال")) return g;
        }
        return null;
    }
}
