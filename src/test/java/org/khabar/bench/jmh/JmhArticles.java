package org.khabar.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.article.Article;
import org.khabar.article.ArticleStream;
import org.khabar.article.Articles;
import org.khabar.article.ReadOptions;
import org.khabar.article.ReadResult;

/**
 * The articles the JMH benchmarks work on: the first {@link #COUNT} of the corpus named by the
 * system property {@code khabar.corpus} (default {@code ../shared/corpus/saudinewsnet-2015.jsonl.gz}),
 * or, when it is absent, {@code samples/seed.txt} repeated (said on standard error).
 */
final class JmhArticles {
    static final int COUNT = 100;

    private JmhArticles() {}

    static List<Article> load() {
        Path corpus = Path.of(System.getProperty("khabar.corpus", "../shared/corpus/saudinewsnet-2015.jsonl.gz"));
        List<Article> out = new ArrayList<>();
        if (Files.exists(corpus)) {
            try (ArticleStream s = Articles.open(List.of(corpus.toString()), ReadOptions.defaults())) {
                for (ReadResult r : s) {
                    if (r instanceof ReadResult.Ok ok) out.add(ok.article());
                    if (out.size() == COUNT) break;
                }
            }
        }
        if (out.size() < COUNT) {
            System.err.println("bench: corpus not found at " + corpus.toAbsolutePath().normalize()
                    + " (set -Dkhabar.corpus=PATH); using samples/seed.txt instead");
            try {
                String seed = Files.readString(Path.of("samples", "seed.txt"), StandardCharsets.UTF_8);
                while (out.size() < COUNT) out.add(Article.of("samples/seed.txt#" + out.size(), seed));
            } catch (IOException e) {
                throw new UncheckedIOException("neither the corpus nor samples/seed.txt can be read: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
