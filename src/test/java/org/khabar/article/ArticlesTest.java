package org.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading each kind of input through {@link Articles#open}: formats, metadata, order. */
class ArticlesTest {
    static final String TEXT = "قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل السياسي.";
    static final String LINE = "{\"source\": \"okaz\", \"url\": \"http://www.okaz.com.sa/new/Issues/20150721/Con20150721782164.htm\", "
            + "\"date_extracted\": \"2015-07-21 10:33:00\", \"title\": \"عنوان\", \"author\": \"كاتب\", \"content\": \"" + TEXT + "\"}";

    @TempDir
    Path dir;

    static List<ReadResult> read(ReadOptions options, String... inputs) {
        try (ArticleStream s = Articles.open(List.of(inputs), options)) {
            return s.stream().toList();
        }
    }

    static List<ReadResult> read(String... inputs) {
        return read(ReadOptions.defaults(), inputs);
    }

    static Article ok(ReadResult r) {
        assertThat(r).as("%s", r).isInstanceOf(ReadResult.Ok.class);
        return ((ReadResult.Ok) r).article();
    }

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @MultiLocale.Test
    void plainTextIsTheWholeFileWithAnIdFromItsContent() throws IOException {
        Path p = write("a.txt", TEXT + "\r\n");
        Article a = ok(read(p.toString()).get(0));
        assertThat(a.text()).isEqualTo(TEXT + "\r\n");
        assertThat(a.source()).isEqualTo(p.toString());
        assertThat(a).isEqualTo(Article.of(p.toString(), TEXT + "\r\n"));
        assertThat(a.id()).startsWith("a-").hasSize(18);
    }

    @MultiLocale.Test
    void jsonlUsesTheCorpusFieldsWithoutFlags() throws IOException {
        Path p = write("c.jsonl", LINE + "\n" + LINE.replace("okaz", "alriyadh").replace("782164", "1") + "\n");
        List<ReadResult> rs = read(p.toString());
        assertThat(rs).hasSize(2);
        Article a = ok(rs.get(0));
        assertThat(a.text()).isEqualTo(TEXT);
        assertThat(a.source()).isEqualTo(p + ":1");
        assertThat(a.url()).isEqualTo("http://www.okaz.com.sa/new/Issues/20150721/Con20150721782164.htm");
        assertThat(a.id()).isEqualTo("u-" + Article.sha256(a.url()).substring(0, 16));
        assertThat(a.published()).isEqualTo("2015-07-21T10:33:00");
        assertThat(a.outlet()).isEqualTo("okaz");
        assertThat(a.title()).isEqualTo("عنوان");
        assertThat(a.author()).isEqualTo("كاتب");
        assertThat(ok(rs.get(1)).source()).isEqualTo(p + ":2");
        assertThat(ok(rs.get(1)).outlet()).isEqualTo("alriyadh");
        assertThat(ok(rs.get(1)).id()).isNotEqualTo(a.id());
    }

    @Test
    void gzippedJsonlIsReadLazily() throws IOException {
        Path p = dir.resolve("c.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < 3000; i++) out.write((LINE.replace("782164", "" + i) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try (ArticleStream s = Articles.open(List.of(p.toString()), ReadOptions.defaults())) {
            var it = s.iterator();
            assertThat(ok(it.next()).source()).isEqualTo(p + ":1");
            assertThat(s.okCount()).isEqualTo(1);
            long rest = 0;
            while (it.hasNext()) { ok(it.next()); rest++; }
            assertThat(rest).isEqualTo(2999);
            assertThat(s.failedCount()).isZero();
        }
    }

    @Test
    void fieldMappingOverridesTheDefaults() throws IOException {
        Path p = write("m.jsonl", "{\"body\": \"" + TEXT + "\", \"content\": \"not this\", \"link\": \"https://x.org/1\", "
                + "\"pubDate\": \"2015-08-01\", \"publisher\": \"spa\"}\n");
        ReadOptions o = ReadOptions.builder().field("text=body").field("date=pubDate").field("outlet", "publisher").build();
        Article a = ok(read(o, p.toString()).get(0));
        assertThat(a.text()).isEqualTo(TEXT);
        assertThat(a.published()).isEqualTo("2015-08-01");
        assertThat(a.outlet()).isEqualTo("spa");
        assertThat(a.url()).isEqualTo("https://x.org/1");
    }

    @Test
    void textFallsBackFromContentToTextToBody() throws IOException {
        Path p = write("f.jsonl", "{\"text\": \"نص\"}\n{\"body\": \"متن\"}\n{\"content\": \"\", \"text\": \"ثالث\"}\n");
        assertThat(read(p.toString())).extracting(r -> ok(r).text()).containsExactly("نص", "متن", "ثالث");
    }

    @Test
    void jsonFileHoldsOneObjectOrAnArray() throws IOException {
        Path one = write("one.json", LINE);
        Path many = write("many.json", "[\n" + LINE + ",\n  42,\n" + LINE.replace("okaz", "spa") + "\n]\n");
        assertThat(ok(read(one.toString()).get(0)).outlet()).isEqualTo("okaz");
        List<ReadResult> rs = read(many.toString());
        assertThat(rs).hasSize(3);
        assertThat(ok(rs.get(0)).source()).isEqualTo(many + ":2");
        assertThat(rs.get(1)).isEqualTo(new ReadResult.Failed(many.toString(), 3, "array element is not a JSON object"));
        assertThat(ok(rs.get(2)).outlet()).isEqualTo("spa");
    }

    @MultiLocale.Test
    void htmlKeepsTheArticleAndItsMetadata() throws IOException {
        Path p = write("p.html", "<html><head><title>عنوان</title><link rel=canonical href='https://example.org/n/1'>"
                + "<meta property='article:published_time' content='2015-07-21T10:33:00Z'></head><body>"
                + "<nav>القائمة</nav><div class=side>إعلان</div><main><p>الفقرة الأولى.</p><p>الفقرة الثانية.</p></main>"
                + "<footer>حقوق</footer></body></html>");
        Article a = ok(read(p.toString()).get(0));
        assertThat(a.text()).isEqualTo("الفقرة الأولى.\nالفقرة الثانية.");
        assertThat(a.title()).isEqualTo("عنوان");
        assertThat(a.url()).isEqualTo("https://example.org/n/1");
        assertThat(a.id()).startsWith("u-");
        assertThat(a.published()).isEqualTo("2015-07-21T10:33:00Z");
    }

    @Test
    void directoriesAreWalkedRecursivelyInNameOrderWithIncludePatterns() throws IOException {
        write("b/2.txt", "ب");
        write("b/1.txt", "أ");
        write("a.txt", "ج");
        write("c/sub/x.htm", "<p>د</p>");
        write("c/notes.md", "ignored");
        write(".hidden/h.txt", "ignored");
        write("z.jsonl", "{\"content\": \"هـ\"}\n");
        assertThat(read(dir.toString())).extracting(r -> ok(r).text()).containsExactly("ج", "أ", "ب", "د", "هـ");
        ReadOptions onlyText = ReadOptions.builder().include("*.txt").build();
        assertThat(read(onlyText, dir.toString())).extracting(r -> ok(r).text()).containsExactly("ج", "أ", "ب");
        assertThat(read(onlyText, dir.resolve("c/notes.md").toString())).extracting(r -> ok(r).text())
                .as("files named explicitly are read whatever their name").containsExactly("ignored");
    }

    @Test
    void linkedDirectoriesAreNotFollowedSoLoopsEnd() throws IOException {
        write("d/a.txt", "أ");
        Files.createSymbolicLink(dir.resolve("d/loop"), dir.resolve("d"));
        Files.createSymbolicLink(dir.resolve("d/b.txt"), dir.resolve("d/a.txt"));
        assertThat(read(dir.toString())).extracting(r -> ok(r).text()).containsExactly("أ", "أ");
    }

    @Test
    void stdinIsSniffed() {
        assertThat(stdin(LINE + "\n" + LINE + "\n")).extracting(r -> ok(r).source()).containsExactly("-:1", "-:2");
        assertThat(ok(stdin("<!DOCTYPE html><html><body><p>خبر</p></body></html>").get(0)).text()).isEqualTo("خبر");
        assertThat(ok(stdin("\uFEFF" + TEXT).get(0)).text()).isEqualTo(TEXT);
        assertThat(ok(stdin("[" + LINE + "]").get(0)).outlet()).isEqualTo("okaz");
    }

    private static List<ReadResult> stdin(String content) {
        var in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        try (ArticleStream s = Articles.open(List.of("-"), ReadOptions.defaults(), in)) {
            return s.stream().toList();
        }
    }

    @Test
    void unknownFileNamesAndPipesAreSniffed() throws IOException {
        Path p = write("export.data", LINE + "\n" + LINE + "\n");
        assertThat(read(p.toString())).extracting(r -> ok(r).source()).containsExactly(p + ":1", p + ":2");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
        assertThat(read("/dev/null")).containsExactly(new ReadResult.Failed("/dev/null", 0, "empty file"));
    }

    @Test
    void namedPipesAreRead() throws Exception {
        Path fifo = dir.resolve("pipe");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made == 0, "mkfifo not available");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, LINE + "\n" + LINE + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        assertThat(read(fifo.toString())).extracting(r -> ok(r).source()).containsExactly(fifo + ":1", fifo + ":2");
        writer.join(10_000);
    }

    @Test
    void missingInputsFailAndTheStreamGoesOn() throws IOException {
        Path p = write("a.txt", TEXT);
        List<ReadResult> rs = read(dir.resolve("nope.txt").toString(), p.toString());
        assertThat(rs.get(0)).isEqualTo(new ReadResult.Failed(dir.resolve("nope.txt").toString(), 0, "no such file or directory"));
        assertThat(ok(rs.get(1)).text()).isEqualTo(TEXT);
    }

    @Test
    void aStreamIsIteratedOnce() throws IOException {
        Path p = write("a.txt", TEXT);
        try (ArticleStream s = Articles.open(List.of(p.toString()))) {
            s.iterator();
            assertThatThrownBy(s::iterator).isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
        }
    }

    @Test
    void sameUrlSameIdWhateverItsSpelling() {
        Article a = Article.of("x", "نص", "HTTP://Example.ORG:80/a#top", null, null, null, null);
        Article b = Article.of("y", "نص آخر", "http://example.org/a", null, null, null, null);
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(Article.normalizeUrl("https://Example.org")).isEqualTo("https://example.org/");
        assertThat(Article.of("z", "نص", " ", " ", null, null, null)).isEqualTo(Article.of("z", "نص"));
    }
}
