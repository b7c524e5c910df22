package org.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.extract.Extractor;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.Event;
import org.khabar.graph.Meeting;
import org.khabar.graph.Role;
import org.khabar.graph.Span;
import org.khabar.graph.Statement;

/**
 * Replays {@code src/test/resources/hard-inputs/} (see make-hard-inputs.py there) through
 * {@link Articles} and the {@link Extractor}, under several default locales: each input gives
 * exactly one result, the decoded text is the expected one (or the failure names the file and
 * says what is wrong), and every offset in the extraction lies within the text and matches it.
 */
class HardInputsTest {

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(HardInputsTest.class.getResource("/hard-inputs").toURI());
        List<Path> inputs;
        try (Stream<Path> s = Files.list(dir)) {
            inputs = s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*")
                            && !p.toString().endsWith(".expected") && !p.toString().endsWith(".fails"))
                    .sorted().toList();
        }
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(25);
        List<Arguments> out = new ArrayList<>();
        for (Path p : inputs) {
            for (Locale l : MultiLocale.LOCALES) out.add(Arguments.of(p.getFileName().toString(), l.toLanguageTag(), p));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void replays(String name, String localeTag, Path input) throws IOException {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(localeTag));
        try {
            List<ReadResult> results;
            try (ArticleStream s = Articles.open(List.of(input.toString()), ReadOptions.defaults())) {
                results = s.stream().toList();
            }
            assertThat(results).as("results of %s", name).hasSize(1);
            ReadResult r = results.get(0);
            Path expected = input.resolveSibling(name + ".expected");
            if (Files.exists(expected)) {
                assertThat(r).as("%s", r).isInstanceOf(ReadResult.Ok.class);
                String text = ((ReadResult.Ok) r).article().text();
                assertThat(text).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                assertOffsetsWithin(Extractor.standard().extract(((ReadResult.Ok) r).article()));
            } else {
                String fragment = Files.readString(input.resolveSibling(name + ".fails"), StandardCharsets.UTF_8).strip();
                assertThat(r).as("%s", r).isInstanceOf(ReadResult.Failed.class);
                ReadResult.Failed f = (ReadResult.Failed) r;
                assertThat(f.source()).isEqualTo(input.toString());
                assertThat(f.message()).contains(fragment);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    static void assertOffsetsWithin(DocumentGraph g) {
        String text = g.article().text();
        List<Span> spans = new ArrayList<>();
        for (Entity e : g.entities()) {
            spans.addAll(e.mentions());
            for (Role r : e.roles()) spans.add(r.evidence());
        }
        for (Statement s : g.statements()) spans.add(s.evidence());
        for (Meeting m : g.meetings()) spans.add(m.evidence());
        for (Event e : g.events()) spans.add(e.evidence());
        for (Span s : spans) {
            if (s == null) continue;
            assertThat(s.start()).as("start of %s", s).isBetween(0, text.length());
            assertThat(s.end()).as("end of %s", s).isBetween(s.start(), text.length());
            assertThat(text.substring(s.start(), s.end())).as("text of %s", s).isEqualTo(s.text());
        }
    }
}
