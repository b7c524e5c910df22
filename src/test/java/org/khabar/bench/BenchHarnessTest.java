package org.khabar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness runs on a tiny input and writes its report (no timing is asserted: the numbers only
 * matter in BENCHMARKS.md runs). The load and RDF phases are checked by {@code BenchHarnessIT}.
 */
class BenchHarnessTest {

    @Test
    void extractionPhaseRunsOnThreeArticlesAndReportsAgainstTheBarePass(@TempDir Path out) throws Exception {
        int code = BenchMain.run(TinyArticles.three(), "--phases", "extract", "--quick", "--out", out.toString());

        assertThat(code).isZero();
        String md = Files.readString(out.resolve("results.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("cores (nproc)", "jdk:", "heap: -Xmx", "load average at start")
                .contains("extraction, 1 core: MB/s", "bare pass", "≥ 1 MB/s per core, ≤ 5× bare pass")
                .contains("extraction input: 3 articles");
        assertThat(md).containsPattern("\\| extraction, 1 core: articles/s \\| [0-9.,]+ articles/s");
    }

    @Test
    void anAbsentCorpusIsSaidClearlyWithItsPathAndExitCode3(@TempDir Path out) {
        Path missing = out.resolve("no-such-corpus.jsonl.gz");
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = BenchMain.run(null, "--phases", "extract", "--quick", "--corpus", missing.toString(),
                    "--out", out.toString());
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(BenchMain.CORPUS_ABSENT);
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("corpus not found at", "no-such-corpus.jsonl.gz", "--corpus");
        assertThat(out.resolve("results.md")).doesNotExist();
    }

    @Test
    void samplesGiveMedianMinAndMax() {
        Sample s = new Sample(List.of(3.0, 1.0, 2.0, 10.0));
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(10.0);
        assertThat(s.rate(100, "x/s")).isEqualTo("40.0 x/s (10.0–100, 4 runs)");
    }

    @Test
    void theBarePassTokenizesAndNormalizesArabic() {
        try (BarePass bare = BarePass.bare()) {
            // «أحمد» normalizes to «احمد»: 4 letters; «قال» 3 letters
            assertThat(bare.pass("قال أحمد")).isEqualTo(7);
        }
    }
}
