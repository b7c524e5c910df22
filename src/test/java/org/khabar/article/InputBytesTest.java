package org.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How far a stream is through its inputs, in bytes as stored: what progress bases its ETA on. */
class InputBytesTest {
    @TempDir
    Path dir;

    /** A gzipped JSONL file of {@code n} articles, big enough to be read in several buffers. */
    Path gzippedJsonl(String name, int n) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < n; i++) {
                String text = ArticlesTest.TEXT + " " + i + " " + Integer.toHexString(i * 7919).repeat(40);
                out.write(("{\"title\": \"t" + i + "\", \"content\": \"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    @Test
    void aGzipFileIsMeasuredInCompressedBytesAndReadToTheEnd() throws IOException {
        Path gz = gzippedJsonl("c.jsonl.gz", 20_000);
        long size = Files.size(gz);
        try (ArticleStream s = Articles.open(List.of(gz.toString()))) {
            assertThat(s.bytesTotal()).isEqualTo(size);
            assertThat(s.bytesRead()).isZero();
            Iterator<ReadResult> it = s.iterator();
            it.next();
            long early = s.bytesRead();
            assertThat(early).isPositive().isLessThan(size); // the readers buffer ahead, not the whole file
            int n = 1;
            while (it.hasNext()) { it.next(); n++; }
            assertThat(n).isEqualTo(20_000);
            assertThat(s.bytesRead()).isEqualTo(size);
        }
    }

    @Test
    void aDirectoryIsMeasuredByTheFilesItWouldRead() throws IOException {
        Path a = gzippedJsonl("in/a.jsonl.gz", 10);
        Files.createDirectories(dir.resolve("in/sub"));
        Path b = Files.writeString(dir.resolve("in/sub/b.txt"), ArticlesTest.TEXT);
        Files.writeString(dir.resolve("in/.hidden.txt"), "not read");
        Files.writeString(dir.resolve("in/notes.md"), "not included");
        try (ArticleStream s = Articles.open(List.of(dir.resolve("in").toString(), "missing.txt"))) {
            assertThat(s.bytesTotal()).isEqualTo(Files.size(a) + Files.size(b));
            assertThat(s.stream().filter(r -> r instanceof ReadResult.Ok).count()).isEqualTo(11);
            assertThat(s.bytesRead()).isEqualTo(Files.size(a) + Files.size(b));
        }
    }

    @Test
    void standardInputHasNoTotalButCountsWhatItReads() {
        byte[] text = ArticlesTest.TEXT.getBytes(StandardCharsets.UTF_8);
        try (ArticleStream s = Articles.open(List.of("-"), ReadOptions.defaults(), new ByteArrayInputStream(text))) {
            assertThat(s.readsStandardInput()).isTrue();
            assertThat(s.bytesTotal()).isEqualTo(-1);
            assertThat(s.stream().count()).isEqualTo(1);
            assertThat(s.bytesRead()).isEqualTo(text.length);
        }
    }
}
