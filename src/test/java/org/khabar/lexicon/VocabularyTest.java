package org.khabar.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.text.Token;
import org.khabar.text.Tokenizer;

/** The packed table of {@link Vocabulary} against a plain map, word by word. */
class VocabularyTest {
    private static final String TEXT = "قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة والولايات المتحدة "
            + "بحثتا مع روسيا وللأمم المتحدة الأزمة السورية وبالقاهرة 2015 ok Lavrov";

    @Test
    void idsAreNumberedInOrderOfFirstAppearance() {
        Vocabulary v = Vocabulary.of(List.of("ب", "ا", "ب", "ج", "ا"));
        assertThat(v.size()).isEqualTo(3);
        assertThat(v.id("ب")).isZero();
        assertThat(v.id("ا")).isEqualTo(1);
        assertThat(v.id("ج")).isEqualTo(2);
        assertThat(v.id("د")).isEqualTo(Vocabulary.NONE);
    }

    @Test
    void everyLookupAgreesWithAMapOverTheStandardLexicon() {
        Lexicon lex = Lexicon.standard();
        List<String> words = new ArrayList<>();
        lex.gazetteer().collectWords(words);
        lex.roles().collectWords(words);
        words.addAll(List.of("", "ال", "x"));
        Vocabulary v = Vocabulary.of(words);
        Map<String, Integer> plain = new HashMap<>();
        for (String w : words) plain.putIfAbsent(w, plain.size());
        assertThat(v.size()).isEqualTo(plain.size()).isGreaterThan(1000);
        for (Map.Entry<String, Integer> e : plain.entrySet()) {
            String k = e.getKey();
            assertThat(v.id(k)).as(k).isEqualTo(e.getValue());
            assertThat(v.id(k, k.hashCode())).as(k).isEqualTo(e.getValue());
            assertThat(v.id(k.toCharArray(), k.length(), k.hashCode())).as(k).isEqualTo(e.getValue());
            String unknown = k + "ـزز";
            assertThat(v.id(unknown.toCharArray(), unknown.length(), unknown.hashCode())).isEqualTo(plain.getOrDefault(unknown, Vocabulary.NONE));
            // the same key as the tail of a longer one, and after «ال» restored
            String longer = "وب" + k;
            assertThat(v.id(longer, 2, false, k.hashCode())).as(k).isEqualTo(e.getValue());
            if (k.startsWith("ال") && k.length() > 2) {
                String stripped = "لل" + k.substring(2);
                assertThat(v.id(stripped, 2, true, k.hashCode())).as(k).isEqualTo(e.getValue());
            }
        }
        for (Token t : Tokenizer.tokenize(TEXT)) {
            String k = t.key();
            assertThat(v.id(k, t.keyHash())).as(k).isEqualTo(plain.getOrDefault(k, Vocabulary.NONE));
            assertThat(v.id(k + "ـزز")).isEqualTo(plain.getOrDefault(k + "ـزز", Vocabulary.NONE));
        }
    }

    @Test
    void theTokenizerTakesKnownKeysFromTheVocabulary() {
        Lexicon lex = Lexicon.standard();
        Vocabulary v = (Vocabulary) lex.keys();
        List<Token> plain = Tokenizer.tokenize(TEXT);
        List<Token> known = Tokenizer.tokenize(TEXT, v);
        assertThat(known).isEqualTo(plain);
        int shared = 0;
        for (int i = 0; i < plain.size(); i++) {
            Token t = known.get(i);
            int id = v.id(t.key());
            assertThat(t.keyId()).as(t.text()).isEqualTo(t.word() ? id : -1);
            assertThat(t.keyHash()).isEqualTo(t.key().hashCode());
            assertThat(plain.get(i).keyId()).isEqualTo(-1);
            if (t.keyId() >= 0) {
                assertThat(t.key()).isSameAs(v.key(id));
                shared++;
            }
        }
        assertThat(shared).isGreaterThanOrEqualTo(8);
        // the ids the tokenizer found are the ones the vocabulary gives, candidate by candidate
        Token[] scanned = Tokenizer.tokenize(TEXT + " وبالقاهرة للمجلس ٢٠١٥ ـــ", lex.keys()).toArray(new Token[0]);
        Words fast = lex.words(scanned, lex.keys());
        Words slow = lex.words(Tokenizer.tokenize(TEXT + " وبالقاهرة للمجلس ٢٠١٥ ـــ").toArray(new Token[0]));
        for (int i = 0; i < scanned.length; i++) {
            assertThat(fast.to(i) - fast.from(i)).isEqualTo(slow.to(i) - slow.from(i));
            for (int c = fast.from(i), e = slow.from(i); c < fast.to(i); c++, e++) {
                assertThat(fast.id(c)).as(scanned[i].text()).isEqualTo(slow.id(e));
                assertThat(fast.key(c)).isEqualTo(slow.key(e));
            }
            assertThat(fast.starts(i, true)).isEqualTo(slow.starts(i, true));
        }
        // a vocabulary's ids are trusted only for its own strings: another one looks the key up
        Vocabulary other = Vocabulary.of(List.of("الرياض", "قال"));
        Words w = new Words(known.toArray(new Token[0]), other, new int[other.size()]);
        for (int i = 0; i < known.size(); i++) assertThat(w.wordId(i)).as(known.get(i).text()).isEqualTo(other.id(known.get(i).key()));
    }
}
