package org.khabar.bench;

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
 * The articles a benchmark works on, read into memory before any timing starts (reading and
 * decompressing the corpus is not part of what is measured).
 *
 * @param source   what was read, for the report
 * @param articles the articles, in input order
 * @param failed   inputs (lines) that could not be read
 */
record BenchCorpus(String source, List<Article> articles, int failed) {
    /** The default corpus, relative to the repository root. */
    static final Path DEFAULT = Path.of("..", "shared", "corpus", "saudinewsnet-2015.jsonl.gz");

    BenchCorpus {
        articles = List.copyOf(articles);
    }

    /** Thrown when the corpus file is not there: the message says where it was looked for and what to do. */
    static final class Absent extends RuntimeException {
        Absent(Path p) {
            super("corpus not found at " + p.toAbsolutePath().normalize() + ": benchmarks need a JSONL corpus"
                    + " (SaudiNewsNet, ../shared/corpus/saudinewsnet-2015.jsonl.gz); pass --corpus PATH to another"
                    + " JSONL(.gz) file of articles");
        }
    }

    /** Reads the first {@code limit} articles (all when {@code limit <= 0}) of a JSONL(.gz) file or any khabar input. */
    static BenchCorpus read(Path path, int limit) {
        if (!Files.exists(path)) throw new Absent(path);
        List<Article> out = new ArrayList<>();
        int failed = 0;
        try (ArticleStream s = Articles.open(List.of(path.toString()), ReadOptions.defaults())) {
            for (ReadResult r : s) {
                if (r instanceof ReadResult.Ok ok) {
                    out.add(ok.article());
                    if (limit > 0 && out.size() >= limit) break;
                } else {
                    failed++;
                }
            }
        }
        return new BenchCorpus(path.toString(), out, failed);
    }

    static BenchCorpus of(String source, List<Article> articles) {
        return new BenchCorpus(source, articles, 0);
    }

    long utf8Bytes() {
        long n = 0;
        for (Article a : articles) n += a.text().getBytes(StandardCharsets.UTF_8).length;
        return n;
    }

    long chars() {
        long n = 0;
        for (Article a : articles) n += a.text().length();
        return n;
    }

    int size() { return articles.size(); }
}
