package org.khabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.article.Article;
import org.khabar.graph.GraphJson;
import org.khabar.lexicon.FixtureLexicon;

/**
 * Golden files: {@code src/test/resources/golden/extract/NN-name.txt} → {@code NN-name.json}, compared
 * verbatim, under the default, Arabic and Turkish locales. Regenerate with
 * {@code -Dkhabar.golden.regenerate=true} and review the diff.
 */
class GoldenExtractTest {
    private static final Path DIR = Path.of("src/test/resources/golden/extract");

    static Stream<Arguments> cases() throws IOException {
        List<Path> txt;
        try (Stream<Path> s = Files.list(DIR)) {
            txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return txt.stream().flatMap(p -> Stream.of("", "ar", "tr").map(l -> Arguments.of(p.getFileName().toString(), l)));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesGolden(String file, String locale) throws IOException {
        Locale before = Locale.getDefault();
        try {
            if (!locale.isEmpty()) Locale.setDefault(Locale.forLanguageTag(locale));
            String text = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
            Article a = Article.of("golden/extract/" + file, text);
            a = new Article(a.id(), a.source(), a.text(), a.sha256(), null, null, "2015-12-08", null, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GraphJson json = GraphJson.open(out, false)) {
                json.accept(Extractor.with(FixtureLexicon.get()).extract(a));
            }
            String actual = out.toString(StandardCharsets.UTF_8);
            Path golden = DIR.resolve(file.replace(".txt", ".json"));
            if (Boolean.getBoolean("khabar.golden.regenerate") && locale.isEmpty()) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file (regenerate with -Dkhabar.golden.regenerate=true)").exists();
            assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } finally {
            Locale.setDefault(before);
        }
    }
}
