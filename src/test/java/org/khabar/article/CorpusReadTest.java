package org.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quick pass over the first 1,000 articles of the SaudiNewsNet corpus, read from
 * {@code ../shared/corpus/} (or {@code -Dkhabar.corpus=FILE}); skipped where the corpus is absent.
 * The corpus is not part of the repository (CC BY-NC-SA, see its README).
 */
class CorpusReadTest {
    static final Path CORPUS = Path.of(System.getProperty("khabar.corpus", "../shared/corpus/saudinewsnet-2015.jsonl.gz"));

    @Test
    void firstThousandCorpusLinesReadWithNoFlags() {
        assumeTrue(Files.isRegularFile(CORPUS), "corpus not found at " + CORPUS.toAbsolutePath() + "; skipping");
        long ok = 0;
        long emptyContent = 0;
        try (ArticleStream s = Articles.open(List.of(CORPUS.toString()), ReadOptions.defaults())) {
            Iterator<ReadResult> it = s.iterator();
            for (int i = 0; i < 1000 && it.hasNext(); i++) {
                ReadResult r = it.next();
                if (r instanceof ReadResult.Failed f) {
                    assertThat(f.message()).as("%s", f).isEqualTo("empty content");
                    emptyContent++;
                    continue;
                }
                Article a = ((ReadResult.Ok) r).article();
                ok++;
                assertThat(a.text()).isNotBlank();
                assertThat(a.source()).startsWith(CORPUS + ":");
                assertThat(a.outlet()).isNotBlank();
                if (a.url() != null) assertThat(a.id()).startsWith("u-");
                if (a.published() != null) assertThat(a.published()).matches("\\d{4}-\\d\\d-\\d\\d(T\\d\\d:\\d\\d:\\d\\d)?");
            }
        }
        assertThat(ok + emptyContent).isEqualTo(1000);
        assertThat(ok).isGreaterThan(900);
    }
}
