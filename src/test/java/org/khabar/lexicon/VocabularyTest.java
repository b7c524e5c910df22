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
}
