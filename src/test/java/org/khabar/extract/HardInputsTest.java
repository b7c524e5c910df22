package org.khabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.Span;
import org.khabar.lexicon.FixtureLexicon;

/** A corpus of hard inputs replayed on every build: nothing may crash, every offset must be valid. */
class HardInputsTest {
    static Stream<String> inputs() {
        return Stream.of(
                "",
                "   \n\n\t  ",
                "No Arabic at all. Said the minister: \"yes\".",
                "قَالَ وَزِيرُ الخَارِجِيَّةِ المِصْرِيُّ سَامِي حَدَّاد إِنَّ الحِوَارَ مُسْتَمِرٌّ.",
                "قـــال وزيــر الخارجيـــة المصـــري سامـــي حـــداد إن الحوار مستمر.",
                "قال\u200c وزير\u200d الخارجية\u200f المصري\u200e سامي حداد إن Microsoft و Google تدعمان الاتفاق.",
                "\u202bقال سامي حداد\u202c in Cairo \u2067إن الحوار مستمر\u2069.",
                "قال سامي حداد في ٦ كانون الأول ٢٠١٥ إن ١٢ شخصاً قتلوا في ۱۹.۴۰.",
                "«««««",
                "»»» قال: «« نعم",
                "(((قال سامي",
                "قال\r\nسامي حداد\r\nإن الحوار مستمر.\r\n",
                "\uFEFFقال سامي حداد إن\uFEFF الحوار مستمر.",
                "و ف ب ل ك ال لل وال بال",
                "قال قال قال قال قال قال",
                "وزير وزير وزير وزير وزير",
                "الرئيس",
                "التقى مع بين و",
                "قال سامي حداد 😀 إن الحوار 𝔸 مستمر.",
                "\uD800 قال سامي حداد \uDC00",
                "ا".repeat(5000),
                "قال وزير الخارجية المصري سامي حداد إن الحوار مستمر. ".repeat(200),
                "سامي. حداد. قال. إن. وزير. التقى.",
                "ـــــــ ًٌٍَُِّْ ـــ",
                "وزارة ـــ الخارجية ـ",
                "وزارة ـــ",
                "مدينة ـــ",
                "التقى نظيره سامي حداد أمس.",
                "قال الوزير ـــ إن ـــ الحوار مستمر.");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void neverCrashesAndOffsetsAreValid(String text) {
        DocumentGraph g = Extractor.with(FixtureLexicon.get()).extract(Article.of("hard", text));
        List<Span> spans = new ArrayList<>();
        for (Entity e : g.entities()) {
            spans.addAll(e.mentions());
            e.roles().forEach(r -> spans.add(r.evidence()));
            assertThat(e.id()).matches("[\\x21-\\x7e]+");
        }
        g.statements().forEach(s -> spans.add(s.evidence()));
        g.meetings().forEach(m -> spans.add(m.evidence()));
        g.events().forEach(e -> spans.add(e.evidence()));
        for (Span s : spans) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
