package org.khabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.lexicon.FixtureLexicon;
import org.khabar.text.ArabicNormalizer;

/** The per-document word counts that name finding relies on. */
class DocTest {
    private static Doc doc(String text) {
        return new Doc(Article.of("t", text), FixtureLexicon.get());
    }

    @Test
    void aWordCountsBareAndAfterOneProclitic() {
        Doc d = doc("قال وقال فقال بقال لقال كقال قالت، وفقال «قال» القال ق");
        assertThat(d.count(ArabicNormalizer.key("قال"))).isEqualTo(6); // bare twice, و ف ب ل; not ك, قالت, وف, ال
        assertThat(d.count(ArabicNormalizer.key("قالت"))).isEqualTo(1);
        assertThat(d.count(ArabicNormalizer.key("فقال"))).isEqualTo(2); // فقال and وفقال
        assertThat(d.count("ق")).isEqualTo(1);
        assertThat(d.count("غائب")).isZero();
        assertThat(d.count("")).isZero();
        assertThat(d.count(ArabicNormalizer.key("قال"))).as("asked again").isEqualTo(6);
    }

    @Test
    void keysThatShareAHashCodeAreStillCountedApart() {
        // "Aa" and "BB" have the same String.hashCode
        Doc d = doc("Aa BB BB وAa");
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(d.count("Aa")).isEqualTo(2);
        assertThat(d.count("BB")).isEqualTo(2);
    }
}
