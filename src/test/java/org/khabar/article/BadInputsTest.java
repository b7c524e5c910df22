package org.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.article.ArticlesTest.ok;
import static org.khabar.article.ArticlesTest.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that must not stop a run: each becomes a clear Failed (or a warned Ok) and the stream goes on. */
class BadInputsTest {
    static final String TEXT = ArticlesTest.TEXT;

    @TempDir
    Path dir;

    Path bytes(String name, byte[] b) throws IOException {
        return Files.write(dir.resolve(name), b);
    }

    Path text(String name, String s) throws IOException {
        return Files.writeString(dir.resolve(name), s, StandardCharsets.UTF_8);
    }

    ReadResult.Failed failed(ReadResult r) {
        assertThat(r).as("%s", r).isInstanceOf(ReadResult.Failed.class);
        return (ReadResult.Failed) r;
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws IOException {
        Path empty = bytes("empty.txt", new byte[0]);
        Path blank = text("blank.txt", " \n\t\r\n\u3000\u00a0\u200f\uFEFF ");
        Path emptyHtml = text("empty.html", "<html><head><script>x()</script></head><body><nav>menu</nav></body></html>");
        Path good = text("good.txt", TEXT);
        List<ReadResult> rs = read(empty.toString(), blank.toString(), emptyHtml.toString(), good.toString());
        assertThat(rs.get(0)).isEqualTo(new ReadResult.Failed(empty.toString(), 0, "empty file"));
        assertThat(failed(rs.get(1)).message()).isEqualTo("empty file (only whitespace)");
        assertThat(failed(rs.get(2)).message()).contains("no article text");
        assertThat(ok(rs.get(3)).text()).isEqualTo(TEXT);
    }

    @Test
    void binaryFiles() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path nul = bytes("image.txt", png);
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (1 + i % 8);
        Path ctl = bytes("controls.txt", controls);
        List<ReadResult> rs = read(nul.toString(), ctl.toString());
        assertThat(failed(rs.get(0)).message()).startsWith("binary file, not text").contains("byte offset 8");
        assertThat(failed(rs.get(0)).source()).isEqualTo(nul.toString());
        assertThat(failed(rs.get(1)).message()).startsWith("binary file, not text");
    }

    @Test
    void aHundredMegabyteFileFailsWithoutBeingRead() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = (TEXT + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] mb = (TEXT + "\n").repeat(1024 * 1024 / line.length + 1).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 100; i++) out.write(mb, 0, 1024 * 1024);
        }
        Path good = text("good.txt", TEXT);
        List<ReadResult> rs = read(big.toString(), good.toString());
        assertThat(failed(rs.get(0)).message()).isEqualTo("file of 104857600 bytes is larger than the 20 MB limit (raise it with --max-size)");
        assertThat(ok(rs.get(1)).text()).isEqualTo(TEXT);
    }

    @Test
    void theLimitAlsoHoldsWhenTheSizeIsUnknown() throws IOException {
        Path gz = dir.resolve("big.txt.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(TEXT.repeat(100).getBytes(StandardCharsets.UTF_8));
        }
        ReadOptions small = ReadOptions.builder().maxBytes(1000).build();
        assertThat(failed(read(small, gz.toString()).get(0)).message()).contains("larger than the 1000 bytes limit");
        assertThat(ok(read(gz.toString()).get(0)).text()).isEqualTo(TEXT.repeat(100));
    }

    @Test
    void aTenMegabyteJsonlLineIsReadAndAnOversizedOneIsSkipped() throws IOException {
        String tenMb = "خبر ".repeat(10 * 1024 * 1024 / 7);
        String huge = "ا".repeat(11 * 1024 * 1024); // 22 MB of UTF-8
        Path p = dir.resolve("big.jsonl");
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(("{\"content\": \"" + tenMb + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write(("{\"content\": \"" + huge + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write(("{\"content\": \"" + TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        List<ReadResult> rs = read(p.toString());
        assertThat(rs).hasSize(3);
        assertThat(ok(rs.get(0)).text()).hasSize(tenMb.length());
        ReadResult.Failed f = failed(rs.get(1));
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.message()).contains("is larger than the 20 MB limit");
        assertThat(ok(rs.get(2)).source()).isEqualTo(p + ":3");
    }

    @Test
    void anOversizedStringInAJsonFileFailsWithTheLimit() throws IOException {
        Path p = dir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write("[{\"content\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] mb = "a".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 21; i++) out.write(mb);
            out.write("\"}]".getBytes(StandardCharsets.UTF_8));
        }
        ReadResult.Failed f = failed(read(p.toString()).get(0));
        assertThat(f.message()).startsWith("a JSON value is larger than the 20 MB limit");
        assertThat(f.line()).isEqualTo(1);
    }

    @Test
    void undecodableBytes() throws IOException {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, broken, 0, 7); // "قال " is 7 bytes
        broken[7] = (byte) 0xFF;
        broken[8] = (byte) 0xC0;
        System.arraycopy(utf8, 7, broken, 9, utf8.length - 7);
        Path bad = bytes("broken.txt", broken);
        Path latin = bytes("latin.txt", "Très bien, déjà vu à Genève — côté français.".getBytes(StandardCharsets.ISO_8859_1));
        Path badUtf16 = bytes("bad16.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x27, 0x06, 0x00, (byte) 0xDC});
        List<ReadResult> rs = read(bad.toString(), latin.toString(), badUtf16.toString());
        assertThat(failed(rs.get(0)).message()).startsWith("not valid UTF-8").contains("byte offset 7");
        assertThat(failed(rs.get(1)).message()).startsWith("cannot tell the text encoding").contains("convert the file to UTF-8");
        assertThat(failed(rs.get(2)).message()).startsWith("not valid UTF-16LE");
    }

    @Test
    void windows1256IsDetectedAndWarned() throws IOException {
        Path p = bytes("cp.txt", TEXT.getBytes(Charset.forName("windows-1256")));
        ReadResult.Ok ok = (ReadResult.Ok) read(p.toString()).get(0);
        assertThat(ok.article().text()).isEqualTo(TEXT);
        assertThat(ok.warnings()).containsExactly(ReadResult.Ok.WINDOWS_1256);
    }

    @Test
    void nonArabicTextIsReadWithAWarning() throws IOException {
        Path p = text("en.txt", "The minister said the talks would go on.");
        ReadResult.Ok ok = (ReadResult.Ok) read(p.toString()).get(0);
        assertThat(ok.article().text()).isEqualTo("The minister said the talks would go on.");
        assertThat(ok.warnings()).containsExactly(ReadResult.Ok.NOT_ARABIC);
        assertThat(((ReadResult.Ok) read(text("ar.txt", TEXT).toString()).get(0)).warnings()).isEmpty();
    }

    @Test
    void malformedJsonlLinesFailWithTheirLineAndTheRestIsRead() throws IOException {
        Path p = text("m.jsonl", String.join("\n",
                "{\"content\": \"" + TEXT + "\"}",
                "{\"content\": \"unterminated",
                "",
                "[1, 2]",
                "{\"content\": \"\\u00a0\\u00a0 \", \"title\": \"فارغ\"}",
                "{\"content\": \"" + TEXT + "\", \"date\": \"someday\"}",
                "not json at all",
                "{\"content\": \"" + TEXT + "\"}"));
        List<ReadResult> rs = read(p.toString());
        assertThat(rs).hasSize(7);
        assertThat(ok(rs.get(0)).source()).isEqualTo(p + ":1");
        assertThat(failed(rs.get(1))).extracting(ReadResult.Failed::line).isEqualTo(2L);
        assertThat(failed(rs.get(1)).message()).startsWith("malformed JSON");
        assertThat(rs.get(2)).isEqualTo(new ReadResult.Failed(p.toString(), 4, "not a JSON object"));
        assertThat(rs.get(3)).isEqualTo(new ReadResult.Failed(p.toString(), 5, "empty content"));
        assertThat(((ReadResult.Ok) rs.get(4)).warnings()).containsExactly("unrecognized date 'someday' (left out)");
        assertThat(ok(rs.get(4)).published()).isNull();
        assertThat(failed(rs.get(5)).where()).isEqualTo(p + ":7");
        assertThat(ok(rs.get(6)).source()).isEqualTo(p + ":8");
    }

    @Test
    void truncatedGzipFailsAfterTheLinesItCouldRead() throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new java.util.zip.GZIPOutputStream(buf)) {
            for (int i = 0; i < 2000; i++) out.write(("{\"content\": \"" + TEXT + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = buf.toByteArray();
        Path p = bytes("cut.jsonl.gz", java.util.Arrays.copyOf(all, all.length / 2));
        Path good = text("good.txt", TEXT);
        List<ReadResult> rs = read(p.toString(), good.toString());
        ReadResult last = rs.get(rs.size() - 2);
        assertThat(failed(last).message()).startsWith("cannot read:");
        assertThat(rs.subList(0, rs.size() - 2)).allMatch(r -> r instanceof ReadResult.Ok).isNotEmpty();
        assertThat(ok(rs.get(rs.size() - 1)).text()).isEqualTo(TEXT);
    }

    @Test
    void malformedHtmlIsReadAnyway() throws IOException {
        Path p = text("bad.html", "<html><body><p>أعلن <b>الجيش<p>السيطرة</i></div><table><td>على<script>var s='<p>");
        List<ReadResult> rs = read(p.toString());
        assertThat(ok(rs.get(0)).text()).isEqualTo("أعلن الجيش\nالسيطرة\nعلى");
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws IOException {
        Path p = text("m.jsonl", "{\"content\": \"" + TEXT + "\"}\nbroken\n{\"content\": \"" + TEXT + "\"}\n");
        List<ReadResult> rs = read(ReadOptions.builder().failFast(true).build(), p.toString(), p.toString());
        assertThat(rs).hasSize(2);
        assertThat(failed(rs.get(1)).line()).isEqualTo(2);
    }
}
