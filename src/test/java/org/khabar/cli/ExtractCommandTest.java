package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar extract} through {@link Khabar#run}: inputs, output shape and order, failures, exit codes. */
class ExtractCommandTest {
    static final String TEXT = "قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل السياسي.";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = Khabar.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    static String line(int i) {
        return "{\"content\": \"" + TEXT + " " + i + "\", \"url\": \"http://example.org/" + i + "\"}\n";
    }

    @Test
    void oneArticleIsOneObjectOnStandardOutput() throws IOException {
        Path a = write("a.txt", TEXT);
        Run r = run(null, "extract", a.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("source").asText()).isEqualTo(a.toString());
        assertThat(doc.get("chars").asInt()).isEqualTo(TEXT.length());
        assertThat(doc.has("documents")).isFalse();
        assertThat(r.err()).contains("khabar: 1 articles read, 1 extracted, 0 failed in ");
    }

    @Test
    void severalInputsInInputOrderWithManyThreads() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 300; i++) jsonl.append(line(i));
        Path c = write("corpus/c.jsonl", jsonl.toString());
        Path t = write("corpus/a.txt", TEXT);
        Path out = dir.resolve("out/graph.json");
        Run r = run(null, "extract", dir.resolve("corpus").toString(), "--threads", "3", "-o", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEmpty();
        JsonNode docs = JSON.readTree(out.toFile()).get("documents");
        List<String> sources = new ArrayList<>();
        docs.forEach(d -> sources.add(d.get("source").asText()));
        List<String> expected = new ArrayList<>(List.of(t.toString()));
        for (int i = 1; i <= 300; i++) expected.add(c + ":" + i);
        assertThat(sources).isEqualTo(expected);
        assertThat(docs.get(1).get("url").asText()).isEqualTo("http://example.org/1");
    }

    @Test
    void failuresArePrintedWithFileAndLineAndTheRunGoesOn() throws IOException {
        Path c = write("c.jsonl", line(1) + "{broken\n" + line(3));
        Path empty = write("empty.txt", "");
        Path out = dir.resolve("out.json");
        Run r = run(null, "extract", c.toString(), empty.toString(), dir.resolve("missing.txt").toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("khabar: " + c + ":2: malformed JSON")
                .contains("khabar: " + empty + ": empty file\n")
                .contains("khabar: " + dir.resolve("missing.txt") + ": no such file or directory\n")
                .contains("khabar: 2 articles read, 2 extracted, 3 failed in ");
        assertThat(JSON.readTree(out.toFile()).get("documents")).hasSize(2);
        assertThat(r.err().indexOf(c + ":2:")).as("messages in input order")
                .isLessThan(r.err().indexOf(empty.toString())).isLessThan(r.err().indexOf("missing.txt"));
    }

    @Test
    void failFastStopsAndLeavesTheOldOutputAlone() throws IOException {
        Path c = write("c.jsonl", line(1) + "{broken\n" + line(3));
        Path out = write("out.json", "{\"old\": true}");
        Run r = run(null, "extract", c.toString(), "--fail-fast", "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(c + ":2: malformed JSON").contains("--fail-fast");
        assertThat(Files.readString(out)).isEqualTo("{\"old\": true}");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("c.jsonl", "out.json");
        }
    }

    @Test
    void standardInputAndFieldMapping() throws IOException {
        Run r = run("{\"body\": \"" + TEXT + "\", \"pub\": \"2015-07-21 10:33:00\"}\n", "extract", "-",
                "--field", "text=body", "--field", "date=pub", "-q");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("source").asText()).isEqualTo("-:1");
        assertThat(doc.get("published").asText()).isEqualTo("2015-07-21T10:33:00");
    }

    @Test
    void nothingReadGivesAnEmptyDocumentListAndExitOne() throws IOException {
        Path out = dir.resolve("out.json");
        Run r = run(null, "extract", write("e.txt", " ").toString(), "-o", out.toString(), "-q");
        assertThat(r.code()).isEqualTo(1);
        assertThat(JSON.readTree(out.toFile()).get("documents")).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path a = write("a.txt", TEXT);
        assertThat(run(null, "extract").code()).isEqualTo(2);
        Run threads = run(null, "extract", a.toString(), "--threads", "0");
        assertThat(threads.code()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads must be at least 1");
        Run field = run(null, "extract", a.toString(), "--field", "nonsense");
        assertThat(field.code()).isEqualTo(2);
        assertThat(field.err()).contains("PROPERTY=JSON_FIELD");
        assertThat(run(null, "extract", a.toString(), "--field", "colour=x").err()).contains("unknown article field 'colour'");
    }

    @Test
    void warningsGoToStandardErrorUnlessQuiet() throws IOException {
        Path en = write("en.txt", "The minister said the talks would go on.");
        Run loud = run(null, "extract", en.toString());
        assertThat(loud.code()).isZero();
        assertThat(loud.err()).contains("khabar: " + en + ": warning: little or no Arabic text");
        assertThat(run(null, "extract", en.toString(), "--quiet").err()).isEmpty();
    }
}
