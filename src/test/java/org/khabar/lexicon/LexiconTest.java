package org.khabar.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.graph.SpeechType;
import org.khabar.text.ArabicNormalizer;

class LexiconTest {
    private final Lexicon lex = FixtureLexicon.get();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "قال, STATED", "قالت, STATED", "يقول, STATED", "تقول, STATED", "قالوا, STATED", "قائلاً, STATED",
            "أكدت, STATED", "مؤكداً, STATED", "مؤكدة, STATED", "مضيفاً, STATED", "موضحاً, STATED", "مشيراً, STATED",
            "أوضحت, STATED", "نفى, DENIED", "نفت, DENIED", "ينفي, DENIED", "نافياً, DENIED", "نافية, DENIED",
            "اتهم, ACCUSED", "اتهمت, ACCUSED", "متهماً, ACCUSED", "دعا, CALLED_FOR", "دعت, CALLED_FOR", "يدعو, CALLED_FOR",
            "طالب, CALLED_FOR", "طالبت, CALLED_FOR", "مطالباً, CALLED_FOR", "سيقول, STATED"})
    void speechCueForms(String form, SpeechType type) {
        SpeechCue cue = lex.speech().get(ArabicNormalizer.key(form));
        assertThat(cue).as(form).isNotNull();
        assertThat(cue.type()).isEqualTo(type);
    }

    @Test
    void feminineAndParticipleFormsAreMarked() {
        assertThat(lex.speech().get(ArabicNormalizer.key("قالت")).feminine()).isTrue();
        assertThat(lex.speech().get(ArabicNormalizer.key("قال")).feminine()).isFalse();
        assertThat(lex.speech().get(ArabicNormalizer.key("مضيفاً")).form()).isEqualTo("participle");
        assertThat(lex.speech().get(ArabicNormalizer.key("سيقول")).form()).isEqualTo("future");
    }

    @Test
    void nisbaFormsAreGeneratedFromTheMasculine() {
        assertThat(Nisba.forms("روسي")).contains("روسي", "روسية", "الروسي", "الروسية", "الروسيين", "روسيون");
        var hit = lex.gazetteer().names().get(ArabicNormalizer.key("الروسية"));
        assertThat(hit).isNotNull();
        assertThat(hit.nisba()).isTrue();
        assertThat(hit.entry().id()).isEqualTo("country:RU");
    }

    @Test
    void aCountryNameWinsOverANisbaWithTheSameKey() {
        // «سورية» is both a name of Syria and the feminine nisba: the name wins
        var hit = lex.gazetteer().names().get(ArabicNormalizer.key("سورية"));
        assertThat(hit.nisba()).isFalse();
        assertThat(hit.entry().id()).isEqualTo("country:SY");
    }

    @Test
    void gazetteerIdsComeFromWikidataOrAHash() {
        assertThat(lex.gazetteer().names().get(ArabicNormalizer.key("القاهرة")).entry().id()).isEqualTo("q:Q85");
        assertThat(Ids.hashed("person", "سامي حداد")).matches("person:[0-9a-f]{12}")
                .isEqualTo(Ids.hashed("person", "سامى حدّاد"));
    }

    @Test
    void rolesKnowTheirGender() {
        assertThat(lex.roles().get(ArabicNormalizer.key("وزيرة")).feminine()).isTrue();
        assertThat(lex.roles().get(ArabicNormalizer.key("الوزير")).feminine()).isFalse();
        assertThat(lex.roles().get(ArabicNormalizer.key("المتحدث")).kind()).isEqualTo("spokesperson");
    }

    @Test
    void tsvErrorsNameTheFileAndLine() throws Exception {
        Tsv t = Tsv.read("x.tsv", new ByteArrayInputStream("# c\nname_ar\tgender\n\tm\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> t.require(t.rows().get(0), "name_ar"))
                .hasMessageContaining("x.tsv").hasMessageContaining("line 3");
    }
}
