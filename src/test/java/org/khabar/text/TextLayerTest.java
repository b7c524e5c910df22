package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLayerTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "سورية, سوريا", "سوريّة, سوريا", "أحمد, احمد", "إيران, ايران", "آذار, اذار", "مصطفى, مصطفي",
            "سيرغي, سيرجي", "بوغدانوف, بوجدانوف", "ماتفيينكو, ماتفينكو", "مـــصر, مصر", "مُحَمَّد, محمد",
            "المؤتمر, الموتمر", "٢٠١٥, 2015", "حماة, حماه"})
    void variantsShareAKey(String a, String b) {
        assertThat(ArabicNormalizer.key(a)).isEqualTo(ArabicNormalizer.key(b));
    }

    @Test
    void differentWordsKeepDifferentKeys() {
        assertThat(ArabicNormalizer.key("قال")).isNotEqualTo(ArabicNormalizer.key("غال"));
        assertThat(ArabicNormalizer.key("حلب")).isNotEqualTo(ArabicNormalizer.key("حلم"));
    }

    @Test
    void cliticCandidatesComeWholeFirst() {
        List<Clitics.Candidate> c = Clitics.candidates(ArabicNormalizer.key("لافروف"));
        assertThat(c.get(0).key()).isEqualTo("لافروف");
        assertThat(Clitics.candidates(ArabicNormalizer.key("وبالقاهرة"))).extracting(Clitics.Candidate::key).contains("القاهره");
        assertThat(Clitics.candidates(ArabicNormalizer.key("للمجلس"))).extracting(Clitics.Candidate::key).contains("المغلس");
        assertThat(Clitics.candidates("وب")).extracting(Clitics.Candidate::key).containsExactly("وب");
    }

    /** The proclitic loop as first written: every prefix tested in this order on every key. */
    private static List<Clitics.Candidate> referenceCandidates(String key) {
        String[] prefixes = {"وبال", "وكال", "فبال", "ولل", "فلل", "وب", "ول", "وك", "فب", "فل", "فك",
                "بال", "كال", "لل", "و", "ف", "ب", "ل", "ك"};
        List<Clitics.Candidate> out = new java.util.ArrayList<>();
        out.add(new Clitics.Candidate(key, 0));
        if (!Clitics.mayStrip(key)) return out;
        for (String p : prefixes) {
            if (key.length() - p.length() < 2 || !key.startsWith(p)) continue;
            if (p.endsWith("لل")) {
                out.add(new Clitics.Candidate("ال" + key.substring(p.length()), p.length() - 2));
                out.add(new Clitics.Candidate(key.substring(p.length() - 1), p.length() - 2));
            } else if (p.endsWith("ال")) {
                out.add(new Clitics.Candidate(key.substring(p.length() - 2), p.length() - 2));
            } else {
                out.add(new Clitics.Candidate(key.substring(p.length()), p.length()));
            }
        }
        return out;
    }

    @Test
    void cliticCandidatesFollowThePrefixOrder() {
        for (String word : List.of("وبالقاهرة", "وكالعادة", "فبالرياض", "وللمجلس", "فللواء", "وبغداد", "ولبنان", "وكذلك",
                "فبعد", "فلسطين", "فكرة", "بالرئيس", "كالعادة", "للمجلس", "وزير", "فرنسا", "بوتين", "لافروف", "كييف",
                "وب", "ولل", "بال", "قال", "الرياض")) {
            String key = ArabicNormalizer.key(word);
            assertThat(Clitics.candidates(key)).as(word).isEqualTo(referenceCandidates(key));
        }
    }

    @Test
    void cliticPositionsNameTheSameCandidates() {
        for (String word : List.of("وبالقاهرة", "للمجلس", "فللواء", "ولافروف", "كالعادة", "بوتين", "وب", "الرياض")) {
            String key = ArabicNormalizer.key(word);
            List<Clitics.Candidate> positions = new java.util.ArrayList<>();
            Clitics.candidates(key, (from, article, stripped) ->
                    positions.add(new Clitics.Candidate((article ? "ال" : "") + key.substring(from), stripped)));
            assertThat(positions).as(word).isEqualTo(Clitics.candidates(key)).startsWith(new Clitics.Candidate(key, 0));
        }
    }

    @Test
    void theStrippedCandidatesAreAllButTheWholeKey() {
        for (String word : List.of("وبالقاهرة", "للمجلس", "فللواء", "ولافروف", "كالعادة", "بوتين", "وب", "ولل", "الرياض", "قال")) {
            String key = ArabicNormalizer.key(word);
            List<Clitics.Candidate> stripped = new java.util.ArrayList<>();
            stripped.add(new Clitics.Candidate(key, 0));
            if (Clitics.mayStrip(key)) {
                Clitics.stripped(key, (from, article, n) ->
                        stripped.add(new Clitics.Candidate((article ? "ال" : "") + key.substring(from), n)));
            }
            assertThat(stripped).as(word).isEqualTo(Clitics.candidates(key));
        }
    }

    @Test
    void wordKeysFoldEveryArabicCharacterAsKeysDo() {
        for (char c = '\u0600'; c <= '\u06FF'; c++) {
            String word = "ب" + c + "يه";
            assertThat(ArabicNormalizer.wordKey(word, 0, word.length())).as("U+%04X", (int) c).isEqualTo(ArabicNormalizer.key(word));
        }
    }

    @Test
    void keysInOnePassAgreeWithTheGeneralWay() {
        for (char c = 0; c < '\uFFFF'; c++) {
            for (String word : new String[] {"ب" + c + "يه", c + "ي" + c + "ي", String.valueOf(c), "سور" + c}) {
                assertThat(ArabicNormalizer.key(word)).as("U+%04X", (int) c).isEqualTo(ArabicNormalizer.phraseKey(word));
            }
        }
        for (String phrase : List.of("", " ", "وزير الخارجية", "  سوريّة   والعراق ", "مُحَمَّد\tبن\nسلمان", "بيه بيه", "ماتفيينكو",
                "U.S.A 2015", "الـــــرياض", "\u200Fسوريا\u200F", "أ", "يي يه", "  ", "\t", "سوريه  سوريه ", "ي ي", "بيي\u2003سوريه",
                "a\u00A0b", " \u064E سوريّة", "ـ ـ", "بيه\u200C بيه")) {
            assertThat(ArabicNormalizer.key(phrase)).as(phrase).isEqualTo(ArabicNormalizer.phraseKey(phrase));
        }
    }

    @Test
    void theKeyFormOfATokenAgreesWithItsKey() {
        String text = "و ف ب ل ك وب فل بن لل كم وزير فرنسا بوتين لافروف كتب كييف قال الرياض ـــ وـــ ُ ٢٠١٥ 2015 Aa "
                + "وبالقاهرة للمجلس فللواء ولافروف كالعادة «نعم»، \uD83D\uDE00 ok";
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        for (String w : List.of("و", "بن", "وزير", "قال", "لل", "كتب", "الرياض")) ids.put(ArabicNormalizer.key(w), ids.size());
        List<String> byId = new java.util.ArrayList<>(ids.keySet());
        byId.sort(java.util.Comparator.comparing(ids::get));
        Tokenizer.KnownKeys known = new Tokenizer.KnownKeys() {
            @Override
            public int id(char[] b, int n, int hash) { return ids.getOrDefault(new String(b, 0, n), -1); }

            @Override
            public String key(int id) { return byId.get(id); }
        };
        int known0 = 0;
        for (List<Token> tokens : List.of(Tokenizer.tokenize(text), Tokenizer.tokenize(text, known))) {
            for (Token t : tokens) {
                String k = t.key();
                Token plain = new Token(t.index(), t.start(), t.end(), t.text(), k, t.word());
                for (Token x : List.of(t, plain)) {
                    assertThat(x.keyEmpty()).as(k).isEqualTo(k.isEmpty());
                    assertThat(x.keyMayStrip()).as(k).isEqualTo(Clitics.mayStrip(k));
                    assertThat(x.keyProclitic()).as(k).isEqualTo(k.length() >= 2 && "وفبل".indexOf(k.charAt(0)) >= 0);
                }
                if (t.keyId() >= 0) known0++;
            }
        }
        assertThat(known0).isGreaterThanOrEqualTo(6);
        assertThat(Tokenizer.tokenize(text)).anyMatch(Token::keyEmpty).anyMatch(Token::keyMayStrip).anyMatch(Token::keyProclitic);
    }

    @Test
    void tokenTextIsCutOutOnDemand() {
        String longWord = "ا".repeat(50) + "ـــ" + "ب".repeat(40); // longer than the tokenizer's first scratch buffer
        String text = "قالَ، الوزيـــر " + longWord + " ٢٠١٥ «نعم»؛ \uD83D\uDE00 ok";
        List<Token> tokens = Tokenizer.tokenize(text);
        for (Token k : tokens) {
            String written = text.substring(k.start(), k.end());
            assertThat(k.text()).isEqualTo(written).isSameAs(k.text());
            assertThat(k.key()).isEqualTo(k.word() ? ArabicNormalizer.key(written) : written);
            assertThat(k.keyHash()).isEqualTo(k.key().hashCode());
            Token eager = new Token(k.index(), k.start(), k.end(), written, k.key(), k.word());
            assertThat(k).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
        }
        assertThat(tokens).extracting(Token::text).contains(longWord, "،", "؛", "\uD83D\uDE00");
        assertThat(Tokenizer.tokenize("، و ،").get(0).text()).isSameAs(Tokenizer.tokenize("،").get(0).text());
        for (String p : List.of("“", "”", "…", "–", "\u2030", "\u2070", "\u1FFF", "\u20AC")) { // General Punctuation shared, others not
            Token a = Tokenizer.tokenize("نعم " + p).get(1), b = Tokenizer.tokenize(p).get(0);
            assertThat(a.text()).isEqualTo(p).isEqualTo(b.text());
            assertThat(a.key()).isEqualTo(p);
            if (p.charAt(0) >= '\u2000' && p.charAt(0) < '\u2070') assertThat(a.text()).isSameAs(b.text());
        }
    }

    @Test
    void tokensKeepOffsetsIntoTheOriginalText() {
        String text = "قالَ   الوزيـــر: «نعم».";
        TextLayer t = TextLayer.of(text);
        for (Token k : t.tokens()) assertThat(text.substring(k.start(), k.end())).isEqualTo(k.text());
        assertThat(t.tokens()).extracting(Token::text).containsExactly("قالَ", "الوزيـــر", ":", "«", "نعم", "»", ".");
    }

    @Test
    void aSentenceSplitNeverCutsAQuotation() {
        String text = "قال الوزير: «لن نتراجع. هذا موقفنا». وأضاف أن الحوار مستمر.";
        List<Sentence> s = TextLayer.of(text).sentences();
        assertThat(s).hasSize(2);
        assertThat(text.substring(s.get(0).start(), s.get(0).end())).isEqualTo("قال الوزير: «لن نتراجع. هذا موقفنا».");
    }

    @Test
    void parenthesesAndAsciiQuotesAreTracked() {
        String text = "ذكر المصدر (وهو مسؤول. رفض ذكر اسمه) أن \"الأمر. انتهى\" اليوم. ثم غادر.";
        assertThat(TextLayer.of(text).sentences()).hasSize(2);
    }

    @Test
    void anUnclosedQuoteEndsAtTheLineBreak() {
        String text = "قال: «هذا خطأ. نعم\nوأضاف أنه سيعود. ثم غادر.";
        List<Sentence> s = TextLayer.of(text).sentences();
        assertThat(s).hasSize(3);
        assertThat(s.get(0).paragraph()).isZero();
        assertThat(s.get(1).paragraph()).isEqualTo(1);
    }

    @Test
    void numbersWithDotsStayOneToken() {
        assertThat(TextLayer.of("في الساعة 19.40 مساء.").tokens()).extracting(Token::text).contains("19.40");
    }

    @Test
    void boilerplateLinesAreIgnoredWithoutShiftingOffsets() {
        String text = "قال الوزير إن الحوار مستمر.\n\nاترك تعليقاً\n\nزر الذهاب إلى الأعلى\n";
        TextLayer t = TextLayer.of(text);
        assertThat(t.sentences()).hasSize(1);
        assertThat(t.tokens().get(t.tokens().size() - 1).end()).isEqualTo(text.indexOf("الأعلى") + "الأعلى".length());
    }
}
