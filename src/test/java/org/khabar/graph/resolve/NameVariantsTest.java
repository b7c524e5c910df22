package org.khabar.graph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.text.ArabicNormalizer;

/** The spelling-variant keys, word by word. */
class NameVariantsTest {
    private static final Set<String> NATIVE = Set.of(ArabicNormalizer.fold("محمد"), ArabicNormalizer.fold("محمود"),
            ArabicNormalizer.fold("حسن"));
    private static final NameVariants V = NameVariants.with(NATIVE::contains);

    @Test
    void hamzaTaMarbutaAlefMaqsuraAndTheForeignGAreOneSpelling() {
        assertThat(V.key("سيرجى لافروف")).isEqualTo(V.key("سيرغي لافروف")).isEqualTo(V.key("سِيرْغي لافروف"));
        assertThat(V.key("نعمان قورتولموش")).isEqualTo(V.key("نعمان كورتولموش"));
        assertThat(V.key("طوني بلير")).isEqualTo(V.key("توني بلير"));
    }

    @Test
    void longVowelsInsideATransliterationAreOptional() {
        assertThat(V.key("أنجيلا ميريكل")).isEqualTo(V.key("أنجيلا ميركل"));
        assertThat(V.key("فدريكا موغريني")).isEqualTo(V.key("فيديريكا موغيريني"));
        // the first and last letters stay: «أوباما» is not «باما»
        assertThat(V.token("اوباما")).isEqualTo("~ابما");
    }

    @Test
    void compoundsBindToTheNextWord() {
        assertThat(NameVariants.words("عبد الله بن عبد العزيز")).containsExactly("عبدالله", "بن", "عبدالعزيز");
        assertThat(NameVariants.words("خالد ابن أبو راس")).containsExactly("خالد", "بن", "ابوراس");
        assertThat(V.key("هاني أبو السعود")).isEqualTo(V.key("هاني أبوالسعود"));
    }

    @Test
    void nativeWordsKeepTheirLettersAndNeverMeetATransliteration() {
        assertThat(V.token("محمد")).isNotEqualTo(V.token("محمود"));
        assertThat(V.token("حسون")).isNotEqualTo(V.token("حسن")).startsWith("~");
        assertThat(V.token("الحربي")).isNotEqualTo(V.token("الحريبي"));
        assertThat(V.key("محمد خالد")).isNotEqualTo(V.key("محمد الخالد"));
    }

    @Test
    void digitsAreNeverCollapsed() {
        assertThat(V.token("119")).isNotEqualTo(V.token("19"));
        assertThat(EntityResolver.collapse("119")).isEqualTo("119");
        assertThat(EntityResolver.collapse("كيرري")).isEqualTo("كيري");
    }
}
